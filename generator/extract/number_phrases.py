"""Compact noun phrases around a figure: "the 255 Britons killed", "a payout to settle"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.number_render import render as _render
from generator.extract.number_scope import bare_infinitive

NP_LEFT = {"compound", "amod", "nmod", "poss", "case", "nummod", "quantmod", "advmod", "det"}


DEMONSTRATIVES = {"those", "these"}


# Prepositions whose gerund says what a noun is for or about: "a fine for bribing", "a lead
# on being seen as decisive" (not the time words "between", "after": a span, not a purpose).
_PURPOSE_PREPS = frozenset({"for", "on", "over", "about", "in", "against"})


def _np(tok: Token, skip: set[int], limit: int = 9, pp: bool = False,
        clauses: bool = True) -> tuple[int, int]:
    """Token range [start, end) of a compact noun phrase headed by ``tok``.

    Takes left modifiers, an "of" phrase and, with ``pp``, the first other prepositional phrase
    or a clause modifying the noun ("ways to seek enforcement").
    """
    start = tok.i
    for child in tok.lefts:
        misparsed = child.dep_ == "nsubj" and tok.pos_ == "NOUN" and child.pos_ == "NOUN" and (
            child.right_edge.i + 1 == tok.i
        )  # "the rate for workers aged 18 to 22": a noun has no subject; it is one phrase
        if (child.dep_ in NP_LEFT or misparsed) and child.i not in skip:
            start = min(start, child.left_edge.i if child.dep_ != "det" else child.i)
    end, aside = tok.i + 1, set()
    for child in tok.rights:
        if child.i - 1 == end and tok.doc[end].text in DASHES:
            continue  # "officials -- including police -- charged": the aside is no phrase
        if child.dep_ == "prep" and (child.lower_ == "of" or pp):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                end = max(end, _np(objs[0], skip, limit)[1], who_those(objs[0]))
                end = bare_infinitive(tok.doc, end) or end  # "counts of threats to kill"
                pp = pp and objs[0].i in skip  # "grants of [£40] for the over-60s"
            elif child.lower_ == "of":
                end = max(end, _gerund_end(child, skip, limit))
            elif (act := next((c for c in child.children if c.dep_ == "pcomp"), None)) and (
                act.pos_ in {"VERB", "AUX"} and child.i == end and child.lower_ in _PURPOSE_PREPS
                and act.right_edge.i - child.i <= 8
            ):  # "a 13-point lead on being seen as decisive": what the lead is on
                end = max(end, act.right_edge.i + 1)
                pp = False
        elif child.dep_ in {"acl", "relcl"} and pp and clauses and (
            child.left_edge.i == end or _pair_before(tok, end, child.left_edge.i)
            or _past_aside(tok, end, child.left_edge.i)
        ):
            objs = [c for c in child.children if c.dep_ in {"dobj", "prep", "oprd", "acomp"}
                    and c.i > child.i]  # "men named Nigel", "seats that were vacant"
            objs = [o for c in objs for o in ([c] if c.dep_ in {"dobj", "oprd", "acomp"} else
                    [g for g in c.children if g.dep_ == "pobj"])]
            if child.left_edge.i > end:  # the dash aside takes no room
                aside = set(range(end, child.left_edge.i))
            if objs and objs[0].dep_ == "acomp":  # "voters who were loyal to her"
                objs = objs[:2]
            end = max([end, *[_np(o, skip, limit)[1] for o in objs]] if objs else [
                end, child.i + 1])
            pp = False
        elif child.dep_ == "conj" and pp and clauses and child.pos_ == "NOUN" and (
            child.i <= end + 1 and not _figured(child)
            and any(c.dep_ == "relcl" for c in child.rights)
        ):  # "men and women who signed up": the clause is said of both
            end = max(end, _np(child, skip, limit, pp, clauses)[1])
            pp = False
        elif child.dep_ in {"compound", "amod"} and child.i == end:
            end = child.i + 1
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and tok.pos_ == "NOUN" and (
            child.left_edge.i == end
        ):  # "seventh seed Smith": the name says which one
            end = min(child.i + 1, end + 4)
        elif child.dep_ == "acl" and child.lower_ in NAMING and child.i == end:
            end = min(child.right_edge.i + 1, child.i + 4)  # "men named Smith"

    while start in skip and start < tok.i:
        start += 1
    cap, words = start, 0
    while cap < end and words < limit:  # the figure's own tokens take no room
        words += cap not in skip and cap not in aside
        cap += 1
    while start < cap - 1 < end - 1 and not tok.doc[cap - 1].whitespace_:
        cap -= 1  # never cut inside a word: "phishing e-mails" is not "phishing e"
    return start, cap


def _gerund_end(of: Token, skip: set[int], limit: int) -> int:
    """End of a gerund after "of" with its object: "bouts of walking pneumonia", "the
    target of hacking"; 0 when "of" has none."""
    verb = next((c for c in of.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    if verb is None:
        return 0
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    end = _np(obj, skip, limit)[1] if obj is not None else verb.i + 1
    doc = of.doc
    while end < len(doc) and not doc[end - 1].whitespace_ and (
            doc[end].is_alpha or doc[end].text == "-"):
        end += 1  # "phishing e-mails", split by the tokenizer
    return end


def who_those(tok: Token) -> int:
    """End of what says who "those" are: "14% of those aged 30-39", "9% of those who own
    a car", up to a coordination and a few words at most; 0 when nothing follows."""
    if tok.lower_ not in DEMONSTRATIVES:
        return 0
    post = next((c for c in tok.rights if c.dep_ in {"relcl", "acl", "prep", "amod"}), None)
    if post is None:
        return 0
    end = min(post.right_edge.i + 1, post.i + 6)
    cut = [t.i for t in tok.doc[post.i + 1:end] if t.dep_ in {"cc", "conj"} or t.text == ","]
    return cut[0] if cut else end


def _pair_before(tok: Token, end: int, clause: int) -> bool:
    """ "men and women who signed up": only "and" and a bare second noun stand between the
    noun and its clause."""
    gap = tok.doc[end:clause]
    return 2 <= len(gap) <= 3 and gap[0].dep_ == "cc" and any(
        t.dep_ == "conj" and t.head.i == tok.i and t.pos_ == "NOUN" and not _figured(t)
        for t in gap) and all(t.dep_ in {"cc", "conj", "amod", "compound"} for t in gap)


DASHES = {"--", "\u2014", "\u2013"}


def _past_aside(tok: Token, end: int, clause: int) -> bool:
    """ "officials -- including police -- charged under ...": only a dash aside stands between
    the noun and its clause."""
    doc = tok.doc
    return clause - 1 > end and doc[end].text in DASHES and doc[clause - 1].text in DASHES


def _figured(tok: Token) -> bool:
    """ "18 cats": a noun with a figure of its own."""
    return any(c.dep_ in {"nummod", "quantmod"} or c.like_num for c in tok.children)


NAMING = {"named", "called", "dubbed", "nicknamed"}


def _purpose(doc: Doc, np: tuple[int, int], skip: set[int]) -> tuple[int, int]:
    """A noun phrase with the infinitive right after it: "a payout to settle a lawsuit"."""
    start, end = np
    if end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end].dep_ == "aux":
        verb = doc[end].head
        if verb.i == end + 1 and verb.dep_ in {"xcomp", "advcl", "acl", "relcl"}:
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            return start, (_np(objs[0], skip)[1] if objs else verb.i + 1)
    return np


def purpose_after(doc: Doc, end: int, skip: set[int]) -> list[tuple[int, int]]:
    """ "including $6bn to assist its allies": the infinitive right after a figure says what
    the amount is for, though the parser hangs it on the main verb."""
    span = _purpose(doc, (end, end), skip)
    return [span] if span[1] > end else []


# Prepositions whose phrase right after a figure says what it is for or against, though the
# parser may hang it on the verb: "fees of up to £20,000 for three talks", "30% against the yen".
AFTER_PREPS = {"for", "against"}


def pp_after(doc: Doc, end: int, skip: set[int]) -> list[tuple[int, int]]:
    """The "for"/"against" phrase right after a figure (past a conversion in ``skip``)."""
    k = end
    while k < len(doc) and k in skip:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in AFTER_PREPS or doc[k].pos_ != "ADP":
        return []
    objs = [c for c in doc[k].children if c.dep_ == "pobj" and c.i > k]
    return [(k, _np(objs[0], skip)[1])] if objs else []


def comparative_after(doc: Doc, end: int) -> list[tuple[int, int]]:
    """ "£200m less debt", "$5bn more revenue": the noun an amount is more or less of."""
    if end + 1 >= len(doc) or doc[end].lower_ not in {"more", "less", "fewer", "extra"}:
        return []
    noun = doc[end + 1]
    return [(end, end + 2)] if noun.pos_ == "NOUN" and noun.sent == doc[end].sent else []


def noun_phrase(doc: Doc, noun: int, skip: set[int]) -> str:
    """A counted noun with its modifiers and first prepositional phrase, as text."""
    return _render(doc, [_np(doc[noun], skip, pp=True)], skip=skip)


def antecedent(doc: Doc, ranges: list[tuple[int, int]]) -> str | None:
    """What "those countries" refers to: the last modified plural noun of the sentence before."""
    dets = [doc[i] for s, e in ranges for i in range(s, e)
            if doc[i].lower_ in {"those", "these"} and doc[i].dep_ == "det"]
    if not dets or dets[0].sent.start == 0:
        return None
    sent = dets[0].sent
    prev = doc[sent.start - 1].sent
    if "\n" in doc[prev.start:sent.start].text.strip():
        return None
    for tok in reversed(prev):
        if tok.tag_ == "NNS" and any(c.dep_ in {"amod", "compound"} for c in tok.lefts):
            return doc[slice(*_np(tok, set()))].text
    return None


GERUND_WORDS = 10  # words of a gerund subject kept: "Giving the council power over …"


def gerund_span(tok: Token, skip: set[int]) -> tuple[int, int] | None:
    """A gerund clause that is a subject ("Holding a second poll soon earned …"): its
    words up to the verb, at most GERUND_WORDS."""
    if tok.dep_ not in {"csubj", "csubjpass"} or tok.tag_ != "VBG":
        return None
    end = min(tok.right_edge.i + 1, tok.i + GERUND_WORDS)
    while end > tok.i + 1 and (end - 1 in skip or tok.doc[end - 1].is_punct):
        end -= 1
    return tok.i, end


def head_words(tok: Token, skip: set[int], most: int = 4) -> str:
    """A noun with only the modifiers joined to it ("old stones", "tree trunks"), or a gerund
    clause with its words: a subject named apart from its clauses when the whole of it is
    too far from its verb."""
    gerund = gerund_span(tok, skip)
    if gerund is not None:
        return tok.doc[gerund[0]:gerund[1]].text
    start = tok.i
    for child in reversed(list(tok.lefts)):
        if child.dep_ in {"compound", "amod", "nmod"} and child.i == start - 1 and (
                child.i not in skip and tok.i - child.left_edge.i < most):
            start = child.left_edge.i
    end = tok.i + 1
    name = next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is not None and tok.pos_ == "NOUN" and name.left_edge.i == end:
        end = min(name.i + 1, end + 4)  # "chain Acme Stores": the name says which one
    elif (aside := _named_aside(tok)) is not None:
        end = aside  # "the top film, Ann Lee's comedy Run Fast, slipped": which film it is
    return tok.doc[start:end].text


def _named_aside(tok: Token, most: int = 9) -> int | None:
    """End of a short appositive set off by commas that holds a proper name ("the top film,
    Ann Lee's comedy Run Fast,"), else None."""
    doc = tok.doc
    aside = next((c for c in tok.rights if c.dep_ == "appos"), None)
    if aside is None or tok.pos_ != "NOUN" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    end = aside.right_edge.i + 1
    if aside.left_edge.i != tok.i + 2 or end - tok.i > most + 2 or not any(
            t.pos_ == "PROPN" for t in doc[tok.i + 2:end]):
        return None
    return end
