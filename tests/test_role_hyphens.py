"""Roles written as hyphened words that spaCy splits at the hyphen ("film-maker" is read
"film", "-", "maker"), and a number opening a work's name before a title ("Seven Sisters
director X"); on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import by_name, run


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Film-maker Tom Hale said the film was finished.", "Tom Hale", "Film-maker"),
        ("Veteran film-maker Ana Ruiz said it was done.", "Ana Ruiz", "Veteran film-maker"),
        ("Tom Hale, the film-maker, said the film was finished.", "Tom Hale", "film-maker"),
        ("The law-maker Ana Ruiz voted against the plan on Monday.", "Ana Ruiz", "law-maker"),
        ("Ana Ruiz is a film-maker from Leeds and lives in York.", "Ana Ruiz", "film-maker"),
    ],
)
def test_a_hyphened_title(text: str, name: str, role: str) -> None:
    assert by_name(run(text), name).role == role


def test_a_hyphened_title_in_a_copular_clause() -> None:
    found = run("Ana Ruiz became co-chairman of the bank in the spring.")
    assert by_name(found, "Ana Ruiz").role == "co-chairman of the bank"


def test_a_hyphened_title_keeps_its_inner_words() -> None:
    found = run("Ana Ruiz is editor-in-chief of the local paper in the city.\n\nShe said so.")
    assert by_name(found, "Ana Ruiz").role == "editor-in-chief of the local paper"


def test_a_number_opening_a_work_before_a_title() -> None:
    found = run("The film was made by Seven Sisters film-maker Tom Hale last year.")
    assert by_name(found, "Tom Hale").role == "Seven Sisters film-maker"


def test_a_count_before_a_singular_title_is_still_no_title() -> None:
    found = run("The blast hurt 11 babies and one mother Ana Ruiz on Monday.")
    assert by_name(found, "Ana Ruiz").role is None


def test_a_count_of_a_plural_title_is_still_no_title() -> None:
    found = run("Later two Labour MPs Tom Hale and Ana Ruiz said they would vote no.")
    assert by_name(found, "Tom Hale").role is None


def test_a_clause_role_read_off_a_mention_with_an_honorific() -> None:
    found = run(
        "Tom Hale's feud with Dan Ruiz grew. It claims Mr Hale said in March 2006 he would "
        "quit as chairman before the next poll."
    )
    assert by_name(found, "Tom Hale").role == "chairman"
