"""Temporal expressions: resolution against a reference (publication) date.

``find_dates(text)`` (in :mod:`generator.extract.timeline_timex`) tags the expressions;
``resolve(timex, ref, tense)`` turns one into a TimeML/TIDES value (``2013-03-22``,
``2013-W11``, ``2012-SU``, ``2013-03-22TAF``, ``PRESENT_REF``) plus the first day of the period
it names, its precision and, for days, the offset from ``ref``.

News style names recent days by weekday alone. A weekday told in the past tense is the most
recent such day on or before ``ref``; one told in the future tense is the next such day after
it (``ref`` itself only when the text marks that day: see ``weekday_offset``). A month or
month-day without a year takes the year that puts it on the same side of ``ref``.
Pure functions, no I/O.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Tense = Literal["past", "present", "future"]

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@dataclass(frozen=True)
class Timex:
    """One temporal expression as written, with what it says (not yet resolved).

    ``kind``: ``date`` (calendar parts), ``weekday``, ``deictic`` (today, yesterday: ``shift``
    days), ``rel`` (last/this/next ``unit``), ``ago`` (``shift`` units back), ``season``,
    ``decade``, ``century``, ``ref`` (now, the past), ``time`` (clock time, maybe with a day),
    ``duration`` (kept only to block shorter matches).
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    shift: int | None = None  # last = -1, this = 0, next = 1; days for deictic; -n for "ago"
    unit: str | None = None  # day, week, weekend, month, year, quarter, season code, decade
    part: str | None = None  # MO, AF, EV, NI
    mod: str | None = None  # START, MID, END, APPROX
    hour: int | None = None
    minute: int | None = None
    value: str | None = None  # fixed values: PRESENT_REF, decades
    recurring: bool = False  # "every Monday", "on Mondays"
    attributive: bool = False  # a year used as a modifier: "the 2010 law"


@dataclass(frozen=True)
class Resolved:
    """A resolved expression: TIMEX3 value, first day of the period, precision, day offset."""

    value: str
    date: dt.date | None
    precision: str  # day, week, month, season, quarter, year, decade, century, ref
    offset: int | None = None  # days from the reference date, for day precision


def _ym(year: int, month: int) -> tuple[int, int]:
    year += (month - 1) // 12
    return year, (month - 1) % 12 + 1


def _pick_year(month: int, day: int, ref: dt.date, tense: Tense | None) -> int:
    """The year that puts month/day on the side of ``ref`` the tense asks for."""
    cands = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return ref.year
    if tense == "past":
        before = [c for c in cands if c <= ref]
        return max(before).year if before else ref.year
    if tense == "future":
        after = [c for c in cands if c >= ref]
        return min(after).year if after else ref.year
    return min(cands, key=lambda c: abs((c - ref).days)).year


def weekday_offset(
    weekday: int, ref_weekday: int, tense: Tense | None, shift: int | None, same_day: bool = False
) -> int:
    """Days from the reference day to the named weekday (the contract's weekday rule).

    Past (or unknown) tense: the most recent such day on or before the reference day. Future
    tense: the next such day after it, so "will vote Tuesday" in a Tuesday paper is a week
    later, unless the text marks the same day (``same_day``: "today", "tonight"; ``shift`` 0
    is "this Tuesday"). Present tense and "would" ("said it would snow on Friday"): that day
    itself or the next one ahead. "last Friday" is strictly before, "next Friday" after.
    """
    back = (ref_weekday - weekday) % 7  # 0..6 days back
    ahead = (weekday - ref_weekday) % 7 or 7  # 1..7 days ahead
    if shift == -1:
        return -(back or 7)
    if shift == 1:
        return ahead
    if tense == "future" and not (same_day or shift == 0):
        return ahead
    if tense in ("future", "present") and back:
        return ahead
    return -back


def _day(d: dt.date, ref: dt.date | None, part: str | None = None) -> Resolved:
    value = d.isoformat() + (f"T{part}" if part else "")
    return Resolved(value, d, "day", (d - ref).days if ref else None)


def _month(year: int, month: int) -> Resolved:
    return Resolved(f"{year:04d}-{month:02d}", dt.date(year, month, 1), "month")


def _year(year: int) -> Resolved:
    return Resolved(f"{year:04d}", dt.date(year, 1, 1), "year")


def _week(d: dt.date) -> Resolved:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", monday, "week")


def _resolve_date(t: Timex, ref: dt.date | None, tense: Tense | None) -> Resolved | None:
    if t.month is None:
        return _year(t.year) if t.year else None
    if t.day is None:
        if t.year:
            return _month(t.year, t.month)
        if ref is None:
            return Resolved(f"XXXX-{t.month:02d}", None, "month")
        if t.unit == "year":  # "March of next year"
            return _month(ref.year + (t.shift or 0), t.month)
        if t.shift is not None:  # last June / next June / this June
            y = ref.year
            if t.shift == -1:
                y = ref.year if t.month < ref.month else ref.year - 1
            elif t.shift == 1:
                y = ref.year if t.month > ref.month else ref.year + 1
            return _month(y, t.month)
        if tense == "past":
            return _month(ref.year if t.month <= ref.month else ref.year - 1, t.month)
        if tense in ("future", "present"):
            return _month(ref.year if t.month >= ref.month else ref.year + 1, t.month)
        ahead = (t.month - ref.month) % 12
        return _month(*_ym(ref.year, ref.month + (ahead if ahead <= 6 else ahead - 12)))
    year = t.year
    if year is None:
        if ref is None:
            return Resolved(f"XXXX-{t.month:02d}-{t.day:02d}", None, "day")
        year = _pick_year(t.month, t.day, ref, tense)
    try:
        return _day(dt.date(year, t.month, t.day), ref, t.part)
    except ValueError:
        return None


def _resolve_rel(t: Timex, ref: dt.date, tense: Tense | None) -> Resolved | None:
    shift = t.shift or 0
    if t.unit in ("week", "weekend"):
        return _week(ref + dt.timedelta(weeks=shift))
    if t.unit == "month":
        y, m = _ym(ref.year, ref.month + shift)
        return _month(y, m)
    if t.unit == "quarter":
        q = (ref.month - 1) // 3 + shift
        y, q = ref.year + q // 4, q % 4
        return Resolved(f"{y:04d}-Q{q + 1}", dt.date(y, 3 * q + 1, 1), "quarter")
    if t.unit == "year":
        year = ref.year + shift
        if t.shift is None and t.mod == "END" and tense == "past" and ref.month < 12:
            year -= 1  # "peaked by the end of the year", said in spring: last year's end
        return _year(year)
    if t.unit in SEASON_START:
        return _season(t.unit, shift, ref)
    return None


def _season(code: str, shift: int, ref: dt.date) -> Resolved:
    start_m = SEASON_START[code]
    year = ref.year if (ref.month >= start_m or code != "WI") else ref.year - 1
    start = dt.date(year, start_m, 1)
    if shift == -1:
        ended = _ym(year, start_m + 3)
        if (ref.year, ref.month) < ended:
            year -= 1
    elif shift == 1 and start <= ref:
        year += 1
    return Resolved(f"{year:04d}-{code}", dt.date(year, start_m, 1), "season")


def _resolve_ago(t: Timex, ref: dt.date) -> Resolved | None:
    n = -(t.shift or 0)
    if t.unit == "day":
        return _day(ref - dt.timedelta(days=n), ref)
    if t.unit == "week":
        return _week(ref - dt.timedelta(weeks=n))
    if t.unit == "month":
        return _month(*_ym(ref.year, ref.month - n))
    if t.unit == "year":
        return _year(ref.year - n)
    if t.unit == "decade":
        y = ref.year - 10 * n
        return Resolved(f"{y // 10:03d}", dt.date(y - y % 10, 1, 1), "decade")
    return None


def resolve(
    t: Timex, ref: dt.date | None, tense: Tense | None = None, same_day: bool = False
) -> Resolved | None:
    """Resolve ``t`` against the reference date ``ref`` (None: only absolute dates resolve).

    ``tense`` is that of the clause the expression modifies; it decides which side of ``ref``
    a bare weekday, month or month-day falls on; ``same_day`` lets a future weekday be ``ref``
    itself ("tonight, Tuesday"). Returns None where nothing can be said.
    """
    if t.kind == "ref" or t.kind in ("decade", "century"):
        return Resolved(t.value or "PRESENT_REF", None, "ref" if t.kind == "ref" else t.kind)
    if t.kind == "date":
        return _resolve_date(t, ref, tense)
    if t.kind == "duration":
        return None
    if t.kind == "time" and t.weekday is None and t.shift is None:
        if ref is None or t.hour is None:
            return None
        return Resolved(f"{ref.isoformat()}T{t.hour:02d}:{t.minute or 0:02d}", ref, "time", 0)
    if ref is None:
        return None
    if t.kind == "deictic" or (t.kind == "time" and t.weekday is None):
        res = _day(ref + dt.timedelta(days=t.shift or 0), ref, t.part)
    elif t.kind in ("weekday", "time"):
        off = weekday_offset(t.weekday or 0, ref.weekday(), tense, t.shift, same_day)
        res = _day(ref + dt.timedelta(days=off), ref, t.part)
    elif t.kind == "rel":
        return _resolve_rel(t, ref, tense)
    elif t.kind == "season":
        return _season(t.unit or "SU", t.shift or 0, ref)
    elif t.kind == "ago":
        return _resolve_ago(t, ref)
    else:
        return None
    if t.kind == "time" and t.hour is not None and res.date is not None:
        value = f"{res.date.isoformat()}T{t.hour:02d}:{t.minute or 0:02d}"
        return Resolved(value, res.date, "time", res.offset)
    return res
