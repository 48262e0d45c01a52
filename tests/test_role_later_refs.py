"""Later descriptions (``role_later_refs``): a definite title phrase in any place of a
sentence after the person is named; on sentences written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_an_object_description_after_the_name() -> None:
    found = run(
        "Tom Hale trained with the squad on Friday. The fans cheered loudly for the veteran "
        "goalkeeper when he walked out."
    )
    assert by_name(found, "Tom Hale").role == "veteran goalkeeper"


def test_a_description_in_a_when_clause_of_the_same_sentence() -> None:
    found = run(
        "Assistant coach Rob Diaz worked under Tom Hale when the manager announced in May "
        "that he would leave the club."
    )
    assert by_name(found, "Tom Hale").role == "manager"


def test_the_speaker_of_the_clause_is_not_the_one_described() -> None:
    found = run(
        "Greta Lund lost her seat in March. On Monday Tom Hale said he hoped the former "
        "health secretary would serve again."
    )
    assert by_name(found, "Greta Lund").role == "former health secretary"
    assert by_name(found, "Tom Hale").role is None


def test_the_subject_of_the_verb_is_not_its_object() -> None:
    found = run("Tom Hale wrote a long letter to the Republican nominee for governor.")
    assert by_name(found, "Tom Hale").role is None


def test_two_people_without_a_role_leave_it_unsaid() -> None:
    found = run(
        "Tom Hale met Rob Diaz at the ground on Friday, and the crowd applauded the former "
        "captain as he left."
    )
    assert by_name(found, "Tom Hale").role is None
    assert by_name(found, "Rob Diaz").role is None


def test_a_quote_speaker_is_left_to_the_back_references() -> None:
    found = run(
        'Tom Hale beat Rob Diaz in two sets. "I played better than against Ana Ruiz," said '
        "the top seed."
    )
    assert by_name(found, "Ana Ruiz").role is None


def test_an_apposition_after_another_name_is_theirs() -> None:
    found = run("Tom Hale met the board on Monday. Rob Diaz, the club chairman, wants changes.")
    assert by_name(found, "Tom Hale").role is None


def test_a_possessive_description_points_further_back() -> None:
    found = run(
        "Comedian Ana Ruiz said her haircut was inspired by candidate Lena Moss. Speaking in "
        "the latest issue of Tom Hale's magazine, the 54-year-old was quick to leap to the "
        "politician's defence."
    )
    assert by_name(found, "Tom Hale").role is None
