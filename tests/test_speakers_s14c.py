"""Speakers, session 14 (own sentences): a quote paragraph signed on the line below it by a
dash and a name."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers_s14 import _speakers

RUIZ = Actor("Ana Ruiz", "person", "mayor", ("Ruiz",))
LEE = Actor("Tom Lee", "person", "councillor", ("Lee",))


def test_a_dash_line_below_a_quote_names_its_speaker() -> None:
    text = (
        "The two rivals for mayor met on stage in Narvia on Tuesday night.\n\n"
        "\u201cI have fixed more roads in this town than anyone who came before me.\u201d\n\n"
        "- Ruiz.\n\n"
        "The city records show a smaller number of repairs than that.\n\n"
        "\u201cOur buses run late every single morning and nobody seems to care.\u201d\n\n"
        "-Councillor Lee, speaking after the debate.\n\n"
        "Bus data backs part of that claim."
    )
    assert _speakers(text, RUIZ, LEE) == ["Ana Ruiz", "Tom Lee"]


def test_a_dash_line_of_plain_words_names_no_one() -> None:
    text = (
        "The two rivals for mayor met on stage in Narvia on Tuesday night.\n\n"
        "\u201cI have fixed more roads in this town than anyone who came before me.\u201d\n\n"
        "- And then the lights went out.\n\n"
        "Tom Lee laughed at the remark."
    )
    assert _speakers(text, RUIZ, LEE) == [None]


WIRE = Actor("Velt Wire", "organization", None, ())


def test_a_credit_line_under_a_sentence_is_not_a_signature() -> None:
    text = (
        "The two rivals for mayor met on stage in Narvia on Tuesday night.\n\n"
        "Ruiz once called the bus depot \u201ca very sad place to wait.\u201d\n\n"
        "- Velt Wire."
    )
    assert _speakers(text, RUIZ, LEE, WIRE) == ["Ana Ruiz"]


def test_an_organisation_on_the_dash_line_does_not_sign_a_quote() -> None:
    text = (
        "The two rivals for mayor met on stage in Narvia on Tuesday night.\n\n"
        "\u201cOur buses run late every single morning and nobody seems to care.\u201d\n\n"
        "- Velt Wire."
    )
    assert _speakers(text, RUIZ, LEE, WIRE) == [None]


FROM = Actor("Dan From", "person", "founder", ("From",))


def test_a_surname_tagged_as_a_preposition_speaks() -> None:
    text = (
        "The group was founded by Dan From in 1985.\n\n"
        "Voters then saw the party as \u201cthe party of big and costly government,\u201d From "
        "said. \u201cOur task was to show them a new way.\u201d"
    )
    assert _speakers(text, RUIZ, FROM) == ["Dan From", "Dan From"]


def test_a_preposition_naming_no_actor_does_not_speak() -> None:
    text = (
        "The group was founded by Dan From in 1985.\n\n"
        "Voters then saw the party as \u201cthe party of big and costly government,\u201d Near "
        "said. \u201cOur task was to show them a new way.\u201d"
    )
    assert "Dan From" not in _speakers(text, RUIZ, FROM)
