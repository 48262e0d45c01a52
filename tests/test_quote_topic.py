"""A "he said" after a quote about its referent, and speech in a condition inside an open
quote; on text written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.brief import brief
from generator.model import Article


def _quotes(text: str) -> list[tuple[str | None, str]]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return [(q.speaker, q.text) for q in brief(article, nlp.parse(text)).quotes]


def test_a_quote_about_the_pronouns_referent_is_by_the_earlier_speaker() -> None:
    text = (
        "After the game, Hornets coach Ray Dunmore warned that young winger Colm Fitzsimons "
        "needed a long rest over the summer. Fitzsimons, 20, was named rookie of the year "
        "last month but has looked tired in recent weeks. \"It's his first full season and he "
        'was brilliant until March. "I don\'t think he has been near his best lately," he said.'
    )
    got = _quotes(text)
    assert [s for s, _ in got] == ["Ray Dunmore", "Ray Dunmore"]
    assert got[1][1].startswith("I don't think he has been near his best")


def test_a_quote_in_the_first_person_stays_with_the_referent() -> None:
    text = (
        "Hornets coach Ray Dunmore said the winger Colm Fitzsimons needed a rest. "
        "Fitzsimons, 20, disagreed on Monday. \"I feel fine and I want to play every game,\" "
        "he said."
    )
    assert _quotes(text) == [("Colm Fitzsimons", "I feel fine and I want to play every game")]


def test_said_inside_a_condition_does_not_end_an_open_quote() -> None:
    text = (
        "Dana Whitlow said: 'I would like to see more coaches move abroad. Why not? "
        "'It is his choice. He worked hard all year, so even if he said he feels fine, "
        "perhaps he needs a rest. 'But I wonder what he will do next.' The club did not comment."
    )
    got = _quotes(text)
    assert got[1] == (
        "Dana Whitlow",
        "It is his choice. He worked hard all year, so even if he said he feels fine, "
        "perhaps he needs a rest.",
    )
    assert len(got) == 3


def test_said_inside_a_question_does_not_end_an_open_quote() -> None:
    text = (
        "Dana Whitlow said: 'We want to keep him. 'He played every game. He told the board he "
        "was happy here, so why would he leave now? 'We will talk again next week.' The club "
        "did not comment."
    )
    got = _quotes(text)
    assert got[1] == (
        "Dana Whitlow",
        "He played every game. He told the board he was happy here, so why would he leave now?",
    )


def test_a_quote_naming_the_described_speaker_is_by_the_earlier_speaker() -> None:
    text = (
        "Coach Marco Ventresca has revealed that Pieter Vanlandschoot will miss Sunday's game "
        "after the Belgian hurt his ankle. Vanlandschoot, who was injured on Tuesday, should be "
        "fit next month. 'Vanlandschoot is not available but we will have him back soon,' "
        "added the Italian."
    )
    assert _quotes(text) == [
        ("Marco Ventresca", "Vanlandschoot is not available but we will have him back soon")
    ]


def test_a_referent_who_has_spoken_keeps_a_quote_about_someone() -> None:
    text = (
        "Hornets coach Ray Dunmore said on Friday that the club would appeal the ban. "
        "Colm Fitzsimons said he was sorry for the foul. Fitzsimons, 20, was sent off in the "
        "second half. \"He is a good lad and he did not mean it,\" he said of the defender."
    )
    assert _quotes(text) == [("Colm Fitzsimons", "He is a good lad and he did not mean it")]
