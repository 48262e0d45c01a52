"""Roles over paired lists, fields after a title's "of", ages before a clause, bodies after
"of", reported "as" clauses and misread epithets; on sentences written for these tests."""

from __future__ import annotations

import pytest

from generator import nlp
from generator.extract.roles import role_of
from tests.test_actors import by_name, run


def test_paired_titles_go_to_names_in_order() -> None:
    found = run(
        "Walter Penrose died on Sunday, his son and daughter, Gareth and Elsie Penrose, said."
    )
    assert by_name(found, "Gareth").role == "son"
    assert by_name(found, "Elsie Penrose").role == "daughter"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "NRC director of research Colm Breslin said the totals were a record.",
            "Colm Breslin",
            "NRC director of research",
        ),
        (
            "The card was opened by sculptor Ines Morrow, who made the frame.",
            "Ines Morrow",
            "sculptor",
        ),
        (
            "Fans cheered the rise of academy graduate Rory Pell all season.",
            "Rory Pell",
            "academy graduate",
        ),
        (
            "Voters heard the senator's running mate Dale Pruitt speak in Tampa.",
            "Dale Pruitt",
            "running mate",
        ),
        (
            "Pell, the Wales international who joined in May, was dropped on Monday.",
            "Pell",
            "Wales international",
        ),
    ],
)
def test_titles_with_new_words_and_fields(text: str, name: str, role: str) -> None:
    assert by_name(run(text), name).role == role


def test_a_farmer_after_of_is_the_name_s_own_title() -> None:
    found = run("The son of farmer Aled Pryce said the barn burned down.")
    assert by_name(found, "Aled Pryce").role == "farmer"


def test_an_age_before_a_relative_clause() -> None:
    found = run("'It was quick,' Lars Ekdahl, 31, who is also a firefighter, told reporters.")
    assert by_name(found, "Lars Ekdahl").role == "firefighter"


def test_an_age_before_a_copula() -> None:
    found = run("Mira Kovac, 44, is a nurse at the city hospital.")
    assert by_name(found, "Mira Kovac").role == "nurse at the city hospital"


def test_a_title_object_before_the_comma_is_not_the_subject_s() -> None:
    found = run("Asked whether he trusted the chancellor, Owen Price replied: 'Of course.'")
    assert by_name(found, "Owen Price").role is None


def test_a_body_after_of_with_an_owner_or_unlabelled() -> None:
    found = run("Before the match, Wes Adair of Hull's Amber Scarf Movement said prices were high.")
    assert by_name(found, "Wes Adair").role == "Hull's Amber Scarf Movement"


def test_representing_a_body_gives_the_body() -> None:
    found = run("Nina Ostrova, representing the NMC, read a statement to the board.")
    assert by_name(found, "Nina Ostrova").role == "NMC"


def test_a_reported_as_clause_about_oneself() -> None:
    found = run("The paper claims Hugh Dalton said in 2003 he would stand down as chancellor.")
    assert by_name(found, "Hugh Dalton").role == "chancellor"


def test_a_reported_as_clause_about_someone_told_is_no_role() -> None:
    found = run("Hugh Dalton told Rhys Bevan he would stand down as chancellor.")
    assert by_name(found, "Hugh Dalton").role is None


def test_an_as_clause_describes_the_subject_of_its_verb() -> None:
    found = run(
        "Referee Lee Mason gave a penalty and Jonas Kell made no mistake as the former Derby "
        "midfielder equalised for Hull."
    )
    assert by_name(found, "Jonas Kell").role == "former Derby midfielder"


def test_a_title_glued_into_the_name_is_the_role() -> None:
    text = "Hull led late on when substitute Marco Del Rio scored twice."
    doc = nlp.parse(text)
    start = text.index("substitute")
    span = doc.char_span(start, text.index(" scored"))
    assert span is not None and role_of(doc, span) == "substitute"


def test_a_party_word_before_a_surname_alone_is_no_role() -> None:
    found = run(
        "Gavin Royle spoke in Leeds on Friday. Ann Hope said: 'Sadly for Labour Royle's "
        "speech changed nothing.'"
    )
    assert by_name(found, "Gavin Royle").role is None


def test_an_epithet_opening_the_next_sentence_describes_the_last_name() -> None:
    found = run("It is nothing next to Theo Barnes. The England forward is obviously relaxed.")
    assert by_name(found, "Theo Barnes").role == "England forward"


def test_a_dash_opened_list_after_a_long_plural_title() -> None:
    found = run(
        "The two Welsh directors in question in the row - Ana Ruiz, Tom Hale and Eve Moss - "
        "have left."
    )
    assert by_name(found, "Ana Ruiz").role == "Welsh director"


def test_a_title_with_a_place_before_the_comma_keeps_its_tail() -> None:
    found = run("The head of security in Iraq, Tom Hale, said so.")
    assert by_name(found, "Tom Hale").role == "head of security in Iraq"


def test_a_colon_opened_name_takes_no_far_title() -> None:
    found = run(
        "Tom Hale died from a blow to the chest In better days: Hale, right, is shown."
    )
    assert by_name(found, "Tom Hale").role is None


def test_representing_a_person_is_no_body() -> None:
    found = run("At the hearing, Andrew Lomas, representing Keane, said he had debts.")
    assert by_name(found, "Andrew Lomas").role is None


def test_a_body_with_and_in_its_name() -> None:
    found = run(
        "The list includes Gary Reade of Harbour Fresh and Private Label Foods, said the firm."
    )
    assert by_name(found, "Gary Reade").role == "Harbour Fresh and Private Label Foods"
