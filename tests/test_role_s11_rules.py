"""Roles from session 11 rules: a description the text sets beside a person in one clause is
not theirs ("the prime minister told Mr Hale"), a figure with a unit before a title ("60m
champion"), a "when he was" clause on a verb sharing the name's subject, and a pair
described together in the next sentence ("Both executives …"); on sentences written for
these tests."""

from __future__ import annotations

from generator import nlp
from generator.extract.role_distinct import set_apart
from tests.test_actors import by_name, run

_FEUD = (
    "Peter Morgan faces questions in parliament after a week of talk about his bond with "
    "Tom Hale.\n\n"
    "Meanwhile, the treasurer is leaving the country on a tour of Asia. "
    "Mr Hale was seen with Dan Crowe, who Mr Morgan put in charge of planning in place of "
    "the treasurer.\n\n"
    "Later this week the premier is due to set out his plans. "
    "The book claims the premier told Mr Hale he would stand down."
)


def test_a_description_set_apart_from_a_name() -> None:
    doc = nlp.parse("The premier told Tom Hale he would stand down before the vote.")
    hale = [(doc.text.index("Tom Hale"), doc.text.index("Tom Hale") + 8)]
    assert set_apart(doc, "premier", hale)


def test_an_apposition_is_not_set_apart() -> None:
    doc = nlp.parse("Tom Hale, the premier, said he would stand down before the vote.")
    hale = [(0, 8)]
    assert not set_apart(doc, "premier", hale)


def test_a_copula_is_not_set_apart() -> None:
    doc = nlp.parse("Tom Hale became the premier in the spring after the vote.")
    assert not set_apart(doc, "premier", [(0, 8)])


def test_descriptions_go_to_the_one_not_set_apart() -> None:
    found = run(_FEUD)
    assert by_name(found, "Peter Morgan").role == "premier"
    assert by_name(found, "Tom Hale").role == "treasurer"


def test_a_distance_before_a_title() -> None:
    found = run("Defending 60m champion Tom Hale is included in the squad for the meeting.")
    assert by_name(found, "Tom Hale").role == "60m champion"


def test_a_count_before_a_title_stays_no_role() -> None:
    found = run("The fire killed 11 babies and one mother Kate Morgan in the ward last week.")
    assert by_name(found, "Kate Morgan").role is None


def test_when_he_was_under_a_joined_verb() -> None:
    found = run(
        "Sources told the paper Peter Morgan has always backed the scheme, and tried to bring "
        "it in when he was Home Secretary."
    )
    assert by_name(found, "Peter Morgan").role == "Home Secretary"


def test_both_executives_after_a_pair() -> None:
    found = run(
        "Shareholders complained about payments to Tom Hale and Peter Morgan, who left in "
        "2001. Both executives helped the chairman merge the two banks."
    )
    assert by_name(found, "Tom Hale").role == "executive"
    assert by_name(found, "Peter Morgan").role == "executive"


def test_both_after_a_pair_not_a_title() -> None:
    found = run("Tom Hale met Peter Morgan at the hotel. Both men smiled for the cameras.")
    assert by_name(found, "Tom Hale").role is None


def test_a_bare_office_after_as() -> None:
    found = run("Voters have a lack of trust in Peter Morgan as prime minister and in his party.")
    assert by_name(found, "Peter Morgan").role == "prime minister"


def test_an_office_taken_over_is_not_given() -> None:
    found = run("Tom Hale succeeded Peter Morgan as chairman of the club last year.")
    assert by_name(found, "Peter Morgan").role is None


def test_as_a_described_person_is_no_office() -> None:
    found = run("The crowd at the stadium always saw Peter Morgan as the best player in town.")
    assert by_name(found, "Peter Morgan").role is None


def test_a_past_office_yields_to_a_later_title() -> None:
    found = run(
        "Peter Morgan has always backed the scheme, and tried to bring it in when he was Home "
        "Secretary. On Monday Tory leader Peter Morgan said the plan was sound."
    )
    assert by_name(found, "Peter Morgan").role == "Tory leader"


def test_a_pair_title_yields_to_an_apposition() -> None:
    found = run(
        "Shareholders complained about payments to Tom Hale and Peter Morgan, who left in "
        "2001. Both executives helped the chairman merge the two banks. Mr Morgan, a former "
        "director at the bank, asked the court for more time."
    )
    assert by_name(found, "Peter Morgan").role == "former director at the bank"
    assert by_name(found, "Tom Hale").role == "executive"


def test_described_as_is_no_office() -> None:
    found = run("Neighbours described Peter Morgan as chairman material and a generous man.")
    assert by_name(found, "Peter Morgan").role is None


def test_as_a_plural_is_no_office() -> None:
    found = run("She cited remarks about Peter Morgan as examples of the president's temper.")
    assert by_name(found, "Peter Morgan").role is None


def test_a_verbless_line_ends_the_walk_up() -> None:
    """A headline with no verb: the walk up to a clause verb stops at the root (it once
    looped for ever, since spaCy makes a fresh token object on every ``head`` access)."""
    doc = nlp.parse("Ana Ruiz and the presumptive GOP nominee in Ohio")
    ruiz = [(0, 8)]
    assert not set_apart(doc, "presumptive GOP nominee", ruiz)
