"""Key actors (placeholder: to be replaced)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.model import Actor, Article

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "NORP": "group"}


def actors(article: Article, doc: Doc) -> tuple[Actor, ...]:
    """Named actors, most mentioned first."""
    found: dict[str, list[tuple[int, int]]] = {}
    kinds: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ in KINDS:
            found.setdefault(ent.text, []).append((ent.start_char, ent.end_char))
            kinds.setdefault(ent.text, KINDS[ent.label_])
    ranked = sorted(found, key=lambda n: (-len(found[n]), found[n][0][0]))
    return tuple(
        Actor(name=n, kind=kinds[n], mentions=len(found[n]), spans=tuple(found[n]))  # type: ignore[arg-type]
        for n in ranked
    )
