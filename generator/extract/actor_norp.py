"""Names the tagger read as a nationality or a product that act as bodies: "Symbian said",
"F-Secure's", "Swiss Re said"."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actor_words import PARTY_WORDS, SPEECH_VERBS


def acts_as_body(span: Span) -> bool:
    """A one-word name the tagger took for a nationality or a product that owns or speaks as
    a body does: "F-Secure's", "Symbian said", "albums by Coldplay", "Euronext, which runs"
    (not "the French said", "a Briton")."""
    root = span.root
    if len(span) != 1 or root.tag_ != "NNP":
        return False
    if root.i > 0 and root.doc[root.i - 1].lower_ in ("the", "a", "an", "another", "one"):
        return False  # "another Muslim who worshiped there said": one person
    speaks = root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS
    made = root.dep_ == "pobj" and root.head.lower_ == "by" and root.text.lower() not in PARTY_WORDS
    doc = root.doc
    after = [t.lower_ for t in doc[root.i + 1 : root.i + 3]]
    which = after == [",", "which"] and root.text.lower() not in PARTY_WORDS  # "Euronext, which"
    return speaks or made or which or (root.dep_ == "poss" and root.nbor().tag_ == "POS")


def norp_led_body(span: Span) -> bool:
    """A nationality word and an untagged name that speaks as a body: "Swiss Re said"."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if span.label_ != "NORP" or len(span) != 1 or nxt is None or nxt.ent_type_:
        return False
    return nxt.tag_ == "NNP" and nxt.is_title and acts_as_body(span.doc[nxt.i : nxt.i + 1])
