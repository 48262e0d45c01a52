"""Numbers: descriptive and estimate sources, halves and approximate dozens, idioms that are
not figures, hyphenated nouns, clause boundaries and counts that are no one's claim."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.number_words import tidy
from generator.extract.numbers import numbers
from generator.model import Actor, Article, NumberFact

NORTHWIND = Actor(name="Northwind Petroleum", kind="organization", aliases=("Northwind",))
HALVERSEN = Actor(name="Halversen Logistics", kind="organization", aliases=("Halversen",))
PARR = Actor(name="Ines Parr", kind="person", aliases=("Parr",))


def run(text: str, actors: tuple[Actor, ...] = ()) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), actors)


def test_descriptive_source_resolves_to_the_organisation() -> None:
    text = ("Northwind Petroleum plans a buyback. Halversen Logistics is a partner.\n"
            "Northwind received a total of $12bn in royalties, the oil giant said.")
    [f] = run(text, (NORTHWIND, HALVERSEN))
    assert (f.value, f.source) == (12_000_000_000, "Northwind Petroleum")


def test_descriptive_quote_speaker_resolves_to_the_organisation() -> None:
    text = ("Northwind Petroleum plans a buyback.\n"
            "\"In 2001 Northwind invested around $5bn in the venture,\" the oil giant said.")
    [f] = run(text, (NORTHWIND,))
    assert (f.value, f.qualifier, f.source) == (5_000_000_000, "around", "Northwind Petroleum")


def test_description_without_a_fitting_actor_is_kept() -> None:
    [f] = run("Sales fell 4% last year, the trade body said.", (PARR,))
    assert (f.value, f.source) == (4, "trade body")


def test_by_his_calculations_names_the_source() -> None:
    text = ("Ines Parr is an economist.\n"
            "By her calculations, the region has just 14 billion euros in credit exposure.")
    [f] = run(text, (PARR,))
    assert (f.value, f.qualifier, f.source) == (14_000_000_000, "just", "Ines Parr")
    assert "exposure" in f.about


def test_by_named_estimate_names_the_source() -> None:
    [f] = run("By Parr's estimate, the city has 300 vacant shops.", (PARR,))
    assert (f.value, f.source) == (300, "Ines Parr")


def test_and_a_half_and_one_half() -> None:
    [f] = run("The board was given two-and-a-half years to repair the bridge.")
    assert (f.value, f.unit, f.text) == (2.5, "years", "two-and-a-half years")
    [g] = run("The province produces less than one-half percent of national output.")
    assert (g.value, g.unit, g.qualifier) == (0.5, "percent", "less than")
    [h] = run("The city spent three and a half million dollars on parks.")
    assert (h.value, h.unit) == (3_500_000, "USD")


def test_couple_dozen_is_approximate() -> None:
    [f] = run("A couple dozen protesters gathered outside the gates.")
    assert (f.value, f.text, f.unit) == (None, "A couple dozen", "protesters")
    [g] = run("Several hundred fans waited.")
    assert (g.value, g.text) == (None, "Several hundred")


def test_decimal_scales_have_no_float_noise() -> None:
    [f] = run("The firm paid $17.1bn in cash and shares.")
    assert f.value == 17_100_000_000 and isinstance(f.value, int)
    assert tidy(0.1 + 0.2) == 0.3


def test_two_thirds_of_a_million() -> None:
    [f] = run("The page has two-thirds of a million likes.")
    assert (f.text, round(f.value)) == ("two-thirds of a million", 666_667)


def test_idioms_are_not_figures() -> None:
    assert run("The mayor promised zero tolerance for vandals.") == ()
    assert run("She called her rivals two-bit crooks.") == ()
    assert run("It was a one-sided match and the defence was at sixes and sevens.") == ()


def test_hyphenated_counts_and_measures_stay() -> None:
    facts = run("A three-judge panel met; he signed a two-year deal and ran a 5-mile race.")
    assert [(f.value, f.unit) for f in facts] == [(3, "judge"), (2, "years"), (5, "miles")]
    assert facts[2].about == "ran a 5-mile race"  # not the coordinated clause before it


def test_hyphenated_noun_is_kept_whole() -> None:
    facts = run("Three defendants and their four co-accused appeared in court.")
    assert (facts[1].value, facts[1].unit) == (4, "co-accused")
    assert "co-accused" in facts[1].about


def test_person_is_not_the_source_of_their_own_count() -> None:
    [f] = run("Ines Parr boasts 2 million followers on the site.", (PARR,))
    assert (f.value, f.source) == (2_000_000, None)
    [g] = run("\"The school needs money,\" said Parr, who has four children.", (PARR,))
    assert (g.value, g.source) == (4, None)


def test_background_fact_in_relative_clause_has_no_source() -> None:
    [f] = run("Surveys show a tight race in the county, where 12 council seats are open.")
    assert (f.value, f.source) == (12, None)


def test_run_in_caption_age_and_source() -> None:
    moldavia = Actor(name="Moldavia", kind="location")
    brenner = Actor(name="Tavi Brenner", kind="person", aliases=("Brenner",))
    facts = run("Two men flew to Moldavia Tavi Brenner, 19, and three other men were charged.",
                (moldavia, brenner))
    assert [f.about for f in facts if f.value == 19] == ["age of Tavi Brenner"]
    acme = Actor(name="Acme", kind="organization")
    text = ("FAKERY: Parr has many likes, but most of them list 'Narnia' as their hometown Acme "
            "found that at least 9 per cent of the accounts named Narnia as home.")
    [f] = run(text, (acme,))
    assert (f.value, f.qualifier, f.source) == (9, "at least", "Acme")
