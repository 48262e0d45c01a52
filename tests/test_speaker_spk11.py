"""Session 11 speaker rules, on sentences written for these tests: a raised subject of a
passive report verb, a first-person account's narrator, and no inverted object after a dash."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.extract.speakers import Speakers
from generator.model import Actor, Article

RUIZ = Actor("Ana Ruiz", "person", None, ("Ruiz",))
DIAZ = Actor("Carlos Diaz", "person", None, ("Diaz",))
HALE = Actor("Tom Hale", "person", None, ("Hale",))
LANE = Actor("Mars Lane", "person", None, ("Mars",))

ACCOUNT = (
    "To mark ten years since the death of singer Mars Lane, Tom Hale - his former tour manager"
    " - remembers the man behind the songs.\n\n"
    "Hale worked with Lane from 1990 until the singer died.\n\n"
    ': "I joined the label in 1990 and in my first week I worked on his show."\n\n'
    ': Mars was the most driven person I have known. "He never rested. Mars was a hard worker."\n\n'
    ': Mars toured Asia with Carlos Diaz in 1995. "The tour was a triumph, and we played to'
    ' huge crowds."\n'
)


def speakers_of(text: str, *actors: Actor) -> list[str | None]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [q.speaker for q in quotes(article, nlp.parse(text), actors)]


def test_subject_of_passive_report_verb_speaks_its_infinitive() -> None:
    text = (
        "Carlos Diaz wrote about the quarrel in his memoir, writes Carlos Diaz. In the memoir"
        ' Ana Ruiz is alleged to have told the governor: "There is nothing you could say to win'
        ' me back."'
    )
    assert speakers_of(text, RUIZ, DIAZ) == ["Ana Ruiz"]


def test_first_person_account_quotes_go_to_the_narrator() -> None:
    assert speakers_of(ACCOUNT, HALE, LANE, DIAZ) == ["Tom Hale"] * 3


def test_no_narrator_when_another_speaker_is_cued() -> None:
    text = ACCOUNT.replace('"The tour was', 'Diaz said: "The tour was')
    found = speakers_of(text, HALE, LANE, DIAZ)
    assert found[0] is None
    assert found[2] == "Carlos Diaz"


def test_object_after_a_dash_is_not_an_inverted_speaker() -> None:
    text = (
        "To honour the late singer Mars Lane, Jo Park - Lane's former agent at Acme Records -"
        " remembers the man behind the voice."
    )
    doc = nlp.parse(text)
    park = Actor("Jo Park", "person", None, ("Park",))
    found = Speakers(doc, (park, LANE), [])
    cue = next(t for t in doc if t.lower_ == "remembers")
    assert found.speaker(cue) != "man"
