"""Clock times and days of the month that the tagger left unmarked: no figure a reader cites.

"rang the bell at 11.30" is half past eleven, not eleven point three; "from 3-8 May" is a
span of days whose first day the parser hung on the month as if it counted Mays.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract import number_words as W
from generator.extract.number_clocked import CLOCK_VERBS
from generator.extract.number_spans import Quantity

# Prepositions that take a point in time: "at 11.30", "until 10.15", "shortly after 9.45".
TIME_PREPOSITIONS = {"at", "by", "until", "till", "before", "after", "around", "since"}
# Verbs whose "at" phrase is a level, not a time: "the shares closed at 11.30".
LEVEL_VERBS = {"close", "open", "stand", "trade", "finish", "end", "settle", "peak", "rest",
               "hit", "remain", "stay", "fix", "set", "value", "price", "start", "sell", "buy",
               "rate", "score", "average", "reach", "fall", "rise", "drop", "climb", "cap",
               "put", "estimate", "peg", "level", "be", "bottom", "top"}


def _hours_minutes(text: str) -> bool:
    """ "11.30", "9.45", "10:15": an hour of the clock and two digits of minutes."""
    for sep in (".", ":"):
        hour, dot, mins = text.partition(sep)
        if dot and hour.isdigit() and mins.isdigit() and len(mins) == 2 and len(hour) <= 2:
            return int(hour) <= 24 and int(mins) < 60
    return False


def clock_time(doc: Doc, sent: Span, q: Quantity) -> bool:
    """A bare "H.MM" taken by a time preposition whose verb gives no level: a clock time."""
    tok = doc[q.num]
    if q.kind not in {"count", "measure"} or q.unit is not None or q.noun is not None:
        return False
    if q.start != q.num or not _hours_minutes(tok.text) or q.start <= sent.start:
        return False
    prep = doc[q.start - 1]
    if prep.lower_ not in TIME_PREPOSITIONS or tok.head.i != prep.i:
        return False
    verb = prep.head
    if prep.lower_ == "at" and (verb.lemma_.lower() in LEVEL_VERBS or verb.lemma_.lower() in
                                CLOCK_VERBS):
        return False  # "shares closed at 11.30": a price; "timed at 11.24": a race time
    return verb.pos_ in {"VERB", "AUX"}


def month_day(doc: Doc, q: Quantity) -> bool:
    """ "from 3-8 May": the first day of a span of days, whether the parser made the month the
    noun it counts or left it bare."""
    if q.noun is not None:
        return doc[q.noun].lower_ in W.MONTHS and doc[q.noun].pos_ == "PROPN"
    if q.kind != "count" or q.value is None or not 1 <= q.value <= 31 or q.end + 2 >= len(doc):
        return False
    link, day, month = doc[q.end], doc[q.end + 1], doc[q.end + 2]
    return link.lower_ in {"-", "\u2013", "to"} and day.text.isdigit() and int(day.text) <= 31 and (
        month.lower_ in W.MONTHS)
