"""Speakers, session 15 (own sentences): "the analysts said" after a body's analysts were
named."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers_s14 import _speakers

BANK = Actor("Norvik Bank", "organization", None, ())
LEE = Actor("Tom Lee", "person", "minister", ("Lee",))


def test_the_analysts_speak_for_the_bank_that_released_their_note() -> None:
    text = (
        "On March 3, Norvik Bank published an analysts' report predicting that car sales "
        "would keep climbing for years. \u201cThe roads of the capital will be jammed by the "
        "end of the decade,\u201d the analysts said, calling for new rail lines."
    )
    assert _speakers(text, BANK, LEE) == ["Norvik Bank"]


def test_the_analysts_at_a_bank_speak_for_it() -> None:
    text = (
        "Analysts at Norvik Bank cut their forecast for growth on Monday. \u201cThe slowdown "
        "is deeper than anyone expected,\u201d the analysts wrote in their note to clients."
    )
    assert _speakers(text, BANK, LEE) == ["Norvik Bank"]


def test_analysts_named_with_no_body_give_no_body() -> None:
    text = (
        "Tom Lee met a group of analysts on Monday. Norvik Bank was not among them. \u201cThe "
        "slowdown is deeper than anyone expected,\u201d the analysts said after the meeting."
    )
    assert _speakers(text, BANK, LEE) != ["Norvik Bank"]


def test_a_quote_after_a_report_inside_someones_words_is_theirs() -> None:
    lee = Actor("Tom Lee", "person", "director of Gaugeworks", ("Lee",))
    text = (
        "Tom Lee, director of Gaugeworks, says 31 UK top 100 firms reported on their water "
        "use this year and the reports are better. \"The old habit of vague promises is fading "
        "fast. We see fewer photos of happy staff.\""
    )
    assert _speakers(text, lee, Actor("UK", "place", None, ())) == ["Tom Lee"]
