"""The date module: finding temporal expressions and resolving them (table tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.dates import Timex, resolve, weekday_offset
from generator.extract.timeline_timex import find_dates

TUE = dt.date(2026, 1, 13)  # a Tuesday
FRI = dt.date(2013, 3, 22)  # a Friday


def only(text: str) -> Timex:
    found = [t for t in find_dates(text) if t.kind != "duration"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "when", "tense", "ref", "value", "offset"),
    [
        ("The ministry imposed the ban on Thursday.", "Thursday", "past", TUE, "2026-01-08", -5),
        ("Crowds marched on Monday.", "Monday", "past", TUE, "2026-01-12", -1),
        ("Calls got through on Tuesday.", "Tuesday", "past", TUE, "2026-01-13", 0),
        ("The council will meet on Friday.", "Friday", "future", TUE, "2026-01-16", 3),
        # the paper's own weekday told in the future is the next one (the contract's rule) ...
        ("The council will meet on Tuesday.", "Tuesday", "future", TUE, "2026-01-20", 7),
        # ... unless "this" marks the same day
        ("The council will meet this Tuesday.", "this Tuesday", "future", TUE, "2026-01-13", 0),
        ("The envoy spoke Monday night.", "Monday night", "past", TUE, "2026-01-12TNI", -1),
        ("He left last Friday.", "last Friday", "past", TUE, "2026-01-09", -4),
        ("She arrives next Monday.", "next Monday", "future", TUE, "2026-01-19", 6),
        ("The court ruled yesterday.", "yesterday", "past", TUE, "2026-01-12", -1),
        ("Talks resume today.", "today", "present", TUE, "2026-01-13", 0),
        ("The vote is set for tomorrow night.", "tomorrow night", None, TUE, "2026-01-14TNI", 1),
        ("They met two days ago.", "two days ago", "past", TUE, "2026-01-11", -2),
        ("The report came out on 2025-12-30.", "2025-12-30", "past", TUE, "2025-12-30", -14),
        ("It was filed on Jan. 5 in court.", "Jan. 5", "past", TUE, "2026-01-05", -8),
        ("The hearing opens on March 21.", "March 21", "future", TUE, "2026-03-21", 67),
        ("He was charged on March 21.", "March 21", "past", TUE, "2025-03-21", -298),
        ("It fell on 30 December, 2006, at dawn.", "30 December, 2006", "past", TUE,
         "2006-12-30", None),
        ("Buyers return at 15:00 GMT Saturday.", "15:00 GMT Saturday", "future", FRI,
         "2013-03-23T15:00", 1),
        ("He departed on Friday afternoon.", "Friday afternoon", "past", FRI, "2013-03-22TAF", 0),
    ],
)  # fmt: skip
def test_day_expressions(sentence, when, tense, ref, value, offset):
    t = only(sentence)
    assert t.text == when
    res = resolve(t, ref, tense)
    assert res is not None
    assert (res.value, res.offset) == (value, offset if offset is not None else res.offset)


@pytest.mark.parametrize(
    ("sentence", "when", "tense", "value", "precision"),
    [
        ("The firm was sold in early August.", "early August", "past", "2025-08", "month"),
        ("He was last seen late last July.", "late last July", "past", "2025-07", "month"),
        ("Sales rose last July.", "last July", "past", "2025-07", "month"),
        ("The book comes out in May.", "May", "future", "2026-05", "month"),
        ("The deal closes next month.", "next month", "future", "2026-02", "month"),
        ("Prices fell last month.", "last month", "past", "2025-12", "month"),
        ("The plant opened in May 2010.", "May 2010", "past", "2010-05", "month"),
        ("Rates rose last year.", "last year", "past", "2025", "year"),
        ("The law was passed in 2011.", "2011", "past", "2011", "year"),
        ("She moved four years ago.", "four years ago", "past", "2022", "year"),
        ("The season peaked by the end of the year, sadly.", "the end of the year", "past", "2025",
         "year"),
        ("Shares climbed this week.", "this week", "past", "2026-W03", "week"),
        ("Cases doubled in the last week.", "the last week", "past", "2026-W02", "week"),
        ("He vanished last summer.", "last summer", "past", "2025-SU", "season"),
        ("Fares rose in the 1990s.", "1990s", "past", "199", "decade"),
        ("Prices are now higher.", "now", "present", "PRESENT_REF", "ref"),
    ],
)  # fmt: skip
def test_coarser_expressions(sentence, when, tense, value, precision):
    t = only(sentence)
    assert t.text == when
    res = resolve(t, TUE, tense)
    assert res is not None
    assert (res.value, res.precision) == (value, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Theresa May said the plan stands.",  # a name, not the month
        "May the best team win.",
        "The storm killed 2000 people and injured more.",  # a count, not a year
        "The deal is worth $2013 a share.",
        "The march began at noon on the square.",
        "He worked there for three days.",
        "Sales fell over the past two years.",
    ],
)
def test_not_dates(sentence):
    assert [t for t in find_dates(sentence) if t.kind != "duration"] == []


def test_recurring_weekdays_are_flagged():
    found = find_dates("The market opens every Monday and closes on Fridays.")
    assert [(t.text, t.recurring) for t in found] == [("every Monday", True), ("Fridays", True)]


def test_durations_block_their_parts():
    found = find_dates("Fighting went on for the past week near the border.")
    assert [(t.text, t.kind) for t in found] == [("for the past week", "duration")]


def test_weekday_offset_rule():
    # past: on or before the reference day; future: strictly after it
    assert [weekday_offset(w, 1, "past", None) for w in range(7)] == [-1, 0, -6, -5, -4, -3, -2]
    assert [weekday_offset(w, 1, "future", None) for w in range(7)] == [6, 7, 1, 2, 3, 4, 5]
    # the same day only when the text marks it: "tonight", "today", "this Tuesday"
    assert weekday_offset(1, 1, "future", None, same_day=True) == 0
    assert weekday_offset(1, 1, "future", 0) == 0
    assert weekday_offset(1, 1, "present", None) == 0  # "said it would snow on Tuesday"
    assert weekday_offset(1, 1, "past", -1) == -7  # "last Tuesday"
    assert weekday_offset(1, 1, "future", 1) == 7  # "next Tuesday"


def test_without_reference_date_only_absolute_dates_resolve():
    assert resolve(only("It rained on Thursday."), None, "past") is None
    res = resolve(only("It rained on April 15, 2013."), None, "past")
    assert res is not None and res.date == dt.date(2013, 4, 15)
    res = resolve(only("It rained on March 26."), None, "past")
    assert res is not None and (res.value, res.date) == ("XXXX-03-26", None)


def test_month_of_next_year():
    t = only("Leaders agreed to finish a plan by March of next year.")
    assert t.text == "March of next year"
    res = resolve(t, dt.date(2016, 10, 1), "past")
    assert res is not None and res.value == "2017-03"


def test_named_days_are_not_weekdays():
    found = find_dates("On Fox News Sunday he said Black Friday sales rose on Monday.")
    assert [t.text for t in found] == ["Monday"]


@pytest.mark.parametrize(
    ("sentence", "hour", "minute"),
    [("The centre closes at 1900 GMT.", 19, 0), ("Troops moved at 0630 hrs.", 6, 30)],
)
def test_four_digit_clock_times(sentence, hour, minute):
    t = only(sentence)
    assert (t.kind, t.hour, t.minute, t.year) == ("time", hour, minute, None)
