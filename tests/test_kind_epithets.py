"""Kinds, round 2: a one-word stage name is a person's when the next sentence picks it up as
"The rapper", "The singer" (words only used of a person)."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_rapper_picks_up_a_stage_name() -> None:
    text = (
        "Zebrix won the prize for best video. The rapper thanked his fans at the ceremony. "
        "Zebrix also performed twice."
    )
    assert by_name(run(text), "Zebrix").kind == "person"


def test_rapper_after_told() -> None:
    text = (
        "Kavo told the crowd he was grateful. The rapper began the gig with a fresh track. "
        "Later, Kavo left early."
    )
    assert by_name(run(text), "Kavo").kind == "person"


def test_company_is_no_epithet() -> None:
    text = (
        "Vantrel reported a loss of $2m. The company blamed weak sales. Vantrel shares fell."
    )
    found = [a for a in run(text) if a.name == "Vantrel"]
    assert not found or found[0].kind == "organization"


def test_new_person_is_no_back_reference() -> None:
    text = (
        "Harbury Yard praised the inquiry on Tuesday. The man in charge of the inquiry was "
        "former judge Alan Pettit."
    )
    found = [a for a in run(text) if a.name == "Harbury Yard"]
    assert found and found[0].kind == "organization"
