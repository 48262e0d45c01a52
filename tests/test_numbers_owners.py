"""Numbers: whose figure it is (lists, appositives, relative clauses), currency conversions,
modified nouns, ages said with "be"/"turn", and sources carried by report nouns."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Actor, Article, NumberFact


def run(text: str, actors: tuple[Actor, ...] = ()) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), actors)


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(f for f in facts if f.value == value)


def test_currency_conversion_is_never_the_about() -> None:
    facts = run("Brixham Foods posted a $412m (£301m) loss for the final quarter of 2019.")
    dollars, pounds = by_value(facts, 412_000_000), by_value(facts, 301_000_000)
    assert dollars.about == "loss for the final quarter of 2019"
    assert pounds.about == dollars.about


def test_money_takes_the_noun_it_modifies_and_its_purpose() -> None:
    fact = by_value(run("It blamed an $640m payment to settle a long fraud lawsuit."), 640_000_000)
    assert "payment to settle a long fraud lawsuit" in fact.about
    assert "an payment" not in fact.about and " a payment" in fact.about


def test_parenthesised_scores_in_a_list_take_name_and_measured_noun() -> None:
    text = ("Northwind had the highest passenger comfort rating (91), followed by Skylark (84), "
            "Aerolux (70) and Bluejay (62).")
    facts = run(text)
    assert [f.value for f in facts] == [91, 84, 70, 62]
    assert by_value(facts, 70).about == "passenger comfort rating (Aerolux)"
    assert "Northwind" in by_value(facts, 91).about


def test_appositive_figures_name_the_company() -> None:
    text = ("Last on the list was Skylark Airways, which sold the fewest discount fares: 310,000 "
            "return tickets, or 3.2% of its 9.6 million seats.")
    facts = run(text)
    tickets = by_value(facts, 310_000).about
    assert "Skylark Airways" in tickets and "return tickets" in tickets
    assert by_value(facts, 3.2).about.endswith("(Skylark Airways)")
    assert by_value(facts, 9_600_000).about


def test_study_owner_is_the_source_of_a_figure_inside_it() -> None:
    text = "Fares vary widely, according to a new Traveller Weekly study of 40 million bookings."
    assert by_value(run(text), 40_000_000).source == "Traveller Weekly"


def test_data_from_a_survey_names_the_survey_and_carries_on() -> None:
    text = ("Data from the 2019 National Housing Survey show that renters spent about 31 percent "
            "of their income on housing.")
    fact = by_value(run(text), 31)
    assert fact.source is not None and "National Housing Survey" in fact.source


def test_bare_poll_and_respondents_take_the_named_poll() -> None:
    text = ("A new Harbor/Lane poll released Monday shows Ms Ortiz ahead by 45 percent to 40 "
            "percent.\nAnother 15 percent said they were undecided.\n"
            "When the poll asked about turnout, 60 percent of those asked said they would vote.")
    facts = run(text)
    assert by_value(facts, 15).source == "Harbor/Lane"
    assert by_value(facts, 60).source == "Harbor/Lane"


def test_generic_org_noun_prefers_the_subject_of_the_sentence_before() -> None:
    actors = (
        Actor(name="Fiscal Watch", kind="organization", mentions=5),
        Actor(name="Budget Lab", kind="organization", mentions=2),
    )
    text = ("Fiscal Watch has criticised the plan for months.\n"
            "Budget Lab, reviewing an earlier draft, reached the same view. Families would pay "
            "$1,200 more a year, the group said.")
    assert by_value(run(text, actors), 1200).source == "Budget Lab"


def test_age_said_with_be_or_turn() -> None:
    actors = (Actor(name="Nadia Brook", kind="person", aliases=("Brook",)),)
    facts = run("Nadia Brook, who was to turn 34 on Friday, flew home. Doctors fear the illness "
                "will end her career before she is 40.", actors)
    assert by_value(facts, 34).about == "age of Nadia Brook"
    assert by_value(facts, 34).unit == "years"
    assert by_value(facts, 40).about == "age of Nadia Brook"


def test_the_one_who_is_no_age() -> None:
    actors = (Actor(name="Lena Park", kind="person"),)
    assert run("Lena Park said she was the one who found the leak.", actors) == ()


def test_those_with_a_phrase_stand_in_as_subject() -> None:
    fact = by_value(run("Those in the lowest income band paid 1.2 percent."), 1.2)
    assert "lowest income band" in fact.about


def test_as_long_as_is_a_hedge() -> None:
    fact = by_value(run("The company may have avoided the levy for as long as 12 years."), 12)
    assert fact.qualifier == "as long as"
    assert fact.about
