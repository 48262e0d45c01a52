"""Numbers, session 13: a tally of names with figures, a figure set beside a name by
apposition, a fronted "as reported by" source, and a poll named by its place."""

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


def test_tally_of_names_gives_each_figure_its_name_and_counted_noun() -> None:
    facts = run("The latest vote count is Ann Roe 412, Sen. Bo Lee 275, Cy Day 98, and Di Fox 12.")
    for value, name in ((412, "Roe"), (275, "Lee"), (98, "Day"), (12, "Fox")):
        fact = by_value(facts, value)
        assert name in (fact.about or "") and fact.unit == "votes" and fact.source is None


def test_names_with_labels_and_no_tally_noun_stay_out() -> None:
    facts = run("Crews flew Apollo 11 and Apollo 13 to the moon.")
    assert not [f for f in facts if f.value in (11, 13)]


def test_apposed_figure_is_about_the_name_beside_it() -> None:
    facts = run("Both Texas, 155 seats, and Utah, 40 seats, award them by district.")
    assert by_value(facts, 155).about == "Texas"
    assert by_value(facts, 40).about == "Utah"
    facts = run("In Paris, 300 people, most of them tourists, were hurt.")
    assert by_value(facts, 300).about != "Paris"


def test_fronted_as_reported_by_names_the_source() -> None:
    facts = run("As reported by the Daily Planet, there are 210 seats at stake in Friday's votes.")
    assert by_value(facts, 210).source == "Daily Planet"
    facts = run("As reported earlier, there are 210 seats at stake.")
    assert by_value(facts, 210).source is None


def test_average_of_polls_named_by_place_is_the_average_owners() -> None:
    facts = run("She trails Lee in the PollHub average of Nevada polls by nearly 9 points.")
    assert by_value(facts, 9).source == "PollHub"
    facts = run("She trails Lee in the PollsTrackers average of New Mexico polls by 7 points.")
    assert by_value(facts, 7).source == "PollsTrackers"


def test_share_who_said_otherwise_is_no_source() -> None:
    facts = run("In an Acme News poll taken on Monday, 71 percent of voters agreed that the plan "
                "was the right one compared to only 22 percent who said otherwise.")
    assert by_value(facts, 71).source == "Acme News"
    assert by_value(facts, 22).source == "Acme News"


def test_age_of_a_nationality_used_as_a_noun_is_not_an_earlier_person() -> None:
    facts = run("Ann Lee spoke. Witnesses saw one suspect — a still unnamed 18-year-old "
                "Chilean-German — who fled.")
    about = by_value(facts, 18).about
    assert "Chilean-German" in about and "Lee" not in about
