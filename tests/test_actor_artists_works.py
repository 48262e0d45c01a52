"""Titles of records and films in chart and awards stories are works, not actors: "best rap
song for X", "his debut album, X', narrowly ...", "Jo Dee's X is number two in the chart",
"X crept up from six to five", "her second collection The X", "box office hits X"."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_artists_works import record_title
from tests.test_actors import names, run


def _span(doc, name: str) -> tuple[int, int]:
    at = doc.text.index(name)
    span = doc.char_span(at, at + len(name), alignment_mode="expand")
    assert span is not None
    return span.start, span.end


def _titled(text: str, name: str) -> bool:
    doc = nlp.parse(text)
    return record_title(doc, *_span(doc, name))


def test_a_title_a_category_is_won_for() -> None:
    text = "Jo Dee won three awards, winning best rap song for Paper Tigers and best album."
    assert _titled(text, "Paper Tigers")


def test_a_person_a_prize_is_shared_with_is_no_title() -> None:
    text = "She shared the prize with Maria Olsen for the second year running."
    assert not _titled(text, "Maria Olsen")


def test_a_title_set_off_after_an_owned_album() -> None:
    text = "Her debut album, Stone Cold Sober', narrowly missed the top spot."
    assert _titled(text, "Stone Cold Sober")


def test_an_acts_title_in_a_chart_sentence() -> None:
    text = "The Larks' Silver Morning is number two in the singles chart this week."
    assert _titled(text, "Silver Morning")


def test_a_body_owned_by_a_country_is_no_title() -> None:
    text = "Britain's Official Charts Company compiles the singles chart."
    assert not _titled(text, "Official Charts Company")


def test_a_record_moving_up_the_chart() -> None:
    text = "Her single stayed top of the charts, while Night Train crept up from nine to six."
    assert _titled(text, "Night Train")


def test_a_collection_in_a_chart_sentence() -> None:
    text = "His second collection The Long Goodbye was released as his debut left the charts."
    assert _titled(text, "Long Goodbye")


def test_box_office_hits_read_as_a_verb() -> None:
    text = "Takings fell to a level similar to box office hits Blue Harbour and Red Sky."
    assert _titled(text, "Blue Harbour")


def test_a_chart_story_lists_no_titles() -> None:
    text = (
        "Rapper Jo Dee has become the first act to hold three places in the US top five. His "
        "track Candy Floss stayed at the summit of the charts, while Harbour Lights crept up from "
        "eight to four."
    )
    found = names(run(text))
    assert "Jo Dee" in found
    assert "Harbour Lights" not in found


def test_an_acts_title_is_no_actor() -> None:
    text = (
        "Green Fields' Broken Roads Home is currently number two in the Billboard pop chart. "
        "Sales of songs rose."
    )
    assert "Broken Roads Home" not in names(run(text))


def test_box_office_hits_are_no_actors() -> None:
    text = (
        "Box office takings fell to a level similar to box office hits Mary Stone, Calendar "
        "Boys and Shrek. The UK Film Council said production fell."
    )
    found = names(run(text))
    assert "UK Film Council" in found
    assert "Mary Stone" not in found
