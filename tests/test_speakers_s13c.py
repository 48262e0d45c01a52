"""Speakers, third round of session 13 (own sentences): a he/she that reports a sentence goes
to the subject of its main clause, not to the subject of a "while"/"when" clause in it."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article

LEE = Actor("Tom Lee", "person", None, ("Lee",))
DIAZ = Actor("Sam Diaz", "person", "governor", ("Diaz",))


def _speakers(text: str, *actors: Actor) -> list[str | None]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return [q.speaker for q in quotes(article, nlp.parse(text), actors)]


def test_he_said_is_the_main_subject_not_the_while_clause_subject() -> None:
    text = (
        "Voters in the state were tired of the long campaign by the end of the summer.\n\n"
        "Former Rep. Tom Lee was a fan of Sam Diaz while Diaz was in the race, he said on "
        "Monday morning on a radio show.\n\n"
        "“The mayor is my next choice. It was an easy call to make,” he said."
    )
    assert _speakers(text, LEE, DIAZ) == ["Tom Lee"]


def test_a_subject_of_a_while_clause_alone_still_speaks() -> None:
    text = (
        "Voters in the state were tired of the long campaign by the end of the summer.\n\n"
        "The crowd cheered while Sam Diaz was on the stage in the park.\n\n"
        "“We will win this state,” he said."
    )
    assert _speakers(text, LEE, DIAZ) == ["Sam Diaz"]
