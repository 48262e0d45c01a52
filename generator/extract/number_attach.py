"""What a figure measures where it hangs loosely in its sentence: "cash including £2,400 which
was hidden ...", "a trip in 2009 worth £7,600", "compared with 12.8% during the census", a
"by N" the parser gave the wrong clause, and "with seven games remaining"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.number_render import render
from generator.extract.number_spans import Quantity

INCLUDING = {"including", "includes", "include", "included"}
COMPARED = {"compared", "comparing", "compare", "compares", "opposed"}  # "as opposed to"
# Tokens passed over when looking back from "worth" for the thing that is worth the amount.
WORTH_SKIP_POS = {"PUNCT", "ADP", "DET", "CCONJ", "NUM"}
WORTH_SKIP_ENTS = {"GPE", "LOC", "DATE", "TIME"}


def _pieces(doc: Doc, ranges: list[tuple[int, int]], skip: set[int]) -> str | None:
    """Ranges rendered one by one and joined: parts far apart in the sentence."""
    words = [render(doc, [r], skip=skip) if skip & set(range(*r)) else doc[r[0]:r[1]].text
             for r in ranges if r[0] < r[1]]
    text = " ".join(w for w in words if w)
    return text or None


def _relative(doc: Doc, tok: Token, skip: set[int]) -> tuple[int, int] | None:
    """The relative clause on a figure ("£2,400 which was hidden in the oven"), without its
    pronoun and auxiliaries, eight words at most."""
    for child in tok.rights:
        if child.dep_ == "relcl" and child.pos_ == "VERB":
            return child.i, min(child.right_edge.i + 1, child.i + 8)
    return None


def _including(doc: Doc, tok: Token, skip: set[int]) -> str | None:
    """ "bags of notes including £2,400 which was hidden in the oven" -> "bags of notes
    hidden in the oven": what the figure is part of, and what its clause says of it."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in INCLUDING or prep.dep_ != "prep":
        return None
    whole = prep.head
    if whole.pos_ not in {"NOUN", "PROPN"}:
        return None
    ranges = [C._np(whole, skip)]
    rel = _relative(doc, tok, skip)
    if rel is not None:
        ranges.append(rel)
    return _pieces(doc, ranges, skip)


def _worth(doc: Doc, sent: Span, q: Quantity, skip: set[int]) -> str | None:
    """ "a trip to Dubai, in 2009 worth £7,600" (the parser took "worth" for a noun in a
    prepositional phrase) -> "a trip to Dubai worth": the nearest thing named before."""
    if q.start - 1 < sent.start:
        return None
    worth = doc[q.start - 1]
    if worth.lower_ != "worth" or worth.dep_ != "pobj":
        return None
    k = worth.head.i - 1
    while k >= sent.start and k > worth.i - 14:
        t = doc[k]
        if t.pos_ == "NOUN" and t.ent_type_ not in WORTH_SKIP_ENTS:
            s, e = C._np(t, skip, pp=True)
            return _pieces(doc, [(s, min(e, worth.head.i)), (worth.i, worth.i + 1)], skip)
        if not (t.pos_ in WORTH_SKIP_POS or t.ent_type_ in WORTH_SKIP_ENTS):
            return None
        k -= 1
    return None


def _compared(doc: Doc, tok: Token, skip: set[int]) -> str | None:
    """ "communities will make up 24%, compared with 12.8% during the 2011 census" ->
    "communities make up during the 2011 census": the main clause, read for the figure's own
    time or place."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"with", "to"}:
        return None
    comp = prep.head
    if comp.lower_ not in COMPARED or comp.dep_ not in {"prep", "advcl"}:
        return None
    verb = comp.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = C._stand_in(C._subject(verb), verb)
    ranges = []
    if subj is not None and not any(t.like_num for t in subj.subtree):
        ranges.append(C._np(subj, skip, pp=True))  # not "the top 1 percent": the other side
    prt = [c.i for c in verb.children if c.dep_ == "prt" and c.i <= verb.i + 2]
    ranges.append((verb.i, max([verb.i, *prt]) + 1))  # "make up"
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is not None:  # "see an average fee rise (of $3,400)": the noun, not its figure
        left = (C._np(obj, skip)[0], obj.i + 1)
        if not any(t.like_num for t in doc[left[0]:left[1]]):  # not "31.5 per cent"
            ranges.append(left)
    for child in tok.rights:  # the figure's own group, time or place: "during the census"
        objs = [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "prep" and child.lower_ not in {"of", "per"} and objs:
            ranges.append((child.i, C._np(objs[0], skip, pp=True)[1]))
            return _pieces(doc, ranges, skip)
    if subj is not None and comp.lower_ == "opposed":  # "margins at 4% as opposed to 5%"
        return _pieces(doc, ranges, skip)
    return None


def _change_by(doc: Doc, sent: Span, tok: Token, skip: set[int]) -> str | None:
    """ "While the number of X will increase, by almost three million, Y will increase ...
    by 10 million": the parser hangs both "by" figures on the main verb; the first, right
    after the adverbial clause, is that clause's."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"by", "to"} or prep.dep_ != "prep":
        return None
    verb = prep.head
    if prep.i - 1 < sent.start or doc[prep.i - 1].text != ",":
        return None
    twin = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == prep.lower_
            and c.i > prep.i and any(g.like_num for g in c.subtree)]
    clause = [c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i >= prep.i - 2
              and c.right_edge.i < prep.i and c.i < prep.i]
    if not twin or not clause:
        return None
    sub = clause[0]
    if any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in sub.children):
        return None  # the clause has its own "by" figure
    subj = C._stand_in(C._subject(sub), sub)
    ranges = [C._np(subj, skip, pp=True)] if subj is not None else []
    ranges.append((sub.i, sub.i + 1))
    return _pieces(doc, ranges, skip)


def _below(doc: Doc, sent: Span, q: Quantity, skip: set[int]) -> str | None:
    """ "to lower emissions to 32 percent below 2005 levels" -> "lower emissions below 2005
    levels": the change, and the level the figure is read against."""
    if q.end >= sent.end or q.kind != "percent":
        return None
    prep = doc[q.end]
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ not in {"below", "above"} or prep.dep_ != "prep" or not objs:
        return None
    head = prep.head
    if q.start <= head.i < q.end:
        head = head.head  # "cut waste to 40 percent below ...": "below" hung on "percent"
    if head.pos_ not in {"VERB", "ADJ"} or head.i > q.start:
        return None
    ranges = []
    subj = C._stand_in(next((c for c in head.children if c.dep_ in C.SUBJECTS), None), head)
    if subj is not None and subj.i < head.i:  # "Shares closed 4% below ..."
        ranges.append(C._np(subj, skip, pp=True))
    ranges.append((head.i, head.i + 1))
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < q.start), None)
    if obj is not None:
        ranges.append((C._np(obj, skip)[0], obj.i + 1))
    ranges.append((prep.i, C._np(objs[0], skip)[1]))
    return _pieces(doc, ranges, skip)


def attached_about(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """The about of a figure in one of the loose attachments above, else None."""
    skip = set(range(q.start, q.end))
    tok = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    return _including(doc, tok, skip) or _worth(doc, sent, q, skip) or _compared(
        doc, tok, skip) or _change_by(doc, sent, tok, skip) or _below(doc, sent, q, skip)


def with_participle(doc: Doc, sent: Span, q: Quantity, about: str) -> str:
    """ "with seven games remaining": the participle right after the counted noun says what
    the count is, so the about keeps it."""
    if q.noun is None or q.noun + 1 >= sent.end or not about:
        return about
    late = _late_participle(doc, sent, doc[q.noun])
    if late and late.split()[-1].lower() not in about.lower():
        return f"{about} {late}"
    part = doc[q.noun + 1]
    if part.tag_ not in {"VBG", "VBN"} or not part.is_alpha or part.lower_ in about.lower():
        return about
    if any(c.dep_ in {"dobj", "nsubj", "nsubjpass"} for c in part.children):
        return about  # a clause of its own: "five people said ..."
    noun = doc[q.noun].text
    at = about.find(noun)
    if at < 0:
        return f"{about} {part.text}"
    cut = at + len(noun)
    return f"{about[:cut]} {part.text}{about[cut:]}"


def _late_participle(doc: Doc, sent: Span, noun: Token) -> str | None:
    """ "16 men, described by the group as enemies, being shot in a desert": a participle
    after a comma-set description of the counted noun says what happened to the count."""
    parts = [c for c in noun.rights if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"}]
    if noun.dep_ == "dobj":  # the parser may hang the second participle on the verb
        parts += [c for c in noun.head.rights if c.dep_ == "advcl" and c.i > noun.i
                  and c.tag_ in {"VBG", "VBN"}]
    if len(parts) < 2 or doc[noun.i + 1].text != "," or parts[0].i != noun.i + 2:
        return None
    last = parts[1]
    first = last.left_edge.i
    if doc[first - 1].text != "," or parts[0].right_edge.i >= first:
        return None
    stop = min(last.right_edge.i + 1, last.i + 5, sent.end)
    words = []
    for t in doc[first:stop]:
        if t.is_punct or t.dep_ in {"cc", "mark"}:
            break
        words.append(t.text)
    return " ".join(words) or None
