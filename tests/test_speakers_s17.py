"""Speakers, session 17 (own sentences): a name inside a relative clause with no "that"
(parsed as a second verb) is not the one a later "he" refers to, even when the clause goes
on with a speech verb, and "It read:" after a sentence about a sent text gives its sender."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers_s14 import _speakers

ROSSI = Actor("Dan Rossi", "person", "singer", ("Rossi",))
ALAN = Actor("Alan", "person", "brother", ())


def test_a_name_in_a_relative_clause_without_that_is_not_the_next_he() -> None:
    text = (
        "Singer Dan Rossi toasted his brother Alan at the wedding on Sunday. "
        "'When you left for college, I thought the house would be quiet,' Mr Rossi sang. "
        "He goes on to recall the day his brother Alan met his bride. "
        "'Then she found the keys, got you cooking dinner every night,' he sang."
    )
    assert _speakers(text, ROSSI, ALAN) == ["Dan Rossi", "Dan Rossi"]


def test_a_speech_verb_joined_to_such_a_clause_does_not_make_its_name_the_speaker() -> None:
    text = (
        "Singer Dan Rossi toasted his brother Alan at the wedding on Sunday. "
        "'When you left for college, I thought the house would be quiet,' Mr Rossi sang. "
        "He goes on to recall the day his brother Alan met his bride and says he "
        "barely came home after. "
        "'Then she found the keys, got you cooking dinner every night,' he sang."
    )
    assert _speakers(text, ROSSI, ALAN)[-1] == "Dan Rossi"


MOSS = Actor("Jane Moss", "person", "climber", ("Moss", "Mrs Moss"))


def test_it_read_after_a_sent_fax_is_the_sender() -> None:
    text = (
        "Climber Jane Moss died on the mountain in 1995. A week before her death, Mrs Moss "
        "posted her two children a short fax. It read: 'Tom and Kate, we have reached the "
        "base camp at last. The walk in was hard going.' Her son is now 27."
    )
    assert _speakers(text, MOSS) == ["Jane Moss"]


def test_it_read_with_no_text_before_gives_no_sender() -> None:
    text = (
        "Climber Jane Moss died on the mountain in 1995. A week before her death, Mrs Moss "
        "phoned her two children. It read: 'Tom and Kate, we have reached the "
        "base camp at last.' Her son is now 27."
    )
    assert _speakers(text, MOSS) != ["Jane Moss"]


TRUMAN = Actor("Dale Truman", "person", None, ("Truman",))


def test_quote_paragraphs_after_a_person_spoke_are_theirs() -> None:
    text = (
        "Dale Truman said on Wednesday night that he would not punish the families.\n\n"
        "What that means is left to voters, since Truman spoke only in vague terms during the "
        "interview.\n\n"
        "\u201cWe have to do something and it is the only way you stop it.\u201d\n"
        "\u201cWe must get much tougher on this. Others play by other rules.\u201d\n\n"
        "Critics were not impressed."
    )
    assert _speakers(text, TRUMAN) == ["Dale Truman", "Dale Truman"]


HOLT = Actor("Ann Holt", "person", None, ("Holt",))


def test_a_person_who_spoke_in_a_sentence_with_a_cue_is_not_the_next_speaker() -> None:
    text = (
        "\u201cI am satisfied with his answer on the budget,\u201d Ann Holt said after Truman "
        "spoke. \u201cMy biggest concern is the budget.\u201d"
    )
    assert _speakers(text, TRUMAN, HOLT) == ["Ann Holt", "Ann Holt"]
