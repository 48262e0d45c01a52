"""Which person a "he" after a quote refers to: subjects by apposition count, subjects of
relative clauses do not. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article

VEGA = Actor("Tom Vega", "person", "critic", ("Vega",))
OKAFOR = Actor("Sam Okafor", "person", None, ("Okafor",))
BRAUN = Actor("Otto Braun", "person", None, ("Braun",))


def speakers(text: str, *actors: Actor) -> list[str | None]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [q.speaker for q in quotes(article, nlp.parse(text), tuple(actors))]


def test_a_name_in_apposition_to_the_subject_is_the_subject() -> None:
    text = (
        '"The film will sweep the board," said Sam Okafor. '
        'The Herald\'s film critic Tom Vega felt that the film deserved every prize. '
        '"I hope the voters reward the whole cast. Nobody else comes close," he said.'
    )
    assert speakers(text, OKAFOR, VEGA) == ["Sam Okafor", "Tom Vega"]


def test_the_subject_of_a_relative_clause_does_not_take_the_pronoun() -> None:
    text = (
        "'We grew up together,' Sam Okafor sang. "
        "He goes on to describe the day his friend Otto Braun met his wife. "
        "'Then she found the keys and drove you home,' he sang."
    )
    assert speakers(text, OKAFOR, BRAUN) == ["Sam Okafor", "Sam Okafor"]


def test_a_name_after_coordinated_titles_speaks() -> None:
    ruiz = Actor("Ana Ruiz", "person", "CEO", ("Ruiz",))
    text = (
        "The awards were held in Leeds. 'We are proud to honour the winners this year.' said "
        "Film Academy president and CEO Ana Ruiz. The night ended late."
    )
    assert speakers(text, ruiz) == ["Ana Ruiz"]
