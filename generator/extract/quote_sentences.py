"""Sentence windows around a quotation: the sentence before, starts, ends, the quote's own."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.quote_marks import Region


def previous_sentence(doc: Doc, pos: int, lo: int) -> Span | None:
    """The sentence before the one at ``pos``, if it starts at or after ``lo``."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].sent.start == 0:
        return None
    sent = doc[span[0].sent.start - 1].sent
    while sent.start > 0 and not sent.text.strip():
        sent = doc[sent.start - 1].sent
    return sent if sent.start_char >= lo else None


def sentence_start(doc: Doc, pos: int, back: int) -> int:
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    sent = span[0].sent
    for _ in range(back):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return sent.start_char


def sentence_end(doc: Doc, pos: int, ahead: int) -> int:
    span = doc.char_span(max(0, pos - 1), pos, alignment_mode="expand")
    if span is None or not len(span):
        return doc[-1].idx + len(doc[-1].text) if len(doc) else 0
    sent = span[-1].sent
    for _ in range(ahead):
        if sent.end >= len(doc):
            break
        sent = doc[sent.end].sent
    return sent.end_char


def sentence(doc: Doc, text: str, r: Region) -> str:
    """The sentence(s) the quote comes from, verbatim."""
    span = doc.char_span(max(0, r.start - 1), min(len(text), r.end + 1), "expand")
    if span is None or not len(span):
        return text[r.start : r.end]
    lo, hi = span[0].sent.start_char, span[-1].sent.end_char
    return text[lo:hi].strip()


def phrase_end(cue: Token) -> Token:
    """The last word of a cue's phrase: "Times" for "According to the Times, “…”"."""
    if cue.lemma_.lower() != "accord":
        return cue
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    return cue.doc[to.right_edge.i] if to is not None else cue


def later_sentence(cue: Token, end: int) -> bool:
    """A cue in a new sentence after a quote that ends in "?" or "!", more than five words
    on: “… our lives!” Another woman was hurt, the station reported (not the speaker)."""
    if cue.sent.start_char <= end:
        return False
    words = sum(not (t.is_punct or t.is_space) for t in cue.doc[cue.sent.start : cue.i])
    return words > 5


def reports_own(cue: Token) -> bool:
    """A speech verb with its own reported clause after it: "Ruiz said Diaz had left"."""
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
