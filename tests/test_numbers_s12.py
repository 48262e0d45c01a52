"""Numbers, session 12: poll splits read by their contest, a share the parser stranded, "the
two" that counts no share, a participle before the counted noun, a bracketed acronym that
splits a clause, a wanted figure's wanter, a figure beside a phrase in brackets, "a maximum"
as a hedge, and a counted group that states nothing."""

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


def test_split_after_a_contest_names_both_rivals() -> None:
    facts = run("In a race between Smith and Gov. Ana Lopez, Smith was preferred 48 percent "
                "versus 40 percent, with 9 percent not planning to vote.")
    for value in (48, 40):
        about = by_value(facts, value).about
        assert "Lopez" in about and "preferred" in about and "percent" not in about


def test_split_keeps_the_backed_name_and_a_change_is_no_split() -> None:
    facts = run("Nurses backed Lopez 46 percent to 32 percent.")
    assert by_value(facts, 46).about == "Nurses backed Lopez"
    moved = run("Sales rose 5 percent to 20 percent.")
    assert by_value(moved, 20).about != "Sales rose"


def test_stranded_share_takes_the_verb_after_it_and_the_two_is_no_share() -> None:
    facts = run("Many voters would rather not pick between the two and up to 15 percent may "
                "not vote at all given the options.")
    assert [f.value for f in facts] == [15]
    assert "vote" in facts[0].about and facts[0].qualifier == "up to"


def test_the_two_before_a_count_still_counts() -> None:
    facts = run("The two and three bedroom flats cost more.")
    assert {f.value for f in facts} == {2, 3}


def test_count_before_a_participle_counts_the_noun_after_it() -> None:
    fact = by_value(run("Lee leads in Ohio, according to the Acme average of polls, where 140 "
                        "pledged delegates will be at stake."), 140)
    assert fact.unit == "delegates" and "at stake" in fact.about


def test_bracketed_acronym_does_not_cut_the_clause() -> None:
    fact = by_value(run("Less than a quarter of firms (23%) get their annual staff welfare (SW) "
                        "reviews independently checked to give comfort they are fair, says the "
                        "study."), 23)
    assert "checked" in fact.about


def test_wanted_figure_names_who_wants_it() -> None:
    fact = by_value(run("The council wants a cap at 2% - the mayor wants it to be 2.5%."), 2.5)
    assert "mayor" in fact.about


def test_figure_in_brackets_after_a_phrase_keeps_the_phrase() -> None:
    facts = run("Smith had his greatest support among the farmers polled (62 percent) while "
                "Lopez's greatest support (35 percent) came from teachers.")
    assert "farmers" in by_value(facts, 62).about
    assert "()" not in by_value(facts, 35).about


def test_a_maximum_before_a_hyphened_figure_hedges_it() -> None:
    fact = by_value(run("Both riders face a maximum three-year ban if found guilty."), 3)
    assert fact.qualifier == "maximum" and fact.unit == "years"


def test_counted_group_that_publishes_states_nothing() -> None:
    facts = run("Most of the top 40 banks (31) publish them and only 12 of the rest.")
    assert by_value(facts, 31).source is None and by_value(facts, 12).source is None


def test_one_such_is_no_count() -> None:
    from tests.test_numbers import run

    assert run("One such skeptic was President Alan Brock, who left early.") == ()


def test_a_grade_or_stage_is_a_label_not_a_count() -> None:
    from tests.test_numbers import run

    facts = run("The striker has a grade two calf strain. Her aunt has stage 4 cancer.")
    assert [f.value for f in facts] == []
