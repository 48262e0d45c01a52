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
