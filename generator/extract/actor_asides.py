"""Names that stand outside the story: the author's biography closing an article ("Jane Roe is
technology correspondent for The Daily Wire") and acronyms a text defines as the name of a
technology or a pact ("Ultra Wideband (UWB)", "the Multi-Fibre Agreement (MFA)")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actor_words import word_set
from generator.extract.doc_text import doc_text

# Role nouns of a writer's biography line: "... is senior fellow at ...", "... is a columnist".
_BIO_ROLES = (
    "correspondent|writer|columnist|editor|author|fellow|professor|reporter|contributor|"
    "lecturer|researcher|commentator|journalist|blogger|analyst"
)
_BIO = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3})"  # the writer's name
    r"(?:,[^\n]{1,160}?,)? (?:is|was) [^\n]{0,60}?\b(?i:" + _BIO_ROLES + r")s?\b"
)
# Last words of a name that make it a technology, a standard or a device, not a body:
# "Ultra Wideband", "High Speed Packet Access", "Global System for Mobiles".
TECH_HEADS = word_set(
    """
    access wideband system standard protocol format display adapter unbundling
    """
)
# Last words of a pact's or a law's name: "the Multi-Fibre Agreement (MFA)".
_PACT_HEADS = word_set("act bill treaty accord agreement charter directive")
_JOINS = frozenset({"of", "for"})


def _last_line(text: str) -> tuple[int, str]:
    """Start offset and text of the last non-blank line."""
    body = text.rstrip()
    start = body.rfind("\n") + 1
    return start, body[start:]


def bio_line(doc: Doc, span: Span) -> bool:
    """True for a name in a closing line that introduces the writer ("Jane Roe, a former aide
    to the mayor, is senior fellow at the Kent Institute"), whose name the story never uses;
    not when the piece is the writer's own column, told as "I" (the writer is its voice)."""
    start, line = _last_line(doc_text(doc))
    if span.start_char < start or len(line.split()) > 60:
        return False
    m = _BIO.match(line)
    if m is None:
        return False
    if _first_person(doc_text(doc)[:start]):
        return span.text != m.group("name")  # the columnist stays, their employers do not
    surname = m.group("name").split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", doc_text(doc)[:start]) is None


_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")
_SELF = re.compile(r"\b(?:I|I'm|I\u2019m|I've|I\u2019ve|my)\b")


def _first_person(text: str) -> bool:
    """The writer speaks as "I" at least three times outside quotation marks."""
    return len(_SELF.findall(_QUOTED.sub(" ", text))) >= 3


def _expansion_head(words: list[str]) -> str:
    """The head of a name: the word before its first "of"/"for", else its last word."""
    k = next((j for j, w in enumerate(words) if w in _JOINS and j > 0), len(words))
    return words[k - 1]


def defined_thing(doc: Doc, span: Span) -> bool:
    """An acronym the text spells out in capitals as a technology or a pact: "Ultra Wideband
    (UWB)", "Global System for Mobiles (GSM)", "Multi-Fibre Agreement (MFA)"."""
    acr = span.text
    if len(span) != 1 or not acr.isupper() or len(acr) < 2:
        return False
    pattern = rf"((?:[A-Z][\w-]*,? (?:(?:of|for|and) )?){{1,6}})\(\s*{re.escape(acr)}\s*\)"
    for m in re.finditer(pattern, doc_text(doc)):
        words = [w.strip(",").lower() for w in m.group(1).split()]
        head = _expansion_head(words)
        if head.split("-")[-1] in TECH_HEADS | _PACT_HEADS:
            return True
    return False
