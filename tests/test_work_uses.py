"""Names used as works or products by what surrounds them ("her performance in X", "X starring
Y", "Five's X show", "BBC hits X and Y", "the 2017 X"), and names that keep their actor
reading."""

from __future__ import annotations

import pytest

from generator import nlp
from generator.extract.actor_work_uses import used_as_work


def _at(text: str, name: str) -> tuple[object, int, int]:
    doc = nlp.parse(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    return doc, span.start, span.end


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo Lane was chosen for her performance in Paper Moons last year.", "Paper Moons"),
        ("Hale and Lane got nominated for supporting roles in Drift and Blue Harbour.",
         "Blue Harbour"),
        ("The actress is making her debut in Red Sky - the Sailor Poet, a new film.", "Red Sky"),
        ("The jail break was immortalised in The Long Road starring Steve Hale.", "Long Road"),
        ("Mr Hale told Five's Late Talk show: \"We should move on.\"", "Late Talk"),
        ("Corbett will reunite with Barker for a new Two Jacks series.", "Two Jacks"),
        ("BBC hits Little Harbour and Strictly Come Skating are among the shows nominated.",
         "Little Harbour"),
        ("It shows what the 2017 Vextron Glide, made in Ohio, would cost.", "Vextron Glide"),
        ("Aid matched the cash sent after Hurricane Lola hit the coast.", "Lola"),
        ("Jo Sims, who had Hesketh's Lymphoma, died. 'Sad,' said Jo. Hesketh's lymphoma is rare.",
         "Hesketh"),
    ],
)
def test_a_name_used_as_a_work(text: str, name: str) -> None:
    assert used_as_work(*_at(text, name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jo Lane made her debut in Paris last spring.", "Paris"),
        ("Jo Hale's disease was found late, said Ann Lane.", "Jo Hale"),
        ("The storm Jo Hale saw hit the coast.", "Jo Hale"),
        ("He starred in a Pepsi advert in 2003.", "Pepsi"),
        ("He won a nomination for his recent BBC show.", "BBC"),
        ("Acme Corp figures show a rise in sales.", "Acme Corp"),
        ("The 2016 Labour campaign was led by Ann Hale.", "Labour"),
        ("Her film won at the 2005 Kestrel Film Festival in Utah.", "Kestrel Film Festival"),
        ("Jo Lane, starring Tom Hale's rival, spoke.", "Jo Lane"),
        ("Sir Tom Hale praised the performance of Acme Bank in the year.", "Acme Bank"),
        ("The firm's strong performance in Vextria lifted its profits.", "Vextria"),
    ],
)
def test_a_name_not_used_as_a_work(text: str, name: str) -> None:
    assert not used_as_work(*_at(text, name))


def test_an_owned_title_with_its_article_is_about_something() -> None:
    from generator.extract.actor_work_signs import owned_about

    doc, s, e = _at("Director Jo Hale's The Duke of Leeds - about a lonely pianist - won.",
                    "Duke of Leeds")
    assert owned_about(doc, s, e)
    doc, s, e = _at("Jo Hale's The Duke of Leeds, about 30 miles away, was sold.", "Duke of Leeds")
    assert not owned_about(doc, s, e)


def test_the_surname_of_someone_named_in_full_is_no_eponym() -> None:
    text = "Jo Hale was ill. Hale's disease was found late."
    doc = nlp.parse(text)
    span = doc.char_span(text.rindex("Hale"), text.rindex("Hale") + 4)
    assert span is not None
    assert not used_as_work(doc, span.start, span.end)
