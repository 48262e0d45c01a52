"""Office descriptions bound to a named person: "Israel's prime minister has apologised ..."
then "Benjamin Netanyahu also agreed ..."; "the London mayor" beside "Ken Livingstone".

A description names a unique office when its head is a singular title noun owned by a named
body or place ("the EU's monetary affairs commissioner", "the London mayor", "the Mayor of
London"); a bare "the mayor" only adds a mention to a person already bound to the office.
It binds to a person without a role when that person is the only one named in the same,
previous or next sentence, or is the subject of the next sentence.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_mentions import quoted_regions
from generator.extract.actor_words import KIN_INVERSE, TITLE_NOUNS
from generator.extract.doc_text import doc_text

_KIN = frozenset(k for k, _ in KIN_INVERSE)
_OWNERS = ("GPE", "ORG", "NORP", "LOC")
_POSSESSIVE = frozenset({"'s", "\u2019s"})
_SUBJECT = ("nsubj", "nsubjpass")


def _owned(tok: Token) -> int | None:
    """Start of "Israel's prime minister" / "the London mayor" / "the Mayor of London"
    around the title ``tok``, or None when the description is not an office."""
    doc = tok.doc
    i = tok.i - 1
    while i >= tok.sent.start and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].text[:1].islower():
        i -= 1  # "monetary affairs", "prime"
    if i >= tok.sent.start and doc[i].text in _POSSESSIVE and doc[i - 1].ent_type_ in _OWNERS:
        j = i - 1
        while j > tok.sent.start and doc[j - 1].ent_type_ == doc[i - 1].ent_type_:
            j -= 1
        return j - 1 if j > tok.sent.start and doc[j - 1].lower_ == "the" else j
    owner = i >= tok.sent.start and doc[i].ent_iob_ == "B" and doc[i].pos_ == "PROPN"
    if owner and i > tok.sent.start and doc[i - 1].lower_ == "the":
        return i - 1  # "the London mayor"
    if i >= tok.sent.start and doc[i].lower_ == "the":
        nxt = doc[tok.i + 1 : tok.i + 3]
        if len(nxt) == 2 and nxt[0].lower_ == "of" and nxt[1].ent_type_ in _OWNERS:
            return i  # "the Mayor of London"
        if i == tok.i - 1:
            return i  # "the mayor"
    return None


def _office(tok: Token) -> Span | None:
    """The description around a singular title noun that names an office, or None."""
    if tok.tag_ not in ("NN", "NNP") or bare_title(tok) is None or tok.ent_type_ == "PERSON":
        return None
    body = tok.text == "Executive" and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "chief")
    if body or (tok.ent_type_ == "ORG" and tok.text[:1].isupper()):
        return None  # "the Scottish Executive": a body, not an office
    if tok.dep_ not in ("nsubj", "nsubjpass", "appos", "poss"):
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    named = nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN"
    if nxt is not None and (nxt.ent_type_ == "PERSON" or named):
        return None  # a title before a name
    start = _owned(tok)
    if start is None:
        return None
    end = tok.i + 1
    if nxt is not None and nxt.lower_ == "of" and tok.i + 2 < len(doc):
        k = tok.i + 2
        while k < len(doc) and doc[k].ent_type_ in _OWNERS and doc[k].ent_iob_ != "O":
            k += 1
            if k < len(doc) and doc[k].ent_iob_ == "B":
                break
        end = max(end, k)
    if doc[start].lower_ == "the":
        start += 1
    return doc[start:end]


def _acts(doc: Doc, s: int, e: int) -> bool:
    """The name at chars ``s:e`` is a subject or stands in apposition (not "searching for X")."""
    toks = doc.char_span(s, e, alignment_mode="expand")
    return toks is not None and toks.root.dep_ in (*_SUBJECT, "appos")


def bare_title(tok: Token) -> str | None:
    """The lowercase title word, kin words excluded."""
    word = tok.lower_
    return word if word in TITLE_NOUNS and word not in _KIN else None


def _sentence_of(sents: list[Span], i: int) -> int:
    return next(k for k, s in enumerate(sents) if s.start <= i < s.end)


def offices(
    doc: Doc, people: dict[int, list[tuple[int, int]]], unroled: set[int]
) -> dict[int, list[tuple[str, tuple[int, int]]]]:
    """For people without a role (by index): the office descriptions that refer to them,
    as (role text, span); ``people`` maps every named person's index to its mention spans."""
    sents = list(doc.sents)
    quoted = [(a, b) for a, b, _ in quoted_regions(doc_text(doc))]
    out: dict[int, list[tuple[str, tuple[int, int]]]] = {}
    for tok in doc:
        desc = _office(tok)
        if desc is None:
            continue
        here = _sentence_of(sents, tok.i)
        lo = sents[max(0, here - 1)].start_char
        hi = sents[min(len(sents) - 1, here + 1)].end_char
        near: set[int] = set()
        agents: set[int] = set()
        sent = sents[here]
        for idx, spans in people.items():
            for s, e in spans:
                inside = desc.start_char <= s < desc.end_char
                said = any(a <= s < b for a, b in quoted)  # named in a quotation: not the one
                # named in the description's own sentence: "The party's leader argued that
                # Ferguson's leave …" is not Ferguson
                other = sent.start_char <= s < sent.end_char and tok.dep_ != "appos"
                if lo <= s < hi and not inside and not said and not other:
                    near.add(idx)
                    if _acts(doc, s, e):
                        agents.add(idx)
        if len(near) == 1:
            pick = next(iter(near)) if agents else None  # "searching for Ferguson": not him
        else:
            pick = _next_subject(doc, sents, here, people)
        if pick is None or pick not in unroled or (near and pick not in near):
            continue
        bare = len(desc) == 1
        if bare and not any(r.lower().endswith(tok.lower_) for r, _ in out.get(pick, [])):
            continue  # a bare "the judge" only repeats an office the person already holds
        out.setdefault(pick, []).append((desc.text, (desc.start_char, desc.end_char)))
    return out


def _next_subject(
    doc: Doc, sents: list[Span], here: int, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """The person named as the subject of the sentence after ``here``."""
    if here + 1 >= len(sents):
        return None
    nxt = sents[here + 1]
    for idx, spans in people.items():
        for s, e in spans:
            if nxt.start_char <= s < nxt.end_char:
                toks = doc.char_span(s, e, alignment_mode="expand")
                if toks is not None and toks.root.dep_ in _SUBJECT and toks.root.head == nxt.root:
                    return idx
    return None
