"""Numbers: an ordinal that counts a stretch of time ("It is the sixth time ...", "entering the
fifth week of ..."), a figure whose about only points back ("puts the figure at ..."), and a
subject its own clause holds far from its verb ("The stones the builders used ... weigh 300
pounds")."""

from __future__ import annotations

from generator.model import NumberFact
from tests.test_numbers import run


def by_value(found: tuple[NumberFact, ...], value: float) -> NumberFact | None:
    return next((n for n in found if n.value == value), None)


def test_it_is_the_nth_time_counts_with_its_clause() -> None:
    fact = by_value(run("It is the seventh time in four years the lender has raised its fees."), 7)
    assert fact is not None and fact.text == "seventh"
    assert fact.about == "time the lender has raised its fees"


def test_the_nth_year_that_drops_the_that() -> None:
    fact = by_value(run("It is the 12th year that the museum has asked a poet to write."), 12)
    assert fact is not None and fact.about.startswith("year the museum has asked a poet")


def test_entering_the_nth_week_of_a_protest() -> None:
    fact = by_value(run("The former soldier is entering the fifth week of a protest."), 5)
    assert fact is not None and fact.about == "week of a protest"


def test_for_the_nth_month_reads_the_verb() -> None:
    fact = by_value(run("Car sales dropped for the fifth month out of the last seven."), 5)
    assert fact is not None and "dropped" in fact.about


def test_second_and_halves_are_no_runs() -> None:
    found = run("He wore the scarf for the second day running. They scored in the fourth quarter.")
    assert by_value(found, 2) is None and by_value(found, 4) is None


def test_the_figure_reads_the_figure_before_it() -> None:
    found = run("The council says the new road would cost $12 million over five years; "
                "a rival study puts the figure at $9 million.")
    fact = by_value(found, 9_000_000)
    assert fact is not None and fact.about.startswith("puts the figure: ")
    assert "road would cost" in fact.about


def test_the_number_of_is_no_pointer() -> None:
    found = run("Sales reached $5 million in May. The number of shops rose to 400.")
    assert by_value(found, 400).about == "number of shops rose"


def test_a_subject_held_off_by_its_own_clause_is_named() -> None:
    found = run("The old stones the builders have been using to repair the wall are shipped in "
                "from a quarry and weigh nearly 300 pounds each.")
    assert by_value(found, 300).about == "old stones weigh"


def test_a_near_subject_is_not_repeated() -> None:
    assert by_value(run("The stones weigh 300 pounds each."), 300).about == "stones weigh"


def test_the_age_a_life_runs_until() -> None:
    found = run("Women can expect to live until 91, men until 84, in that country.")
    assert by_value(found, 91).about == "Women live until" and by_value(found, 91).unit == "years"
    assert by_value(found, 84).about == "men live until"


def test_open_until_nine_is_no_age() -> None:
    assert by_value(run("The museum stays open until 9 on Fridays."), 9).unit is None


def test_what_a_ranked_superlative_is_best_for() -> None:
    found = run("Canada has been ranked the 14th best country in the world for schools.")
    assert by_value(found, 14).about.endswith("best country in the world for schools")


def test_a_multiple_of_a_level_does_not_count_the_level() -> None:
    found = run("This total was almost three times the 2012 level of 170,000.")
    assert "2012 level" in by_value(found, 170_000).about
