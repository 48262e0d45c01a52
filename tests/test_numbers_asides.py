"""Numbers: an age given as "at the age of", a part "out of" a named total, a noun a forecast
participle hangs on, the purpose after an amount, and a dash aside inside a counted phrase."""

from __future__ import annotations

from generator.model import NumberFact
from tests.test_numbers import run


def by_value(found: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(n for n in found if n.value == value)


def test_at_the_age_of_is_an_age() -> None:
    fact = by_value(run("The painter Harold Webb has died in Leeds at the age of 88."), 88)
    assert fact.unit == "years"
    assert fact.about == "age of Harold Webb"


def test_at_the_age_of_a_small_age_is_no_clock_time() -> None:
    fact = by_value(run("Maria Lopez learned to swim at the age of 7."), 7)
    assert fact.about == "age of Maria Lopez"


def test_a_part_out_of_a_total_takes_its_noun() -> None:
    fact = by_value(run("The council plans cuts at 9 out of 14 city departments."), 9)
    assert fact.unit == "city departments"
    assert "cuts" in fact.about


def test_a_forecast_participle_keeps_its_noun() -> None:
    fact = by_value(run("The city hopes to curb a shortfall projected to reach $40m."), 40e6)
    assert "shortfall" in fact.about


def test_the_purpose_after_an_amount_is_its_about() -> None:
    text = "The fund will grow to $9bn, including almost $2bn to rebuild rural roads."
    fact = by_value(run(text), 2e9)
    assert "rebuild rural roads" in fact.about
    assert fact.qualifier == "almost"


def test_a_dash_aside_inside_the_counted_phrase_is_left_out() -> None:
    text = ("So far 12 of the 30 traders \u2013 among them two bankers and a broker \u2013 "
            "accused in the scandal have been jailed.")
    fact = by_value(run(text), 12)
    assert "jailed" in fact.about
    assert "bankers" not in fact.about


def test_a_percentage_takes_no_purpose_clause() -> None:
    fact = by_value(run("The yen had gained 0.7% to climb past the 110 level."), 0.7)
    assert "yen" in fact.about


def test_a_times_count_names_its_title_not_the_speech() -> None:
    text = "Two-time world champion Ella Park said: 'The track is very fast this year.'"
    fact = by_value(run(text), 2)
    assert "champion" in fact.about
    assert "track" not in fact.about
