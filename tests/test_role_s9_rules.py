"""Roles from session 9 rules: "backbencher" and "record holder" as titles, a title in a
"while he was …" clause, and a pair of people described together later ("the prime
minister and his chancellor"); on sentences written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_a_backbencher_opening_the_sentence() -> None:
    found = run("Backbencher Tom Hale said some MPs were angry about the plan.")
    assert by_name(found, "Tom Hale").role == "Backbencher"


def test_a_record_holder_before_a_name() -> None:
    found = run("World record holder Ana Ruiz is also facing a ban after the test.")
    assert by_name(found, "Ana Ruiz").role == "World record holder"


def test_a_holder_alone_is_no_title() -> None:
    found = run("The card holder Ana Ruiz was told to pay the fee by Friday.")
    assert by_name(found, "Ana Ruiz").role is None


def test_a_title_in_a_while_clause_of_a_relative_clause() -> None:
    found = run(
        "The deal does not cover Tom Hale, who has confessed to a role in a scam while he was "
        "chief risk officer at the bank."
    )
    assert by_name(found, "Tom Hale").role == "chief risk officer at the bank"


def test_a_title_in_a_when_clause_of_the_subject() -> None:
    found = run("Ana Ruiz resigned in May when she was head of the unit.")
    assert by_name(found, "Ana Ruiz").role == "head of the unit"


def test_a_when_clause_after_another_name_is_no_role() -> None:
    found = run("Ana Ruiz met Tom Hale in Leeds when he was a coach.")
    assert by_name(found, "Ana Ruiz").role is None


def test_a_pair_described_together_later() -> None:
    found = run(
        "Voters have criticised Ana Ruiz and Tom Hale over the row. "
        "Ana Ruiz and Tom Hale met on Monday. "
        "The premier and her treasurer arrived within seconds of each other."
    )
    assert by_name(found, "Ana Ruiz").role == "premier"
    assert by_name(found, "Tom Hale").role == "treasurer"


def test_the_pair_named_most_often_is_described() -> None:
    found = run(
        "Voters have criticised Ana Ruiz and Tom Hale over the row. "
        "Ruiz was joined at the launch by Dan Fold and Lee Marsh. "
        "A new book charts disputes between premier and treasurer."
    )
    assert by_name(found, "Ana Ruiz").role == "premier"
    assert by_name(found, "Tom Hale").role == "treasurer"
    assert by_name(found, "Dan Fold").role is None


def test_a_description_after_a_quote_the_parser_made_the_root() -> None:
    found = run(
        'Tom Hale told the crowd: "Our group finally won an award, thank you." '
        "The rapper opened the show with two of his songs."
    )
    assert by_name(found, "Tom Hale").role == "rapper"


def test_a_bare_title_opening_the_lead_passive() -> None:
    found = run(
        "A nurse has been struck off after she left patients alone for hours. "
        "Ana Ruiz told the panel she had been ill."
    )
    assert by_name(found, "Ana Ruiz").role == "nurse"


def test_a_bare_spokesman_opening_the_lead_is_not_the_next_name() -> None:
    found = run(
        "A spokesman was asked about the fire at the depot. "
        "Ana Ruiz told the panel she had seen smoke."
    )
    assert by_name(found, "Ana Ruiz").role is None


def test_a_description_after_an_opening_setting() -> None:
    found = run(
        "Tom Hale found himself in trouble at the open after a rude gesture. "
        "On the table the four-time world champion had a strong day."
    )
    assert by_name(found, "Tom Hale").role == "four-time world champion"


def test_a_list_of_offices_up_for_election_is_no_pair() -> None:
    found = run(
        "Voters have criticised Ana Ruiz and Tom Hale over the row. "
        "The ballot has contests for mayor, county sheriff and district attorney."
    )
    assert by_name(found, "Ana Ruiz").role is None
    assert by_name(found, "Tom Hale").role is None


def test_bare_titles_without_the_are_no_pair() -> None:
    found = run(
        "Voters have criticised Ana Ruiz and Tom Hale over the row. "
        "They fell out when both were captain and coach in 2009."
    )
    assert by_name(found, "Ana Ruiz").role is None
