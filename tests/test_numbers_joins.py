"""Numbers written across tokens or hedged in less usual ways: spaced thousands, hyphenated
scales and rates, fractions of a point, possessive spans, "an average of", "worth", "ago"."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), ())


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(f for f in facts if f.value == value)


def test_spaced_thousands_and_an_average_of() -> None:
    facts = run("Nurses there work an average of 1 912 hours a year, and 1 250 000 people "
                "live in the region.")
    hours = by_value(facts, 1912)
    assert hours.unit == "hours" and hours.qualifier == "average" and "work" in hours.about
    assert by_value(facts, 1_250_000).unit == "people"
    assert not any(f.value == 912 for f in facts)


def test_year_then_count_is_not_one_figure() -> None:
    facts = run("In 2016 226 people died on the roads.")
    assert by_value(facts, 226).unit == "people"


def test_hyphenated_scale_and_rate() -> None:
    fact = by_value(run("She built the chain into a $250-million-a-year business."), 250_000_000)
    assert fact.unit == "USD per year" and "business" in fact.about and "250" not in fact.about


def test_quarter_point_rise() -> None:
    facts = run("One governor pushed for a quarter point rise in the base rate, another for a "
                "half percentage point cut.")
    quarter = by_value(facts, 0.25)
    assert quarter.unit == "points" and "rise" in quarter.about
    assert by_value(facts, 0.5).unit == "percentage points"


def test_rate_then_dash_aside_is_not_a_range() -> None:
    facts = run("It means an extra £1,300 a year \u2013 £9,800 rather than £8,500 \u2013 "
                "for anyone who saved.")
    extra = by_value(facts, 1300)
    assert extra.unit == "GBP per year" and "extra" in extra.about
    assert by_value(facts, 9800) and by_value(facts, 8500)


def test_conversion_aside_is_left_out_of_the_about() -> None:
    fact = by_value(run("A total of 3.1 trillion rupees ($37bn; £29bn) is set aside for rural "
                        "roads, the ministry said."), 3_100_000_000_000)
    assert "set aside for rural roads" in fact.about and "$" not in fact.about


def test_possessive_span_takes_its_hedge_and_noun() -> None:
    fact = by_value(run("The therapy gives patients around six months' extra life."), 6)
    assert fact.qualifier == "around" and "extra life" in fact.about


def test_worth_stays_in_the_about() -> None:
    fact = by_value(run("She is said to be worth more than £25million and is still racing."),
                    25_000_000)
    assert "worth" in fact.about and fact.qualifier == "more than"


def test_days_in_which_to_act() -> None:
    fact = by_value(run("She was allowed 14 days in which to challenge the verdict."), 14)
    assert "challenge" in fact.about


def test_years_ago_when_clause_and_a_dateline() -> None:
    fact = by_value(run("Nine years ago, when Ms Hale ran for mayor against Tom Reid, both "
                        "candidates backed the bridge."), 9)
    assert fact.about.startswith("when Ms Hale ran for mayor")
    fact = by_value(run("PORT ELLEN - Sixty-two years ago, a ferry sank off this coast."), 62)
    assert fact.unit == "years" and "ferry" in fact.about
