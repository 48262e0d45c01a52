"""Head-to-head results in parentheses after a margin: "Lee beat Hart by nine points (52
percent to 43 percent)" gives Lee 52 and Hart 43; "leading Hart by six points (46 to 40) and
Roe by three points (45 to 42)" gives the second pair to Lee against Roe. A bare pair takes
the unit of the sentence's first pair."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.number_render import render
from generator.extract.number_spans import Quantity

# verbs whose subject wins the result the parentheses give
WINNING_VERBS = frozenset(["beat", "lead", "defeat", "top", "edge", "best", "outpoll", "trounce"])
_LINKS = {"to", "-", "\u2013"}
_PHRASE_TAGS = {"PROPN", "NOUN", "ADJ", "DET"}
_PHRASE_LINKS = {"of", "from", "'s", "\u2019s"}
_MARGIN_UNITS = {"point", "points", "percent", "%", "votes", "vote"}


def _pair(doc: Doc, found: list[Quantity], k: int) -> bool:
    """``found[k]`` and ``found[k + 1]`` fill "(A to B)" and nothing else."""
    a, b = found[k], found[k + 1]
    return (
        a.start - 1 >= 0
        and doc[a.start - 1].text == "("
        and b.end < len(doc)
        and doc[b.end].text == ")"
        and doc[a.end : b.start].text.strip() in _LINKS
        and a.value is not None
        and b.value is not None
        and a.value > b.value
    )


def _margin_by(doc: Doc, sent: Span, paren: int) -> Token | None:
    """The "by" of "by six points (" right before the parenthesis at ``paren``."""
    k = paren - 1
    if k <= sent.start or doc[k].lower_ not in _MARGIN_UNITS:
        return None
    k -= 1
    while k > sent.start and (doc[k].like_num or doc[k].pos_ == "ADV"):
        k -= 1
    return doc[k] if doc[k].lower_ == "by" and k < paren - 2 else None


def _loser(doc: Doc, sent: Span, by: Token) -> tuple[int, int] | None:
    """The noun phrase that ends right before "by": "Hart", "the senator from Ohio"."""
    end = by.i
    if end - 1 <= sent.start or doc[end - 1].pos_ not in {"PROPN", "NOUN"}:
        return None
    start = end - 1
    while start - 1 > sent.start and (
        doc[start - 1].pos_ in _PHRASE_TAGS or doc[start - 1].lower_ in _PHRASE_LINKS
    ):
        start -= 1
    return start, end


def _winner(doc: Doc, loser: tuple[int, int]) -> Token | None:
    """The name that beats the loser: the subject of the winning verb right before the
    loser ("Roe beat Ferris"), or the noun that verb describes ("has Roe leading Ferris")."""
    if loser[0] < 1:
        return None
    verb = doc[loser[0] - 1]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in WINNING_VERBS:
        return None
    if verb.dep_ == "acl":
        subj = verb.head
    else:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj if subj is not None and subj.pos_ in {"PROPN", "NOUN"} else None


def matchup_figures(
    doc: Doc, sent: Span, found: list[Quantity]
) -> dict[int, tuple[str, str | None]]:
    """(about, unit) of each figure of a head-to-head pair, keyed by its numeral token."""
    out: dict[int, tuple[str, str | None]] = {}
    winner: str | None = None
    unit: str | None = None
    for k in range(len(found) - 1):
        if not _pair(doc, found, k):
            continue
        a, b = found[k], found[k + 1]
        by = _margin_by(doc, sent, a.start - 1)
        loser = _loser(doc, sent, by) if by is not None else None
        if by is None or loser is None:
            continue
        won = _winner(doc, loser)
        if won is not None:
            winner = render(doc, [(won.left_edge.i, won.i + 1)]) or None
        if winner is None:
            continue
        lost = render(doc, [loser])
        unit = a.unit or b.unit or unit
        out[a.num] = (f"{winner} against {lost}", unit)
        out[b.num] = (f"{lost} against {winner}", unit)
    return out
