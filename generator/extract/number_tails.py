"""Words after a figure that say what it is for: "took nine years to sign up its first
customers", "the 50 signatures needed to force a vote", and the phrase a currency conversion
in parentheses cuts off ("a $3bn (£1.6bn) settlement with regulators")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.number_spans import Quantity

TAIL_WORDS = 8  # words of an infinitive clause kept at most
BODY_MASS = {"pounds", "kilograms", "stone"}
NEXT_PREPS = {"from", "for"}
TAIL_PREPS = {"in", "for", "from", "on", "to", "over", "with"}


def _infinitive(verb: Token, after: int) -> Token | None:
    """A "to"-infinitive that completes ``verb`` right of token ``after``."""
    for child in verb.rights:
        if child.i <= after or child.dep_ not in {"xcomp", "advcl"} or child.pos_ != "VERB":
            continue
        to = child.doc[child.i - 1]
        if to.lower_ == "to" and to.dep_ == "aux" and to.head.i == child.i:
            return child
    return None


def _waited_for(verb: Token, after: int) -> str | None:
    """ "It could take 15 years before the country can join" -> "before the country can join":
    the event a span taken ("take", "wait") runs up to."""
    if verb.lemma_.lower() not in {"take", "wait"}:
        return None
    for child in verb.rights:
        marks = [m for m in child.children if m.dep_ == "mark" and m.lower_ in {"before", "until"}]
        if child.i > after and child.dep_ == "advcl" and marks and marks[0].i > after:
            end = min(child.right_edge.i + 1, marks[0].i + TAIL_WORDS)
            return verb.doc[marks[0].i:end].text.rstrip(" ,")
    return None


def _clause_text(doc: Doc, verb: Token) -> str:
    """ "to sign up its first million customers": the infinitive with its object or phrase."""
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ == "prt":
            end = max(end, child.i + 1)
        elif child.dep_ in {"dobj", "attr"}:
            end = max(end, C._np(child, set())[1])
            break
        elif child.dep_ == "prep":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                end = max(end, C._np(objs[0], set())[1])
            break
    end = min(end, verb.i + TAIL_WORDS)
    return doc[verb.i - 1:end].text


def purpose_tail(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """The infinitive a figure is for: "pay $2bn to end the contract" -> "to end the
    contract"; "the 50 signatures needed to force a vote" -> "to force a vote"."""
    if q.kind in {"age", "rank"}:
        return None
    tok = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    last = max(tok.i, q.end - 1)
    found = None
    if tok.dep_ in {"dobj", "npadvmod"} and tok.head.pos_ == "VERB" and tok.head.i < tok.i:
        found = _infinitive(tok.head, last)
        if found is None and (wait := _waited_for(tok.head, last)) is not None:
            return wait
    if found is None:
        for acl in tok.rights:
            if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.i == last + 1:
                found = _infinitive(acl, acl.i)  # "the signatures needed to force a vote"
                break
    if found is None or not sent.start <= found.i < sent.end:
        return None
    return _clause_text(doc, found)


def aside_tail(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """What follows a conversion in parentheses: "$3bn (£1.6bn) settlement with regulators"
    -> "settlement with regulators"; "20bn pesos (£300m) in revenue" -> "in revenue"."""
    if q.aside == (0, 0) or q.aside[1] >= sent.end or doc[q.aside[1] - 1].text != ")":
        return None
    nxt = doc[q.aside[1]]
    if nxt.pos_ in {"NOUN", "PROPN"} and not nxt.like_num:
        head = nxt
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        start, end = C._np(head, set(), pp=True)
        return doc[max(start, nxt.i):end].text
    if nxt.lower_ in TAIL_PREPS and nxt.dep_ == "prep":
        objs = [c for c in nxt.children if c.dep_ == "pobj"]
        if objs:
            return doc[nxt.i:C._np(objs[0], set(), pp=True)[1]].text
    return None


def next_phrase(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """The "from"/"for" phrase right after a figure: "around $12,000 from a weekend job",
    "30 metres away from the harbour wall"."""
    if q.kind in {"age", "rank"}:
        return None
    k = q.end
    if k < sent.end and doc[k].lower_ == "away":
        k += 1
    if k >= sent.end or doc[k].lower_ not in NEXT_PREPS or doc[k].dep_ != "prep":
        return None
    objs = [c for c in doc[k].children if c.dep_ == "pobj"]
    if not objs or objs[0].like_num or objs[0].ent_type_ in {"DATE", "TIME", "CARDINAL"}:
        return None  # "up 5% from 2019", "from 40 to 50"
    if any(t.like_num for t in doc[k:objs[0].i + 1]):
        return None
    return doc[q.end:C._np(objs[0], set(), pp=True)[1]].text


def _mass(q: Quantity) -> bool:
    return q.kind == "measure" and q.unit in BODY_MASS


def weight_change(doc: Doc, sent: Span, q: Quantity, others: list[Quantity]) -> str | None:
    """ "went from 145lbs to 127lbs": a body mass a person goes from and to is their weight
    before and after; returns "weight before" or "weight after", else None."""
    if not _mass(q) or q.start <= sent.start:
        return None
    prev = doc[q.start - 1].lower_
    if prev == "from":
        pair = [o for o in others if _mass(o) and o.start > q.end
                and doc[o.start - 1].lower_ == "to" and o.start - q.end <= 2]
        return "weight before" if pair else None
    if prev == "to":
        pair = [o for o in others if _mass(o) and o.end < q.start
                and doc[o.start - 1].lower_ == "from" and q.start - o.end <= 2]
        return "weight after" if pair else None
    return None


def priced_name(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "£24m-man John Smith": the person a fee is glued to names what it is for."""
    k = q.end
    if q.kind != "money" or k + 2 >= sent.end or doc[k].text != "-" or doc[k].whitespace_:
        return None
    if doc[k + 1].lower_ not in {"man", "woman", "men"}:
        return None
    j = k + 2
    while j < sent.end and doc[j].pos_ == "PROPN" and doc[j].is_title:
        j += 1
    return doc[k + 2:j].text if j > k + 2 else None


def with_tail(about: str | None, tail: str | None) -> str | None:
    """``about`` followed by ``tail`` unless it already says it."""
    if not tail:
        return about
    if not about:
        return tail
    if tail.lower() in about.lower():
        return about
    last, _, rest = tail.partition(" ")
    if rest and about.lower().endswith(" " + last.lower()):
        tail = rest  # "found away" + "away from the car"
    return f"{about} {tail}"


def adjective_tail(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "five points clear at the top": the adjective a measure modifies, with the phrase
    right after it."""
    anchor = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    adj = anchor.head
    if anchor.dep_ != "npadvmod" or adj.pos_ != "ADJ" or adj.i != q.end or adj.i >= sent.end:
        return None
    end = adj.i + 1
    if end < sent.end and doc[end].pos_ == "ADP" and doc[end].right_edge.i < sent.end:
        end = doc[end].right_edge.i + 1  # "clear at the top of the league"
    return doc[adj.i:end].text


def with_tails(doc: Doc, sent: Span, q: Quantity, found: list[Quantity],
               about: str | None) -> str | None:
    """``about`` with what follows the figure: the phrase after a conversion, the infinitive
    it is for or its "from" phrase, and "weight before/after" for a body mass that changes."""
    if (named := priced_name(doc, sent, q)) is not None:
        return named
    tail = aside_tail(doc, sent, q) or purpose_tail(doc, sent, q) or next_phrase(doc, sent, q)
    about = with_tail(about, tail)
    about = with_tail(about, adjective_tail(doc, sent, q))  # "five points clear"
    weight = weight_change(doc, sent, q, found)
    if weight is not None:
        about = f"{weight}, {about}" if about else weight
    return about
