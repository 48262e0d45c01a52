"""An institution named before stands for "the school", "It said" and "The message read"
(own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

RUIZ = Actor("Ana Ruiz", "person", "lecturer", ("Ruiz",))
WESTFIELD = Actor("Westfield University", "organization")
NORTHGATE = Actor("Northgate Academy", "organization")
STAR = Actor("Daily Star", "organization")
LUKES = Actor("St Luke's Hospital", "organization")


def test_message_after_the_college_apologised_is_the_university() -> None:
    text = (
        "Ana Ruiz teaches history at Westfield University. The lecturer sent a rude email "
        "to her class on Monday. After complaints, the college sent an apology to her "
        "pupils. The message read: 'A number of students were sent an email in error today. "
        "We take this matter seriously.'"
    )
    assert speakers(text, RUIZ, WESTFIELD) == ["Westfield University"]


def test_it_after_the_school_apologised_is_the_academy_not_the_last_organisation() -> None:
    text = (
        "Pupils at Northgate Academy filmed a video mocking their teachers. The film was "
        "shared by the Daily Star. The school issued an apology on Friday. It said: 'This "
        "video does not represent the values of our students or families.'"
    )
    assert speakers(text, NORTHGATE, STAR) == ["Northgate Academy"]


def test_the_hospital_said_is_the_hospital_named_before() -> None:
    text = (
        "Ana Ruiz was treated at St Luke's Hospital in March. Her family complained to the "
        "Daily Star. \"We are reviewing what happened,\" the hospital said."
    )
    assert speakers(text, RUIZ, LUKES, STAR) == ["St Luke's Hospital"]


def test_it_after_a_person_subject_stays_with_the_last_organisation() -> None:
    text = (
        "Northgate Academy opened a new library. Ana Ruiz praised the building. It said: "
        "'Every pupil will have a quiet place to read.'"
    )
    assert speakers(text, NORTHGATE, RUIZ) == ["Northgate Academy"]
