"""Speakers, session 14 (own sentences): an aged title description stands for the person the
story is about."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers_s14 import _speakers

ODU = Actor("Chidi Odu", "person", "secretary general of the Velt Union", ("Odu",))
UNION = Actor("Velt Union", "organization", None, ())


def test_an_aged_title_description_speaks_for_the_main_person() -> None:
    text = (
        "Chidi Odu, the secretary general of the Velt Union, sat in a hotel in Narvia this "
        "week.\n\n"
        "When he took office in 2009, he made trade his main focus.\n\n"
        "\u201cFrom the first day, I put trade above all else,\u201d the soft-spoken, "
        "68-year-old diplomat said in a long interview."
    )
    assert _speakers(text, ODU, UNION) == ["Chidi Odu"]


DAILY = Actor("Daily Velt", "organization", None, ())
LEE = Actor("Ann Lee", "person", "senator", ("Lee",))


def test_a_papers_editorial_board_speaks_for_the_paper() -> None:
    text = (
        "Ann Lee has stopped attacking her rival in her speeches.\n\n"
        "Enter the Daily Velt, the state's biggest newspaper. \u201cShe is a woman selling a "
        "dream to people who want to buy it,\u201d the paper's editorial board wrote on Monday."
    )
    assert _speakers(text, LEE, DAILY) == ["Daily Velt"]


def test_a_papers_board_is_not_a_body_never_shown_to_be_a_paper() -> None:
    text = (
        "Ann Lee has stopped attacking the Daily Velt in her speeches.\n\n"
        "\u201cShe is a woman selling a dream to people who want to buy it,\u201d the paper's "
        "editorial board wrote on Monday."
    )
    assert _speakers(text, LEE, DAILY) != ["Daily Velt"]
