"""A quote inside the "that" clause of a noun for words: the clause's subject is the topic,
and the claim's owner speaks, also through "its" after "Ruiz's letter" (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article

ANA = Actor("Ana Ruiz", "person", None, ("Ruiz",))
LEO = Actor("Leo Marsh", "person", None, ("Marsh",))


def speakers(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [(q.text[:12], q.speaker) for q in quotes(article, nlp.parse(text), actors)]


def test_its_claim_after_a_named_letter_is_the_letter_writers() -> None:
    text = (
        "Mayor Leo Marsh spoke on Monday.\n"
        "Ruiz's earlier letter on Marsh was mocked for its claim that Marsh would be "
        "\u201cthe finest mayor in the city's history.\u201d\n"
    )
    assert speakers(text, ANA, LEO) == [("the finest m", "Ana Ruiz")]


def test_prediction_is_a_claim_noun() -> None:
    text = (
        "Mayor Leo Marsh spoke on Monday.\n"
        "Ruiz's earlier note on Marsh was mocked for its prediction that Marsh would be "
        "\u201cthe finest mayor in the city's history.\u201d\n"
    )
    assert speakers(text, ANA, LEO) == [("the finest m", "Ana Ruiz")]


def test_subject_of_a_nouns_that_clause_is_not_the_speaker() -> None:
    text = (
        "Mayor Leo Marsh spoke on Monday.\n"
        "Critics scoffed at the idea that Marsh would be \u201cthe finest mayor in the city's "
        "history.\u201d\n"
    )
    assert speakers(text, LEO) == [("the finest m", None)]


def test_subject_of_a_plain_clause_still_speaks() -> None:
    text = (
        "Mayor Leo Marsh spoke on Monday.\n"
        "On Monday Marsh called the plan \u201ca gift to the whole city\u201d before leaving.\n"
    )
    assert speakers(text, LEO) == [("a gift to th", "Leo Marsh")]


def test_claim_of_an_unnamed_text_names_no_one_nearby() -> None:
    text = (
        "Mayor Leo Marsh spoke on Monday.\n"
        "Ruiz said the budget was fine. Marsh's earlier missive on the budget was mocked for its "
        "prediction that the city would be \u201cthe richest town in the whole region.\u201d\n"
    )
    assert speakers(text, ANA, LEO) == [("the richest ", None)]
