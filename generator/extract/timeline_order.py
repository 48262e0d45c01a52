"""Placing timeline mentions in time, with or without a publication date.

With a date every mention resolves (``place_dated``). Without one (``place_undated``) the
order must still be right, so every mention gets a sort key in days from the lede's day:

* "today" 0, "yesterday" -1, "two days ago" -2: fixed by the text, so ``day_offset`` is given;
* weekdays are counted from the lede's weekday ("on Tuesday" in the lede is day 0, a past
  "Thursday" is five days before); with no weekday in the lede, from the day of the sentence
  that retells the lede's event, else from the weekday that packs the article's weekdays into
  the shortest stretch, placed before "yesterday". A weekday's ``day_offset`` stays unknown
  (the lede's day may be the day before publication) unless the text pins the reference day
  ("today, Tuesday"); quoted "last night" counts from the day the words were said;
* "last week", "last month", "four years ago": approximate keys, no offset;
* dates with a year first, in their order; then everything else on one scale of days, where
  month-days without a year sit between "last year" and "last month" (past tense) or between
  "next month" and "next year" (future); future dates with a year last.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from generator.extract.dates import Resolved, resolve, weekday_offset

if TYPE_CHECKING:
    from generator.extract.timeline import Mention

UNIT_DAYS = {"day": 1, "week": 7, "weekend": 7, "month": 30, "quarter": 91, "year": 365,
             "decade": 3650, "SP": 365, "SU": 365, "FA": 365, "WI": 365}  # fmt: skip
ABSOLUTE, RELATIVE, FUTURE = range(3)  # bands: dates with a year, the rest, future years


@dataclass(frozen=True)
class Placed:
    """A mention with its resolution, day offset and sort key."""

    mention: Mention
    resolved: Resolved | None
    offset: int | None
    key: tuple[int, float]


def place_dated(mentions: Sequence[Mention], ref: dt.date) -> list[Placed]:
    """Resolve every mention against the publication date ``ref``."""
    out = []
    for m in mentions:
        res = _resolve_dated(m, ref)
        if res is None or res.date is None:
            continue
        offset = res.offset if res.precision in ("day", "time") else None
        day = float(res.date.toordinal()) + part_of_day(m.timex.text)
        out.append(Placed(m, res, offset, (RELATIVE, day)))
    return out


_PARTS = (("early", 0.1), ("morning", 0.1), ("earlier", 0.2), ("afternoon", 0.6),
          ("evening", 0.8), ("night", 0.8), ("late", 0.8), ("later", 0.8))  # fmt: skip


def part_of_day(words: str) -> float:
    """Where in its day an expression falls, as a fraction for ordering events of one day:
    "early Friday" before "Friday", before "Friday evening" and "later Friday"."""
    low = words.lower().split()
    return next((part for word, part in _PARTS if word in low), 0.4)


def _resolve_dated(m: Mention, ref: dt.date) -> Resolved | None:
    """``m`` resolved; quoted "last night" counts from the day the words were said."""
    if m.base is None:
        return resolve(m.timex, ref, m.tense, m.same_day)
    said = resolve(m.base, ref, m.base_tense)
    if said is None or said.date is None or said.precision not in ("day", "time"):
        return None
    res = resolve(m.timex, said.date, m.tense)
    if res is None or res.date is None:
        return None
    return replace(res, offset=(res.date - ref).days if res.precision in ("day", "time") else None)


def _is_past_weekday(m: Mention) -> bool:
    t = m.timex
    return (
        t.weekday is not None
        and t.kind in ("weekday", "time")
        and t.shift in (None, 0)
        and m.base is None
        and (m.tense not in ("future", "present"))
    )


def anchor_weekday(weekdays: Sequence[int]) -> int | None:
    """The weekday that puts all of ``weekdays`` (told in the past) in the shortest stretch."""
    if not weekdays:
        return None
    return min(dict.fromkeys(weekdays), key=lambda a: max((a - w) % 7 for w in weekdays))


def lede_event_weekday(mentions: Sequence[Mention], least: int = 3) -> int | None:
    """The weekday of the sentence that retells the lede's event, when one clearly does.

    A lede without a weekday ("the governor called the ruling a disgrace") is usually told
    again further down with its day ("called the ruling a disgrace Wednesday"): the past
    weekday whose sentence shares the most content words with the lede, by a clear margin.
    """
    best: dict[int, int] = {}
    for m in mentions:
        if _is_past_weekday(m) and not m.in_lede and m.timex.weekday is not None:
            wd = m.timex.weekday
            best[wd] = max(best.get(wd, 0), m.lede_match)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]


def place_undated(mentions: Sequence[Mention], pinned: int | None = None) -> list[Placed]:
    """Order mentions without a publication date (see the module's docstring).

    ``pinned`` is the weekday of the reference day when the text fixes it ("today,
    Tuesday"); only then do weekdays get a ``day_offset``.
    """
    lede = anchor_weekday([m.timex.weekday for m in mentions if m.in_lede and _is_past_weekday(m)])
    if lede is None:
        lede = lede_event_weekday(mentions)
    past = [m.timex.weekday for m in mentions if _is_past_weekday(m)]
    present = [
        m.timex.weekday
        for m in mentions
        if m.tense == "present" and m.timex.weekday is not None and m.timex.shift in (None, 0)
    ]
    anchor = pinned if pinned is not None else lede
    if anchor is None and past:
        anchor = anchor_weekday(past)  # type: ignore[arg-type]
    elif anchor is None and present:
        # Only days ahead: the reference day is the one before the earliest of them.
        last = anchor_weekday(present)  # type: ignore[arg-type]
        anchor = (last - max((last - w) % 7 for w in present) - 1) % 7  # type: ignore[operator]
    others = (
        [-((anchor - w) % 7) for w in past if (w - anchor) % 7 != 1] if anchor is not None else []
    )
    day_after_ok = pinned is None and lede is not None and min(others, default=0) > -5
    known = pinned is not None or lede is not None
    out = []
    for m in mentions:
        placed = _place_one(m, anchor, known, pinned is not None, day_after_ok)
        if placed is not None:
            out.append(placed)
    return out


def _precision(unit: str | None) -> str:
    """The timeline precision of a relative expression in ``unit``s, its date unknown."""
    if unit in ("year", "decade"):
        return "year"
    return "month" if unit in ("month", "quarter", "SP", "SU", "FA", "WI") else "day"


def _place_one(
    m: Mention, anchor: int | None, known: bool, pinned: bool, day_after_ok: bool
) -> Placed | None:
    t = m.timex
    future = m.tense == "future"
    if m.base is not None and t.kind in ("deictic", "weekday", "time"):
        return _place_quoted(m, anchor, known, pinned)
    if t.kind == "deictic":
        off = t.shift or 0
        return Placed(m, Resolved(f"REF{off:+d}", None, "day", off), off, (RELATIVE, float(off)))
    if t.kind in ("weekday", "time") and t.weekday is not None and anchor is not None:
        rel = weekday_offset(t.weekday, anchor, m.tense, t.shift, m.same_day)
        if rel == -6 and _is_past_weekday(m) and day_after_ok:
            rel = 1  # the lede's day is the day before publication
        res = Resolved(f"XXXX-WXX-{t.weekday + 1}", None, "day", rel if pinned else None)
        key = float(rel) if known else (rel + 0.5 if rel > 0 else rel - 2.0)
        return Placed(m, res, res.offset, (RELATIVE, key))
    if t.kind in ("weekday", "time") and t.weekday is not None:  # only future weekdays
        key = 0.5 if m.tense in ("future", "present") else -2.0
        return Placed(m, Resolved("XXXX-WXX", None, "day"), None, (RELATIVE, key))
    if t.kind == "ago":
        n = -(t.shift or 0)
        off = -n if t.unit == "day" else None
        res = Resolved(f"P{n}{(t.unit or 'D')[0].upper()}", None, _precision(t.unit), off)
        return Placed(m, res, off, (RELATIVE, -n * UNIT_DAYS.get(t.unit or "day", 1)))
    if t.kind in ("rel", "season"):
        span = UNIT_DAYS.get(t.unit or "", 30)
        shift = t.shift if t.shift is not None else 0
        key = shift * span if shift else (-span / 3 if m.tense == "past" else span / 3)
        return Placed(m, Resolved("REL", None, _precision(t.unit)), None, (RELATIVE, float(key)))
    if t.kind == "date":
        res = resolve(t, None, m.tense)
        if res is None:
            return None
        if res.date is not None:
            band = FUTURE if future else ABSOLUTE
            return Placed(m, res, None, (band, float(res.date.toordinal())))
        # Calendar order within the year, between "last year" (-365) and "last month" (-30),
        # or between "next month" and "next year" when told in the future.
        share = ((t.month or 1) * 31 + (t.day or 0)) / (13 * 31)
        key = 40 + 260 * share if future else -300 + 260 * share
        return Placed(m, res, None, (RELATIVE, key))
    return None


def _place_quoted(m: Mention, anchor: int | None, known: bool, pinned: bool) -> Placed | None:
    """A quoted "yesterday" placed from the day its words were said (``m.base``)."""
    base, t = m.base, m.timex
    if base is None:
        return None
    if t.kind != "deictic":  # a weekday: counted from the weekday the words were said
        if t.weekday is None or base.kind == "deictic" or base.weekday is None:
            return None
        rel = weekday_offset(t.weekday, base.weekday, m.tense, t.shift)
        said_at = _place_quoted(
            replace(m, timex=replace(base, kind="deictic", shift=0)), anchor, known, pinned
        )
        if said_at is None:
            return None
        off = None if said_at.offset is None else said_at.offset + rel
        res = Resolved(f"XXXX-WXX-{t.weekday + 1}", None, "day", off)
        return Placed(m, res, off, (RELATIVE, said_at.key[1] + rel))
    if base.kind == "deictic":
        said: int | None = base.shift or 0
        key = float(said or 0)
    elif base.weekday is not None and anchor is not None:
        rel = weekday_offset(base.weekday, anchor, m.base_tense, base.shift)
        said, key = (rel if pinned else None), float(rel if known else rel - 2.0)
    else:
        return None
    off = None if said is None else said + (t.shift or 0)
    res = Resolved("REF", None, "day", off)
    return Placed(m, res, off, (RELATIVE, key + (t.shift or 0)))
