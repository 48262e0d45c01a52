"""A move then a level ("closed down 5p to 250p"), whom "those" are, glued temperatures and a
subject cut from the about for room."""

from __future__ import annotations

from generator.model import NumberFact
from tests.test_numbers import run


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, facts
    return hits[0]


def test_down_then_to_is_a_move_and_a_level_not_a_range() -> None:
    facts = run("A tonne of copper ended Friday down $12.40 to $8,310.")
    assert [f.value for f in facts] == [12.4, 8310]
    assert "copper" in (by_value(facts, 8310).about or "")


def test_up_then_to_is_a_move_and_a_level() -> None:
    facts = run("Shares in the grocer closed up 4p to 180p.")
    assert [f.value for f in facts] == [4, 180]


def test_up_before_a_bare_range_stays_a_range() -> None:
    facts = run("Rents were up 5 to 10% in the city last year.")
    assert [f.value for f in facts] == [None]


def test_those_keeps_what_says_who_they_are() -> None:
    facts = run("This compares to 12% of those aged 30-39 and 10% of those aged 40-49.")
    assert "aged 30-39" in (by_value(facts, 12).about or "")
    assert "aged 40-49" in (by_value(facts, 10).about or "")
    assert "and" not in (by_value(facts, 12).about or "").split()


def test_those_keeps_its_relative_clause() -> None:
    facts = run("Half of the farmers own a tractor, compared to 7% of those who rent their land.")
    assert "who rent their land" in (by_value(facts, 7).about or "")


def test_glued_capital_c_is_celsius() -> None:
    f = by_value(run("Temperatures in the valley are expected to reach 34C on Sunday."), 34)
    assert f.unit == "degrees Celsius"
    assert f.text == "34C"


def test_glued_capital_f_is_fahrenheit() -> None:
    f = by_value(run("Forecasters said highs of 95F would return to the plains."), 95)
    assert f.unit == "degrees Fahrenheit"


def test_glued_small_c_is_no_temperature() -> None:
    assert all(f.unit != "degrees Celsius" for f in run("A first-class stamp costs 60c now."))


def test_subject_cut_for_room_is_named_ahead() -> None:
    f = by_value(run("Folk trio Red Harbour have capped a year of chart success with four "
                     "trophies at the National Folk Music Awards in Leeds."), 4)
    assert "Red Harbour capped" in (f.about or "")
    assert "trophies at the National Folk Music Awards" in (f.about or "")


def test_preposition_inside_the_amount_entity_hedges_it() -> None:
    facts = run("Researchers predict that the ports will handle 40 million containers by 2025, "
                "producing around $9.1bn (£7bn) in fees.")
    assert by_value(facts, 9_100_000_000).qualifier == "around"


def test_for_phrase_after_a_figure_is_what_it_is_for() -> None:
    f = by_value(run("Her declared income includes £8,000 from radio work and fees of up to "
                     "£12,000 for three lectures."), 12_000)
    assert "for three lectures" in (f.about or "")


def test_against_phrase_after_a_figure_is_its_yardstick() -> None:
    f = by_value(run("The rand has slipped by 20% against the euro - and also by 15% against "
                     "the dollar - over the last two years."), 15)
    assert "against the dollar" in (f.about or "")


def test_or_above_after_a_conversion_is_the_hedge() -> None:
    facts = run("Households on low pay - judged to be $20,000 (£15,000) or below - are less "
                "likely to own one.")
    assert by_value(facts, 20_000).qualifier == "or below"


def test_after_hedge_is_not_part_of_the_about() -> None:
    f = by_value(run("Flats worth £400,000 or more pay the new levy."), 400_000)
    assert f.qualifier == "or more"
    assert "or more" not in (f.about or "")


def test_participle_on_a_subject_names_what_it_measures() -> None:
    f = by_value(run("Those on high pay - judged to be $90,000 or above - are more likely "
                     "to own one."), 90_000)
    assert "high pay" in (f.about or "")


def test_within_hours_of_an_event_is_a_deadline_not_a_task_time() -> None:
    f = by_value(run("Teams may ask the panel to review incidents but video is expected "
                     "to be provided within 36 hours of the match."), 36)
    assert "of the match" in (f.about or "")
    assert "provided" in (f.about or "")


def test_penalty_for_a_week_is_its_term() -> None:
    f = by_value(run("The channel said the presenter would be suspended for a week."), 1)
    assert f.unit == "weeks"
    assert "suspended" in (f.about or "")


def test_plain_for_a_year_is_no_figure() -> None:
    assert run("She worked on the farm for a year.") == ()


def test_fronted_against_phrase_is_the_yardstick() -> None:
    f = by_value(run("Against the franc, the krone was down about 0.4% at noon."), 0.4)
    assert "franc" in (f.about or "")


def test_amount_before_less_and_a_noun_is_of_that_noun() -> None:
    f = by_value(run("He said he could see no change other than £300m less debt."), 300_000_000)
    assert "less debt" in (f.about or "")


def test_price_quoted_per_share_or_barrel_keeps_its_rate() -> None:
    facts = run("The offer was pitched at about 450p a share, while crude rose to $61.20 "
                "a barrel.")
    assert by_value(facts, 450).unit == "pence per share"
    assert by_value(facts, 61.2).unit == "USD per barrel"
    assert by_value(facts, 61.2).text == "$61.20 a barrel"
