"""Names outside the story: a writer's closing biography, acronyms of technologies and pacts,
and names the text calls an owner's product."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator import nlp
from generator.extract.actor_asides import bio_line, defined_thing
from generator.extract.actor_things import owned_product
from tests.test_actors import names, run


def _span(text: str, name: str, nth: int = 0, label: str = "ORG") -> tuple[Doc, Span]:
    doc = nlp.parse(text)
    at = -1
    for _ in range(nth + 1):
        at = text.index(name, at + 1)
    span = doc.char_span(at, at + len(name), label=label)
    assert span is not None
    return doc, span


BIO = (
    "The council voted to close the library on Monday, said Mayor Tom Hale.\n"
    "Jane Roe, a former aide to the governor, is Senior Fellow at the Kent Institute."
)


def test_a_closing_writer_biography_names_no_actor() -> None:
    doc, span = _span(BIO, "Jane Roe", label="PERSON")
    assert bio_line(doc, span)
    doc, body = _span(BIO, "Kent Institute")
    assert bio_line(doc, body)
    found = names(run(BIO))
    assert "Jane Roe" not in found
    assert "Tom Hale" in found


def test_a_biography_of_someone_the_story_names_is_kept() -> None:
    text = "Jane Roe warned the council on Monday.\nJane Roe is a columnist for the Daily Post."
    doc, span = _span(text, "Jane Roe", nth=1, label="PERSON")
    assert not bio_line(doc, span)


def test_a_closing_line_that_is_no_biography_is_kept() -> None:
    text = "The vote was close.\nTom Hale is the mayor of Lowtown and will stand again."
    doc, span = _span(text, "Tom Hale", label="PERSON")
    assert not bio_line(doc, span)


def test_an_acronym_of_a_technology_or_a_pact_is_a_thing() -> None:
    text = "Phones now use Ultra Wideband (UWB). UWB chips are cheap, Ofcom said."
    doc, span = _span(text, "UWB", nth=1)
    assert defined_thing(doc, span)
    text = "Called Global System for Mobiles (GSM) it spread fast. GSM won."
    doc, span = _span(text, "GSM", nth=1)
    assert defined_thing(doc, span)
    text = "The Multi-Fibre Agreement (MFA) ends in May. The MFA helped poor states."
    doc, span = _span(text, "MFA", nth=1)
    assert defined_thing(doc, span)
    assert "UWB" not in names(run("Phones now use Ultra Wideband (UWB). UWB chips are cheap."))


def test_an_acronym_of_a_body_stays_an_actor() -> None:
    text = "The Bureau for Regional Statistics (BRS) said prices rose. The BRS said so."
    doc, span = _span(text, "BRS", nth=1)
    assert not defined_thing(doc, span)
    text = "The Consumer Electronics Show (CES) opened. CES drew crowds."
    doc, span = _span(text, "CES", nth=1)
    assert not defined_thing(doc, span)


def test_a_name_called_an_owners_product_is_a_thing_everywhere() -> None:
    text = "Acmeco says its new Zapper technology will stop copying. Later, Zapper was delayed."
    doc, span = _span(text, "Zapper", nth=1)
    assert owned_product(doc, span)


def test_a_maker_before_a_product_noun_without_an_owner_stays_a_body() -> None:
    text = "Fenwick software runs on most computers. Fenwick said it was pleased."
    doc, span = _span(text, "Fenwick", nth=1)
    assert not owned_product(doc, span)
