"""Shares of a poll told side by side: "5 percent prefer Lee and 1 percent support Hill" (often
parsed as one clause), and a result whose subject is a pronoun ("She leads Jones by 49 percent
to 47 percent"), named by who the pronoun stands for."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.number_render import render
from generator.extract.number_spans import Quantity

PERSONAL = {"he", "she"}


def _verb(tok: Token) -> Token | None:
    """The verb a figure's phrase hangs on."""
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"}:
            return anc
    return None


def _counted(tok: Token) -> bool:
    return any(c.dep_ == "nummod" and c.like_num for c in tok.children)


def conjoined_about(doc: Doc, q: Quantity) -> str | None:
    """ "5 percent prefer Lee and 1 percent support Hill" parsed as "prefer [Lee and 1 percent]
    support Hill": the first figure prefers Lee, the second supports Hill."""
    tok = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    skip = set(range(q.start, q.end))
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ in C.SUBJECTS and head.pos_ in {"PROPN", "NOUN"}:
        verb = head.head  # the second figure: its verb is the one its conjunct is subject of
        if verb.pos_ == "VERB" and verb.i > tok.i and verb.dep_ == "ccomp" and (
            verb.head.i < head.i and any(c.dep_ in C.SUBJECTS and _counted(c)
                                         for c in verb.head.children)
        ):
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            end = C._np(objs[0], skip)[1] if objs else verb.i + 1
            return render(doc, [(verb.i, end)], skip=skip) or None
    if tok.dep_ not in C.SUBJECTS or head.pos_ != "VERB":
        return None
    for comp in head.children:  # the first figure: its object runs up to the "and"
        if comp.dep_ != "ccomp" or comp.i < head.i:
            continue
        subj = next((c for c in comp.children if c.dep_ in C.SUBJECTS), None)
        if subj is None or subj.i != comp.left_edge.i + (subj.i - subj.left_edge.i):
            continue
        conj = [c for c in subj.children if c.dep_ == "conj" and _counted(c)]
        cc = [c for c in subj.children if c.dep_ == "cc"]
        if conj and cc and subj.left_edge.i > head.i:
            return render(doc, [(head.i, cc[0].i)], skip=skip) or None
    return None


def pronoun_name(doc: Doc, q: Quantity, name_of) -> str | None:
    """Who "she" is in "She leads Jones by 49 percent": the name a personal pronoun subject of
    the figure's verb stands for (``name_of`` resolves a token to an actor's name)."""
    tok = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    verb = _verb(tok)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in C.SUBJECTS), None)
    if subj is None or subj.i > q.start:
        return None
    if subj.lower_ == "it" and verb.dep_ in {"advcl", "conj"}:  # "the rating remains strong,
        outer = next((c for c in verb.head.children if c.dep_ in C.SUBJECTS), None)
        if outer is not None and outer.pos_ == "NOUN" and outer.i < subj.i:  # though it fell"
            return doc[slice(*C._np(outer, set()))].text
        return None
    if subj.lower_ == "it":  # "While they pledged to cut net migration, it now stands at"
        return _clause_antecedent(doc, verb, subj)
    return name_of(subj) if subj.lower_ in PERSONAL else None


def _clause_antecedent(doc: Doc, verb: Token, it: Token) -> str | None:
    """What "it" stands for when an adverbial clause before it in the sentence has a noun as
    its object or subject: the last such noun (no name, no time word)."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i < it.i]
    if not clauses:
        return None
    nouns = [t for t in clauses[-1].subtree if t.pos_ == "NOUN" and t.tag_ == "NN"
             and t.dep_ in {"dobj", "nsubj", "nsubjpass"} and t.ent_type_ not in {"DATE", "TIME"}]
    return doc[slice(*C._np(nouns[-1], set()))].text if nouns else None


def with_subject(about: str, name: str | None) -> str:
    """The about led by the name, where it does not already name them."""
    if not name or not about:
        return about
    name = re.sub(r"^(the|a|an)\s+", "", name, flags=re.IGNORECASE)
    words = [w for w in name.split() if w[:1].isupper()]
    if not words:  # a described thing: "the approval rating"
        head = name.split()[-1]
        return about if head.lower() in about.lower() else f"{name} {about}"
    if any(w.lower() in about.lower() for w in words):
        return about
    return f"{words[-1]} {about}"


DASHES = {"--", "\u2014", "\u2013"}


def fragment_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "Most voters expect Smith to win the debate -- 44 percent to Jones's 34 percent": a
    figure in a verbless tail after a dash gives the result of the main clause before it."""
    dash = next((t.i for t in doc[sent.start:q.start] if t.text in DASHES), None)
    tailed = dash is None and (dash := _score_tail(doc, sent, q)) is not None
    # "… more likely to be seen as honest, 64 percent to 56 percent": a comma, more room
    if dash is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[dash + 1:sent.end]):
        return None
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or root.i > dash or (root.pos_ == "AUX" and not tailed):
        return None
    subj = next((c for c in root.children if c.dep_ in C.SUBJECTS), None)
    start = C._np(subj, set())[0] if subj is not None and subj.pos_ != "PRON" else root.i
    stop, room = root.i + 1, 16 if tailed else 10
    while stop < dash and stop - root.i < room and (
        tailed or doc[stop].text not in {",", ";", ":"}
    ):
        stop += 1
    return render(doc, [(start, stop)]) or None


_TAIL_UNITS = {"percent", "%", "per", "cent", "points", "point"}


def _score_tail(doc: Doc, sent: Span, q: Quantity) -> int | None:
    """The comma before a tail that is only "N percent to M percent" closing the sentence."""
    comma = q.start - 1
    while comma > sent.start and (doc[comma].like_num or doc[comma].lower_ in _TAIL_UNITS | {"to"}):
        comma -= 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    tail = [t for t in doc[comma + 1:sent.end] if not t.is_punct]
    words = [t.lower_ for t in tail]
    if "to" not in words or (not tail[-1].like_num and words[-1] not in _TAIL_UNITS):
        return None
    if not all(t.like_num or t.lower_ in _TAIL_UNITS | {"to"} for t in tail):
        return None
    return comma


LEADS = {"ahead", "behind", "lead", "leads", "leading", "trailing", "trails"}


def _lead_word(doc: Doc, sent: Span, start: int) -> Token | None:
    """The "ahead" of "ahead by 3 points" or "ahead 3 points" just before a figure."""
    k = start - 1
    if k > sent.start and doc[k].lower_ == "by":
        k -= 1
    return doc[k] if k >= sent.start and doc[k].lower_ in LEADS else None


def _leader(doc: Doc, sent: Span, lead: Token) -> str:
    """ "Smith likewise ahead" -> "Smith ahead": who is ahead, named right before the word."""
    k = lead.i - 1
    while k >= sent.start and doc[k].pos_ == "ADV":
        k -= 1
    if k >= sent.start and doc[k].pos_ in {"PROPN", "PRON"} and doc[k].dep_ != "nsubj":
        return f"{doc[k].text} {lead.text}"
    return lead.text


def lead_about(doc: Doc, sent: Span, q: Quantity) -> tuple[str, str | None] | None:
    """A poll lead: "shows Smith ahead by 3.7 points" -> ("Smith ahead", None); in a list that
    leaves the verb out, "one average shows her ahead 3 points, Acme 4.3 points" -> the later
    figure is ("her ahead", "Acme"), the name before it being whose figure it is."""
    if q.kind not in {"measure", "percent"}:
        return None
    lead = _lead_word(doc, sent, q.start)
    if lead is not None:
        return _leader(doc, sent, lead), None
    k = q.start - 1
    if k <= sent.start or doc[k].pos_ != "PROPN":
        return None
    s = k
    while s - 1 > sent.start and doc[s - 1].pos_ == "PROPN":
        s -= 1
    b = s - 1
    if doc[b].lower_ == "and":
        b -= 1
    if b < sent.start or doc[b].text != ",":
        return None
    unit = doc[q.end - 1].lower_
    for t in doc[sent.start:b]:  # an earlier figure of the list with its lead word
        if t.like_num and t.i + 1 < b and unit in {doc[t.i + 1].lower_, doc[t.i + 2].lower_}:
            lead = _lead_word(doc, sent, t.i)
            if lead is not None:
                return _leader(doc, sent, lead), doc[s:k + 1].text
    return None
