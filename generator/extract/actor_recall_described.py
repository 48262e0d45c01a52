"""Untagged one-word bodies a descriptor noun marks: "security firm Acme4U", "bookmakers
Redcoat", "Zorba newspaper reported", "The ABCX industry body said"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.actor_words import ORG_DESCRIPTORS, SPEECH_VERBS, TITLE_NOUNS

# Kinds of body the shared list leaves out.
_MORE_DESCRIPTORS = frozenset(
    {"bookmaker", "body", "regulator", "broker", "lab", "laboratory", "analyst"}
)
_ALNUM_NAME = re.compile(r"[A-Z][A-Za-z]*\d[A-Za-z\d]*|[A-Z]{2,6}\d?")  # "G4S", "O2", "MMO2"
_CAMEL_NAME = re.compile(r"[A-Z]+[a-z]+[A-Z][A-Za-z]*|[A-Z][A-Za-z]*\d[A-Za-z\d]*")  # "BSkyB"
# What a firm does as a verb's subject: "BSkyB plans to ship", "O2 also offers".
_FIRM_VERBS = SPEECH_VERBS | {
    "report", "reveal", "publish", "disclose",
    "plan", "offer", "announce", "launch", "buy", "acquire", "own", "agree", "develop",
    "provide", "operate", "charge", "hire", "employ", "invest", "bid",
}
_REPORT_VERBS = SPEECH_VERBS | {"report", "reveal", "publish", "disclose"}


def _free(tok: Token, taken: set[int]) -> bool:
    """A whole word no entity holds (or a one-word product or work label spaCy gave a name by
    mistake); not a part of a hyphenated name ("F" in "F-Secure")."""
    doc = tok.doc
    glued = (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or (
        tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    )
    if glued or tok.ent_iob_ == "I" or (tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
        return False
    return tok.i not in taken or tok.ent_type_ in ("PRODUCT", "WORK_OF_ART", "CARDINAL")


def _descriptor(tok: Token, tagged_noun: bool = True) -> bool:
    """A lowercase noun for a kind of body ("firm", "bookmakers"); the tagger sometimes reads
    "firm" as an adjective, so ``tagged_noun=False`` takes the word whatever its tag."""
    if not tok.is_lower or (tagged_noun and tok.pos_ != "NOUN"):
        return False
    return bool({tok.lemma_, tok.lower_} & (ORG_DESCRIPTORS | _MORE_DESCRIPTORS))


def described_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """One-word names spaCy left untagged that a descriptor noun marks as a body: before it
    ("firm G4X", "bookmakers Redcoat": a name with a digit or in capitals, or after the added
    descriptors), or after it as the subject of a report ("Zorba newspaper reported")."""
    out: list[tuple[int, int]] = []
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not _free(tok, taken) or not tok.text[:1].isupper() or tok.lower_ in TITLE_NOUNS:
            continue
        shaped = bool(_ALNUM_NAME.fullmatch(tok.text))
        added = prev.lemma_ in _MORE_DESCRIPTORS and tok.is_alpha and tok.tag_ == "NNP"
        marked = _descriptor(prev, tagged_noun=not shaped) and (shaped or added)
        if marked and not tok.is_sent_start:
            out.append((tok.i, tok.i + 1))  # "firm G4X", "bookmakers Redcoat"
            continue
        if _firm_acts(tok) or _firm_apposed(tok):
            out.append((tok.i, tok.i + 1))  # "BSkyB plans to", "MMO2, the UK-based operator"
            continue
        if not ((tok.tag_ == "NNP" and tok.is_title) or shaped):
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 2 and doc[j].is_lower and doc[j].pos_ == "NOUN":
            if _descriptor(doc[j]):
                break
            j += 1
        if j >= len(doc) or not _descriptor(doc[j]) or j > tok.i + 2:
            continue
        head = doc[j]
        verb = head.head
        speaks = head.dep_ == "nsubj" and verb.lemma_.lower() in _REPORT_VERBS
        near = verb.i == j + 1 or (verb.i == j + 2 and doc[j + 1].pos_ in ("ADV", "AUX"))
        if speaks and near and tok.dep_ == "compound":
            out.append((tok.i, tok.i + 1))  # "Zorba newspaper reported that"
    return out


def _firm_acts(tok: Token) -> bool:
    """A name spelt as a firm's ("BSkyB", "O2": inner capitals or a digit) that plans, offers
    or says as a verb's subject: "BSkyB plans to ship", "O2 also offers"."""
    if not _CAMEL_NAME.fullmatch(tok.text) or tok.dep_ != "nsubj":
        return False
    return tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _FIRM_VERBS


def _firm_apposed(tok: Token) -> bool:
    """A name spelt as a firm's or in capitals, set beside a kind of body: "MMO2, the UK-based
    operator", "a spokesman from the FNSEA farming union"."""
    if not (_CAMEL_NAME.fullmatch(tok.text) or _ALNUM_NAME.fullmatch(tok.text)):
        return False
    appos = [c for c in tok.children if c.dep_ == "appos" and _descriptor(c)]
    head = tok.head
    near = 0 < head.i - tok.i <= 3 and _descriptor(head) and head.dep_ == "pobj"
    source = near and head.head.lower_ in ("from", "of", "at", "with")  # whose voice it is
    return bool(appos) or (source and tok.dep_ in ("compound", "nmod", "amod"))
