"""Noun phrases that stand for a speaker: a person's name, office, a document's owner."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.quote_words import DOCUMENT_NOUNS

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


def plausible(name: str) -> bool:
    """A speaker string is a name or a description, not a run-in caption fragment
    ("the Ruiz's 2008 Gala") nor a number."""
    if re.search(r"['\u2019]s\s+\d", name) or not re.search(r"[A-Za-z]{2}", name):
        return False
    return not name.split()[-1][:1].isdigit()


def document_speech(tok: Token) -> bool:
    """ "as the memo put it", "a 2015 report found that …": words a text says."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in ("put", "find", "conclude", "warn"):
        return False
    if lemma == "put":
        return any(c.lower_ == "it" and c.dep_ == "dobj" for c in tok.children) and any(
            c.lower_ == "as" and c.dep_ == "mark" for c in tok.children
        )
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS




_NICKNAME = re.compile(r"\s*[\"\u201c\u2018'][^\"\u201d\u2019']{1,20}[\"\u201d\u2019']")
_TITLE_WORDS = frozenset(
    {"state", "del", "rep", "sen", "gov", "mr", "mrs", "ms", "dr", "det", "detective",
     "constable", "sgt", "officer", "chief", "judge"}
)


def bare_name(name: str) -> str:
    """A written speaker's name without a party tag, a quoted nickname or leading titles and
    lowercase words: 'state Del. Ana "Cia" Ruiz (D-Ohio' → "Ana Ruiz"."""
    words = name.split()
    marked = _NICKNAME.search(name) or "(" in name
    if not words or not (marked or words[0].lower().rstrip(".") in _TITLE_WORDS):
        return name  # a plain name or a description ("a spokesman for the family")
    text = _NICKNAME.sub("", name.split("(")[0]).strip()
    words = text.split()
    def titled(word: str) -> bool:
        return word[:1].islower() or word.lower().rstrip(".") in _TITLE_WORDS

    while len(words) > 2 and titled(words[0]):
        words = words[1:]
    return " ".join(words) or name
