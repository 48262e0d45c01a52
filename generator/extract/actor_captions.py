"""Roles that only a photo caption gives: "Real Madrid striker Karim Benzema rolls on the
floor" (captions are page furniture, so they feed no names, but a title there is the text's)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.roles import role_of
from generator.model import Article

MAX_CAPTION_ROLE_WORDS = 4  # a caption's run-on text makes long "roles" unreliable


def caption_roles(
    doc: Doc, article: Article, forms: list[list[str]], wanted: set[int]
) -> dict[int, str]:
    """A short role read off a caption for each actor index in ``wanted`` (``forms`` are each
    actor's name and aliases)."""
    out: dict[int, str] = {}
    for i in sorted(wanted):
        for s, e in article.furniture:
            role = _role_in(doc, article.text, forms[i], s, e)
            if role is not None:
                out[i] = role
                break
    return out


def _role_in(doc: Doc, text: str, forms: list[str], s: int, e: int) -> str | None:
    for form in sorted((f for f in forms if " " in f or f[:1].isupper()), key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text[s:e]):
            toks = doc.char_span(s + m.start(), s + m.end(), alignment_mode="expand")
            role = role_of(doc, toks) if toks is not None else None
            if role and _core_length(role) <= MAX_CAPTION_ROLE_WORDS:
                return role
    return None


def _core_length(role: str) -> int:
    """Words of ``role`` after its owner: "the Rowing Union's managing director of coaching"
    counts four, since a possessive owner is one name however many words it takes."""
    words = role.split()
    owned = [k for k, w in enumerate(words) if w.endswith(("'s", "\u2019s"))]
    return len(words) - (owned[-1] + 1 if owned else 0)
