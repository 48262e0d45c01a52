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

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from generator.extract.dates import Resolved, Tense, Timex, resolve
from generator.extract.timeline_after import days_after
from generator.extract.timeline_clip import (
    bounded_by_limit,
    contest_tense,
    done_act_tense,
    photo_date,
)
from generator.extract.timeline_context import (
    enclosing_quote,
    qualified_noun,
    quote_spans,
    quoted_document,
    tense_at,
    upcoming,
    woven_quote,
)
from generator.extract.timeline_event import drop_repeats, event_text, law_name
from generator.extract.timeline_order import Placed, place_dated, place_undated
from generator.extract.timeline_timex import find_dates
from generator.model import Article, TimelineEvent

EVENT_KINDS = {"date", "weekday", "deictic", "rel", "ago", "season", "time"}
# The timeline's precision for each resolution precision; only the first four carry a date.
PRECISION = {"day": "day", "time": "day", "month": "month", "year": "year", "week": "day",
             "season": "month", "quarter": "month", "decade": "year"}  # fmt: skip
DATED = {"day", "time", "month", "year"}


@dataclass(frozen=True)
class Mention:
    """A temporal expression that dates an event, with its sentence and tense.

    ``same_day``: the sentence marks a future weekday as the reference day itself ("tonight",
    "today"). ``lede_match``: content words its sentence shares with the lede. ``base``: for
    "yesterday" inside quoted speech, the expression dating the speech ("he said Tuesday").
    """

    timex: Timex
    sentence: Span
    tense: Tense | None
    in_lede: bool
    same_day: bool = False
    lede_match: int = 0
    base: Timex | None = None
    base_tense: Tense | None = None


def timeline(article: Article, doc: Doc) -> tuple[TimelineEvent, ...]:
    """Dated events of the story, in chronological order (stable for equal dates)."""
    quotes = quote_spans(article.text)
    mentions = event_mentions(article, doc, quotes)
    if article.date is not None:
        placed = place_dated(mentions, article.date)
    else:
        placed = place_undated(mentions, pinned_weekday(article.text))
    placed = _drop_coarse_companions(placed)
    events: list[TimelineEvent] = []
    seen = set()
    for p in sorted(placed, key=lambda p: p.key):
        m = p.mention
        event = event_text(article, m.sentence, m.timex, quotes)
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
    return drop_repeats(events)


_PIN = re.compile(
    r"\b(?P<d1>today|tonight|yesterday)\s*[,(]\s*(?P<w1>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|\b(?P<w2>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*[,(]\s*(?P<d2>today|tonight|yesterday)"
    r"\b",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def pinned_weekday(text: str) -> int | None:
    """The reference day's weekday when the text pins it: "yesterday (Monday)", "today, Friday"."""
    m = _PIN.search(text)
    if m is None:
        return None
    word, day = (m["d1"], m["w1"]) if m["d1"] else (m["d2"], m["w2"])
    return (_WEEKDAYS.index(day[:3].lower()) + (1 if word.lower() == "yesterday" else 0)) % 7


# Quoted speech dates these from the day it was said, not from publication: "today",
# "two days ago", "Friday", "last year", "this week", "last summer".
SPEECH_RELATIVE = {"deictic", "ago", "weekday", "rel", "season"}
# A year qualifying one of these nouns dates an event: "his 1968 coup", "the 2016 election".
EVENT_NOUNS = {
    "coup", "election", "invasion", "war", "attack", "bombing", "earthquake", "quake", "tsunami",
    "flood", "hurricane", "storm", "crash", "revolution", "uprising", "riot", "massacre",
    "shooting", "murder", "killing", "raid", "fire", "explosion", "blast", "referendum", "summit",
    "olympics", "final", "crisis", "recession", "collapse", "merger", "takeover", "bankruptcy",
    "strike", "protest", "siege", "assassination", "disaster", "spill", "outbreak", "pandemic",
    "epidemic", "robbery", "ceasefire", "trial", "verdict", "arrest", "visit", "expedition",
    "ascent", "launch", "landing", "debate", "wedding", "funeral", "death", "abduction",
}  # fmt: skip
_SAME_DAY = re.compile(r"\b(?:today|tonight)\b", re.IGNORECASE)
_LATER_TODAY = re.compile(r"(?:later|earlier)\s", re.IGNORECASE)  # "later Friday": that day
LATE_PARTS = frozenset({"EV", "NI"})  # a weekday's evening or night to come is that day's


def event_mentions(
    article: Article, doc: Doc, quotes: list[tuple[int, int]]
) -> list[Mention]:
    """The expressions that date events of the story, in text order; ``quotes`` are the
    article's quoted stretches (``quote_spans``)."""
    text = article.text
    lede = lede_range(article, doc)
    lede_words = _content_words(doc.char_span(*lede, alignment_mode="expand"))
    timexes = [t for t in find_dates(text) if not article.is_furniture(t.start, t.end)]
    out = []
    for t in timexes:
        if t.kind not in EVENT_KINDS or t.recurring:
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
        if bounded_by_limit(span, text) or photo_date(text, t):
            continue  # "before Friday's announcement", "pictured in 2008": no event that day
        if law_name(text, t):
            continue  # "the Voting Rights Act of 1965": a name, not an event's date
        if t.kind == "date" and t.month is None and t.attributive and not _event_year(span):
            continue  # "the 1953 team", "his 2012 campaign": a modifier, not an event's date
        base = base_tense = None
        if quote and _speech_relative(t) and not woven_quote(text, quote):
            base = _speech_day(timexes, quotes, sent, t)
            if base is None:
                continue  # "last night", "Friday" in a quote: the day it was said is unknown
            base_tense = tense_at(doc, base.start, base.end, text)
        tense = contest_tense(span, tense_at(doc, t.start, t.end, text))
        tense = done_act_tense(span, tense) if t.weekday is not None else tense
        said = text[sent.start_char : sent.end_char]
        same_day = bool(_SAME_DAY.search(said) or _LATER_TODAY.match(t.text)) or (
            t.kind == "weekday" and t.part in LATE_PARTS)  # "Monday night's debate" on a Monday
        extra = {"same_day": same_day, "base": base, "base_tense": base_tense}
        match = len(_content_words(sent) & lede_words)
        out.append(Mention(t, sent, tense, lede[0] <= t.start < lede[1], lede_match=match, **extra))
    if article.date is not None:
        for day, base, sent in days_after(text, doc, timexes, quotes):
            tense = tense_at(doc, day.start, day.end, text)
            out.append(Mention(day, sent, tense, lede[0] <= day.start < lede[1], base=base,
                               base_tense=tense_at(doc, base.start, base.end, text)))
        out.sort(key=lambda m: m.timex.start)
    return _noun_phrase_days(out, doc, text)


def _speech_relative(t: Timex) -> bool:
    return t.kind in SPEECH_RELATIVE or (t.kind == "time" and t.weekday is not None)


def _speech_day(
    timexes: list[Timex], quotes: list[tuple[int, int]], sent: Span, t: Timex
) -> Timex | None:
    """The day the quoted words were said, told outside the quote: "he said Tuesday"."""
    for o in timexes:
        if o is t or not (sent.start_char <= o.start and o.end <= sent.end_char):
            continue
        if enclosing_quote(quotes, o.start, o.end) or o.recurring:
            continue
        if o.kind == "deictic" or (o.kind == "weekday" and o.shift in (None, 0, -1)):
            return o
    return None


def _noun_phrase_days(mentions: list[Mention], doc: Doc, text: str) -> list[Mention]:
    """A day qualifying a noun ("Monday night's debate") takes the article's reading of it.

    The verb around it ("has complimented the moderator of ...") says nothing of when the
    debate is. The other mentions of that weekday and the article's framing ("ahead of the
    debate", "the upcoming debate") do: future when they say so, dropped when they disagree.
    """
    out = []
    for m in mentions:
        t = m.timex
        noun = None
        if t.weekday is not None and t.shift in (None, 0) and m.tense != "future":
            noun = qualified_noun(doc, t.start, t.end)
        if noun is None or _attended(noun, m):
            out.append(m)
            continue
        same = [o for o in mentions if o is not m and o.timex.weekday == t.weekday
                and o.timex.shift in (None, 0) and o.base is None]  # fmt: skip
        ahead = any(o.tense in ("future", "present") for o in same) or upcoming(noun, text)
        behind = any(
            o.tense == "past" and qualified_noun(doc, o.timex.start, o.timex.end) is None
            for o in same
        )
        if ahead and behind:
            continue  # the article tells of two such days: which one is unsure
        out.append(replace(m, tense="future") if ahead else m)
    return out


def _attended(noun: Token, m: Mention) -> bool:
    """The day's noun is where a past act took place ("he said at a Tuesday rally"): the act
    dates it, whatever the article says of other Tuesdays."""
    prep = noun.head
    return (m.tense == "past" and noun.dep_ == "pobj" and prep.lower_ in ("at", "during")
            and prep.head.pos_ in ("VERB", "AUX"))


def _event_year(span: Span) -> bool:
    """The year qualifies an event noun: "his 1968 bloodless coup"."""
    doc = span.doc
    for tok in doc[span.end : min(len(doc), span.end + 4)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok.lemma_.lower() in EVENT_NOUNS or tok.lower_ in EVENT_NOUNS
        if tok.is_punct:
            break
    return False


def _content_words(span: Span | None) -> set[str]:
    """Lower-cased lemmas of the nouns, names, verbs and adjectives in ``span``."""
    if span is None:
        return set()
    return {
        t.lemma_.lower()
        for t in span
        if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and t.is_alpha and not t.is_stop
        and t.lower_ not in WEEKDAY_WORDS
    }  # fmt: skip


WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _modifies_noun(span: Span) -> bool:
    """The expression hangs from a noun ("its forecast for this year"), not from a verb."""
    t = span.root
    while t.dep_ == "pobj" and t.head.dep_ == "prep":
        t = t.head
    return t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN") and t.dep_ != "ROOT"


def lede_range(article: Article, doc: Doc) -> tuple[int, int]:
    """(start, end) of the lede: the first real paragraph, at most its first three sentences.

    A first paragraph of one short sentence followed by more text is a headline: the lede
    then runs on into the next paragraph.
    """
    sents = [s for s in doc.sents if not article.is_furniture(s.start_char, s.end_char)]
    sents = [s for s in sents if len([t for t in s if t.is_alpha]) >= 8] or sents
    if not sents:
        return (0, 0)
    first = sents[0]
    text = article.text
    para_end = text.find("\n", first.start_char)
    para_end = len(text) if para_end < 0 else para_end
    in_para = [s for s in sents if s.start_char < para_end][:3] or [first]
    if len(in_para) == 1 and len(first) <= 20 and para_end < len(text):
        nxt = [s for s in sents if s.start_char > para_end]
        if nxt:
            end = text.find("\n", nxt[0].start_char)
            end = len(text) if end < 0 else end
            in_para += [s for s in nxt if s.start_char < end][:3]
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


__all__ = ["Mention", "Resolved", "event_mentions", "event_text", "lede_range", "resolve",
           "timeline"]  # fmt: skip
