"""A body's spokesperson whose several-word name the parse took for the subject, and a
participle hung on an embedded clause whose subject cannot speak (sentences written here)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article

LEO = Actor("Leo Marsh", "person", None, ("Marsh",))


def speakers(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [(q.text[:12], q.speaker) for q in quotes(article, nlp.parse(text), actors)]


def test_spokesperson_of_an_unlisted_body_takes_the_written_name() -> None:
    text = 'A Friends of the Earth spokesman said: "The plan will ruin the valley for good."\n'
    assert speakers(text) == [("The plan wil", "Friends of the Earth")]


def test_participle_on_an_embedded_clause_belongs_to_the_main_subject() -> None:
    text = 'Leo Marsh rejected fears that the stadium plan was doomed saying "it will be built".\n'
    assert speakers(text, LEO) == [("it will be b", "Leo Marsh")]


def test_participle_after_a_passive_embedded_clause() -> None:
    text = (
        "The minister brushed aside claims that the budget for the new hospital had been cut "
        'saying it was "bigger than ever".\n'
    )
    assert speakers(text) == [("bigger than ", "minister")]


def test_a_bodys_minutes_speak_for_it() -> None:
    bank = Actor("Bank of Ruritania", "organization", None, ("Bank",))
    text = (
        "The Bank of Ruritania kept its rates on hold this month.\n"
        "However, the Bank's minutes added: \"Two members noted that a rise may come soon.\"\n"
    )
    assert speakers(text, bank) == [("Two members ", "Bank of Ruritania")]
