"""A document that speaks stands for its author; a described body; run-in single quotes
(sentences written here)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

BUREAU = Actor("Harbour Research Bureau", "organization", None, ("HRB",))
TELCO = Actor("Northwind Telecom", "organization", None, ())
AGENCY = Actor("Orbital Agency", "organization", None, ())
LIN = Actor("May Lin", "person", "former nurse", ("Lin",))
ALLIANCE = Actor("Tenants Alliance of Riverside", "organization", None, ())
RUIZ = Actor("Ana Ruiz", "person", "presenter", ("Ruiz",))


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def pairs(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in run(text, *actors)]


def test_a_report_published_by_a_body_speaks_for_it() -> None:
    text = (
        "Northwind Telecom said its network would grow. \"Faster links will be vital for "
        "video calls on the move,\" according to a report published by London-based "
        "research firm Harbour Research Bureau."
    )
    assert pairs(text, TELCO, BUREAU)[-1] == (
        "Faster links will be vital for video calls on the move",
        "Harbour Research Bureau",
    )


def test_a_statement_after_a_body_spoke_is_that_body() -> None:
    text = (
        "The cargo capsule burned up over the ocean, the Orbital Agency said. \"The capsule "
        "carried nothing the crew needs,\" a statement said."
    )
    assert pairs(text, AGENCY) == [("The capsule carried nothing the crew needs", "Orbital Agency")]


def test_the_memo_speaks_for_the_body_that_prepared_the_document() -> None:
    text = (
        "The memo for local councillors states that 'rents may no longer be affordable for "
        "most young families in the town'. The document - prepared by the Harbour Research "
        "Bureau, a small think tank - warns of more to come."
    )
    assert pairs(text, BUREAU) == [
        (
            "rents may no longer be affordable for most young families in the town",
            "Harbour Research Bureau",
        )
    ]


def test_the_book_speaks_for_the_person_who_wrote_it() -> None:
    text = (
        "May Lin wrote a memoir of her years on the ward.\n\n"
        "\u201cWe worked through the night more often than not, and nobody complained,\u201d "
        "the book said."
    )
    assert pairs(text, LIN) == [
        ("We worked through the night more often than not, and nobody complained", "May Lin")
    ]


def test_a_described_group_is_the_body_named_before() -> None:
    text = (
        "The Tenants Alliance of Riverside called the rule unfair. \"Riverside now has the "
        "highest rents in the region,\" the advocacy group said in a post."
    )
    assert pairs(text, ALLIANCE) == [
        ("Riverside now has the highest rents in the region", "Tenants Alliance of Riverside")
    ]


def test_single_marks_after_says_colon_and_a_clipped_cos() -> None:
    text = (
        "Ana Ruiz turned to the clerk. 'Cos' I'm on the radio and you're stuck in a booth, "
        "friend.' Then Ruiz says: 'Go and find a new job, pal.' She walked out."
    )
    assert pairs(text, RUIZ) == [
        ("Cos' I'm on the radio and you're stuck in a booth, friend.", "Ana Ruiz"),
        ("Go and find a new job, pal.", "Ana Ruiz"),
    ]
