"""A bare "the man" / "the woman" as a speaker refers back to the last person who spoke;
letters after a name ("MP") are not part of it, nor a caption run into the sentence; on
sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.brief import brief
from generator.model import Article


def _quotes(text: str) -> list[tuple[str | None, str]]:
    b = brief(Article(path=Path("t.txt"), text=text, sha256="0"), nlp.parse(text))
    return [(q.speaker, q.text[:12]) for q in b.quotes]


def test_the_man_is_the_spokesman_who_spoke_before_not_the_paper_that_reported() -> None:
    text = (
        "A spokesman for Dunmore Police said officers had spoken to the couple, the Dunmore "
        "Courier reported. 'We have charged a local builder over the break-in,' said the man.\n"
    )
    assert _quotes(text) == [("Dunmore Police", "We have char")]


def test_the_woman_skips_a_man_who_spoke_last() -> None:
    text = (
        "Maria Lindqvist said the bridge would reopen in June. Her colleague Tomas Berg said "
        "the work was late. 'We lost two months to the floods,' said the woman.\n"
    )
    assert _quotes(text) == [("Maria Lindqvist", "We lost two ")]


def test_letters_after_a_name_are_not_part_of_the_speaker() -> None:
    text = (
        "The plan was criticised on Monday. Sarah Okafor MP said: \"The figures do not add "
        "up.\" Ms Okafor added that the plan was flawed.\n"
        "\"It is a mess,\" said Tom Hale QC.\n"
    )
    assert _quotes(text) == [("Sarah Okafor", "The figures "), ("Tom Hale", "It is a mess")]


def test_caption_run_into_the_next_sentence_gives_the_name_before_the_verb() -> None:
    text = (
        "Director Tom Birch has a word with Anna Hale on the set of Fall of a Kingdom: The "
        "Story of Katherine of Alexandria Birch said: 'Anna managed to keep a straight face.'\n"
    )
    assert _quotes(text) == [("Tom Birch", "Anna managed")]
