"""Which firm "the company" (or which person "the champion") is: in "Acme only grew after it
dropped fees. The company saw a 4% gain" the figure is Acme's, so the about names the firm named
as the subject just before; "Acme said sales were 9% higher" names it too."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.number_its import SUBJECTS, subject_name

# Nouns that stand for an organization named before: "the company", "the retailer".
FIRM_NOUNS = {
    "company", "firm", "group", "retailer", "chain", "carrier", "airline", "bank", "lender",
    "insurer", "maker", "manufacturer", "giant", "operator", "supermarket", "brewer",
    "publisher", "broadcaster", "studio", "conglomerate", "corporation", "telecom",
}


# Nouns that stand for a person named before: "the champion clocked 44.8 seconds".
PERSON_NOUNS = {
    "champion", "player", "striker", "midfielder", "defender", "goalkeeper", "winger",
    "captain", "athlete", "sprinter", "runner", "rider", "driver", "golfer", "swimmer",
    "boxer", "veteran", "teenager", "youngster", "holder", "star", "singer", "actor",
    "actress", "rapper", "musician", "director", "author", "novelist", "seed",
}


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the nearest verb above ``tok`` (or of ``tok`` itself)."""
    for _ in range(6):
        subj = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
        if tok.pos_ in {"VERB", "AUX"} or subj is not None:
            return subj
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _named_firm(prev: Span, person: bool = False) -> str | None:
    """The organization a sentence is about: its named, non-person subject, else its one
    organization name; with ``person``, its named person subject."""
    for tok in prev:
        if tok.dep_ in SUBJECTS and tok.pos_ == "PROPN" and (
                tok.ent_type_ == "PERSON" if person else tok.ent_type_ not in NOT_FIRMS):
            ent = next((e for e in prev.ents if e.start <= tok.i < e.end), None)
            return ent.text if ent is not None else subject_name(tok)  # "Tri-Star": one name
    if person:
        return None
    orgs = {e.text for e in prev.ents if e.label_ == "ORG"}
    return orgs.pop() if len(orgs) == 1 else None


# Verbs by which a firm gives its own figures: "Acme said sales were 9% higher".
REPORTING = {"say", "report", "announce", "post", "reveal", "forecast", "predict", "expect"}
NOT_FIRMS = {"PERSON", "GPE", "NORP", "LOC"}


def _reporter(tok: Token) -> Token | None:
    """The subject of the reporting verb whose clause holds ``tok``."""
    for _ in range(8):
        if tok.dep_ == "ccomp" and tok.head.lemma_ in REPORTING:
            return next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def firm_of_figure(doc: Doc, sent: Span, anchor: Token) -> str | None:
    """The firm whose figure it is: named as the subject of a reporting verb over the figure
    ("Acme said sales were 9% higher"), or "the company" named just before."""
    said = _reporter(anchor)
    if said is not None and said.pos_ == "PROPN" and said.ent_type_ not in NOT_FIRMS:
        return subject_name(said)
    return firm_named_before(doc, sent, anchor, said)


def firm_named_before(doc: Doc, sent: Span, anchor: Token,
                      subj: Token | None = None) -> str | None:
    """The firm "the company" (subject of the figure's clause, or ``subj``) stands for: named
    as the subject of the sentence before, in the same paragraph."""
    subj = subj or _clause_subject(anchor)
    if subj is None or subj.pos_ != "NOUN":
        return None
    person = subj.lemma_.lower() in PERSON_NOUNS
    if not person and subj.lemma_.lower() not in FIRM_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children) or any(
            c.pos_ == "PROPN" for c in subj.subtree):
        return None
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in doc[prev.start:sent.start].text.strip():
        return None  # another paragraph
    return _named_firm(prev, person)
