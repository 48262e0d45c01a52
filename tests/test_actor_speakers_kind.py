"""The kind of a speaker the actor step did not list (sentences written here)."""

from __future__ import annotations

from spacy.tokens import Span

from generator import nlp
from generator.extract.actor_speakers import _kind


def _tagged(text: str, name: str, label: str) -> tuple:
    doc = nlp.parse(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label=label)]
    return doc, ((start, start + len(name)),)


def test_a_full_name_tagged_as_a_nationality_is_a_person() -> None:
    doc, spans = _tagged("Vardan Orbelian said the result was fair.", "Vardan Orbelian", "NORP")
    assert _kind(doc, "Vardan Orbelian", spans) == "person"


def test_a_plural_people_stays_a_group() -> None:
    doc, spans = _tagged("Syrian Kurds said the town was safe.", "Syrian Kurds", "NORP")
    assert _kind(doc, "Syrian Kurds", spans) == "group"


def _untagged(text: str, name: str) -> tuple:
    doc = nlp.parse(text)
    doc.ents = []
    start = text.index(name)
    return doc, ((start, start + len(name)),)


def test_an_unlabelled_full_name_is_a_person() -> None:
    doc, spans = _untagged(
        "Pell Harrowgate is a senior officer. He said it was fair.", "Pell Harrowgate"
    )
    assert _kind(doc, "Pell Harrowgate", spans) == "person"


def test_an_unlabelled_body_stays_a_body() -> None:
    doc, spans = _untagged("Harrow Group said the result was fair.", "Harrow Group")
    assert _kind(doc, "Harrow Group", spans) == "organization"
