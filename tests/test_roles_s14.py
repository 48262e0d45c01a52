"""No role from a description that is the object of a clause before the name's comma."""

from __future__ import annotations

from tests.test_actors import run


def test_a_description_inside_an_earlier_clause_is_no_role() -> None:
    text = (
        "Talking with Trackway on Monday, during which she also raised the idea of a young "
        "deputy mayor, Jo Dee said she was pleased with the budget.\n\n"
        "Dee will stand again in Narvia next year."
    )
    roles = {a.name: a.role for a in run(text)}
    assert roles.get("Jo Dee") is None, roles


def test_a_marked_description_as_object_goes_to_the_one_other_person_named() -> None:
    text = (
        "Ann Lee has shown no sign of cooling her anger toward Jo Dee's campaign, slamming "
        "the Narvia senator on several occasions for failing to stop the rumours.\n\n"
        "Lee said on Friday that the tricks were not as bad as the budget scandal."
    )
    roles = {a.name: a.role for a in run(text)}
    assert roles.get("Jo Dee") == "Narvia senator", roles
    assert roles.get("Ann Lee") is None, roles


def test_an_object_description_with_two_people_before_it_goes_to_none() -> None:
    text = (
        "Ann Lee mocked Jo Dee and Bo Hale on Friday, calling the Narvia senator weak on "
        "crime.\n\nLee said the tricks were not as bad as the budget scandal."
    )
    roles = {a.name: a.role for a in run(text)}
    assert roles.get("Jo Dee") is None and roles.get("Bo Hale") is None, roles


def test_a_later_title_held_by_an_abbreviated_office_is_not_given_to_another() -> None:
    text = (
        "Sen. Ann Lee met Jo Dee and Bo Hale in Narvia on Monday.\n\n"
        "At one point, Dee tried to press Lee on whether she would run, but the senator "
        "insisted she had not decided."
    )
    roles = {a.name: a.role for a in run(text)}
    assert roles.get("Jo Dee") != "senator", roles


def test_a_source_credited_in_brackets_before_the_name_is_no_role() -> None:
    text = (
        "(The Narvia Reporter)Ann Lee, whose comic career in advertising won her acclaim, "
        "has died.\n\nLee died at a hospital in Velt, her son Jo Lee said."
    )
    roles = {a.name: a.role for a in run(text)}
    assert roles.get("Ann Lee") is None, roles
