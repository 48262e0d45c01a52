"""Change adjuncts ("..., up 12%"), a count the tagger ran into "last year", glued inches,
"closer to" as a hedge, a report gathered by someone and a pointing pronoun's antecedent."""

from __future__ import annotations

from generator.model import NumberFact
from tests.test_numbers import run


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, facts
    return hits[0]


def test_up_adjunct_after_an_object_is_about_that_object() -> None:
    f = by_value(run("Official data published last month showed imports at a record level "
                     "in 2019, up 12%."), 12)
    assert f.unit == "percent"
    assert "imports" in f.about and "up" in f.about.split()


def test_up_adjunct_after_a_dash_keeps_what_it_is_measured_against() -> None:
    f = by_value(run("The council shredded nearly 5,000 letters last year - up 3,000 on "
                     "two years ago."), 3000)
    assert f.about == "letters up on two years ago"


def test_down_adjunct_after_a_level_verb_is_about_the_subject() -> None:
    f = by_value(run("Steel output reached 40m tonnes, down 5% on a year earlier."), 5)
    assert "output" in f.about and "down" in f.about.split()


def test_count_before_last_year_after_from_to_is_a_figure() -> None:
    facts = run("Fishing firms in Wales fell from 117 in 2004 to 76 last year.")
    assert [f.value for f in facts] == [117, 76]
    f = by_value(facts, 76)
    assert "firms" in f.about and "2004" not in f.about


def test_glued_in_is_inches() -> None:
    f = by_value(run("Buyers want televisions that are at least 50in (127cm) wide."), 50)
    assert (f.unit, f.qualifier, f.text) == ("inches", "at least", "at least 50in")


def test_closer_to_is_a_hedge() -> None:
    f = by_value(run("However, other analysts say the figure is closer to 9%."), 9)
    assert f.qualifier == "closer to"


def test_report_gathered_by_a_name_is_that_names() -> None:
    f = by_value(run("According to traffic figures gathered by WebCounter, Opera's share is "
                     "now about 3% of all users."), 3)
    assert f.source == "WebCounter"


def test_pointing_pronoun_subject_reads_back_to_the_first_clause() -> None:
    f = by_value(run("The record Harvest came out in 1972 and that produced three singles."), 3)
    assert f.unit == "singles"
    assert "Harvest" in f.about and "produced" in f.about


def test_organisation_that_saw_a_rise_is_its_source() -> None:
    f = by_value(run("Clearsoft has seen a 120% rise in spam."), 120)
    assert f.source == "Clearsoft"


def test_place_that_saw_a_rise_is_no_source() -> None:
    f = by_value(run("Britain has seen a 12% rise in burglaries."), 12)
    assert f.source is None


def test_it_subject_is_not_read_back() -> None:
    f = by_value(run("The plan was dropped and it is thought that 400 staff left."), 400)
    assert "plan" not in f.about


def test_share_of_those_asked_in_an_owned_poll_is_the_owners() -> None:
    f = by_value(run("Over half (57%) of those questioned in a poll for phone firm Acmevoice "
                     "said that they never write letters."), 57)
    assert f.source == "Acmevoice"
    f = by_value(run("Some 40% of people in a survey by Gallup said they were unhappy."), 40)
    assert f.source == "Gallup"


def test_poll_for_a_time_has_no_owner() -> None:
    f = by_value(run("A poll for the first time found 30% of voters undecided."), 30)
    assert f.source == "poll"


def test_a_later_report_keeps_its_own_description() -> None:
    facts = run("Over half (57%) of those questioned in a poll for phone firm Acmevoice said "
                "that they never write letters. About 70% of Welsh teens own at least one "
                "tablet, according to official figures.")
    assert by_value(facts, 70).source == "official figures"
