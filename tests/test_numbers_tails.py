"""Conversions in parentheses, what a figure is for, glued lengths, weights and believed ages."""

from __future__ import annotations

from generator.model import NumberFact
from tests.test_numbers import run


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, facts
    return hits[0]


def test_conversion_list_keeps_the_noun_after_the_parentheses() -> None:
    facts = run("The bank agreed a $3bn (2.2bn euros; £1.6bn) settlement with regulators.")
    assert [f.value for f in facts] == [3_000_000_000, 2_200_000_000, 1_600_000_000]
    for f in facts:
        assert "settlement with regulators" in (f.about or "")


def test_conversion_after_a_currency_word_keeps_the_phrase_and_source() -> None:
    facts = run("The island could lose 20bn pesos (£300m; $400m) in revenue from visitors "
                "over the next year, according to finance minister Maria Lopez.")
    first = by_value(facts, 20_000_000_000)
    assert "in revenue from visitors" in (first.about or "")
    assert all(f.source == "finance minister Maria Lopez" for f in facts)


def test_conversion_takes_the_hedge_of_the_amount_it_converts() -> None:
    facts = run("The firm inflated its profits by more than $500m (£270m).")
    assert by_value(facts, 270_000_000).qualifier == "more than"


def test_little_more_than_is_one_hedge() -> None:
    f = by_value(run("The car had a range of little more than 40 miles."), 40)
    assert f.qualifier == "little more than"
    assert "little" not in (f.about or "")


def test_infinitive_after_the_figure_says_what_it_is_for() -> None:
    f = by_value(run("It took the firm almost nine years to sign up its first customers."), 9)
    assert f.about is not None and "to sign up its first customers" in f.about
    f = by_value(run("The council agreed to pay $2bn to end the contract early."), 2e9)
    assert f.about is not None and "to end the contract" in f.about
    f = by_value(run("Residents claim they hold the 60 signatures needed to force a vote."), 60)
    assert f.about is not None and f.about.endswith("needed to force a vote")


def test_from_phrase_right_after_the_figure() -> None:
    f = by_value(run("Her income was made up of a $90,000 teaching salary and around $12,000 "
                     "from a weekend job as a waitress."), 12_000)
    assert f.about is not None and "from a weekend job as a waitress" in f.about
    f = by_value(run("The lorry, which was found 40 metres away from the dented bus, was towed."),
                 40)
    assert f.about == "lorry found away from the dented bus"  # what was found there


def test_glued_length_is_metres_not_millions() -> None:
    f = by_value(run("The record was set by a 3,000m-long banner made in Lyon."), 3000)
    assert f.unit == "metres"
    assert not [x for x in run("They built a 30m-high wall.") if x.value == 30_000_000]


def test_weight_before_and_after() -> None:
    facts = run("The plan helped him go from 210lbs to 180lbs in a year.")
    assert (by_value(facts, 210).about or "").startswith("weight before")
    assert (by_value(facts, 180).about or "").startswith("weight after")


def test_priced_player_names_the_fee() -> None:
    f = by_value(run("Another expensive signing, £30m-man John Smith, scored late on."), 3e7)
    assert f.about == "John Smith"


def test_believed_age_of_a_person() -> None:
    f = by_value(run("He was arrested after contacting a pupil he believed to be 13 online."), 13)
    assert f.unit == "years" and f.about == "age of a pupil"
    f = by_value(run("The cave is believed to be 40 miles long."), 40)
    assert f.unit == "miles"


def test_claimed_lives_is_no_claim() -> None:
    f = by_value(run("The disease has claimed the lives of 300 children this year."), 300)
    assert f.source is None
    assert f.about is not None and "disease" in f.about


def test_clause_after_a_pair_of_nouns_is_said_of_the_count() -> None:
    facts = run("Of the 184,000 students and graduates who signed up to serve, "
                "only 61,000 qualified.")
    assert by_value(facts, 184_000).about == "students and graduates who signed"
