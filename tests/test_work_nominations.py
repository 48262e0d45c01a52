"""Works named in award and chart stories: "nominations for Red Sky and Blue Harbour", "was
nominated for Blue Harbour", "roles in Closer and Blue Harbour", "Jo Dee's 1990s hit X"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from generator import nlp
from generator.extract.actor_works import made_work, work_cue


def _at(doc: Doc, name: str) -> tuple[int, int]:
    i = doc.text.rindex(name)
    span = doc.char_span(i, i + len(name))
    assert span is not None
    return span.start, span.end


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leigh had three earlier nominations for Dry Bones and Paper Moons.", "Paper Moons"),
        ("The designer Ann Lee, who was nominated for Gladius in 2001, is up again.", "Gladius"),
    ],
)
def test_a_nominated_work(text: str, name: str) -> None:
    doc = nlp.parse(text)
    assert made_work(doc, *_at(doc, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Owen and Okafor were nominated for supporting roles in Driftwood and Tom Harlow "
         "respectively.", "Tom Harlow"),
        ("It is a first nomination for Okafor, chosen for her performance in Tom Harlow.",
         "Tom Harlow"),
    ],
)
def test_a_work_after_a_role(text: str, name: str) -> None:
    doc = nlp.parse(text)
    assert work_cue(doc, *_at(doc, name))


def test_a_person_nominated_for_a_prize_is_kept() -> None:
    doc = nlp.parse("The panel gave a nomination for Jane Hollis and Tom Reed.")
    assert not made_work(doc, *_at(doc, "Jane Hollis"))


@pytest.mark.parametrize(
    "text",
    [
        "The song samples Jo Dee's 1990s hit Glass Towers.",
        "It borrows from the band's hit Glass Towers.",
    ],
)
def test_a_hit_read_as_a_verb_still_names_a_work(text: str) -> None:
    doc = nlp.parse(text)
    assert made_work(doc, *_at(doc, "Glass Towers"))


@pytest.mark.parametrize(
    ("text", "name", "work"),
    [
        ("Tin Town, which is screened in 40 countries, won the prize.", "Tin Town", True),
        ("Acme, which shows films in 40 countries, won the prize.", "Acme", False),
    ],
)
def test_a_screened_work(text: str, name: str, work: bool) -> None:
    doc = nlp.parse(text)
    assert made_work(doc, *_at(doc, name)) is work
