"""Speakers of quotes whose cue points at the wrong person (session 10, round 2), on sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

DIAZ = Actor("Lee Diaz", "person", None, ("Diaz",))
RUIZ = Actor("Tom Ruiz", "person", None, ("Ruiz",))


def run(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    found: tuple[Quote, ...] = quotes(article, nlp.parse(text), tuple(actors))
    return [(q.text, q.speaker) for q in found]


def test_a_first_person_quote_naming_the_pronouns_referent_is_someone_elses() -> None:
    text = (
        "Lee Diaz was thrown out of the chess open on Sunday. Officials announced their "
        "decision to expel Diaz on their website. The complaint was made by Diaz's opponent "
        "in their fifth-round match, Spain's Tom Ruiz. He said: 'Diaz would answer my moves "
        "at once and then leave the room.'"
    )
    assert run(text, DIAZ) == [
        ("Diaz would answer my moves at once and then leave the room.", "Tom Ruiz")
    ]


def test_a_first_person_quote_about_someone_else_keeps_its_speaker() -> None:
    text = (
        "Lee Diaz was thrown out of the chess open on Sunday. He said: 'I never cheated and "
        "Tom Ruiz knows it.'"
    )
    assert run(text, DIAZ, RUIZ) == [("I never cheated and Tom Ruiz knows it.", "Lee Diaz")]
