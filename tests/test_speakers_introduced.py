"""A person introduced with a description right before a quote is the "he" that says it
(own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

BAKER = Actor("Tom Baker", "person", None, ("Baker",))
COLE = Actor("Henry Cole", "person", "president of the Leeds Voters Club", ("Cole",))
VOTERS = Actor("Leeds Voters Club", "organization")


def test_new_person_described_at_the_end_of_the_sentence_before_speaks() -> None:
    text = (
        "Tom Baker spoke at a rally in Leeds on Monday. While Baker drew large crowds, that "
        "has not been happening for Ruiz, which is something that worries Henry Cole, "
        'president of the Leeds Voters Club. "No one is singing songs for Ruiz. She has '
        'nobody like that," he said.'
    )
    assert speakers(text, BAKER, COLE, VOTERS) == ["Henry Cole"]


def test_described_person_mid_sentence_leaves_the_subject_speaking() -> None:
    text = (
        "Tom Baker met Henry Cole, president of the Leeds Voters Club, on Monday in Leeds. "
        '"It was a good meeting," he said.'
    )
    assert speakers(text, BAKER, COLE, VOTERS) == ["Tom Baker"]


def test_person_named_before_is_not_introduced_again() -> None:
    text = (
        "Henry Cole lost the vote in May. Tom Baker spoke at a rally in Leeds on Monday that "
        "worried Henry Cole, president of the Leeds Voters Club. \"We will win,\" he said."
    )
    assert speakers(text, BAKER, COLE, VOTERS) == ["Tom Baker"]
