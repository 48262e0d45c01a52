"""Works a prize is given for, works set beside "one of the biggest hits", and whole names
of public schemes ("the Budget", "Medicare") are no actors (sentences written here)."""

from __future__ import annotations

import pytest

from generator import nlp
from generator.extract.actor_things import thing_name
from generator.extract.actor_work_signs import award_for, one_of_works
from tests.test_actors import names, run


def _root(text: str, name: str):  # type: ignore[no-untyped-def]
    doc = nlp.parse(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span.root


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Vale collected the top newcomer prize for The Night Riders on Friday.",
         "Night Riders"),
        ("Singer Zed took best song and best video for Vanishing Point, judges said.",
         "Vanishing Point"),
        ("She won an Oscar for Blue Harbour last year.", "Blue Harbour"),
    ],
)
def test_what_a_prize_is_given_for_is_a_work(text: str, name: str) -> None:
    assert award_for(_root(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She won gold for Britain in the relay.", "Britain"),
        ("The film earned a best actress nomination for Jane Hollis.", "Jane Hollis"),
        ("He voted for Harlow Mills at the meeting.", "Harlow Mills"),
        ("The drama got prizes for cast members Paul Dane and Jo Rees.", "Paul Dane"),
    ],
)
def test_a_country_a_person_or_a_vote_is_no_work(text: str, name: str) -> None:
    assert not award_for(_root(text, name))


def test_one_of_the_biggest_hits_is_a_work() -> None:
    text = "In 1999 Silver Lining was one of the top hits in Europe."
    assert one_of_works(_root(text, "Silver Lining"))
    text = "In 1999 Harwell was one of the top firms in Europe."
    assert not one_of_works(_root(text, "Harwell"))


def test_an_award_winning_work_is_dropped_from_actors() -> None:
    text = (
        "Tom Vale collected the top newcomer prize for The Night Riders on Friday. "
        "Tom Vale said he was thrilled."
    )
    found = names(run(text))
    assert "Tom Vale" in found
    assert "Night Riders" not in found and "The Night Riders" not in found


@pytest.mark.parametrize("name", ["Budget", "Medicare", "Social Security", "Oval Office"])
def test_public_schemes_are_things(name: str) -> None:
    assert thing_name(name)


def test_a_body_named_for_a_scheme_is_no_thing() -> None:
    assert not thing_name("Budget Committee")
    assert not thing_name("Social Security Administration")


def test_the_budget_is_no_actor() -> None:
    text = (
        "Opposition MPs expect the Budget to cut fuel duty. Mr Hale will set out the "
        "Budget in March, the Treasury said."
    )
    assert "Budget" not in names(run(text))
