"""Quotes within quotes, stray marks before captions and recalled speech, on sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quote_ends import trimmed
from generator.extract.quote_marks import regions
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

VEGA = Actor("Lena Vega", "person", None, ("Vega",))
OKAFOR = Actor("Sam Okafor", "person", None, ("Okafor",))


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def inside(text: str) -> list[str]:
    return [text[r.start : r.end] for r in trimmed(text, regions(text))]


def test_a_single_quote_nested_in_a_single_quote_is_part_of_it() -> None:
    text = "'When you left home, I thought, 'at last, some peace',' Vega sang at the party."
    assert inside(text) == ["When you left home, I thought, 'at last, some peace',"]


def test_a_nested_quote_mid_sentence_does_not_split_the_quote() -> None:
    text = "'The photos in which my friends 'nailed it' were a hit,' Vega said. 'Then it spread.'"
    assert inside(text) == [
        "The photos in which my friends 'nailed it' were a hit,",
        "Then it spread.",
    ]


def test_an_inner_quote_whose_outer_never_closes_stands_alone() -> None:
    text = "Fans of the 'Blues, who chanted 'we are the best' all night, went home."
    assert inside(text) == ["we are the best"]


def test_a_double_quote_inside_a_run_of_single_quotes_belongs_to_it() -> None:
    text = (
        "Vega said: 'The van stopped outside. 'He stood by the gate and said \"I will hurt you\". "
        "'My father ran out to stop him.'"
    )
    assert inside(text) == [
        "The van stopped outside.",
        'He stood by the gate and said "I will hurt you".',
        "My father ran out to stop him.",
    ]


def test_a_run_in_quote_after_a_nested_one_keeps_the_outer_speaker() -> None:
    text = (
        "Okafor moved in next door. Vega said: 'He came out shouting. "
        "'He waved a stick and said \"I will hurt you\". 'My father ran out to stop him.'"
    )
    assert [q.speaker for q in run(text, VEGA, OKAFOR)] == ["Lena Vega"] * 3


def test_a_stray_quote_ends_before_a_sentence_naming_a_picture() -> None:
    text = (
        "Vega said: 'It is not my job to judge the club. Okafor (pictured) said the fans were "
        "angry. 'My job is to apply the law.'"
    )
    assert inside(text) == ["It is not my job to judge the club.", "My job is to apply the law."]


def test_a_stray_quote_keeps_a_sentence_in_the_speakers_voice() -> None:
    text = "Vega said: 'We won. He was great. 'Then we went home.'"
    assert inside(text) == ["We won. He was great.", "Then we went home."]


def test_remembers_is_a_speech_cue() -> None:
    text = "Vega moved in last May. 'I heard this huge bang, a wall of noise,' she remembers."
    assert [(q.text, q.speaker) for q in run(text, VEGA)] == [
        ("I heard this huge bang, a wall of noise", "Lena Vega")
    ]


def test_a_colon_after_a_caption_introduces_a_quote() -> None:
    text = (
        "Vega filmed the parade from her office. She later posted the clip with the caption: "
        "'Best seat in the city...from my desk.'"
    )
    assert [(q.text, q.speaker) for q in run(text, VEGA)] == [
        ("Best seat in the city...from my desk.", "Lena Vega")
    ]


def test_a_stray_quote_keeps_a_sentence_where_added_is_no_speech() -> None:
    text = (
        "Vega said 'The drug is new. 'For some women there are few options. It helps when it is "
        "added to chemotherapy. 'For a young mother, that time matters.'"
    )
    assert inside(text)[1] == (
        "For some women there are few options. It helps when it is added to chemotherapy."
    )
