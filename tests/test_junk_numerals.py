"""Junk, round 2: a Roman numeral ("the starting XV") and a coloured vehicle ("his black
Halvex") are no actors."""

from __future__ import annotations

from generator.extract.actor_things import thing_name
from tests.test_actors import run


def test_roman_numerals_are_things() -> None:
    assert thing_name("XV") and thing_name("XI") and thing_name("VIII")
    assert not thing_name("CIA") and not thing_name("MI5") and not thing_name("X")


def test_starting_fifteen_is_no_actor() -> None:
    text = (
        "Coach Dara Flynn will name his starting XV for the Paris game on Thursday. Flynn "
        "said a young XV could still beat France. The XV trained in Limerick on Monday."
    )
    names = [a.name for a in run(text)]
    assert "Dara Flynn" in names
    assert "XV" not in names


def test_coloured_vehicle_is_no_actor() -> None:
    text = (
        "Police stopped the driver's green Halvex in Leeds on Friday. Officers said the "
        "green Halvex had no tax. Halvex, the car maker, declined to comment."
    )
    found = [a for a in run(text) if a.name == "Halvex"]
    assert not found or len(found[0].spans) == 1

