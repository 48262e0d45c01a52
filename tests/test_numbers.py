"""Numbers: figures with their value, unit, what they measure, hedge and source."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Actor, Article, NumberFact


def run(text: str, actors: tuple[Actor, ...] = ()) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), actors)


def one(text: str, actors: tuple[Actor, ...] = ()) -> NumberFact:
    facts = run(text, actors)
    assert len(facts) == 1, facts
    return facts[0]


def test_count_with_qualifier_about_and_source() -> None:
    f = one("Rescue workers say at least 212 villagers have been evacuated from the valley.")
    assert f.value == 212
    assert f.text == "at least 212"
    assert f.qualifier == "at least"
    assert f.unit == "villagers"
    assert "evacuated" in f.about and "villagers" in f.about
    assert f.source == "Rescue workers"


def test_source_uses_actor_canonical_name() -> None:
    bank = Actor(name="Northern Savings Bank", kind="organization", aliases=("the bank",))
    f = one("The bank said it cut 740 jobs last spring.", (bank,))
    assert (f.value, f.unit, f.source) == (740, "jobs", "Northern Savings Bank")
    assert "cut" in f.about


def test_according_to() -> None:
    f = one("Turnout rose to 61.5 percent, according to the election commission.")
    assert (f.value, f.unit) == (61.5, "percent")
    assert f.source == "election commission"
    assert "Turnout" in f.about


def test_money_scales_and_currencies() -> None:
    facts = run("The insurer lost $1.13bn, paid £4m in fees and owes €19.3 million.")
    assert [(f.value, f.unit) for f in facts] == [
        (1_130_000_000, "USD"), (4_000_000, "GBP"), (19_300_000, "EUR")]
    assert facts[0].text == "$1.13bn"


def test_decimal_with_thousands_separator() -> None:
    f = one("The index closed at 18,104.10 points on the exchange.")
    assert f.value == 18104.1
    assert f.unit == "points"


def test_rate_and_qualifier_more_than() -> None:
    f = one("Pilots earn more than $95,000 a year at the carrier.")
    assert (f.value, f.unit, f.qualifier) == (95000, "USD per year", "more than")


def test_percentage_points_and_half() -> None:
    f = one("Growth slowed by half a percentage point in the region.")
    assert (f.value, f.unit) == (0.5, "percentage points")
    assert "Growth" in f.about


def test_growth_about_names_the_subject() -> None:
    f = one("The ministry expects that Chilean exports will expand by a modest 2.3 percent.")
    assert (f.value, f.unit) == (2.3, "percent")
    assert "Chilean exports" in f.about
    assert f.source == "ministry"


def test_ages_hyphenated_and_appositive() -> None:
    greta = Actor(name="Greta Lindqvist", kind="person", aliases=("Lindqvist",))
    facts = run("Greta Lindqvist, 54, met a 71-year-old fisherman at the pier.", (greta,))
    assert [(f.value, f.unit) for f in facts] == [(54, "years"), (71, "years")]
    assert facts[0].about == "age of Greta Lindqvist"
    assert "fisherman" in facts[1].about
    assert facts[1].text == "71-year-old"


def test_nominal_age_refers_to_the_person() -> None:
    facts = run("Omar Haddad, 38, lost his appeal. The 38-year-old will pay the costs.")
    assert [f.about for f in facts] == ["age of Omar Haddad", "age of Omar Haddad"]


def test_spelled_out_numbers_and_durations() -> None:
    facts = run("The clerk received four years' probation and paid nine victims.")
    assert [(f.value, f.unit) for f in facts] == [(4, "years"), (9, "victims")]
    assert "probation" in facts[0].about


def test_approximate_amounts_have_no_value() -> None:
    facts = run("Tens of thousands marched while hundreds of officers watched.")
    assert [(f.value, f.text) for f in facts] == [(None, "Tens of thousands"), (None, "hundreds")]
    assert facts[1].unit == "officers"


def test_ranges_keep_text_and_no_value() -> None:
    f = one("Nurses make between $41,000 and $58,000 a year in the county.")
    assert f.value is None
    assert f.text == "$41,000 and $58,000 a year"


def test_change_from_to_gives_two_figures() -> None:
    facts = run("Its forecast was raised by 0.3 percentage points to 2.9 percent.")
    assert [(f.value, f.unit) for f in facts] == [(0.3, "percentage points"), (2.9, "percent")]


@pytest.mark.parametrize("text", [
    "The summit opened on March 21, 2016, in Oslo.",
    "The meeting ended at 4:30 p.m. on Tuesday.",
    "Apollo 11 landed in 1969, and the G20 met in 2009.",
    "Call 555-867-5309 for tickets.",
    "She was the first woman to win, and one of the few to try.",
    "Crowds gathered outside Gate 7 on the first day.",
])
def test_not_figures(text: str) -> None:
    assert run(text) == ()


def test_offsets_point_into_the_text() -> None:
    text = "Officials said nearly 3,000 homes lost power.\nAbout 40 roads closed."
    facts = run(text)
    assert [text[f.start:f.end] for f in facts] == ["nearly 3,000", "About 40"]
    assert [f.qualifier for f in facts] == ["nearly", "about"]
    assert facts[0].sentence == "Officials said nearly 3,000 homes lost power."
    assert facts[0].source == "Officials"


def test_pronoun_source_resolves_to_last_person() -> None:
    mayor = Actor(name="Ana Ruiz", kind="person", aliases=("Ruiz",), spans=((0, 7),))
    text = "Ana Ruiz spoke first. She said 48 schools would close."
    f = one(text, (mayor,))
    assert (f.value, f.source) == (48, "Ana Ruiz")


def test_units_written_against_the_digits() -> None:
    facts = run("The panel yields 6kW and the shares trade at a 24pc discount.")
    assert [(f.value, f.unit) for f in facts] == [(6, "kilowatts"), (24, "percent")]


def test_product_names_and_shares_are_not_counts() -> None:
    facts = run("The iPhone 11 Pro sold out, and nearly two-thirds of buyers paid 300 dollars.")
    assert [(f.value, f.unit) for f in facts] == [(300, "USD")]


def test_fraction_of_a_scale_word() -> None:
    f = one("The charity raised a quarter of a million pounds in a week.")
    assert (f.value, f.unit) == (250_000, "GBP")


def test_a_falling_x_to_y_is_two_figures_read_alike() -> None:
    found = run("The poll shows Ruiz leads Diaz by 43 percent to 38 percent.")
    assert [(n.value, n.text) for n in found] == [(43, "43 percent"), (38, "38 percent")]
    assert found[0].about == found[1].about and "Ruiz leads Diaz" in found[1].about


def test_a_rising_x_to_y_stays_a_range() -> None:
    found = run("Prices rose by 5 to 10 percent.")
    assert [(n.value, n.text) for n in found] == [(None, "5 to 10 percent")]


def test_a_glued_scale_at_the_end_of_a_sentence() -> None:
    fact = one("The plan should bring annual savings of more than $375m.")
    assert (fact.value, fact.text, fact.qualifier) == (375000000, "more than $375m", "more than")


def test_about_never_reaches_into_the_next_sentence() -> None:
    found = run("Another 17 percent said they would not back either party. Prices fell.")
    assert found[0].about == "said they would not back either party"
