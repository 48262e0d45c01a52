"""Noun phrases that stand for a speaker: a person's name, office, a document's owner."""

from __future__ import annotations

from spacy.tokens import Span, Token

HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "miss", "sir"})


def office_name(words: Span) -> str:
    """ "Netanyahu's office" from "Mr. Netanyahu's office": the phrase without honorifics."""
    toks = [t for t in words if t.lower_.rstrip(".") not in HONORIFICS and t.text != "."]
    return "".join(t.text_with_ws for t in toks).strip()


def document_owner(doc_noun: Token) -> Token | None:
    """Who a document belongs to: "X's statement", "statement from X", "X issued a statement"."""
    for child in doc_noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
    verb = doc_noun.head if doc_noun.dep_ == "dobj" else None
    if doc_noun.dep_ == "pobj" and doc_noun.head.dep_ == "prep":
        verb = doc_noun.head.head  # "X said in a statement"
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)
    return None


def person_name(words: Span) -> str:
    """The trailing run of a person's name in a phrase: "director Ana Ruiz" → Ana Ruiz."""
    i = len(words)
    while i > 0 and words[i - 1].pos_ == "PROPN" and words[i - 1].ent_type_ == "PERSON":
        i -= 1
    return words[i:].text if i < len(words) else words.text
