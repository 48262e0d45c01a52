"""Paired descriptions: two people named together ("Ana Ruiz and Tom Hale"), later described
together ("the prime minister and her chancellor left early"): the first title is the first
person's, the second the second's, in the order the text names them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import KIN_INVERSE
from generator.extract.role_words import is_title

_KIN = frozenset(k for k, _ in KIN_INVERSE)
_LEADS = frozenset({"the", "his", "her", "their"})


def paired_descriptions(
    doc: Doc, people: dict[int, list[tuple[int, int]]]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """For each person of a named pair: the title a later paired description gives them,
    as (role text, character span of the title)."""
    pair = _story_pair(_name_pairs(doc, people))
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    if pair is None:
        return out
    for tok in doc:
        second = _paired_title(tok)
        if second is None:
            continue
        first_desc, second_desc = _phrase(tok), _phrase(second)
        if first_desc is None or second_desc is None:
            continue
        at, a, b = pair
        if at > first_desc.start_char:
            continue
        for idx, desc in ((a, first_desc), (b, second_desc)):
            if idx not in out:
                out[idx] = (desc.text, (desc.start_char, desc.end_char))
    return out


def _story_pair(pairs: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """The pair of people named together most often (the first named so, among equals), in
    the order of its first naming."""
    counts: dict[frozenset[int], int] = {}
    for _at, a, b in pairs:
        counts[frozenset((a, b))] = counts.get(frozenset((a, b)), 0) + 1
    first = min(pairs, key=lambda p: (-counts[frozenset(p[1:])], p[0]), default=None)
    return first


def _name_pairs(doc: Doc, people: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int, int]]:
    """(char offset, first person, second person) for each "A and B" naming two people."""
    owner = {c: idx for idx, spans in people.items() for s, e in spans for c in range(s, e)}
    found = []
    for idx, spans in people.items():
        for s, e in spans:
            toks = doc.char_span(s, e, alignment_mode="expand")
            if toks is None:
                continue
            conj = next((c for c in toks.root.children if c.dep_ == "conj"), None)
            if conj is None or _more_conjuncts(conj):
                continue  # "A, B and C": no pair
            other = owner.get(conj.idx)
            joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in toks.root.children)
            if other is None or other == idx or not joined:
                continue
            found.append((s, idx, other))
    return found


def _more_conjuncts(conj: Token) -> bool:
    """The conjunct has one of its own, or the first name has two ("A, B and C")."""
    return any(c.dep_ == "conj" for c in conj.children) or (
        sum(c.dep_ == "conj" for c in conj.head.children) > 1
    )


def _office(tok: Token) -> bool:
    """A singular title noun that names no one right after it."""
    if tok.tag_ not in ("NN", "NNP") or tok.ent_type_ == "PERSON" or tok.lower_ in _KIN:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
        return False  # "chancellor Gordon Brown": a title before a name
    return is_title(tok)


def _paired_title(tok: Token) -> Token | None:
    """For "the prime minister and (his) chancellor" at "minister": the token "chancellor"."""
    if not _office(tok) or tok.dep_ == "conj":
        return None  # "a race for mayor, lieutenant governor and state treasurer"
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    definite = det is not None and det.lower_ == "the"
    if not definite and tok.head.lower_ != "between":
        return None  # "when they were captain and coach": not a description of two named
    conj = next((c for c in tok.children if c.dep_ == "conj"), None)
    if conj is None or not _office(conj) or conj.lower_ == tok.lower_:
        return None
    between = tok.doc[tok.i + 1 : conj.left_edge.i]
    if [t.lower_ for t in between] != ["and"] or any(c.dep_ == "conj" for c in conj.children):
        return None
    return conj


def _phrase(tok: Token) -> Span | None:
    """The title phrase ending at ``tok``, without a leading "the" or "his": only lowercase
    or title words before it ("prime minister")."""
    doc = tok.doc
    start = tok.left_edge.i
    if doc[start].lower_ in _LEADS:
        start += 1
    words = doc[start : tok.i]
    if any(t.dep_ not in ("amod", "compound") or t.ent_type_ for t in words):
        return None
    if tok.left_edge.i == start and start > 0 and doc[start - 1].pos_ == "DET":
        return None
    return doc[start : tok.i + 1]
