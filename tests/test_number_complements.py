"""Numbers: what a figure's verb takes when it has no object of its own (a clause, a small
clause, an attribute past "by far"), a change and the level it reaches, weights in pounds, and
who proposes or releases a figure."""

from __future__ import annotations

from generator.model import NumberFact
from tests.test_numbers import run


def by_value(found: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(n for n in found if n.value == value)


def test_a_clausal_complement_says_what_a_share_saw() -> None:
    found = run("And 47% saw their family's finances improving last year.")
    assert by_value(found, 47).about == "saw their family's finances improving last year"


def test_a_quoted_complement_is_not_taken() -> None:
    found = run("Crutcher, 40 ― a father who sang at church ― was shot by an officer.")
    assert "sang" not in by_value(found, 40).about


def test_a_small_clause_on_the_path_is_kept() -> None:
    found = run("His early form convinced the club to make the move permanent for £5m that summer.")
    assert "make the move permanent" in by_value(found, 5000000).about


def test_by_far_is_no_complement() -> None:
    found = run("The £61,200 was by far the biggest prize the mare has earned in her racing life.")
    assert "biggest prize" in by_value(found, 61200).about


def test_a_change_then_a_level_are_two_figures() -> None:
    found = run("Brent crude also rose in Asian trading, adding $1.89 to $47.62 at the close.")
    assert "Brent crude" in by_value(found, 1.89).about
    assert "Brent crude" in by_value(found, 47.62).about
    assert by_value(found, 47.62).unit == "USD"


def test_a_range_after_a_change_verb_stays_a_range() -> None:
    found = run("Prices are expected to rise 2 to 3 percent next year.")
    assert [n.text for n in found] == ["2 to 3 percent"]
    assert found[0].value is None


def test_pounds_weighed_are_a_weight() -> None:
    found = run("The logs are brought in from the hills and weigh nearly 700 pounds each.")
    assert by_value(found, 700).unit == "pounds"
    found = run("The prize was 700 pounds.")
    assert by_value(found, 700).unit == "GBP"


def test_who_urges_a_figure_states_it() -> None:
    found = run("The Northland Commission has urged a rise to 1.31% of national income.")
    assert by_value(found, 1.31).source == "Northland Commission"


def test_who_pledges_a_figure_states_it() -> None:
    found = run("The Tories have pledged £4bn in tax cuts but have not said where they fall.")
    assert by_value(found, 4000000000).source == "Tories"


def test_figures_released_by_a_body_are_its_own() -> None:
    found = run("The figures, released by the British Dental Association, also revealed that "
                "the best place was Leeds, where 0.03 per cent of adults had a cavity.")
    assert by_value(found, 0.03).source == "British Dental Association"


def test_a_nested_preposition_keeps_its_object() -> None:
    found = run("About 9,500 people saw it, and an estimated 2,500 of those were from "
                "within the valley.")
    assert by_value(found, 2500).about == "those were from within the valley"


def test_a_span_runs_from_an_event() -> None:
    found = run("Usually it takes about two years from when a design is chosen before the first "
                "bridge is built, Ms Lane said.")
    assert by_value(found, 2).about == "takes from when a design is chosen"
    found = run("The trip lasted six days from when the ship left port.")
    assert by_value(found, 6).about == "trip lasted from when the ship left port"


def test_over_and_under_bound_a_figure_they_take() -> None:
    assert by_value(run("The firm earned over $5m last year."), 5000000).qualifier == "over"
    assert by_value(run("The team has won under 40 games."), 40).qualifier == "under"
    assert by_value(run("Prices rose over 5 years."), 5).qualifier is None
    assert by_value(run("Smith beat Jones over 5 sets."), 5).qualifier == "over"


def test_whom_a_share_of_speakers_is_of() -> None:
    found = run("Within that group, 35% of homes with cable say it helps them pick and "
                "sort the films they want to see.")
    assert by_value(found, 35).about.startswith("homes with cable say it helps")


def test_as_opposed_to_reads_like_the_figure_it_is_set_against() -> None:
    found = run("Margins stood at 6% of turnover as opposed to 7%.")
    assert by_value(found, 7).about == "Margins stood"


def test_a_speech_verb_before_its_subject_names_the_source() -> None:
    found = run("Around 23 million people will miss out on essential services, predicts the "
                "report by telecoms giant Acme.")
    assert by_value(found, 23000000).source == "Acme"


def test_according_to_reaches_past_a_passive_expected() -> None:
    found = run("There are about 14,000 workers in the region and 6,000 more are expected to "
                "arrive over the coming year, according to the Daily Planet.")
    assert by_value(found, 14000).source == "Daily Planet"
    assert by_value(found, 6000).source == "Daily Planet"
