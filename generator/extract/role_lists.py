"""Roles handed out over lists of names: a plural title before the list ("Sens. Jon Tester
and David Vitter", "sprinters A and B"), coordinated titles paired in order with coordinated
names ("his son and daughter, Tom and Ana Hale")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import DESCRIPTOR_NOUNS, PLURAL_TITLES
from generator.extract.role_titles import example_of, pre_title
from generator.extract.role_words import (
    COUNT_WORDS,
    SINGULAR,
    bare,
    is_title,
    para_end,
    para_start,
    title_or_plural,
)

_JOINERS = frozenset({",", "and", "&"})


def _name_chain(doc: Doc, name: Span) -> tuple[list[Span], int] | None:
    """The coordinated names around ``name`` ("Tom and Ana Hale", "A, B and C") and where
    the chain starts (the token after its opening comma)."""
    lo, hi = para_start(doc, name.start), para_end(doc, name.start)
    ents = [e for e in doc.ents if e.label_ == "PERSON" and lo <= e.start and e.end <= hi]
    at = next((k for k, e in enumerate(ents) if e.start <= name.start < e.end), None)
    if at is None:
        return None
    first = last = at
    while first > 0 and _joined(doc, ents[first - 1].end, ents[first].start):
        first -= 1
    while last + 1 < len(ents) and _joined(doc, ents[last].end, ents[last + 1].start):
        last += 1
    return ents[first : last + 1], at - first


def _joined(doc: Doc, a: int, b: int) -> bool:
    """Only "and" or a comma (", and") stands between tokens ``a`` and ``b``."""
    gap = doc[a:b]
    return 1 <= len(gap) <= 2 and all(t.lower_ in _JOINERS for t in gap)


def paired_title(doc: Doc, name: Span) -> str | None:
    """ "his son and daughter, Tom and Ana Hale": as many coordinated title nouns before a
    comma as there are coordinated names after it; each name takes the title in its place."""
    found = _name_chain(doc, name)
    if found is None:
        return None
    chain, place = found
    comma = chain[0].start - 1
    if len(chain) < 2 or comma < 1 or doc[comma].text != ",":
        return None
    titles: list[tuple[int, int]] = []  # (start, end) of each title, last first
    i, floor = comma - 1, para_start(doc, comma)
    while i >= floor and is_title(doc[i]) and doc[i].is_lower and doc[i].tag_ == "NN":
        end = i + 1
        while i - 1 >= floor and doc[i - 1].pos_ == "ADJ" and doc[i - 1].is_lower:
            i -= 1  # "youngest daughter"
        titles.append((i, end))
        if i - 1 < floor or doc[i - 1].lower_ not in _JOINERS:
            break
        i -= 2
    if len(titles) != len(chain) or len(titles) < 2:
        return None
    s, e = titles[::-1][place]
    return doc[s:e].text


_PLAIN_PEOPLE = frozenset({"man", "woman", "person", "people", "child", "boy", "girl", "guy"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _counted_plural(doc: Doc, name: Span) -> str | None:
    """ "Two neighbours, Rosa Klein and Martin Doyle,": a counted plural noun set before a
    list of exactly as many names gives each of them its singular."""
    before = doc[name.start - 1].lower_ if name.start else ""
    after = doc[name.end].lower_ if name.end < len(doc) else ""
    if before not in _JOINERS and after not in _JOINERS:
        return None  # no list of names around it
    found = _name_chain(doc, name)
    if found is None or len(found[0]) < 2:
        return None
    chain = found[0]
    comma = chain[0].start - 1
    if comma < 2 or doc[comma].text != "," or chain[-1].end >= len(doc):
        return None
    noun, after = doc[comma - 1], doc[chain[-1].end]
    if noun.tag_ != "NNS" or not noun.is_lower or after.text not in (",", ".", ";", ":"):
        return None
    nums = [c for c in noun.children if c.dep_ == "nummod"]
    if [_COUNTS.get(c.lower_) for c in nums] != [len(chain)] or noun.lemma_ in _PLAIN_PEOPLE:
        return None
    start = noun.left_edge.i
    while start < nums[0].i and doc[start].lower_ in ("the", "these", "those", "its"):
        start += 1
    owner = doc[start : nums[0].i].text  # "Mr Hale's two sons" -> "Mr Hale's son"
    mods = doc[nums[0].i + 1 : noun.i].text  # "two Ohio builders" -> "Ohio builder"
    return " ".join(w for w in (owner, mods, noun.lemma_) if w)


def shared_title(doc: Doc, name: Span) -> str | None:
    """A plural title before a list of names: "Sens. Ann Porter (D-Ore.) and Carl Weston"."""
    counted = _counted_plural(doc, name)
    if counted:
        return counted
    i = name.start - 1
    while i >= para_start(doc, name.start):
        t = doc[i]
        plural = t.tag_ == "NNS" and title_or_plural(t) and i < name.start - 1
        described = _plural_descriptor(doc, i)
        if described and doc[i + 1].ent_type_ == "PERSON":
            return described  # "bluegrass stars Ana Ruiz and Tom Hale"
        if plural or bare(t.text) in PLURAL_TITLES:
            first = i + 1  # "sprinters Kostas Kenteris and Katerina Thanou": the first name's
            while first < name.start and not _name_start(doc[first]):
                first += 1
            whole = pre_title(doc, doc[first : first + 1]) if first < name.start else None
            if bare(t.text) in PLURAL_TITLES and (whole is None or " " not in whole):
                return SINGULAR.get(bare(t.text), t.text)  # "Sens. Porter and Weston"
            return whole  # "former prime ministers Helen Marsh and Owen Price"
        if t.text == "." and i > 0 and not doc[i - 1].whitespace_ and is_title(doc[i - 1]):
            i -= 1  # "Sens" "." tokenised apart
            continue
        if t.text in (".", ";", ":", "!", "?"):
            return None
        if t.lower_ == "as" and i > 1 and doc[i - 1].lower_ == "such":
            return example_of(doc, i - 2)  # "choreographers such as Ana Ruiz and Tom Hale"
        if t.lower_ == "of" and i > 1 and doc[i - 1].lower_ in _GROUPS:
            low = doc[i - 2]  # "midfield pair of Ana Ruiz and Tom Hale"
            lone = low.is_lower and low.pos_ in ("NOUN", "ADJ") and low.lower_ not in COUNT_WORDS
            return f"{low.text} {doc[i - 1].text}" if lone else None
        if t.lower_ in _TEAMS and doc[i + 1].text[:1].isupper():
            return _team_title(doc, i)  # "economist team Jim and Ana Hale"
        if t.is_punct or t.lower_ == "and" or t.text[:1].isupper():
            i -= 1
            continue
        return None
    return None


_GROUPS = frozenset({"pair", "duo", "trio"})


_TEAMS = frozenset({"team", "duo", "pair", "couple", "trio"})


def _team_title(doc: Doc, i: int) -> str | None:
    """The lowercase words before a group noun at ``i`` when they hold a title: "husband and
    wife economist team" → "husband and wife economist"."""
    s = i
    while s - 1 >= para_start(doc, i) and (
        (doc[s - 1].is_lower and doc[s - 1].pos_ in ("NOUN", "ADJ", "PROPN"))
        or doc[s - 1].lower_ in ("and", "-")
    ):
        s -= 1
    while s < i and doc[s].lower_ in ("and", "-"):
        s += 1
    if not any(is_title(t) for t in doc[s:i]):
        return None
    return doc[s:i].text


def _name_start(tok: Token) -> bool:
    """The first word of a listed name, tagged as a person or (misread) a capitalised name
    word: "tycoons JP Hale and Tom Ruddy" with "JP Hale" read as a body."""
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and tok.text[:1].isupper())


def _plural_descriptor(doc: Doc, i: int) -> str | None:
    """ "bluegrass stars": a plural describing noun with a lowercase modifier before it."""
    t = doc[i]
    if t.tag_ != "NNS" or not t.is_lower or t.lower_[:-1] not in DESCRIPTOR_NOUNS or i < 1:
        return None
    prev = doc[i - 1]
    if not prev.is_lower or (prev.pos_ not in ("ADJ", "NOUN") and prev.dep_ != "amod"):
        return None  # "bluegrass" in "bluegrass stars" can be misread as a verb
    return f"{prev.text} {t.text}"
