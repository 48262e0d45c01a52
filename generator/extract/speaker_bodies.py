"""Speakers described rather than named, resolved against the article: a body's spokesman,
"the commission" for the body whose name holds the word, "the ministry" after "the Greek
finance ministry", a surname two people share, an age ("the 51-year-old"), and the name
right beside a speech verb when the parse gives none. ``sp`` is the article's ``Speakers``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from generator.extract.speaker_cues import listener
from generator.extract.speaker_nouns import person_noun
from generator.extract.speaker_pronouns import HE, SHE, sentence_start
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers


def spokesperson_for(sp: Speakers, head: Token) -> str | None:
    """ "a spokesman for Acme said", "an Acme spokesman said", or a bare "a spokesman
    said" right after Acme is named: the body speaks through its spokesperson."""
    if not (head.lower_.startswith("spokes") or head.lower_ == "representative"):
        return None  # "a NY1 representative said" speaks for NY1 as a spokesman does
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    body = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    body = body or next(
        (c for c in head.lefts if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None
    )
    if body is None and prep is None:
        named = _named_before(head)
        if named is not None:
            actor = sp.actor_named(named)
            return actor.name if actor is not None else named
    if body is None:
        if prep is not None or any(c.dep_ in ("compound", "amod") for c in head.lefts):
            return None  # "a campaign spokesman", "a spokesman for the family"
        if any(c.lower_ == "the" for c in head.lefts):
            earlier = _earlier_spokesperson(sp, head)
            if earlier is not None:
                return earlier  # "A spokesman for Acme said …" … "the spokesman said": Acme
        floor = sentence_start(sp.doc, head.idx, back=1)
        named = [
            a for s, _e, a in sp.mentions
            if floor <= s < head.idx and a.kind == "organization" and not sp.inside_quote(s)
        ]
        return named[-1].name if named else None
    if body.pos_ != "PROPN" or sp.inside_quote(body.idx):
        return None
    actor = sp.actor_at(body.idx, body.idx + len(body.text))
    return actor.name if actor is not None else sp.phrase(body).text

def _earlier_spokesperson(sp: Speakers, head: Token) -> str | None:
    """The body of the last spokesperson named with one ("a spokesman for Acme", "an Acme
    spokesman") not long before: what "the spokesman" refers back to."""
    for tok in reversed(sp.doc[: head.i]):
        if tok.idx < head.idx - 1500:
            break
        if not tok.lower_.startswith("spokes") or sp.inside_quote(tok.idx):
            continue
        owned = any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or any(
            c.dep_ in ("compound", "poss", "nmod") and c.pos_ == "PROPN" for c in tok.lefts
        )
        if owned:
            return spokesperson_for(sp, tok)
        if not any(c.lower_ == "the" for c in tok.lefts):
            return None  # "a spokesman said": someone new
    return None


def _named_before(head: Token) -> str | None:
    """A body's name in several words before the noun: "a Department for Energy, Water and
    Housing spokeswoman" (the parse hangs the name's parts on the noun as ``nmod``)."""
    first = next((c for c in head.lefts if c.dep_ == "nmod" and c.pos_ == "PROPN"), None)
    if first is None:
        return None
    start = first.left_edge.i
    while start < first.i and head.doc[start].dep_ == "det":
        start += 1
    words = head.doc[start : head.i]
    if not all(t.pos_ in ("PROPN", "ADP", "CCONJ", "PUNCT", "DET") for t in words):
        return None
    return words.text.strip(" ,") if words[-1].pos_ == "PROPN" else None


def org_by_word(sp: Speakers, head: Token) -> str | None:
    """ "the commission" for the European Commission named before: the last organisation
    whose name holds the noun."""
    word = head.lemma_.lower()
    for s, _e, actor in reversed(sp.mentions):
        if s >= head.idx or actor.kind != "organization" or sp.inside_quote(s):
            continue
        if word in actor.name.lower().split():
            return actor.name
    return None

def described_before(sp: Speakers, head: Token) -> str | None:
    """ "the ministry" after "the Greek finance ministry": that fuller description, when
    no organisation is named between the two."""
    named = [s for s, _e, a in sp.mentions if a.kind == "organization" and s < head.idx]
    for tok in reversed(sp.doc[: head.i]):
        if named and tok.idx < named[-1]:
            return None
        if tok.lemma_.lower() != head.lemma_.lower() or sp.inside_quote(tok.idx):
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
        if any(c.text[:1].isupper() for c in mods) and not any(
            c.dep_ == "poss" for c in tok.lefts
        ):
            named_by = tok.head if tok.dep_ == "appos" else None  # "BP, the oil company"
            actor = sp.actor_at(named_by.idx, named_by.idx + 1) if named_by else None
            return actor.name if actor is not None else sp.phrase(tok).text
    return None


def same_surname(sp: Speakers, head: Token) -> Actor | None:
    """For a bare surname that two persons share (Ana Ruiz, Tom Ruiz): the one named in
    full in the same sentence, else the one last named in full before it."""
    if head.pos_ != "PROPN" or any(t.dep_ in ("compound", "flat") for t in head.lefts):
        return None
    kin = [a for a in sp.actors if a.kind == "person" and a.name.split()[-1] == head.text]
    if len(kin) < 2:
        return None
    full = {a.name: a for a in kin}
    sent = head.sent
    in_sent = [
        a
        for s, e, a in sp.mentions
        if a.name in full and sent.start_char <= s < sent.end_char and " " in sp.text[s:e]
    ]
    if in_sent:
        return in_sent[0]
    counts = sorted(kin, key=lambda a: -a.mentions)
    if counts[0].mentions >= 3 * max(counts[1].mentions, 1):
        return counts[0]  # the Cruz the article is about, not a relative named once
    before = [
        (s, a)
        for s, e, a in sp.mentions
        if a.name in full and s < head.idx and " " in sp.text[s:e].strip()
    ]
    return max(before, key=lambda m: m[0])[1] if before else None


_AGED = re.compile(r"\b(\d{1,3})-year-old\b")


def of_age(sp: Speakers, words: Span) -> str | None:
    """ "the 34-year-old said": the one person the text gives that age ("Ana Ruiz, 34," or
    "34-year-old Ana Ruiz")."""
    m = _AGED.search(words.text)
    if m is None:
        return None
    age, text = m.group(1), sp.text
    after = re.compile(rf",\s*{age}\b")
    before = re.compile(rf"\b{age}-year-old\s+(?:\w+\s+)?$")
    found = {
        actor.name
        for s, e, actor in sp.mentions
        if actor.kind == "person"
        and s < words.start_char
        and (after.match(text, e) or before.search(text[max(0, s - 30) : s]))
    }
    return found.pop() if len(found) == 1 else None


def adjacent_subject(sp: Speakers, cue: Token) -> Token | None:
    """A name or pronoun right before the cue ("…,” Chief Ana Ruiz said") or, when
    the cue follows a quote directly, right after it ("…,” said Tom Hale)."""
    doc = sp.doc
    i = cue.i - 1
    skip = ("advmod", "aux", "neg")
    while i >= cue.sent.start and doc[i].dep_ in skip and not doc[i].is_punct:
        i -= 1
    left = doc[i] if i >= 0 else None
    if left is not None and left.text == ",":  # Ruiz, a city official, said
        comma = next((t for t in reversed(doc[max(0, i - 12) : i]) if t.text == ","), None)
        if comma is not None and comma.i > 0 and namelike(doc[comma.i - 1]):
            left = doc[comma.i - 1]
    if left is not None and not sp.inside_quote(left.idx) and namelike(left):
        return left
    if listener(cue):
        return None  # "told the BBC News website": the one spoken to
    if left is None or left.is_punct or left.is_quote or sp.inside_quote(left.idx):
        run = doc[cue.i + 1 : min(len(doc), cue.i + 8)]
        cut = next((t.i for t in run if t.tag_ == "WRB" or t.dep_ == "mark"), None)
        run = doc[cue.i + 1 : cut] if cut is not None else run  # said when Ruiz asked: not Ruiz
        first = run[0] if len(run) else None
        tagged = first is not None and first.is_title and first.pos_ in ("ADV", "ADJ", "NOUN")
        if tagged and sp.actor_named(first.text) is not None:
            return first  # "said Skelly," with the surname parsed as an adverb
        person = _person_after(sp, run)
        if person is not None:
            return person  # said England coach Ana Ruiz: Ruiz, not England
        for tok in run:
            if tok.is_punct or sp.inside_quote(tok.idx):
                break
            if namelike(tok) and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN"
            ):
                return _owned_person(tok) or tok
    return None

def _owned_person(tok: Token) -> Token | None:
    """The person noun a name modifies: "added the Acme defender" → defender (not Acme)."""
    head = tok.head
    if tok.dep_ != "compound" or head.i != tok.i + 1 or head.pos_ != "NOUN":
        return None
    return head if person_noun(head) else None


def _person_after(sp: Speakers, run: Span) -> Token | None:
    """The last word of the first person's name in the words after a cue, before any
    punctuation or quote ("said England sevens coach Ana Ruiz")."""
    for tok in run:
        if tok.pos_ == "CCONJ" and _owner_ahead(tok):
            continue  # "added Ernst and Young's Ana Ruiz"
        if tok.text == "-" and not tok.whitespace_ and tok.i and not tok.nbor(-1).whitespace_:
            continue  # "mused Acme co-host Ana Ruiz": a hyphen inside a word
        if tok.is_punct or sp.inside_quote(tok.idx) or tok.pos_ in ("ADP", "CCONJ"):
            return None
        if tok.pos_ != "PROPN":
            continue
        if tok.ent_type_ == "PERSON":
            nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
            if nxt is None or nxt.ent_type_ != "PERSON" or nxt.ent_iob_ == "B":
                return tok
        actor = _person_at(sp, tok)
        if actor is not None and (tok.i + 1 >= len(tok.doc) or _person_at(sp, tok.nbor()) != actor):
            return tok  # a person the tagger read as a body ("union official Ulf Carlsson")
    return None


def _owner_ahead(tok: Token) -> bool:
    """An "and" inside a body's name that owns what follows ("Ernst and Young's")."""
    after = tok.doc[tok.i + 1 : tok.i + 4]
    for t in after:
        if t.tag_ == "POS":
            return True
        if t.pos_ != "PROPN":
            return False
    return False


def _person_at(sp: Speakers, tok: Token) -> Actor | None:
    actor = sp.actor_at(tok.idx, tok.idx + len(tok.text))
    return actor if actor is not None and actor.kind == "person" else None


def namelike(tok: Token) -> bool:
    if tok.ent_type_ in ("DATE", "TIME"):
        return False
    return tok.pos_ == "PROPN" or tok.lower_ in HE | SHE | {"it", "they", "we"}
