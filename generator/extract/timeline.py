"""Timeline: the story's dated events, in chronological order.

Every temporal expression that dates an event of the story becomes an entry: ``when`` as
written, ``date`` resolved against the publication date (weekdays by the tense of their
clause), ``day_offset`` from the publication day, and the sentence that tells the event,
trimmed of clutter. Not events: expressions inside page furniture, weekdays inside quoted
e-mails or letters, recurring times ("every Monday"), durations ("for three days"), vague
times ("recently", "now"). Without a publication date the entries are still ordered:
weekdays are counted back from the lede's weekday (see :mod:`timeline_order`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from generator.extract.dates import Resolved, Tense, Timex, resolve
from generator.extract.timeline_context import (
    enclosing_quote,
    quote_spans,
    quoted_document,
    tense_at,
)
from generator.extract.timeline_order import Placed, place_dated, place_undated
from generator.extract.timeline_timex import find_dates
from generator.model import Article, TimelineEvent

EVENT_KINDS = {"date", "weekday", "deictic", "rel", "ago", "season", "time"}
# The timeline's precision for each resolution precision; only the first four carry a date.
PRECISION = {"day": "day", "time": "day", "month": "month", "year": "year", "week": "day",
             "season": "month", "quarter": "month", "decade": "year"}  # fmt: skip
DATED = {"day", "time", "month", "year"}
_CONNECTIVE = re.compile(
    r"^(?:(?:meanwhile|but|and|separately|elsewhere)\b,?\s+|(?:however|also|still|yet|so|then|"
    r"in addition|moreover|indeed|furthermore|instead|nonetheless|nevertheless|now),\s+)+",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"^(?:\(\w+\)\s*(?:--|[-\u2013\u2014])?\s*|[A-Z][A-Z .,'-]{2,40}(?:\([\w ]+\))?\s*"
    r"(?:--|[-\u2013\u2014:])\s+)"
)

# A sentence end the parser missed ("at 7:30 p.m. Jordan was"); clause breaks in long ones.
_RUN_ON = re.compile(
    r"(?:(?<=[a-z]{3}[.!?])|(?<=[ap]\.m\.)|(?<=[.!?][\"'\u2019\u201d]))\s+(?=[A-Z])"
)
_CLAUSE = re.compile(r"(?<=;)\s+|\s+[\u2014\u2013]\s+(?=[A-Z])")


@dataclass(frozen=True)
class Mention:
    """A temporal expression that dates an event, with its sentence and tense."""

    timex: Timex
    sentence: Span
    tense: Tense | None
    in_lede: bool


def timeline(article: Article, doc: Doc) -> tuple[TimelineEvent, ...]:
    """Dated events of the story, in chronological order (stable for equal dates)."""
    mentions = event_mentions(article, doc)
    if article.date is not None:
        placed = place_dated(mentions, article.date)
    else:
        placed = place_undated(mentions)
    placed = _drop_coarse_companions(placed)
    events, seen = [], set()
    for p in sorted(placed, key=lambda p: p.key):
        m = p.mention
        event = event_text(article, m.sentence, m.timex)
        sig = (p.key, event)
        if not event or sig in seen:
            continue
        seen.add(sig)
        res = p.resolved
        precision = PRECISION.get(res.precision, "day") if res else "day"
        date = res.date if res is not None and res.precision in DATED else None
        events.append(
            TimelineEvent(
                date=date,
                when=m.timex.text,
                day_offset=p.offset,
                event=event,
                start=m.timex.start,
                end=m.timex.end,
                precision=precision,  # type: ignore[arg-type]
            )
        )
    return tuple(events)


def event_mentions(article: Article, doc: Doc) -> list[Mention]:
    """The expressions that date events of the story, in text order."""
    text = article.text
    quotes = quote_spans(text)
    lede = lede_range(article, doc)
    out = []
    for t in find_dates(text):
        if t.kind not in EVENT_KINDS or t.recurring or article.is_furniture(t.start, t.end):
            continue
        if t.kind == "time" and t.weekday is None:
            continue  # a clock time alone: its day is told elsewhere
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        quote = enclosing_quote(quotes, t.start, t.end)
        if quote and quoted_document(text, quote, (sent.start_char, sent.end_char)):
            continue
        if t.kind == "rel" and t.shift == 0 and _modifies_noun(span):
            continue  # "growth this year": a period, not the time of an event
        tense = tense_at(doc, t.start, t.end)
        out.append(Mention(t, sent, tense, lede[0] <= t.start < lede[1]))
    return out


def _modifies_noun(span: Span) -> bool:
    """The expression hangs from a noun ("its forecast for this year"), not from a verb."""
    t = span.root
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    return t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN") and t.dep_ != "ROOT"


def lede_range(article: Article, doc: Doc) -> tuple[int, int]:
    """(start, end) of the lede: the first real paragraph, at most its first three sentences."""
    sents = [s for s in doc.sents if not article.is_furniture(s.start_char, s.end_char)]
    sents = [s for s in sents if len([t for t in s if t.is_alpha]) >= 8] or sents
    if not sents:
        return (0, 0)
    first = sents[0]
    para_end = article.text.find("\n", first.start_char)
    para_end = len(article.text) if para_end < 0 else para_end
    in_para = [s for s in sents if s.start_char < para_end][:3] or [first]
    return (first.start_char, in_para[-1].end_char)


def _drop_coarse_companions(placed: list[Placed]) -> list[Placed]:
    """A sentence with a day-dated event keeps no "this year"/"this month" entry: a period."""
    day_sents = {
        p.mention.sentence.start_char
        for p in placed
        if p.resolved is not None and p.resolved.precision in ("day", "time")
    }
    return [
        p
        for p in placed
        if not (p.mention.timex.kind == "rel" and p.mention.timex.shift == 0)
        or p.mention.sentence.start_char not in day_sents
    ]


def _piece(s: str, offset: int, boundary: re.Pattern[str]) -> str:
    """The part of ``s`` between two ``boundary`` matches that holds ``offset``."""
    cuts = [0, *(m.end() for m in boundary.finditer(s)), len(s)]
    for lo, hi in itertools.pairwise(cuts):
        if lo <= offset < hi:
            return s[lo:hi].strip()
    return s


def event_text(article: Article, sent: Span, timex: Timex) -> str:
    """The sentence telling the event, without furniture, dateline or leading connective."""
    start, end = sent.start_char, sent.end_char
    for fs, fe in article.furniture:
        if fs < end and start < fe:
            if fe <= timex.start:
                start = max(start, fe)
            elif fs >= timex.end:
                end = min(end, fs)
    s = _piece(article.text[start:end], timex.start - start, _RUN_ON)
    if len(s.split()) > 45:
        s = _piece(s, s.find(timex.text), _CLAUSE)
    s = _DATELINE.sub("", s.strip())
    s = _CONNECTIVE.sub("", s).strip()
    return s[:1].upper() + s[1:] if s else s


__all__ = ["Mention", "Resolved", "event_mentions", "event_text", "lede_range", "resolve",
           "timeline"]  # fmt: skip
