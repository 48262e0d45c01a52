"""Descriptions standing for someone just named: an age with no age given, "the
organisation" after a sentence about a named one; a person after a cue and a team name
(sentences written here)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article

KOVAC = Actor("Petra Kovac", "person", None, ("Kovac",))
ODON = Actor("Milo Odon", "person", "coach", ("Odon",))
WALES = Actor("Wales", "place", None, ())
PANTRY = Actor("Eastfield Pantry", "organization", None, ())
HELPNET = Actor("Helpnet Alliance", "organization", None, ())


def pairs(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [(q.text, q.speaker) for q in quotes(article, nlp.parse(text), tuple(actors))]


def test_an_age_never_given_stands_for_the_one_person_just_named() -> None:
    text = (
        "So how fast does Kovac think she can go? 'There is always more to find. I ask "
        "myself 'Could I brake later in the final bend?' said the 28-year-old. 'I am "
        "learning every single week and getting quicker.'"
    )
    got = dict(pairs(text, KOVAC))
    assert got["I am learning every single week and getting quicker."] == "Petra Kovac"


def test_an_age_with_two_people_named_before_stays_unknown() -> None:
    text = (
        "Kovac and Odon met the press on Monday. 'We are ready for the whole season,' said "
        "the 28-year-old."
    )
    assert pairs(text, KOVAC, ODON) == [("We are ready for the whole season", None)]


def test_the_organisation_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "The Eastfield Pantry, which is not part of the Helpnet Alliance network, urged "
        "caution. The organisation, which passes food on to other charities, said: "
        "'Rising demand is a poor guide to real need in the town.'"
    )
    got = pairs(text, PANTRY, HELPNET)
    assert got == [("Rising demand is a poor guide to real need in the town.", "Eastfield Pantry")]


def test_a_person_after_the_cue_speaks_not_the_team_before_the_title() -> None:
    text = (
        'Wales lost twice in May. "Wales have the talent to win this cup," said Wales '
        "sevens coach Milo Odon."
    )
    assert pairs(text, WALES, ODON) == [("Wales have the talent to win this cup", "Milo Odon")]
