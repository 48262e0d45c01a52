"""Names that a text uses as terms, not as actors: an acronym bracketed after a scheme's name
("the Public Works Initiative (PWI)"), a term being defined ("are known as Audio Locker
systems"), a label in scare quotes ("the 'Old Coast' growers") and a genre of works."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_things import thing_name
from generator.extract.actor_words import NON_ACTOR_HEADS
from generator.extract.actor_work_signs import WORK_NOUNS
from generator.extract.doc_text import doc_text

_DEFINING = (("known", "as"), ("called",), ("termed",), ("labelled",), ("labeled",))


def bracketed_term(doc: Doc, span: Span) -> bool:
    """An acronym the text puts in brackets right after the name of a scheme or a thing,
    wherever it stands: "the Private Finance Initiative (PFI)", "the PFI deal" (not "the
    Serious Fraud Office (SFO)": a body)."""
    if len(span) != 1 or not span.text.isupper():
        return False
    at = _bracketed_at(doc).get(span.text)  # "the TPP pact" after "Partnership (TPP)"
    if at is None:
        return False
    words: list[str] = []
    i = at - 2
    while i >= 0 and doc[i].text[:1].isupper() and len(words) < 6:
        words.insert(0, doc[i].text)
        i -= 1
    named = " ".join(words)
    return len(words) >= 2 and (thing_name(named) or words[-1].lower() in NON_ACTOR_HEADS)


def _bracketed_at(doc: Doc) -> dict[str, int]:
    """Each all-capitals word the text puts in brackets, with the index of its first such use."""
    found = doc.user_data.get("bracketed_acronyms")
    if found is None:
        found = {}
        for tok in doc[3:-1]:
            if tok.text.isupper() and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")":
                found.setdefault(tok.text, tok.i)
        doc.user_data["bracketed_acronyms"] = found
    return found


def _modifies_noun(doc: Doc, span: Span) -> bool:
    """The name only qualifies a lowercase noun right after it: "X systems", "X wines"."""
    k = span.end
    while k < len(doc) and doc[k].is_quote:
        k += 1
    if k >= len(doc):
        return False
    nxt = doc[k]
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ in ("NOUN", "VERB") and (
        nxt.tag_ not in ("VBD", "VBN")  # "a PAC called Acme45 funded by …": no noun qualified
    )


def defined_term(doc: Doc, span: Span) -> bool:
    """A term being defined, set before the noun it qualifies: "such files are known as Rights
    Locker files", "a scheme called Fair Play systems" (not "a firm known as Acme")."""
    if not _modifies_noun(doc, span):
        return False
    words = [t.lower_ for t in doc[max(0, span.start - 2) : span.start] if not t.is_quote]
    return any(tuple(words[-len(cue) :]) == cue for cue in _DEFINING)


def scare_quoted(doc: Doc, span: Span) -> bool:
    """A label the text sets in quotes before the noun it qualifies, at this mention or at
    another one of the same name: "the 'Old Coast' growers" ... "Old Coast wines"."""
    if not _modifies_noun(doc, span):
        return False
    name = re.escape(span.text)
    quoted = re.finditer(rf"['\u2018\"\u201c]{name}['\u2019\"\u201d]\s+([a-z]+)", doc_text(doc))
    return any(m.group(1) not in ("and", "or", "said", "says") for m in quoted)


def _plain_plural(tok: Token) -> bool:
    """A lowercase plural common word: "videos", "films" (at times read as a verb)."""
    return tok.is_lower and tok.is_alpha and tok.text.endswith("s") and tok.pos_ in ("NOUN", "VERB")


def genre_of_works(doc: Doc, span: Span) -> bool:
    """A name used once as the kind of a set of works listed beside another kind: "roles in
    music videos and Lollywood films" (not "Arsenal fans": a body's followers)."""
    root = span.root
    head = root.head
    if len(span) != 1 or root.dep_ != "compound" or head.i != span.end or span.label_ == "PERSON":
        return False
    if not _plain_plural(head) or head.lower_ not in WORK_NOUNS:
        return False  # "films", "songs", "albums"
    partners = [c for c in head.children if c.dep_ == "conj"]
    partners += [head.head] if head.dep_ == "conj" else []
    if span.start > 1 and doc[span.start - 1].lower_ in ("and", "or"):
        partners.append(doc[span.start - 2])  # the parse may tie the list's items elsewhere
    listed = any(
        _plain_plural(p) and any(c.dep_ in ("compound", "amod") and c.is_lower for c in p.children)
        for p in partners
    )
    return listed and len(re.findall(rf"\b{re.escape(span.text)}\b", doc_text(doc))) == 1
