"""Table places, chart positions, vulgar fractions and "by X to Y" changes."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), (), ())


def test_ordinal_place_in_a_table_is_a_rank() -> None:
    facts = run("The Blues are currently ninth in the Premiership, 12 points behind the leaders.")
    assert [(f.value, f.text) for f in facts] == [(9, "ninth"), (12, "12 points")]
    assert facts[0].about == "The Blues place in the Premiership"


def test_ordinal_idioms_after_be_are_not_places() -> None:
    assert run("She was second in command of the ship.") == ()
    assert run("The prince is fifth in line to the throne.") == ()


def test_chart_position_at_number() -> None:
    facts = run("His latest single was also a fresh arrival in the chart, at number four.")
    assert [(f.value, f.text) for f in facts] == [(4, "number four")]
    assert "position" in facts[0].about and "single" in facts[0].about


def test_capitalised_number_ten_is_downing_street() -> None:
    assert run("The minister arrived at Number 10 on Friday.") == ()
    assert run("They met at number 10 Downing Street.") == ()


def test_vulgar_fraction_glued_to_digits() -> None:
    facts = run("After deliberating for 11½ hours, the panel reached a verdict.")
    assert [(f.value, f.unit) for f in facts] == [(11.5, "hours")]


def test_by_x_to_y_is_a_change_and_a_level_not_a_range() -> None:
    facts = run("Solid demand helped the brewer lift net income by 300m euros to 1.8bn euros.")
    assert [f.value for f in facts] == [300000000, 1800000000]
    assert all("net income" in (f.about or "") for f in facts)


def test_margin_keeps_the_adjective_it_measures() -> None:
    facts = run("A win would put the leaders four points clear at the summit of the league.")
    assert [(f.value, f.unit) for f in facts] == [(4, "points")]
    assert "clear at the summit of the league" in facts[0].about


def test_metric_length_words_are_units() -> None:
    facts = run("He came back with a 15 centimetre long hook and a 40 millimetre bolt.")
    assert [(f.value, f.unit) for f in facts] == [(15, "centimetres"), (40, "millimetres")]


def test_longer_than_hedges_a_duration() -> None:
    facts = run("It is unusual for a stranded climber to last for longer than 56 hours.")
    assert [(f.value, f.qualifier) for f in facts] == [(56, "longer than")]


def test_level_after_a_change_is_about_what_changed() -> None:
    facts = run("Last year group revenues added 3% to 97bn euros.")
    assert [f.value for f in facts] == [3, 97000000000]
    assert facts[1].about is not None and "revenues" in facts[1].about


def test_level_after_a_rise_in_something() -> None:
    facts = run("It was fuelled by a 134% rise in the trade deficit to $10.7bn this year.")
    assert [f.value for f in facts] == [134, 10700000000]
    assert "trade deficit" in (facts[1].about or "")
