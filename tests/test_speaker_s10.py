"""Speakers behind a pronoun or a mis-parse (session 10), on sentences written for these tests:
a name joined by "and" that has its own verb, a "who"-described subject that outranks an
object, a title run split at "Under", and a report owned by "its"."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

MARLOW = Actor("Dan Marlow", "person", None, ("Marlow",))
PIKE = Actor("Owen Pike", "person", None, ("Pike",))
VANCE = Actor("Ivo Vance", "person", None, ("Vance",))
RENN = Actor("Alan Renn", "person", None, ("Renn",))
TREASURY = Actor("Treasury", "organization")
BOARD = Actor("Water Standards Board", "organization")


def run(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    found: tuple[Quote, ...] = quotes(article, nlp.parse(text), tuple(actors))
    return [(q.text, q.speaker) for q in found]


def test_a_name_after_and_with_its_own_verb_is_the_subject_a_pronoun_follows() -> None:
    text = (
        'Rovers boss Dan Marlow was pleased on Sunday. "We kept going," added Marlow. '
        '"We never gave up." Rovers had trailed by two goals at the break.\n\n'
        "The late goals helped Rovers to a win at Hill Lane and Marlow sympathised with Wells "
        'boss Owen Pike. "I feel a bit for Owen Pike," he said.'
    )
    assert run(text, MARLOW, PIKE)[-1] == ("I feel a bit for Owen Pike", "Dan Marlow")


def test_a_subject_described_by_a_who_clause_outranks_the_object_inside_it() -> None:
    text = (
        "Ivo Vance will face Alan Renn in the opening round next week.\n\n"
        "Vance beat him last year, so he knows the task ahead. The third seed, who has never "
        "won the title and could meet Renn again later, is looking forward to the match. "
        '"He is a hard player to beat on clay," he said.'
    )
    assert run(text, VANCE, RENN) == [("He is a hard player to beat on clay", "Ivo Vance")]


def test_a_title_run_split_at_under_gives_the_person_not_the_department() -> None:
    text = (
        "Markets fell on Monday. Not everyone backs the plan.\n\n"
        '"We doubt this is the best way to go about it," said Treasury Under Secretary '
        "Ivo Vance."
    )
    assert run(text, TREASURY, VANCE) == [
        ("We doubt this is the best way to go about it", "Ivo Vance")
    ]


def test_its_report_speaks_for_the_body_that_owns_it() -> None:
    text = (
        "In a new study, the Water Standards Board says prices should rise. The board says "
        'that meters would help. "We do not think a cap on bills would be wise now," says its '
        "report."
    )
    assert run(text, BOARD) == [
        ("We do not think a cap on bills would be wise now", "Water Standards Board")
    ]
