"""Numbers: a unit left out after a counted figure, "at the age of", a noun past a name, glued
miles and stone, a spaced "bn", "a maximum of" and "reached number N"."""

from __future__ import annotations

from tests.test_numbers_attach import by_value, run


def test_bare_count_after_a_counted_figure_counts_the_same_thing() -> None:
    f = by_value("Leeds are top on 30 points, four ahead of Hull after the win.", 4)
    assert f.unit == "points"
    assert "ahead of Hull" in (f.about or "")
    g = by_value("The novel sold 20,000 copies in its first month and 1.2 million by May.",
                 1_200_000)
    assert g.unit == "copies"


def test_elided_unit_skips_a_prepositional_figure_and_a_new_subject() -> None:
    f = by_value("He scored 20 goals in 30 games, and 4 in the cup.", 4)
    assert f.unit == "goals"
    g = by_value("The farm keeps 9 sheep and 14 were sold at the show.", 14)
    assert g.unit is None


def test_age_of_is_an_age() -> None:
    f = by_value("The painter died in Paris in May 1990 at the age of 81.", 81)
    assert f.unit == "years"


def test_counted_noun_past_a_name_run() -> None:
    f = by_value("He has won three Monaco doubles titles with his brother.", 3)
    assert f.unit is not None and f.unit.endswith("titles")
    g = by_value("The calendar has nine ADAC Formula 3 rounds this year.", 9)
    assert g.unit is not None and g.unit.endswith("rounds")


def test_glued_miles_and_stone() -> None:
    f = by_value("The farm lies more than 40miles from the nearest town.", 40)
    assert f.unit == "miles" and f.qualifier == "more than"
    assert by_value("He slimmed down to 13.5st over two years.", 13.5).unit == "stone"
    assert all(f.unit != "stone" for f in run("He finished 21st in the race on Sunday."))


def test_spaced_bn_is_a_scale() -> None:
    f = by_value("The party plans £12 bn of cuts in public services.", 12_000_000_000)
    assert f.unit == "GBP"


def test_a_maximum_of_is_reported_as_maximum() -> None:
    f = by_value("Each player has a maximum of four games left this season.", 4)
    assert f.qualifier == "maximum"


def test_reached_number_is_a_chart_place() -> None:
    f = by_value("The single reached number 17 in the dance chart.", 17)
    assert "number" in f.text


def test_league_table_places() -> None:
    text = ("The city is 14th for air quality, and 61st for the cost of housing. "
            "For public transport the town is 22nd, and for safety 9th.")
    assert "air quality" in by_value(text, 14).about
    assert "cost of housing" in by_value(text, 61).about
    assert "public transport" in by_value(text, 22).about
    assert "safety" in by_value(text, 9).about


def test_ordinal_before_a_superlative_is_a_place() -> None:
    f = by_value("Norway was named the 4th happiest country in the world for families.", 4)
    assert "happiest country" in f.about
    g = by_value("The lake was 37th out of 50 sites on the water survey.", 37)
    assert g.value == 37
