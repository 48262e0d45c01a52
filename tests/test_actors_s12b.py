"""Session 12 actor fixes, round two: a description told of before a person is named is not
that person's role, a guessed or name-like "X is the Y" gives no role, a seat represented is a
place."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_a_description_used_before_a_person_is_named_is_not_their_role() -> None:
    text = (
        "A worker for Quillon Systems wiped the files. Later the Quillon worker spoke to "
        "police about the files. On May 3, Quillon held a call with aides of Tom Varga. "
        "The Quillon worker told detectives that he had forgotten the request."
    )
    assert by_name(run(text), "Tom Varga").role is None


def test_a_guessed_copula_gives_no_role() -> None:
    text = (
        "Perhaps Tom Varga is the Crimson Chancellor and he only wants praise from rich people. "
        "Varga said nothing about it on Monday."
    )
    assert by_name(run(text), "Tom Varga").role is None


def test_a_seat_represented_is_a_place() -> None:
    text = (
        "Mr Ollard has been MP for Bedford since 1997. He represented Bristol South "
        "from 1983 to 1992. Mr Ollard said he would stand again."
    )
    assert by_name(run(text), "Bristol South").kind == "place"  # kept, though named once


def test_a_person_named_before_the_headline_colon_is_an_actor() -> None:
    text = (
        "Maria Olsen: Why the Old Mill Must Stay Open.\n\n"
        "I have walked past the mill every morning for thirty years. The council wants it shut, "
        "and I think that is a mistake."
    )
    assert by_name(run(text), "Maria Olsen").kind == "person"


def test_a_seat_represented_late_in_the_story_is_kept() -> None:
    text = (
        "A Tory MP has been suspended from the Commons for two weeks.\n\n"
        "Mr Ollard said the ruling was unfair and that he would appeal to the party.\n\n"
        "His local association backed him on Friday by a large margin.\n\n"
        "Mr Ollard has been MP for Bedford since 1997. He represented Bristol South from 1983 "
        "to 1992."
    )
    assert by_name(run(text), "Bristol South").kind == "place"
