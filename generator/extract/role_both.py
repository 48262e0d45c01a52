"""A pair described together: "… paid Tom Hale and Dan Ruiz. Both executives helped …".

A sentence that opens on "Both" (or "The two") and a plural title as its subject describes
the two people named together, "A and B", in the sentence just before; each takes the title
in the singular ("executive"), as the tagger's lemma gives it. A fallback: used only when
the text gives a person no other role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.role_words import title_or_plural

_OPENERS = (("both",), ("the", "two"), ("both", "the"))


def _pair_title(sent: Span) -> Token | None:
    """The plural title noun that "Both …" / "The two …" opens ``sent`` with, as subject."""
    words = [t.lower_ for t in sent[:3]]
    for opener in _OPENERS:
        n = len(opener)
        if tuple(words[:n]) != opener or len(sent) <= n:
            continue
        i = sent.start + n
        while i < sent.end - 1 and sent.doc[i].pos_ == "ADJ" and sent.doc[i].is_lower:
            i += 1  # "Both former executives"
        tok = sent.doc[i]
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        if tok.tag_ == "NNS" and tok.is_lower and subject and title_or_plural(tok):
            return tok
    return None


def _in_pair(doc: Doc, name: Span) -> bool:
    """``name`` is one of exactly two people named in its sentence, joined by "and"."""
    sent = name.sent
    named = [e for e in sent.ents if e.label_ == "PERSON"]
    if len(named) != 2 or not any(e.start <= name.start < e.end for e in named):
        return False
    return doc[named[0].end : named[1].start].text == "and"


def both_title(doc: Doc, name: Span) -> str | None:
    """ "… paid Tom Hale and Dan Ruiz. Both executives helped …": the singular of the plural
    title that opens the next sentence, for either of a pair named together."""
    end = name.sent.end
    if end >= len(doc) or not _in_pair(doc, name):
        return None
    nxt = doc[end].sent
    while not nxt.text.strip() and nxt.end < len(doc):
        nxt = doc[nxt.end].sent  # a line break tokenised as a sentence of its own
    tok = _pair_title(nxt)
    single = tok.lemma_.lower() if tok is not None else ""
    if tok is None or not single or single == tok.lower_:
        return None
    mods = [t.text for t in doc[nxt.start : tok.i] if t.pos_ == "ADJ" and t.is_lower]
    return " ".join([*mods, single])  # "Both former directors": "former director"
