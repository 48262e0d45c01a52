"""A one-word name whose quote "he said" carries on is a person's, not a body's; a body whose
quote is carried on by "it said" stays a body."""

from __future__ import annotations

from tests.test_actors import run


def _kind(text: str, name: str) -> str:
    return next(a.kind for a in run(text) if a.name == name)


def test_a_quote_carried_on_by_he_said_makes_a_person() -> None:
    text = (
        "Ann Lee spoke first at the Narvia town hall on Monday.\n\n"
        "\u201cWe will mend the roads before winter comes,\u201d Lee said.\n\n"
        "\u201cTaxes are a burden on every family in this state!\u201d Brusk said.\n\n"
        "\u201cMy father came to Narvia with nothing and built a farm,\u201d he said."
    )
    assert _kind(text, "Brusk") == "person"


def test_a_body_whose_quote_it_carries_on_stays_a_body() -> None:
    text = (
        "Ann Lee spoke first at the Narvia town hall on Monday.\n\n"
        "\u201cWe will mend the roads before winter comes,\u201d Lee said.\n\n"
        "\u201cThe plan is costly and unworkable,\u201d Trackway said.\n\n"
        "\u201cWe will oppose it in every court,\u201d it said."
    )
    assert _kind(text, "Trackway") != "person"



def test_a_surname_once_written_after_a_given_name_in_a_show_title_is_a_person() -> None:
    text = (
        'Jo Dee went on Trackway\'s "The Nora Brusk Show" on Monday to defend her budget.\n\n'
        'When Brusk said the cuts were deep, Dee disagreed. "They are fair," Dee said.\n\n'
        '"Will the schools close?" Brusk asked.\n\n'
        '"No school will close," Dee replied. "You have my word."\n\n'
        '"We shall see," Brusk said.'
    )
    assert _kind(text, "Brusk") == "person"


def test_a_name_said_to_be_a_store_is_a_body() -> None:
    text = (
        "Ann Lee wrote to her aide on Monday asking about a gift. \u201cIs Dalby Hart open on "
        "Sundays?\u201d she asked.\n\n"
        "Dalby Hart is a Velt gifts and accessories store, which sells leather goods and "
        "pottery, according to its website."
    )
    assert _kind(text, "Dalby Hart") == "organization"


def test_a_name_said_to_be_a_store_manager_stays_a_person() -> None:
    text = (
        "Ann Lee wrote to her aide on Monday asking about a gift.\n\n"
        "Dalby Hart is a Velt store manager who sells leather goods and pottery, she said."
    )
    assert _kind(text, "Dalby Hart") == "person"
