"""Kinds from a few more cues (sentences written here): "its" after a body's name, a band's
drummer, a brand word opening a name, a harbour a ship is stranded outside, and "the state
of" a name."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_kind_person import body_signs
from tests.test_actors import by_name, run


def _at(doc: object, word: str) -> int:
    return next(t.i for t in doc if t.text == word)  # type: ignore[attr-defined]


def test_its_after_a_subject_name_is_a_body_sign() -> None:
    doc = nlp.parse("When Harnwell went into administration in 2017, its third time, staff left.")
    i = _at(doc, "Harnwell")
    assert body_signs(doc, i, i + 1, doc.text) == 1
    doc = nlp.parse("When Harnwell told the workers their jobs were gone, they wept.")
    assert body_signs(doc, i, i + 1, doc.text) == 0
    doc = nlp.parse("Her parents Lucy and John have been mourning their daughter.")
    i = _at(doc, "John")
    assert body_signs(doc, i, i + 1, doc.text) == 0


def test_a_drummer_after_a_name_makes_it_a_band() -> None:
    doc = nlp.parse("Velvet Harrow drummer Sam Lee has quit.")
    i = _at(doc, "Harrow")
    assert body_signs(doc, i - 1, i + 1, doc.text) == 2


def test_a_brand_word_cannot_open_a_persons_name() -> None:
    text = (
        "Refusing to sign would mean that Top Marlow would not have control of the "
        "fight. Top Marlow had asked for the deal."
    )
    assert by_name(run(text), "Top Marlow").kind == "organization"


def test_stranded_outside_a_harbour_is_a_place() -> None:
    text = (
        "The cruise ship has been stranded outside Sydney Harbour since Monday. Waves battered "
        "it just outside Sydney Harbour, and pilots could not enter Sydney Harbour."
    )
    assert by_name(run(text), "Sydney Harbour").kind == "place"


def test_the_state_of_a_name_is_a_place() -> None:
    text = (
        "Field tests will begin in May in the Indian state of Pradhana Vesh. Although "
        "Pradhana Vesh has good roads, work has to be done."
    )
    assert by_name(run(text, focused=False), "Pradhana Vesh").kind == "place"


def test_a_body_word_after_a_given_name_is_a_surname() -> None:
    text = (
        "Her old friend Wendy Church, 58, moved to Crete last year. "
        "Wendy said she loved the island."
    )
    assert by_name(run(text), "Wendy Church").kind == "person"
    text = "Colin Force believes the council was wrong, saying it should pay."
    assert by_name(run(text), "Colin Force").kind == "person"


def test_a_body_word_after_the_is_still_a_body() -> None:
    text = "Volunteers at the Grace Church served 300 meals. The Grace Church has a new hall."
    assert by_name(run(text), "Grace Church").kind == "organization"
