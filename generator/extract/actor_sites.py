"""Websites named by their address: "a second website, ArmsHub.com" (a body the
tagger leaves untagged, its name written as a domain)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_DOMAIN = re.compile(r"[A-Z][A-Za-z0-9-]*\.(?:com|org|net|co\.uk|org\.uk|gov|io|tv)")


def domain_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token spans of capitalised domain names ("GunDepot.com") no other name covers; not
    inside a longer address ("www.acme.com/x") or an email."""
    out = []
    for tok in doc:
        if tok.i in taken or not _DOMAIN.fullmatch(tok.text):
            continue
        before = doc[tok.i - 1] if tok.i else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        glued = (before is not None and not before.whitespace_ and not before.is_punct) or (
            after is not None and not tok.whitespace_ and after.text in ("/", "@")
        )
        if not glued:
            out.append((tok.i, tok.i + 1))
    return out
