"""Body roles: a kind of body before a name set off by dashes or after "the", and an
apposition with a possessive owner; on sentences written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_a_restaurant_before_the_and_its_name() -> None:
    found = run(
        "Inspectors raided restaurant The Golden Lotus Club, on Mill Street in Leeds, last week. "
        "The Golden Lotus Club said nothing."
    )
    assert by_name(found, "Golden Lotus Club").role == "restaurant"


def test_a_kind_of_body_before_a_name_between_dashes() -> None:
    found = run(
        "Disney did not say that a part-owned subsidiary company - Lifetime - hired the wife of "
        "a director. Lifetime said so."
    )
    assert by_name(found, "Lifetime").role == "subsidiary company"


def test_an_apposition_with_a_possessive_owner_after_a_body() -> None:
    found = run(
        "A spokeswoman for Kestrel Re, Europe's sixth-largest reinsurance group, said losses "
        "would be modest. Kestrel Re said so."
    )
    assert by_name(found, "Kestrel Re").role == "Europe's sixth-largest reinsurance group"


def test_a_schools_inspector_before_a_body() -> None:
    found = run("The schools were visited by schools inspector Ofsted last week. Ofsted said so.")
    assert by_name(found, "Ofsted").role == "schools inspector"
