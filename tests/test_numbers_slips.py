"""Numbers: tagger slips and patterns found on held-out articles (sentences written here)."""

from __future__ import annotations

from tests.test_numbers import one, run


def test_age_of_a_name_the_tagger_took_for_a_place() -> None:
    fact = one("Hammond, 45, has joined the others in leaving the programme.")
    assert (fact.value, fact.unit, fact.about) == (45, "years", "age of Hammond")


def test_place_with_a_count_after_it_is_no_age() -> None:
    facts = run("Texas, 38, and Ohio, 18, were the largest prizes.")
    assert all(f.unit != "years" for f in facts)


def test_demonym_count_the_tagger_named_an_organisation() -> None:
    fact = one("The figure was close to the 255 Britons killed in the conflict.")
    assert fact.value == 255
    assert "conflict" in fact.about and fact.unit == "britons"


def test_a_record_is_the_qualifier() -> None:
    fact = one("A record 48 million people are displaced across the region.")
    assert (fact.value, fact.qualifier) == (48_000_000, "record")
    assert "displaced" in fact.about


def test_glued_m_on_a_structure_is_metres() -> None:
    fact = one("Photos showed the 301m mast bent over to meet her hand.")
    assert (fact.value, fact.unit) == (301, "metres")


def test_glued_m_on_money_stays_millions() -> None:
    fact = one("The club paid a 5m fee for the striker.")
    assert fact.value == 5_000_000


def test_match_minute_is_a_figure_in_minutes() -> None:
    fact = one("Garcia pounced in the 88th minute to secure a draw.")
    assert (fact.value, fact.unit) == (88, "minutes")
    assert "Garcia" in fact.about


def test_subject_hung_on_the_auxiliary_reaches_the_verb() -> None:
    text = ("At least 12 workers, described by the company as contractors from the northern "
            "provinces of the country, were laid off and sent home.")
    fact = one(text)
    assert fact.qualifier == "at least"
    assert "laid" in fact.about


def test_participle_after_a_comma_set_description() -> None:
    text = ("The footage showed 14 prisoners, described by the guards as 'troublemakers from "
            "the eastern wing of the jail', being moved to a camp.")
    fact = one(text)
    assert "being moved" in fact.about


def test_open_complement_of_a_bare_verb_is_kept() -> None:
    fact = one("Some 300 workers were forced to leave their homes.")
    assert fact.about == "workers were forced to leave their homes"


def test_demonym_count_tagged_as_a_nationality_still_counts() -> None:
    fact = one("He met 40 Democrats on the trip.")
    assert (fact.value, fact.unit) == (40, "democrats")


def test_until_keeps_what_the_event_is_for() -> None:
    text = "The tickets for his match against the champion in just 10 days have not been sold."
    fact = one(text)
    assert (fact.value, fact.unit, fact.qualifier) == (10, "days", "just")
    assert fact.about == "until The tickets for his match"


def test_condition_clause_says_what_the_figure_is_for() -> None:
    fact = one("The firm will cut 300 jobs unless the union accepts the offer.")
    assert fact.about == "firm will cut jobs unless the union accepts the offer"
