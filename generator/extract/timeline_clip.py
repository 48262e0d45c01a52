"""What bounds a timeline event: limit prepositions, quotations and run-in captions.

``bounded_by_limit`` tells a date that only bounds an event ("before Friday's announcement",
"by Friday", "until 2008") from one that dates it. ``quote_clip`` keeps an event from starting
in the middle of a quotation: a date outside the quote trims the event to the text after it;
a date inside one gives the attribution and the dated clause ("Trump said: “...”").
``photo_date`` and ``repeat_extent`` handle Daily Mail captions run into the story text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.dates import Timex
from generator.extract.timeline_context import (
    DEFERRAL_VERBS,
    SAY_VERBS,
    enclosing_quote,
    qualified_noun,
)

LIMIT_PREPS = {"before", "until", "till", "by"}
# "ahead of", "prior to", "in the run-up to": the second word is the preposition.
LIMIT_PAIRS = {("ahead", "of"), ("prior", "to"), ("up", "to")}
# "They have until Friday to file": a deadline, an event on that day.
_GIVEN_TIME = frozenset({"have", "give"})
_NOUN_LINKS = {"pobj", "poss", "compound", "npadvmod", "nmod", "amod", "nummod", "prep",
               "appos", "det", "case", "quantmod", "advmod"}  # fmt: skip
# Prepositions inside a bounded noun phrase: "before the end of Friday", "the deadline at noon".
_INNER_PREPS = {"of", "at"}


def _limit_word(prep: Token) -> bool:
    if prep.dep_ == "agent":
        return False  # "hit by Friday's storm": the storm is the event
    if prep.lower_ in LIMIT_PREPS:
        return True
    return (prep.head.lower_, prep.lower_) in LIMIT_PAIRS


def bounded_by_limit(span: Span, text: str) -> bool:
    """The date sits in the object of "before", "until", "by", "ahead of" or "prior to".

    "Before Friday's announcement, it said ...", "the deadline at midnight Friday" after
    "before", "had refused until Thursday": the sentence's event is not on that day. A clause
    ("before departing on Friday") dates its own verb, and "postponed until Saturday" moves
    the event to that day: both stay.
    """
    if _dated_event(span):
        return False  # "weeks before the April 19 primary": the primary is on that day
    prep = _limit_before(span)
    if prep is not None:
        verb = _verb_above(prep)
        return not (verb is not None and verb.lemma_.lower() in DEFERRAL_VERBS | _GIVEN_TIME)
    t = span.root
    for _ in range(8):
        h = t.head
        if h.i == t.i or h.pos_ in ("VERB", "AUX") or t.dep_ not in _NOUN_LINKS | {"pobj"}:
            return False
        if h.pos_ == "ADP" and t.dep_ == "pobj":
            if not _limit_word(h):
                if h.lower_ not in _INNER_PREPS:
                    return False  # "on Sunday": the date's own preposition
                t = h
                continue
            verb = _verb_above(h)
            return not (verb is not None and verb.lemma_.lower() in DEFERRAL_VERBS | _GIVEN_TIME)
        t = h
    return False


_EVENT_NOUNS = frozenset(
    {"primary", "primaries", "caucus", "caucuses", "election", "vote", "ballot", "debate"}
    | {"referendum", "contest", "contests", "hearing", "summit", "convention", "runoff"}
)


def _dated_event(span: Span) -> bool:
    """The date names the day of a scheduled contest it qualifies: "Monday's Iowa caucus",
    "the April 19 primary"."""
    noun = qualified_noun(span.doc, span.start_char, span.end_char)
    return noun is not None and noun.lower_ in _EVENT_NOUNS


def contest_tense(span: Span, tense: str | None) -> str | None:
    """The tense that dates a scheduled contest after a limit preposition ("ahead of
    Saturday's caucus"): ahead of the clause unless that clause is told in the past; a
    month-day then takes the year nearest the reference day ("ahead of the June 7 primary")."""
    if not _dated_event(span) or _limit_before(span) is None:
        return tense
    finite = next((a for a in span.root.ancestors if a.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    for verb in (span.sent.root, finite):
        if verb is not None and (
            verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
        ):
            tense = "past"  # "a rift grew in the weeks leading up to Tuesday's vote"
    if tense == "past":
        return None if any(t.like_num for t in span) else tense
    return "future"


def _limit_before(span: Span) -> Token | None:
    """A limit preposition a few words before the date, with no verb or comma between."""
    doc = span.doc
    for i in range(span.start - 1, max(-1, span.start - 7), -1):
        tok = doc[i]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "CCONJ"):
            return None
        pair = (doc[i - 1].lower_, tok.lower_) if i else ("", tok.lower_)
        if tok.lower_ in LIMIT_PREPS or pair in LIMIT_PAIRS:
            if _own_noun_between(doc, i, span) and not tok.is_ancestor(span.root):
                return None  # "declared by news organizations Tuesday night": not its object
            return tok if _limit_word(tok) else None
        if tok.pos_ == "ADP" and tok.lower_ not in _INNER_PREPS:
            return None  # "... and 100,000 on Sunday": the date has its own preposition
    return None


def _own_noun_between(doc: Doc, i: int, span: Span) -> bool:
    """A noun stands between the preposition at ``i`` and the date, outside the date's own
    phrase ("by news organizations Tuesday"), so the date may hang elsewhere."""
    return any(t.pos_ in ("NOUN", "PROPN") and t.head.i not in range(span.start, span.end)
               for t in doc[i + 1 : span.start])


def _verb_above(t: Token) -> Token | None:
    for _ in range(10):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


_PHOTO = re.compile(r"\(?\b(?:pictured|photographed)\b[^,.;:()\"\u201c\u201d]{0,60}$", re.I)


def photo_date(text: str, timex: Timex) -> bool:
    """The date of a photograph in a caption: "King, pictured with Clinton in 2008, ..."."""
    return bool(_PHOTO.search(text[max(0, timex.start - 70) : timex.start]))


_CAP_AFTER_WORD = re.compile(r"(?<=[a-z0-9])\s+(?=[A-Z])")


def repeat_extent(text: str, timex: Timex, span: tuple[int, int]) -> tuple[int, int]:
    """Narrow ``span`` at a caption boundary the text's own repeats reveal.

    Daily Mail pages repeat story sentences as photo captions and lose the full stop where a
    caption runs into the next sentence ("... urinate in the room Kyle's body was found").
    A lower-case word followed by a capitalised one is such a boundary when the six words
    before it stand elsewhere in the text followed by a full stop.
    """
    start, end = span
    for m in _CAP_AFTER_WORD.finditer(text, start, end):
        head = text[start : m.start()].split()
        if len(head) < 6:
            continue
        tail = r"\s+".join(re.escape(w) for w in head[-6:])
        pattern = rf"(?<![\w'\u2019-]){tail}[\"'\u2019\u201d]?[.!?]"
        if not re.search(pattern, text):
            continue
        if start < m.end() <= timex.start:
            start = m.end()
        elif timex.end <= m.start() < end:
            end = m.start()
    return start, end


def quote_clip(
    doc: Doc, timex: Timex, span: tuple[int, int], quotes: list[tuple[int, int]], text: str
) -> tuple[tuple[int, int], str, str]:
    """The event's span so it does not open mid-quote, and the text to wrap it in.

    Returns ``((start, end), prefix, suffix)``: a dated clause of a quotation comes back with
    its attribution and marks as prefix and suffix ("Trump said: “", "”").
    """
    start, end = span
    q = enclosing_quote(quotes, timex.start, timex.end)
    if q is None:
        for qs, qe in quotes:
            if qs < start < qe and qe <= timex.start:
                start = qe + 1  # past the closing mark
        while start < end and (text[start].isspace() or text[start] in ",;:\u2014\u2013-"):
            start += 1
        return (start, end), "", ""
    qs, qe = q
    outside = text[start : max(start, qs - 1)] + " " + text[min(end, qe + 1) : end]
    if start < qs and len(outside.split()) >= 3:
        return (start, end), "", ""  # the sentence carries its own attribution
    if start > qs and len(outside.split()) >= 3 and not _attribution_after(doc, qe, end):
        return (start, end), "\u201c", ""
    said = attribution(doc, q, quotes, text)
    return (max(start, qs), min(end, qe)), f"{said}: \u201c" if said else "\u201c", "\u201d"


def _attribution_after(doc: Doc, qe: int, end: int) -> bool:
    span = doc.char_span(qe, end, alignment_mode="expand")
    return any(t.lemma_.lower() in SAY_VERBS for t in span or [])


_OPEN_MARKS = {"\u201c", "\u2018", '"', "'"}
_STOPS = {".", "!", "?"}
_DROP = {"appos", "acl", "relcl", "punct", "prep", "advcl", "parataxis"}


def attribution(
    doc: Doc, quote: tuple[int, int], quotes: list[tuple[int, int]], text: str
) -> str | None:
    """Speaker and verb ("Trump said") of the speech verb just after the quote or before it."""
    qs, qe = quote
    after = doc.char_span(qe, min(len(text), qe + 200), alignment_mode="expand")
    for tok in list(after or [])[1:16]:
        if tok.text in _STOPS or tok.text in _OPEN_MARKS or tok.text == "\u201c":
            break
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SAY_VERBS:
            return _subject_verb(tok)
    # Quotes chained by spaces ("... community' 'Her career ..."): look before the first.
    for ps, pe in reversed(quotes):
        if pe < qs and not text[pe + 1 : qs - 1].strip():
            qs = ps
    before = doc.char_span(max(0, qs - 200), max(0, qs - 1), alignment_mode="expand")
    for tok in reversed(list(before or [])[-25:]):
        if tok.text in _STOPS or enclosing_quote(quotes, tok.idx, tok.idx + len(tok)):
            break
        if tok.pos_ == "VERB" and tok.lemma_.lower() in SAY_VERBS:
            return _subject_verb(tok)
    return None


def _subject_verb(verb: Token) -> str | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    keep: list[Token] = []

    def walk(t: Token) -> None:
        keep.append(t)
        for c in t.children:
            if c.dep_ not in _DROP:
                walk(c)

    walk(subj)
    words = " ".join(t.text for t in sorted(keep, key=lambda t: t.i))
    words = re.sub(r"\s+(?=['\u2019]s\b)", "", words)
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    heard = f" {told.text}" if told is not None and told.pos_ in ("NOUN", "PROPN", "PRON") else ""
    return f"{words} {verb.text}{heard}"


# Nouns for an act that is over once it is told of: "the shooting in Leeford on Friday".
_DONE_NOUNS = frozenset(
    {"slaying", "killing", "shooting", "murder", "stabbing", "assault", "bombing", "crash",
     "explosion", "blast", "arrest", "death", "raid", "robbery", "kidnapping", "collision"}
)


def done_act_tense(span: Span, tense: str | None) -> str | None:
    """A weekday set on a noun for a finished act ("because of the shooting in Leeford on
    Friday"), whatever the verb around it ("will vote"), is in the past."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("on", "in") or prep.dep_ != "prep":
        return tense
    noun = prep.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "the shooting in Leeford on Friday": "Leeford", then "shooting"
    return "past" if noun.pos_ == "NOUN" and noun.lemma_.lower() in _DONE_NOUNS else tense
