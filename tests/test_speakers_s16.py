"""Speakers, session 16 (own sentences): people who speak named with their body ("Officials
at Acme said"), and a plural common noun opening a sentence is no name."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers_s14 import _speakers

AGENCY = Actor("Coastal Survey Office", "organization", None, ())
LEE = Actor("Tom Lee", "person", "minister", ("Lee",))


def test_officials_at_a_body_speak_for_it() -> None:
    text = (
        "Tom Lee asked for a review of the harbour walls last spring. Officials at the Coastal "
        "Survey Office said the walls \u201ccould fail in a severe winter storm.\u201d"
    )
    assert _speakers(text, AGENCY, LEE) == ["Coastal Survey Office"]


def test_officials_opening_a_sentence_with_no_body_are_described_in_lowercase() -> None:
    text = (
        "Tom Lee asked for a review of the harbour walls last spring. Officials said the "
        "walls \u201ccould fail in a severe winter storm.\u201d"
    )
    assert _speakers(text, AGENCY, LEE) == ["officials"]


RUIZ = Actor("Dana Ruiz", "person", "former aide", ("Ruiz",))
HALE = Actor("Tom Hale", "person", "spokesman", ("Hale",))


def test_a_suit_speaks_for_whoever_filed_it_though_it_names_them() -> None:
    text = (
        "The lawsuit filed by a former aide named Dana Ruiz lists many complaints.\n"
        "\u201cThe office knows a lawsuit has been filed by Dana Ruiz,\u201d spokesman Tom Hale "
        "said in a statement.\n"
        "The suit claims the senator harmed Ruiz\u2019s name. \u201cThe senator tied these false "
        "claims to Ruiz\u2019s firing to damage Ruiz\u2019s standing,\u201d the suit reads."
    )
    assert _speakers(text, RUIZ, HALE) == ["Tom Hale", "Dana Ruiz"]


def test_a_pronoun_after_a_quoted_passage_is_the_person_that_passage_names() -> None:
    ruiz = Actor("Ana Ruiz", "person", "reporter", ("Ruiz",))
    lena = Actor("Lena", "person", None, ())
    text = (
        "The story was written by reporter Ana Ruiz. Ruiz reports:\n"
        '"Lena thought the whole thing was unfair. By the summer she had begun to see how '
        "many voters shared her anger at the city, and how many of them wanted a change.\n"
        "\u201cIt never crossed my mind that I was alone,\u201d she said months later.\n"
        '"Lena stood by the window for a while.\n'
        "\u201cHere he comes,\u201d she said, clapping."
    )
    assert _speakers(text, ruiz, lena) == ["Ana Ruiz", "Lena", "Ana Ruiz", "Lena"]


def test_a_named_speaker_after_a_hyphenated_title_wins_over_the_outlet_that_reports() -> None:
    hale = Actor("Tom Hale", "person", "study co-author", ("Hale",))
    paper = Actor("Leeford Times", "organization", None, ())
    text = (
        "The moon may have formed from the same body. \u201cWe think that is quite likely,\u201d "
        "said study co-author Tom Hale, reported the Leeford Times. Other experts disagreed."
    )
    assert _speakers(text, hale, paper) == ["Tom Hale"]
