"""Figures paired with what they belong to by "respectively": "Acme and Bolt gave $5m and $3m,
respectively" -> $5m is Acme's, $3m is Bolt's."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.number_spans import Quantity

LINKS = {"and", "or", ",", "versus", "vs", "vs."}
NAME_ENTS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"}


def _run(doc: Doc, figures: list[Quantity], at: int) -> list[Quantity]:
    """The coordinated figures just before "respectively" at token ``at``."""
    before = [q for q in figures if q.end <= at]
    if not before or any(not t.is_punct for t in doc[before[-1].end:at]):
        return []
    run = [before[-1]]
    for q in reversed(before[:-1]):
        words = doc[q.end:run[0].start]
        if not all(t.lower_ in LINKS or t.is_punct for t in words):
            break
        run.insert(0, q)
    return run if len(run) >= 2 else []


def _conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens joined to it by "and" / commas, in order."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out += _conjuncts(c)
    return sorted(out, key=lambda t: t.i)


def _name(doc: Doc, tok: Token) -> str:
    """The whole name a token belongs to, or the first name inside its own phrase ("shipping
    heir Carl Obi" parsed with "shipping" as the conjunct), else the token."""
    others = {t.i for c in tok.children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    own = [t.i for t in tok.subtree if t.i not in others]
    for ent in doc.ents:
        if ent.label_ in NAME_ENTS and ent.start in own and (
            ent.start <= tok.i < ent.end or tok.pos_ != "PROPN"
        ):
            return ent.text
    k = tok.i + 1
    while tok.pos_ == "NOUN" and k < min(tok.i + 5, len(doc)) and not doc[k].is_punct:
        ent = next((e for e in doc.ents if e.start == k and e.label_ in NAME_ENTS), None)
        if ent is not None:
            return ent.text  # a describing noun the parser split from its name
        k += 1
    return tok.text


def respective_names(doc: Doc, sent: Span, figures: list[Quantity]) -> dict[int, str]:
    """For each figure set against a list by "respectively", the name it goes with, keyed
    by the figure's numeral token."""
    at = next((t.i for t in sent if t.lower_ == "respectively"), None)
    if at is None:
        return {}
    run = _run(doc, figures, at)
    if not run:
        return {}
    counted = {i for q in run for i in range(q.start, q.end)}
    best: list[Token] = []
    for tok in doc[sent.start:run[0].start]:
        if tok.pos_ not in {"PROPN", "NOUN"} or tok.i in counted:
            continue
        if tok.dep_ == "conj" and tok.head.pos_ == tok.pos_:
            continue  # inside a list of names; not "14 percent and Sens. Roe and Lee"
        chain = _conjuncts(tok)
        if len(chain) == len(run) and chain[-1].i < run[0].start and not (
            {t.i for t in chain} & counted
        ):
            best = chain  # the last such list before the figures
    return {q.num: _name(doc, t) for q, t in zip(run, best, strict=False)} if best else {}


def respective_abouts(
    facts: list[tuple[str, str | None]], names: list[str]
) -> list[tuple[str, str | None]]:
    """(about, source) of figures paired by "respectively" with ``names``, in order: each
    figure's about is the fullest about naming the whole list, cut to its own name ("polls
    by Acme and Bolt" -> "... by Bolt" for the second figure), and a source
    that is another name of the list becomes its own."""
    whole = [a for a, _ in facts if all(n in a for n in names)]
    if not whole or len(facts) != len(names):
        return facts
    base = min(whole, key=len)
    out = []
    for (_about, source), mine in zip(facts, names, strict=True):
        about = base
        for other in names:
            if other != mine:
                link = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
                other_re = rf"(?:[Tt]he\s+)?{re.escape(other)}"  # "The Who"
                about = re.sub(rf"{link}?{other_re}{link}?", " ", about, count=1)
        about = re.sub(r"\s+", " ", about).strip()
        out.append((about, mine if source in names else source))
    return out
