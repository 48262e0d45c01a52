"""Numbers: a time phrase right after a figure (or its noun) is part of what it measures."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def facts(text: str) -> dict[float, NumberFact]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return {f.value: f for f in numbers(article, nlp.parse(text), ()) if f.value is not None}


def test_participle_and_time_after_the_noun() -> None:
    f = facts("The firm saw a 3% rise in sales, less than the 4.1% rise seen a year earlier.")
    assert f[4.1].about.endswith("rise seen a year earlier")
    assert "year earlier" not in f[3].about


def test_time_after_the_noun() -> None:
    f = facts("Its sales rose 5%, compared to a 7% rise last year.")
    assert f[7].about.endswith("rise last year")


def test_dated_earlier_level() -> None:
    f = facts("Profits were £3bn, down from £3.4bn in March 2019.")
    assert f[3400000000].about.endswith("in March 2019")


def test_stretch_of_time_after_the_counted_noun() -> None:
    f = facts("The album sold more than 2 million copies in the first ten days.")
    assert f[2000000].about == "album sold copies in the first ten days"


def test_relative_clause_through_a_governed_verb_names_its_noun() -> None:
    f = facts("He hailed the generosity of donors to the storm appeal, which is expected soon"
              " to pass £20m.")
    assert f[20000000].about == "storm appeal expected soon to pass"


def test_relative_clause_aims_to() -> None:
    f = facts("The group is accelerating its restructuring programme, which aims to shed"
              " 3,000 posts.")
    assert f[3000].about.startswith("restructuring programme")
