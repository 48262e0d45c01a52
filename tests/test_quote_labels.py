"""Transcripts quoted with speaker labels ('"HALE: Well, …'); on text written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.brief import brief
from generator.model import Article

TRANSCRIPT = (
    'On Sunday, host Dan Hale spoke with Governor Rita Moss about the budget. A partial '
    "transcript follows:\n\n"
    '"HALE: Let\u2019s start with the budget. Will the state cut school funding this year?\n\n'
    '"MOSS: No, we will not. The schools come first, and the voters know it.\n\n'
    '"But we will look hard at every other line of the budget.\n\n'
    '"HALE: Thank you, Governor."\n'
)


def test_a_speaker_label_names_the_speaker_and_is_not_quoted() -> None:
    article = Article(path=Path("t.txt"), text=TRANSCRIPT, sha256="0")
    b = brief(article, nlp.parse(TRANSCRIPT))
    got = [(q.speaker, q.text[:20]) for q in b.quotes]
    assert got == [
        ("Dan Hale", "Let\u2019s start with the"),
        ("Rita Moss", "No, we will not. The"),
        ("Rita Moss", "But we will look har"),
        ("Dan Hale", "Thank you, Governor."),
    ]
    for q in b.quotes:
        assert TRANSCRIPT[q.start : q.end] == q.text


def test_a_label_of_an_unknown_speaker_is_still_not_quoted() -> None:
    text = 'Part of the call:\n\n"CALLER: I saw the fire from my window and called at once."\n'
    b = brief(Article(path=Path("t.txt"), text=text, sha256="0"), nlp.parse(text))
    assert [(q.speaker, q.text[:9]) for q in b.quotes] == [(None, "I saw the")]
