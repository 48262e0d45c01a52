"""Complements around a figure: a verb's clause when it has no object of its own ("47% saw
their finances improving"), a small clause on the path ("to make the switch permanent for £5m"),
whom a share is of ("40% of homes say"), the figure's own phrase or relative clause, and the verb
an elliptical second figure borrows ("85% owned by the state and 15% by its staff")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.number_dates import dating_year
from generator.extract.number_phrases import _np, who_those


def _counted(tok: Token, skip: set[int]) -> bool:
    """True when a noun has a figure of its own ("54 dogs"), so it is no other figure's about."""
    return tok.like_num or any(c.dep_ in {"nummod", "quantmod"} and c.i not in skip and (
        not dating_year(c)) and not _multiplier(c) for c in tok.children)


def _multiplier(num: Token) -> bool:
    """ "three times the 2012 level": a multiple of the noun, not a count of it."""
    return any(g.lower_ == "times" and g.i == num.i + 1 for g in num.children)


def _ccomp(verb: Token, skip: set[int], path: set[int]) -> tuple[int, int] | None:
    """A verb's clausal complement after it, a few words at most: "saw their finances
    improving" (for a verb with no object, phrase or open complement of its own)."""
    comp = next((c for c in verb.rights if c.dep_ == "ccomp" and c.i not in path), None)
    if comp is None or not verb.is_alpha:
        return None
    end = min(comp.right_edge.i + 1, comp.left_edge.i + 8)
    words = verb.doc[verb.i + 1:end]
    if any(t.i in skip or (t.is_punct and t.text not in {",", "'s"}) or t.is_quote
           or (t.i < comp.left_edge.i and t.is_punct) for t in words):
        return None  # a quotation, an aside or the figure itself: no complement to cite
    return comp.left_edge.i, end


def _small_clause(tok: Token, skip: set[int]) -> tuple[int, int] | None:
    """An adjective with a subject of its own on the figure's path: "to make the switch
    permanent for £5m" -> "the switch permanent"."""
    if tok.pos_ != "ADJ" or tok.dep_ not in {"ccomp", "xcomp", "oprd"}:
        return None
    subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
    return None if subj is None else (_np(subj, skip)[0], tok.i + 1)


def _share_of(tok: Token, skip: set[int]) -> list[tuple[int, int]]:
    """ "40% of homes with broadband say ...": whom a share of speakers is a share of."""
    for child in tok.rights:
        objs = [c for c in child.children if c.dep_ == "pobj" and c.i not in skip]
        if child.dep_ == "prep" and child.lower_ == "of" and objs and not _counted(objs[0], skip):
            return [_np(objs[0], skip, pp=True, clauses=False)]
    return []


def _own_complement(tok: Token, skip: set[int]) -> list[tuple[int, int]]:
    """A figure's own prepositional phrase: "$410,000 in life insurance benefits"."""
    for child in tok.rights:
        if child.dep_ in {"prep", "agent"} and child.i not in skip:
            objs = [c for c in child.children if c.dep_ == "pobj" and c.i not in skip]
            if objs and not _counted(objs[0], skip):
                start = child.i + 1 if child.lower_ in {"in", "of"} else child.i
                return [(start, max(_np(objs[0], skip)[1], who_those(objs[0])))]
            acts = [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
            if acts and child.lower_ == "of":  # "five years of fighting the rebels"
                return [(child.i, min(acts[0].right_edge.i + 1, acts[0].i + 5))]
    return []


def own_relative(tok: Token, skip: set[int]) -> list[tuple[int, int]]:
    """A figure's own relative clause or participle: "the $5m that went to charity" -> "went
    to charity", "the £2m claimed by farmers" -> "claimed by farmers"."""
    for child in tok.rights:
        participle = child.dep_ == "acl" and child.tag_ == "VBN" and child.i == tok.i + 1
        if (child.dep_ == "relcl" or participle) and child.i not in skip:
            return [(child.i, min(child.right_edge.i + 1, child.i + 10))]
    return []


def _gapped(doc: Doc, tok: Token, skip: set[int]) -> str | None:
    """Elliptical coordination: "85% owned by the state and 15% by its staff" -> the second
    figure takes the first one's verb and its own complement ("owned by its staff")."""
    verb = tok.head
    if tok.dep_ != "conj" or verb.pos_ not in {"VERB", "AUX"} or tok.pos_ in {"VERB", "AUX"}:
        return None
    own = _own_complement(tok, skip)
    if not own:
        return None
    s, e = own[0]
    if doc[s - 1].dep_ in {"prep", "agent"}:
        s -= 1
    return f"{verb.text} {doc[s:e].text}"
