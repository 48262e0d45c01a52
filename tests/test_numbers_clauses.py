"""Numbers: abouts the parse splits off — a dating year before a noun, a finding's cut-off
predicate, a total's participle, the time an earlier figure held, a place set before the clause,
and a report named in full as its own source."""

from __future__ import annotations

from generator.model import NumberFact
from tests.test_numbers import run


def by_value(found: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(n for n in found if n.value == value)


def test_a_dating_year_does_not_hide_the_noun() -> None:
    found = run("Shoppers can buy the lamp for the original 1962 sale price of just $4.")
    assert "sale price" in by_value(found, 4).about
    found = run("Visits were well above the 2014-15 level of 281,455.")
    assert "level" in by_value(found, 281455).about


def test_a_counted_year_like_number_still_counts() -> None:
    found = run("The 2000 soldiers lost 300 tanks.")
    assert by_value(found, 300).about == "2000 soldiers lost tanks"


def test_finding_keeps_the_predicate_cut_from_its_object() -> None:
    found = run("The study found 41 towns out of 70 surveyed were cutting bus services.")
    assert by_value(found, 41).about == "towns were cutting bus services"
    assert "surveyed" in by_value(found, 70).about


def test_finding_with_a_parsed_subject_is_unchanged() -> None:
    found = run("The study found 40 people were ill.")
    assert by_value(found, 40).about == "people were ill"


def test_an_earlier_figure_keeps_when_it_held() -> None:
    found = run("Nearly 12 million homes now have fibre, up from 7 million a year ago.")
    assert "a year ago" in by_value(found, 7000000).about
    found = run("Sales reached 12 million units, up from 9 million last year.")
    assert "last year" in by_value(found, 9000000).about


def test_a_rate_is_no_time_point() -> None:
    found = run("She paid $5 a year for it.")
    assert "a year" not in by_value(found, 5).about


def test_a_place_set_before_the_clause_says_where() -> None:
    found = run("In Brazil inflation is roughly 9%, and in Peru it is nearer 4%.")
    assert "Brazil" in by_value(found, 9).about
    assert "Peru" in by_value(found, 4).about


def test_a_report_named_in_full_is_its_own_source() -> None:
    found = run("Nurses made up about 30 percent of the staff, according to the National "
                "Workforce Survey.")
    assert by_value(found, 30).source == "National Workforce Survey"
    found = run("A Gallup Poll found 40 percent agreed.")
    assert by_value(found, 40).source == "Gallup"


def test_a_margin_after_a_dash_is_no_range() -> None:
    found = run("Lee won the final in 20.61 - .05 outside his best.")
    assert by_value(found, 20.61).text == "20.61"
    found = run("Prices rose 5 - 10 percent.")
    assert found[0].value is None and found[0].text == "5 - 10 percent"


def test_a_time_in_parentheses_after_a_person_is_theirs() -> None:
    found = run("Mary Ward broke her own national hurdles record by clocking 8.11 which left "
                "her second behind world champion Anna Morley (8.02).")
    assert by_value(found, 8.02).about == "Anna Morley"
