"""Terms are no actors: an acronym bracketed after a scheme's name, a term being defined
before the noun it qualifies, a label set in scare quotes; and a work after "X's 1990s hit"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from generator import nlp
from generator.extract.actor_junk_terms import genre_of_works
from tests.test_actors import names, run


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Rail firm Trackway said it had signed deals under the council's Public Works "
         "Initiative (PWI). Trackway chief Jo Dee said the deals were good.", "PWI"),
        ("Tools that lock songs to one player are known as Audio Locker Control systems, "
         "said the chairman of Trackway, Jo Dee.", "Audio Locker Control"),
        ("Farmers in Narvia lost ground to the 'Old Coast' growers of Chile and Peru last "
         "year, and Old Coast fruit sold well, said Jo Dee of Agrico.", "Old Coast"),
        ("The song, Paper Sky, samples Jo Dee's 1990s hit Glass Towers. Glass Towers sold "
         "a million copies, said Ann Lee of Corvo Records.", "Glass Towers"),
    ],
)
def test_a_term_is_not_an_actor(text: str, term: str) -> None:
    assert term not in names(run(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Serious Fraud Office (SFO) charged three men, the SFO said on Monday.", "SFO"),
        ("Shares in a company known as Brightwater fell, Brightwater said.", "Brightwater"),
    ],
)
def test_a_body_still_counts(text: str, body: str) -> None:
    found = run(text)
    assert any(body == a.name or body in a.aliases for a in found), found


def _org(doc: Doc, name: str) -> Span:
    i = [t.text for t in doc].index(name)
    return Span(doc, i, i + 1, label="ORG")


def test_a_genre_of_works_is_not_an_actor() -> None:
    doc = nlp.parse("Okafor has had roles in music videos and Lollywood films in two years.")
    assert genre_of_works(doc, _org(doc, "Lollywood"))
    doc = nlp.parse("Okafor met local bands and Arsenal fans in two years.")
    assert not genre_of_works(doc, _org(doc, "Arsenal"))
    doc = nlp.parse("Lollywood said music videos and Lollywood films sold well.")
    assert not genre_of_works(doc, _org(doc, "Lollywood"))  # also named on its own
