"""Who "they" are when they state a figure: the group of people the sentence before named as
its subject or its source ("Analysts expect growth. They say sales could reach 5m")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Plural nouns for people who give figures as a body: a "they" after them is them.
GROUP_NOUNS = {"analysts", "economists", "experts", "researchers", "scientists", "officials",
               "authorities", "police", "doctors", "investigators", "forecasters", "pollsters",
               "observers", "campaigners", "critics", "organisers", "organizers", "traders",
               "dealers", "brokers", "strategists", "academics", "statisticians", "insiders",
               "sources", "engineers", "specialists", "auditors", "regulators",
               "executives", "bosses", "managers", "planners", "activists", "lawyers",
               "prosecutors", "firefighters", "rescuers", "medics", "surveyors", "watchers"}
SUBJECTS = {"nsubj", "nsubjpass"}


def _is_source_slot(tok: Token) -> bool:
    """The subject of its clause, "according to X", or the agent "by X"."""
    if tok.dep_ in SUBJECTS:
        return True
    prep = tok.head
    if tok.dep_ != "pobj":
        return False
    if prep.lower_ == "to" and prep.i > 0 and tok.doc[prep.i - 1].lower_ == "according":
        return True
    return prep.lower_ == "by" and prep.dep_ == "agent"


def _phrase(tok: Token) -> str:
    """The group noun with the words that narrow it ("City analysts"), no determiner."""
    words = [c for c in tok.lefts if c.dep_ in {"compound", "amod", "nmod"}]
    start = min([tok.i] + [w.left_edge.i for w in words])
    return tok.doc[start:tok.i + 1].text


def previous_group(doc: Doc, sent: Span) -> str | None:
    """The group of people the sentence before (same paragraph) named as subject or source."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in doc[prev.start:sent.start + 1].text:
        return None
    found = [t for t in prev if t.lower_ in GROUP_NOUNS and t.tag_ == "NNS" and _is_source_slot(t)]
    return _phrase(found[0]) if len(found) == 1 else None
