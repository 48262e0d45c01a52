"""Numbers: clock times and days are no figures; counts whose noun is only implied; "they"."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def facts(text: str) -> dict[float, NumberFact]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return {f.value: f for f in numbers(article, nlp.parse(text), ()) if f.value is not None}


def test_clock_time_before_last_night_is_no_count_of_nights() -> None:
    f = facts("The lorry left the depot at 9 last night with 40 crates on board.")
    assert 9 not in f
    assert f[40].unit == "crates"


def test_count_of_the_last_things_keeps_its_noun() -> None:
    f = facts("Leinster have won seven of the last 10 Heineken titles.")
    assert f[7].unit == "titles"


def test_count_before_a_time_phrase_is_still_a_count() -> None:
    f = facts("He spent three nights last week in a cell.")
    assert f[3].unit == "nights"


def test_hours_and_minutes_after_at_are_a_clock_time() -> None:
    assert facts("The nurses knocked on my window at 11.30, and I guessed at once.") == {}
    assert facts("She arrived home at 10.45 and went to bed.") == {}


def test_a_level_at_hours_and_minutes_is_still_a_figure() -> None:
    assert 11.3 in facts("The shares closed at 11.30 on Friday.")


def test_span_of_days_is_no_figure() -> None:
    assert facts("The festival takes place in Lucerne from 3-8 May.") == {}
    assert facts("The show runs from 3 to 8 June.") == {}


def test_with_clause_count_takes_the_main_subject() -> None:
    f = facts("Shareholders of the bank will split £30m, with 20,000 getting a payout of more"
              " than £500.")
    assert f[20000].unit == "shareholders"


def test_total_counts_what_the_count_before_it_counted() -> None:
    f = facts("Some 40m parcels were posted in the week. That is up 5% on a year ago. The yearly"
              " total for 2010 is expected to top 2bn, the firm said.")
    assert f[2000000000].unit == "parcels"


def test_they_is_the_group_named_as_the_source_before() -> None:
    f = facts("Demand is set to rise, according to experts. They suggest the number of home"
              " drones could grow from 3 million last year to 9 million in 2025.")
    assert f[3000000].source == "experts" and f[9000000].source == "experts"
    assert f[3000000].unit == "drones"


def test_they_of_another_clause_is_no_source() -> None:
    f = facts("Researchers studied 20 pairs of twins. One twin had cycled more during the past"
              " three years than his brother, though they said they ate the same.")
    assert f[3].source is None


def test_year_then_next_level_is_no_range() -> None:
    f = facts("Sales of home robots could grow from 3 million in 2019 to 9 million in 2025.")
    assert 9000000 in f and 3000000 in f


def test_noun_before_a_dash_aside_after_a_speech_verb_is_the_subject() -> None:
    f = facts("The group said home sales - deals agreed but not yet completed - were £3bn,"
              " down from £3.5bn in March.")
    assert f[3000000000].about.startswith("home sales")


def test_capitalised_count_mid_sentence_is_a_title() -> None:
    assert facts("The tenor will sing One Night on Friday's show.") == {}
    assert facts("She has spent two nights in jail.")[2].unit == "nights"
