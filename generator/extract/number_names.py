"""Names that share a word but not a referent: "Swiss Re" is not "Munich Re"."""

from __future__ import annotations

import re

from generator.extract.actor_words import HONORIFICS, TITLE_NOUNS
from generator.model import Actor

WORD_RE = re.compile(r"[A-Za-z][\w'.-]*")


def clashes(text: str, name: str, actors: tuple[Actor, ...]) -> bool:
    """Whether ``text`` names someone other than the actor called ``name`` that it was matched
    to through a shared word: it has a capitalised word (no title) none of the actor's names
    has, and the actor's name has a capitalised word the text lacks."""
    actor = next((a for a in actors if a.name == name), None)
    if actor is None:
        return False
    known = {w.lower() for n in (actor.name, *actor.aliases) for w in WORD_RE.findall(n)}
    said = {w.lower() for w in WORD_RE.findall(text)}
    extra = [w for w in WORD_RE.findall(text) if w[0].isupper() and w.lower() not in known
             and w.lower().rstrip(".") not in HONORIFICS | TITLE_NOUNS | {"the"}
             and not w.endswith(("'s", "s'"))]
    missing = [w for w in WORD_RE.findall(actor.name) if w[0].isupper() and w.lower() not in said]
    return bool(extra and missing)
