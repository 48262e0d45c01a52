"""Numbers: bare race times after a timing verb, and pronoun partitives ("34 of them ...")."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def by_value(text: str, value: float) -> NumberFact:
    facts = numbers(Article(path=Path("t.txt"), text=text, sha256="0"), nlp.parse(text), ())
    found = [f for f in facts if f.value == value]
    assert len(found) == 1, facts
    return found[0]


def test_clocked_time_is_seconds_about_the_record_it_broke() -> None:
    f = by_value("In the men's 200m final, Sam Oduya broke Peter Lane's long-standing Kenyan "
                 "record by clocking 20.14 which left him in second place.", 20.14)
    assert f.unit == "seconds"
    assert "Sam Oduya broke" in f.about and "Kenyan record" in f.about
    assert "second place" not in f.about


def test_clocked_time_before_a_relative_clause_keeps_the_main_clause() -> None:
    f = by_value("Mary Byrne broke her own Scottish 100m hurdles record by clocking 13.06 "
                 "which left her fourth behind the new champion.", 13.06)
    assert f.unit == "seconds"
    assert f.about.startswith("Mary Byrne broke her own Scottish 100m hurdles record")


def test_timed_at_is_seconds_but_other_decimals_are_not() -> None:
    assert by_value("She was timed at 11.24 in the heats.", 11.24).unit == "seconds"
    assert by_value("The team scored 2.25 goals a game.", 2.25).unit == "goals"
    assert by_value("Shares rose 3.15 on Monday.", 3.15).unit != "seconds"


def test_pronoun_partitive_counts_the_antecedent_and_keeps_what_they_are() -> None:
    text = "The port has 63 cranes, 29 of them double-deckers, and 45 tugs to move ships."
    f = by_value(text, 29)
    assert f.unit == "cranes"
    assert "double-deckers" in f.about
    assert by_value(text, 45).unit == "tugs"


def test_pronoun_partitive_with_a_verb_is_left_to_its_clause() -> None:
    f = by_value("The club signed 12 players, five of them teenagers.", 5)
    assert (f.unit, "teenagers" in f.about) == ("players", True)
    g = by_value("The club signed 12 players and five of them were injured.", 5)
    assert "injured" in g.about


def test_number_of_x_subject_gives_the_figure_its_unit() -> None:
    f = by_value("The agency now reckons that the number of shops in the region has exceeded "
                 "4.2 million.", 4_200_000)
    assert (f.unit, f.qualifier) == ("shops", "more than")
    assert by_value("The number of cases rose to 310 on Friday.", 310).unit == "cases"
    assert by_value("The total of unpaid bills stood at 45.", 45).unit == "bills"


def test_number_subject_without_a_plural_of_object_adds_no_unit() -> None:
    assert by_value("The number of injured reached 40.", 40).unit is None
    assert by_value("The price reached 40 on Friday.", 40).unit is None
