"""A parent named in a pair before stands for "her mother" / "his father" (own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

ELLA = Actor("Ella Hart", "person", None, ("Hart",))
JANE = Actor("Jane", "person")
MARK = Actor("Mark", "person")
KIM = Actor("Kim", "person")


STORY = (
    "Ella Hart, 21, drowned off a beach in Spain in May. Her parents Jane and Mark have set "
    "up a fund in her name. Her mother said: 'It has made us want to do something good in "
    "her memory.' Her father added: 'She loved the sea.'"
)


def test_her_mother_is_the_parent_with_a_womans_name() -> None:
    assert speakers(STORY, ELLA, JANE, MARK) == ["Jane", "Mark"]


def test_parents_in_either_order_after_a_comma() -> None:
    text = STORY.replace("Her parents Jane and Mark", "Her parents, Mark and Jane,")
    assert speakers(text, ELLA, JANE, MARK) == ["Jane", "Mark"]


def test_no_pair_of_named_parents_keeps_the_description() -> None:
    text = (
        "Ella Hart, 21, drowned off a beach in Spain in May. Her friend Jane set up a fund. "
        "Her mother said: 'It has made us want to do something good.'"
    )
    assert speakers(text, ELLA, JANE) == ["Her mother"]


def test_parents_whose_names_say_no_sex_are_left_alone() -> None:
    text = STORY.replace("Jane and Mark", "Kim and Mark")
    assert speakers(text, ELLA, KIM, MARK)[0] == "Her mother"
