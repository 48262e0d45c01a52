"""Speakers named after a run of marks, by a "Name:" label, a nationality or a passive agent."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article

DIAZ = Actor("Ana Diaz", "person", None, ("Diaz",))
RUIZ = Actor("Tom Ruiz", "person", None, ("Ruiz",))
SATO = Actor("Kim Sato", "person", None, ("Sato",))


def speakers(text: str, *actors: Actor) -> list[str | None]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [q.speaker for q in quotes(article, nlp.parse(text), tuple(actors))]


def test_the_cue_after_a_run_of_open_marks_names_the_first_segment() -> None:
    text = (
        'Ana Diaz won the final on Sunday. "That was the best day of my life," said Diaz. '
        'Coach Tom Ruiz wants more practice on grass. "It will not happen overnight for us. '
        '"But we can surely work much harder on the surface next year," said Ruiz.'
    )
    assert speakers(text, DIAZ, RUIZ) == ["Ana Diaz", "Tom Ruiz", "Tom Ruiz"]


def test_a_verbless_name_label_before_a_colon_speaks() -> None:
    text = (
        "Ana Diaz scored twice in the second half.\n\n"
        '- Head coach Tom Ruiz: "It was a wonderful performance by the whole team. '
        '"The girl is a fantastic player and she never gives up."'
    )
    assert speakers(text, DIAZ, RUIZ) == ["Tom Ruiz", "Tom Ruiz"]


def test_a_nationality_is_the_person_named_just_before() -> None:
    text = (
        'Ana Diaz won the title in Madrid. "I have dreamed of this day for years," said Diaz. '
        "Kim Sato was left frustrated after losing both of his matches. "
        '"I had my chances and just did not take them," said the American.'
    )
    assert speakers(text, DIAZ, SATO) == ["Ana Diaz", "Kim Sato"]


def test_he_after_a_passive_is_its_agent() -> None:
    text = (
        'Tom Ruiz announced the new plan on Monday. "It will help everyone," Ruiz said. '
        "The scheme was welcomed by the chairman of the bank, Kim Sato. "
        'He said: "This is a very good day for all the workers of this country."'
    )
    assert speakers(text, RUIZ, SATO) == ["Tom Ruiz", "Kim Sato"]


def test_he_after_a_described_subject_is_the_person_described() -> None:
    text = (
        "Tory leader Tom Ruiz attacked the prime minister, Kim Sato, in the debate. "
        'Mr Sato said he would not respond to "gossip in books". '
        "The Tory leader countered that deals had been struck twice at dinners. "
        'He declared: "He is the prime minister of deals and dinners."'
    )
    assert speakers(text, RUIZ, SATO)[-1] == "Tom Ruiz"
