"""An office description after a subject who already holds another office is the other
person's, named last in the sentence before."""

from __future__ import annotations

from tests.test_actors import run


def _roles(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in run(text)}


def test_president_after_prime_minister_is_the_other_person() -> None:
    text = (
        "Prime Minister Maria Velasco met Tom Hargreave in Lisbon on Monday.\n\n"
        "Mrs Velasco held long talks with Mr Hargreave about trade. "
        "The president said the two countries would sign a deal next year."
    )
    roles = _roles(text)
    assert roles["Maria Velasco"] == "Prime Minister"
    assert roles["Tom Hargreave"] == "president"


def test_same_office_stays_with_the_subject() -> None:
    text = (
        "Prime Minister Maria Velasco met Tom Hargreave in Lisbon on Monday.\n\n"
        "Mrs Velasco held long talks with Mr Hargreave about trade. "
        "The prime minister said the two countries would sign a deal next year."
    )
    assert _roles(text).get("Tom Hargreave") is None


def test_lead_office_goes_to_the_first_person_named_as_subject() -> None:
    text = (
        "The chancellor has defended plans to raise fuel duty, saying the money is needed.\n\n"
        "The government faces a revolt from its own backbenchers over the rise. "
        "But Helen Marchbank said there would be no change of course."
    )
    assert _roles(text)["Helen Marchbank"] == "chancellor"


def test_lead_office_not_given_when_the_first_name_is_no_subject() -> None:
    text = (
        "The chancellor has defended plans to raise fuel duty, saying the money is needed.\n\n"
        "Critics wrote to Helen Marchbank about the rise. "
        "Tom Oduya said the plan would hurt drivers."
    )
    roles = _roles(text)
    assert roles.get("Helen Marchbank") is None
    assert roles.get("Tom Oduya") is None


def test_bare_office_as_a_subject_anywhere_refers_back() -> None:
    text = (
        "Critics mocked the plan and now Ana Ruiz has agreed to face the voters.\n\n"
        "The format is simple - the prime minister takes questions from a live audience "
        "for an hour."
    )
    assert _roles(text)["Ana Ruiz"] == "prime minister"


def test_office_with_a_named_modifier_is_no_bare_office() -> None:
    text = (
        "Critics mocked the plan and now Ana Ruiz has agreed to face the voters.\n\n"
        "The format is simple - the Spanish president takes questions from a live audience "
        "for an hour."
    )
    assert _roles(text).get("Ana Ruiz") is None
