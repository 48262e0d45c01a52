"""Quotes whose marks go missing or run on, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quote_ends import trimmed
from generator.extract.quote_marks import regions
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

VEGA = Actor("Lena Vega", "person", None, ("Vega",))
OKAFOR = Actor("Sam Okafor", "person", None, ("Okafor",))
BRAUN = Actor("Otto Braun", "person", None, ("Braun",))


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def pairs(found: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in found]


def test_lost_closing_mark_at_paragraph_end_stops_before_the_reporters_words() -> None:
    text = (
        'Vega won the final in three sets.\n'
        'Vega said afterwards: "I am giving my prize to the flood appeal, it is the least I '
        "can do. Her gift follows others from the players' lounge this week. The organisers "
        "said they would match it.\n"
        "The next event starts in May."
    )
    assert pairs(run(text, VEGA)) == [
        ("I am giving my prize to the flood appeal, it is the least I can do.", "Lena Vega")
    ]


def test_an_open_quote_continued_in_the_next_paragraph_is_left_whole() -> None:
    text = (
        'Okafor said: "We trained hard all winter. The team is ready.\n'
        '"Nobody will beat us this year," he added.'
    )
    found = [(r.closed, text[r.start : r.end]) for r in trimmed(text, regions(text))]
    assert found[0] == (False, "We trained hard all winter. The team is ready.")


def test_stray_mark_cut_at_last_full_stop_before_a_caption() -> None:
    text = (
        "Professor Otto Braun, who led the survey, said: 'The river is cleaner than it has "
        "been for decades. 'Fish numbers are rising in every stretch we tested. Anglers on "
        "the bank at dawn last month 'Otters have come back to the upper valley too.'"
    )
    assert pairs(run(text, BRAUN)) == [
        ("The river is cleaner than it has been for decades.", "Otto Braun"),
        ("Fish numbers are rising in every stretch we tested.", "Otto Braun"),
        ("Otters have come back to the upper valley too.", "Otto Braun"),
    ]


def test_run_in_single_marks_without_a_subject_are_quotes() -> None:
    text = (
        "The robots were built in 2019 by Braun for a show called 'Ironworks'. "
        "'We are all being watched now. 'Followed by cameras on every corner and every bus,' "
        "he said. 'There is no such thing as privacy any more,' he added."
    )
    assert pairs(run(text, BRAUN)) == [
        ("We are all being watched now.", "Otto Braun"),
        ("Followed by cameras on every corner and every bus", "Otto Braun"),
        ("There is no such thing as privacy any more", "Otto Braun"),
    ]


def test_paragraph_opening_with_a_closing_mark_is_a_quote() -> None:
    text = (
        "Vega spoke about the season.\n"
        "\u201d \u2026 what I learned from all those matches is that patience wins in the "
        "end,\u201d she said."
    )
    assert pairs(run(text, VEGA)) == [
        ("\u2026 what I learned from all those matches is that patience wins in the end",
         "Lena Vega")
    ]
