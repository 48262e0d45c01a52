"""Chants and slogans: short quotes a crowd shouts, chants or holds up on a sign.

A quoted region is a chant when the words right before its opening mark introduce one
("crowds chanting “…”", "shouted, “…”", "slogans including “…”", "signs reading “…”",
"chants of “…”"), when a chant verb follows it directly ("“…!” the crowd chanted"), or when it
continues a list of chants ("“A!” and “B!”"). A chant is a quote whatever its length or case.
Its speaker is the group that chants: the verb's subject when that is a group noun, else the
nearest group noun before the cue in the sentence ("scenes of crowds … chanting").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import GROUP_NOUNS as ACTOR_GROUPS
from generator.extract.quote_marks import Region
from generator.extract.quote_words import GROUP_NOUNS

# verbs whose object is a chant (lower-case forms as written: "Yelling" is a surname)
_VERBS = r"chant(?:s|ed|ing)?|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?|scream(?:s|ed|ing)?"
_VERBS += r"|cr(?:y|ies|ied|ying)|roar(?:s|ed|ing)?|bellow(?:s|ed|ing)?"
_VERBS = rf"(?-i:{_VERBS})"
# nouns for what a crowd chants ("chants of", "slogans including") or carries ("signs reading")
_CHANTS = r"slogans?|chants?|cries|cry|shouts?|refrains?|roars?"
_CARRIERS = r"signs?|banners?|placards?|posters?|t-shirts?|shirts?"
_LIST = r"including|such as|like|saying"
_READ = r"reading|that read|which read|saying|with the words|bearing the words"
_DESC = r"(?:[\w-]+\s+){0,2}"  # "anti-American slogans", "hand-written signs"
BEFORE = re.compile(
    rf"(?:\b(?:{_VERBS})(?:\s+(?:out|back))?"
    rf"|\b{_DESC}(?:{_CHANTS})\s+(?:{_LIST}|of)"
    rf"|\b{_DESC}(?:{_CARRIERS})\s+(?:{_READ}))[\s,:]*$",
    re.I,
)
_NOUNS = rf"{_CHANTS}|{_CARRIERS}"
NOUN_ONLY = re.compile(rf"\b(?:{_CHANTS})\s*:\s*$", re.I)  # "Their slogan: “…”"
LIST_GAP = re.compile(r"^\s*(?:[,;]|,?\s*(?:and|or|as well as|then))\s*$", re.I)
AFTER = re.compile(
    rf"^[\s,!?.]*(?:(?:the|some|many|other)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_VERBS})\b", re.I
)
MAX_WORDS = 12  # a chant is short: longer quotes are speech and go the usual way


def chant_regions(text: str, found: list[Region]) -> set[int]:
    """Indices into ``found`` of the regions that are chants."""
    out: set[int] = set()
    for i, r in enumerate(found):
        if r.single or len(text[r.start : r.end].split()) > MAX_WORDS:
            continue
        line_start = text.rfind("\n", 0, r.start) + 1
        before = text[max(line_start, r.start - 80) : r.start - 1]
        after = text[r.end + 1 : r.end + 40].split("\n", 1)[0]
        prev = found[i - 1] if i else None
        listed = (
            prev is not None
            and (i - 1) in out
            and prev.end < r.start
            and LIST_GAP.match(text[prev.end + 1 : r.start - 1]) is not None
        )
        if listed or BEFORE.search(before) or NOUN_ONLY.search(before) or AFTER.match(after):
            out.add(i)
    return out


def chant_cue(doc: Doc, r: Region) -> Token | None:
    """The chant verb or noun that introduces the region, in its sentence."""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    pattern = re.compile(rf"^(?:{_VERBS}|(?i:{_NOUNS}))$")
    before = [t for t in sent if t.i < span.start and pattern.match(t.text)]
    if before:
        return before[-1]
    after = [t for t in doc[span.end : span.end + 6] if pattern.match(t.text)]
    return after[0] if after else None  # “Shame!” the crowd shouted


def group_speaker(cue: Token) -> Token | None:
    """The group that chants: the cue's subject if a group noun, else the nearest group noun
    before it in the sentence, else one right after it ("chanted the protesters")."""
    verb = cue
    if cue.pos_ == "NOUN" and cue.head.pos_ in ("VERB", "AUX"):
        verb = cue.head  # protesters held signs reading …; crowds chanted slogans …
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and is_group(subj):
        return subj
    sent: Span = cue.sent
    for tok in reversed(list(sent[: cue.i - sent.start])):
        if is_group(tok):
            return tok
    for tok in sent[cue.i - sent.start + 1 :]:
        if is_group(tok):
            return tok
        if tok.is_quote:
            break
    return None


def is_group(tok: Token) -> bool:
    """A noun for a group that can chant: "crowds", "protesters"."""
    words = (tok.lower_, tok.lemma_.lower())
    return any(w in GROUP_NOUNS or w in ACTOR_GROUPS for w in words)


def previous_group(sent: Span) -> Token | None:
    """The last plural group noun of a sentence, for a "they" that chants in the next one."""
    found = [t for t in sent if is_group(t) and t.tag_ == "NNS"]
    return found[-1] if found else None
