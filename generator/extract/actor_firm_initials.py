"""Firms spelt with capital initials that the tagger split in two: "MM Warburg", "TJ Hale"
read as two places ("MM", then "Warburg")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_countries import is_country


def _initials(text: str) -> bool:
    return 2 <= len(text) <= 3 and text.isalpha() and text.isupper() and not is_country(text)


def initialled_firms(
    spans: list[tuple[int, int, str]], doc: Doc
) -> list[tuple[int, int, str]]:
    """Join a span of two or three capital initials (no country's: "US", "UK") to the place
    span right after it, with no gap, into one body's name: "MM" + "Warburg" ("economist
    with MM Warburg"). Other spans pass through unchanged."""
    by_start = {s: (e, label) for s, e, label in spans}
    out: list[tuple[int, int, str]] = []
    skip: set[int] = set()
    for s, e, label in sorted(spans):
        if s in skip:
            continue
        nxt = by_start.get(e)
        joined = (
            e - s == 1
            and label in ("GPE", "LOC")
            and _initials(doc[s].text)
            and nxt is not None
            and nxt[1] in ("GPE", "LOC")
            and nxt[0] - e == 1
            and doc[e].is_title
            and doc[s].whitespace_ == " "
        )
        if joined:
            out.append((s, nxt[0], "ORG"))
            skip.add(e)
            continue
        out.append((s, e, label))
    return out
