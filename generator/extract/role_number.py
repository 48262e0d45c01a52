"""A role's grammatical number checked against the person it is given to.

A plural description belongs to one person only as part of a list the text sets under it:
"Greek sprinters A and B" makes each "Greek sprinter", "Mr Glazer's two sons, A and B" each
"Mr Glazer's son"; so does one after the name ("X, analysts with Y"). Given to one name
alone before it, a plural is a misread ("assessed by veterinary
experts Koepke had ...": a caption run into the text; "during the student riots, McLean
became ...": an object of another clause) and is no role. A list heading run into the
last name of the list before it ("Defenders: A, B Midfielders: C, D") is C's and D's only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_text import doc_text

_LINKS = frozenset({"of", "at", "for", "with", "in", "on", "from", "to"})
_COUNTS = frozenset({"two", "three", "four", "five", "six", "both", "several", "many"})
_WINDOW = 60


def role_tokens(doc: Doc, name: Span, role: str) -> Span | None:
    """The written words of ``role`` nearest the name, or None if they are not found whole."""
    lo = doc[max(0, name.start - _WINDOW)].idx
    hi_tok = doc[min(len(doc), name.end + _WINDOW) - 1]
    hi = hi_tok.idx + len(hi_tok.text)
    text, best = doc_text(doc), None
    at = text.find(role, lo, hi)
    while at != -1:
        dist = abs(at - doc[name.start].idx)
        if best is None or dist < best[0]:
            best = (dist, at)
        at = text.find(role, at + 1, hi)
    if best is None:
        return None
    return doc.char_span(best[1], best[1] + len(role))


def _head(span: Span) -> Token | None:
    """The role's head noun: its last word before a linking word ("analyst at X"), or None
    when that word is no noun."""
    last = None
    for tok in span:
        if tok.lower_ in _LINKS and last is not None:
            break
        last = tok
    return last if last is not None and last.pos_ in ("NOUN", "PROPN") else None


def _plural(tok: Token) -> bool:
    """A plural common noun ("sprinters", "Midfielders"), not a name ("Fox News")."""
    low = tok.lower_
    return tok.tag_ == "NNS" and low.endswith("s") and tok.lemma_.lower() not in ("", low)


def _person(tok: Token) -> bool:
    """A word of a name, whatever the tagger labelled it ("Graeme Souness" as a body)."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper())


def _listed(doc: Doc, name: Span) -> bool:
    """The name is one of two or more names set side by side ("A, B and C", "A and B")."""
    after = name.end
    if after < len(doc) and doc[after].text in (",", "and", "&"):
        nxt = after + 1
        if nxt < len(doc) and doc[nxt].lower_ == "and":
            nxt += 1
        if nxt < len(doc) and _person(doc[nxt]):
            return True
    before = name.start - 1
    if before >= 1 and doc[before].text in (",", "and", "&"):
        prev = before - 1
        if doc[prev].text == "," and prev >= 1:
            prev -= 1
        if _person(doc[prev]):
            return True
    root = name.root
    return any(c.dep_ == "conj" and _person(c) for c in root.children) or (
        root.dep_ == "conj" and _person(root.head)
    )


def _one_of(doc: Doc, span: Span) -> bool:
    """ "one of the family's attorneys": the role itself picks out one person."""
    s = span.start
    while s > 0 and doc[s - 1].lower_ in ("the", "his", "her", "their", "its"):
        s -= 1
    if s < 2 or doc[s - 1].lower_ != "of" or doc[s - 2].lower_ != "one":
        return False
    return s < 3 or doc[s - 3].pos_ != "ADP"  # "lives with one of his daughters, X keeps"


def _singular(span: Span, head: Token) -> str:
    """The role with its head noun in the singular and a count before it dropped."""
    words: list[str] = []
    for tok in span:
        if tok.i < head.i and tok.i == head.i - 1 and tok.lower_ in _COUNTS:
            continue
        if tok.i < head.i and tok.like_num and tok.i > span.start:
            continue
        text = tok.text
        if tok.i == head.i:
            lemma = tok.lemma_
            text = lemma[:1].upper() + lemma[1:] if tok.text[:1].isupper() else lemma
        words.append(text + tok.whitespace_)
    return "".join(words).strip()


def numbered(doc: Doc, name: Span, role: str | None) -> str | None:
    """``role`` fitted to one person: a shared plural made singular, a lone plural or a
    description naming someone else dropped; any other role as it is."""
    if not role or "," in role:
        return role
    span = role_tokens(doc, name, role)
    if span is None or len(span) == 0:
        return role
    head = _head(span)
    heading = span.end < len(doc) and doc[span.end].text == ":" and span.start > 0
    if heading and head is not None and _plural(head) and doc[span.start - 1].text == ",":
        if name.start < span.start:
            return None  # "Defenders: A, B, Jo Hale Midfielders: C": A is none
        return _singular(doc[head.i : head.i + 1], head).lower()  # C is a midfielder
    if head is None or not _plural(head) or (not head.is_lower and head.i != span.start):
        return role
    if span[0].lower_ == "one":
        return role  # "one of the group's founders"
    if _listed(doc, name) or _one_of(doc, span) or span.start >= name.end:
        return _singular(span, head)
    body = name.root.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
    return role if body and span.end == name.start else None  # "behind leaders Chelsea"


__all__ = ["numbered", "role_tokens"]
