"""Sport and tally figures: track distances, runs, league places, tallies, prefixed ages."""

from __future__ import annotations

from tests.test_numbers import run


def _by_value(text: str) -> dict[float, object]:
    return {f.value: f for f in run(text)}


def test_race_distance_is_metres_not_millions() -> None:
    facts = _by_value("Moss won 400m gold in Rome, while Tully took silver in the 200m.")
    assert facts[400].unit == "metres" and "gold" in facts[400].about
    assert facts[200].unit == "metres" and "silver" in facts[200].about
    assert 400_000_000 not in facts and 200_000_000 not in facts


def test_field_mark_is_metres() -> None:
    facts = _by_value("The 22-year-old set a personal best of 7.12m with her last jump.")
    assert facts[7.12].unit == "metres"


def test_bare_m_without_sport_cue_stays_millions() -> None:
    facts = _by_value("The charity raised 40m last year from private donors.")
    assert 40_000_000 in facts


def test_run_ordinal_after_article() -> None:
    facts = _by_value("The goal sealed a sixth straight win for Rovers over their rivals.")
    assert "win" in facts[6].about


def test_league_place_after_up_to() -> None:
    facts = _by_value("The draw moved Rovers up to 12th in the table.")
    assert facts[12].qualifier is None and "moved" in facts[12].about


def test_tally_total_takes_the_count_unit() -> None:
    facts = _by_value("Rovers have won 8 matches out of their last 9, including four in a row.")
    assert facts[8].unit == "matches" and facts[9].unit == "matches"


def test_prefixed_age_keeps_its_unit() -> None:
    facts = _by_value("A nurse cared for her then-6-week-old niece for a month.")
    assert facts[6].unit == "weeks"
    facts = _by_value("His now-three-year-old son has recovered.")
    assert facts[3].unit == "years"


def test_week_old_age_is_in_weeks() -> None:
    facts = _by_value("The 10-week-old puppy was found in a park.")
    assert facts[10].unit == "weeks"


def test_up_from_figure_takes_the_unit_before_it() -> None:
    facts = _by_value("About 8 million cars now run on diesel, up from 6 million in 2015.")
    assert facts[8_000_000].unit == "cars" and facts[6_000_000].unit == "cars"


def test_count_before_more_takes_the_noun_after_it() -> None:
    facts = _by_value("The scheme found work for 400 more nurses in the north.")
    assert facts[400].unit == "nurses"


def test_count_of_a_group_before_a_time_phrase() -> None:
    facts = _by_value("She travelled with a party of seven last week to the mountains.")
    assert 7 in facts and "party" in facts[7].about


def test_seed_ordinal_is_a_rank() -> None:
    facts = _by_value("The third seeds were drawn against Portugal.")
    assert "seeds" in facts[3].about
