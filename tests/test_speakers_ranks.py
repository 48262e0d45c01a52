"""A ranked or proper-modified description ("the top seed", "the City striker") and a question
that ends a quote before the next speaker's introduction (own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

RUIZ = Actor("Ana Ruiz", "person", None, ("Ruiz",))
DIAZ = Actor("Eva Diaz", "person", "fifth seed", ("Diaz",))
KANE = Actor("Tom Kane", "person", None, ("Kane",))
LEE = Actor("Sam Lee", "person", "Leeds striker", ("Lee",))
PUGH = Actor("Tom Pugh", "person", "culture minister", ("Pugh", "Mr Pugh"))


def test_the_top_seed_is_not_the_fifth_seed() -> None:
    text = (
        "Ana Ruiz beat fifth seed Eva Diaz 6-1 6-2 in Doha on Monday. Ruiz, who lost here last "
        'year, was pleased with her form. "I served well and I am happy," said the top seed.'
    )
    assert speakers(text, RUIZ, DIAZ) == ["Ana Ruiz"]


def test_the_city_striker_is_not_the_leeds_striker() -> None:
    text = (
        "Tom Kane scored twice as City beat Leeds 3-1, with Leeds striker Sam Lee sent off. "
        'Kane was delighted with the win. "We played really well today and deserved it," said '
        "the City striker."
    )
    assert speakers(text, KANE, LEE) == ["Tom Kane"]


def test_a_matching_rank_still_names_the_role_holder() -> None:
    text = (
        "Ana Ruiz beat fifth seed Eva Diaz 6-1 6-2 in Doha on Monday. Ruiz was pleased with "
        'her form. "I just could not find my rhythm out there," said the fifth seed.'
    )
    assert speakers(text, RUIZ, DIAZ) == ["Eva Diaz"]


def test_a_question_before_a_new_introduction_keeps_its_speaker() -> None:
    text = (
        "Ana Ruiz, a painter, criticised the plan on Monday.\n\n"
        'She added: "It would be a big change to the arts. It would set us back years.\n\n'
        '"The town has moved on. Is it still stuck in the past?" Responding to Ms Ruiz\'s '
        'remarks, Mr Pugh said: "The structure is under review."\n'
    )
    assert speakers(text, RUIZ, PUGH) == ["Ana Ruiz", "Ana Ruiz", "Tom Pugh"]


def test_a_question_with_its_own_cue_after_it() -> None:
    text = 'Ana Ruiz met the press on Monday. "Why would I quit now?" asked Ruiz, smiling.\n'
    assert speakers(text, RUIZ) == ["Ana Ruiz"]
