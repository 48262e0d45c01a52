"""Who owns a quote that has no speech verb of its own: the subject of the clause that holds
it, the owner of a claim, the subject of an aside, a paragraph ending in a colon, a dash
signature. Each returns an actor's name or None."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.quote_marks import Region
from generator.extract.quote_words import CLAIM_NOUNS
from generator.extract.speakers import Speakers

DASH_SIGNATURE = re.compile(r"\s*[\u2015\u2014\u2013-]+\s*")
MARKS = "\"'\u2018\u2019\u201c\u201d"
DASH_BEFORE = re.compile(r"(?:--|[\u2014\u2013])\s*$")
DASH_AFTER = re.compile(r"\s*(?:--|[\u2014\u2013])")


def clause_subject(speakers: Speakers, span: Span) -> str | None:
    """The person named as the subject of the verb whose clause holds the quote."""
    inside = range(span.start, span.end)
    root = next((t for t in span if t.head.i not in inside or t.head is t), None)
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None) if root else None
    if verb is None or verb.i in inside:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or speakers.inside_quote(subj.idx):
        return None
    name = speakers.name_of(subj) if subj.pos_ in ("PROPN", "PRON") else None
    actor = speakers.actor_named(name) if name else None
    return name if actor is not None and actor.kind == "person" else None


def introduced_by(speakers: Speakers, start: int, end: int) -> str | None:
    """The one person named in a sentence that ends in a colon and introduces the next
    paragraph's quotation."""
    text = speakers.text
    if not text[start:end].rstrip().endswith(":"):
        return None
    people = {
        a.name
        for s, _e, a in speakers.mentions
        if start <= s < end and a.kind == "person" and not speakers.inside_quote(s)
    }
    return people.pop() if len(people) == 1 else None


def aside_subject(speakers: Speakers, span: Span, cue: Token) -> str | None:
    """The person subject of an adverbial clause holding the quote, when that clause is not
    the cue's own speech: "as Ruiz went on about “…”, Diaz said yes" gives Ruiz."""
    inside = range(span.start, span.end)
    root = next((t for t in span if t.head.i not in inside or t.head is t), None)
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None) if root else None
    if verb is None or verb.i in inside or verb.dep_ != "advcl" or speakers.is_cue(verb):
        return None
    if verb.head.i != cue.i:
        return None
    return clause_subject(speakers, span)


def claim_owner(speakers: Speakers, span: Span) -> str | None:
    """The owner of a claim the quote belongs to: "Ruiz's claim that there were “…”"."""
    inside = range(span.start, span.end)
    root = next((t for t in span if t.head.i not in inside or t.head is t), None)
    for anc in root.ancestors if root is not None else []:
        if anc.i in inside or anc.pos_ not in ("NOUN", "VERB", "AUX", "ADP", "SCONJ"):
            return None
        if anc.pos_ == "NOUN":
            if anc.lemma_.lower() not in CLAIM_NOUNS:
                return None
            owner = next((c for c in anc.children if c.dep_ == "poss"), None)
            return speakers.name_of(owner) if owner is not None else None
    return None


def dash_speaker(speakers: Speakers, r: Region, para: tuple[int, int]) -> str | None:
    """The name after a dash that signs a quote: “…” ― Ana Ruiz."""
    m = DASH_SIGNATURE.match(speakers.text, r.end + 1, para[1])
    if m is None:
        return None
    span = speakers.doc.char_span(m.end(), para[1], alignment_mode="expand")
    names: list[Token] = []
    for tok in span or []:
        if tok.pos_ != "PROPN" and not (names and tok.text in ".-"):
            break
        names.append(tok)
    names = [t for t in names if t.pos_ == "PROPN"]
    return speakers.name_of(names[-1]) if names else None


def dash_aside(speakers: Speakers, r: Region) -> str | None:
    """A quote set off by dashes inside a sentence is the words of the person named right
    before it ("… including Ana Ruiz -- “…” -- and …"), else of the sentence's subject
    ("Ruiz took it as praise -- “…” -- and …")."""
    text, doc = speakers.text, speakers.doc
    opening, closing = r.start, r.end
    while opening > 0 and text[opening - 1] in MARKS:
        opening -= 1
    while closing < len(text) and text[closing] in MARKS:
        closing += 1
    before = DASH_BEFORE.search(text, max(0, opening - 8), opening)
    if before is None or not DASH_AFTER.match(text, closing):
        return None
    dash = before.start()
    prior = doc.char_span(max(0, dash - 60), dash, alignment_mode="expand")
    last = [t for t in prior or [] if not t.is_space]
    if last:
        actor = speakers.actor_at(last[-1].idx, last[-1].idx + len(last[-1].text))
        if actor is not None and actor.kind == "person":
            return actor.name
    first = doc.char_span(r.start, r.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    sent = first[0].sent
    for tok in sent:
        if tok.idx >= dash:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and not speakers.inside_quote(tok.idx):
            actor = speakers.actor_at(tok.idx, tok.idx + len(tok.text))
            return actor.name if actor is not None and actor.kind == "person" else None
    return None
