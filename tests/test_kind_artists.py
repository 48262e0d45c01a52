"""A music act is a singer (person) or a band (group), not a firm: "the Larks' latest album",
"albums by the Larks"; a name spelt with a glued "!" is a brand; "Leinster to Toulouse" is
no one's name."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_kind_artists import bang_brand, music_act
from tests.test_actors import by_name, run


def _end(doc, name: str) -> tuple[int, int]:
    span = doc.char_span(doc.text.index(name), doc.text.index(name) + len(name))
    assert span is not None
    return span.start, span.end


def test_a_band_that_owns_an_album_is_a_group() -> None:
    text = (
        "In the album charts, Pebble's latest offering Seaside took the top spot. The new "
        "album by Pebble sold well, pushing Jo Dee down to number three."
    )
    assert by_name(run(text), "Pebble").kind == "group"


def test_a_band_named_once_stays_a_body() -> None:
    text = "In the album charts, Pebble's latest offering Seaside took the top spot."
    assert by_name(run(text), "Pebble").kind == "organization"  # a group named once is dropped


def test_a_singer_that_owns_a_record_is_a_person() -> None:
    text = (
        "Rapper Jay Zed has denied Shakiro a fifth number one. Last week's number one, "
        "Shakiro's Now Or Later, fell to number four, but all three of his old songs are in "
        "the Top 40."
    )
    assert by_name(run(text), "Shakiro").kind == "person"


def test_records_by_a_band() -> None:
    doc = nlp.parse("The label delayed new albums by Quartzite and Hollowmen until May.")
    assert music_act(doc, *_end(doc, "Hollowmen"))
    assert music_act(doc, *_end(doc, "Quartzite"))
    assert not music_act(doc, *_end(doc, "May"))


def test_a_firm_with_a_product_is_no_music_act() -> None:
    doc = nlp.parse("Vextron's latest offering is a cheaper phone.")
    assert not music_act(doc, *_end(doc, "Vextron"))


def test_a_bang_brand() -> None:
    doc = nlp.parse("A poll of Zap! magazine readers put the band first.")
    assert bang_brand(doc, _end(doc, "Zap")[1])
    doc = nlp.parse("He shouted Help! and then Stop! again.")
    assert not bang_brand(doc, _end(doc, "Help")[1])


def test_a_club_moved_to_is_not_a_person() -> None:
    text = (
        "Marlow's former Irish international Sean Byrne could be picked for the tour. The "
        "31-year-old moved from Leinster to Marlow in 2003 and won the cup with them."
    )
    club = [a for a in run(text) if "Marlow" in (a.name, *a.aliases)]
    assert club and club[0].kind != "person"
