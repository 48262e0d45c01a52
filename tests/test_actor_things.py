"""Names of things that are no actors: schemes, stakes, competitions, conditions, products."""

from __future__ import annotations

import pytest

from generator import nlp
from generator.extract.actor_things import thing_context, thing_name
from tests.test_actors import names, run


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Ruiz has netted 11 goals in 17 Serie A appearances. Ruiz is 24.", "Serie A"),
        ("Spain top Group C with 12 points. Spain play Wales next.", "Group C"),
        ("Tom Hale suffers from the condition Erythropoietic Pallor, his mother said.",
         "Erythropoietic Pallor"),
    ],
)
def test_a_thing_is_no_actor(text: str, thing: str) -> None:
    assert thing not in names(run(text))


@pytest.mark.parametrize(
    "name",
    ["Rural Housing Strategy", "Permanent Yield Bearing Shares", "Battle of Hastings", "Serie B"],
)
def test_schemes_stakes_battles_and_competitions_are_things_by_name(name: str) -> None:
    assert thing_name(name)


def test_bodies_are_no_things_by_name() -> None:
    assert not thing_name("International Monetary Fund")
    assert not thing_name("Grand Slam Records Ltd")


def test_a_name_before_a_product_noun_is_a_product_there() -> None:
    doc = nlp.parse("Acmeco says its new DiscLock technology will stop copying.")
    lock = doc.char_span(doc.text.index("DiscLock"), doc.text.index(" technology"))
    assert lock is not None and thing_context(doc, lock)
    firm = doc.char_span(0, len("Acmeco"))
    assert firm is not None and not thing_context(doc, firm)


def test_a_body_named_before_its_product_elsewhere_stays_an_actor() -> None:
    found = names(run("Acmeco said its software was safe. Acmeco software runs on phones."))
    assert "Acmeco" in found


def test_a_person_after_a_named_disease_is_still_a_person() -> None:
    text = (
        "The peer will not be charged because he has Alzheimer's disease Pete Sanders, chief "
        "executive of a charity, said it was wrong. Sanders was angry."
    )
    assert "Pete Sanders" in names(run(text))
