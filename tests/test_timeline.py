"""Timeline: events in true order, dates resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator import nlp
from generator.extract.timeline import timeline
from generator.model import Article, TimelineEvent

# A made-up wire story: the lede is on Tuesday, the blackout began the Thursday before.
STORY = "\n".join(
    [
        "Phone lines in the province carried some calls abroad on Tuesday, days after officials "
        "cut the network during a wave of strikes.",
        "Residents said text messages were still not getting through.",
        "The regional governor ordered the blackout on Thursday as the strikes spread.",
        "The interior minister told a radio station in an interview aired Monday night that "
        "talks with union leaders went on.",
        "Meanwhile, thousands of supporters of the governor marched through the capital on "
        "Monday in a show of loyalty.",
        "Union leaders will meet the governor on Friday, a spokesman said.",
        "Shops in the old town open every Monday and close on Saturdays.",
        "The strikes have gone on for three days in some towns.",
    ]
)


def run(text: str, date: dt.date | None = None, furniture=()) -> tuple[TimelineEvent, ...]:
    article = Article(path=Path("story.txt"), text=text, sha256="", date=date, furniture=furniture)
    return timeline(article, nlp.parse(text))


def test_dated_story_is_in_true_order():
    events = run(STORY, dt.date(2026, 1, 13))
    assert [(e.when, e.date, e.day_offset) for e in events] == [
        ("Thursday", dt.date(2026, 1, 8), -5),
        ("Monday night", dt.date(2026, 1, 12), -1),
        ("Monday", dt.date(2026, 1, 12), -1),
        ("Tuesday", dt.date(2026, 1, 13), 0),
        ("Friday", dt.date(2026, 1, 16), 3),
    ]
    assert all(e.precision == "day" for e in events)


def test_undated_story_counts_weekdays_back_from_the_lede():
    events = run(STORY)
    assert [(e.when, e.day_offset) for e in events] == [
        ("Thursday", -5),
        ("Monday night", -1),
        ("Monday", -1),
        ("Tuesday", 0),
        ("Friday", 3),
    ]
    assert all(e.date is None for e in events)


def test_event_is_the_sentence_without_clutter():
    events = {e.when: e for e in run(STORY, dt.date(2026, 1, 13))}
    assert events["Thursday"].event == (
        "The regional governor ordered the blackout on Thursday as the strikes spread."
    )
    assert events["Monday"].event.startswith("Thousands of supporters of the governor marched")
    start = events["Monday"].start
    assert STORY[start : events["Monday"].end] == "Monday"


def test_recurring_times_and_durations_are_not_events():
    whens = [e.when for e in run(STORY, dt.date(2026, 1, 13))]
    assert "every Monday" not in whens and "Saturdays" not in whens
    assert not any("three days" in w for w in whens)


def test_weekday_in_a_quoted_email_is_not_an_event():
    text = (
        "The mayor resigned on Wednesday.\n"
        'In an e-mail to staff he wrote: "I will be at the office on Friday to say goodbye."\n'
        '"We were stunned on Tuesday," a clerk said.'
    )
    events = run(text, dt.date(2026, 1, 15))
    assert [(e.when, e.date) for e in events] == [
        ("Tuesday", dt.date(2026, 1, 13)),
        ("Wednesday", dt.date(2026, 1, 14)),
    ]


def test_future_tense_weekday_is_the_next_one():
    text = "The board plans to vote on Monday. It met on Monday to draft the plan."
    events = run(text, dt.date(2026, 1, 14))  # a Wednesday
    assert [(e.date, e.event[:12]) for e in events] == [
        (dt.date(2026, 1, 12), "It met on Mo"),
        (dt.date(2026, 1, 19), "The board pl"),
    ]


def test_month_and_year_precision():
    text = (
        "The company was sold in early August, a year after it was listed in 2024.\n"
        "Its founder left last July.\n"
        "The court ruled yesterday that the sale was lawful."
    )
    events = run(text, dt.date(2026, 3, 10))
    assert [(e.when, e.date, e.precision, e.day_offset) for e in events] == [
        ("2024", dt.date(2024, 1, 1), "year", None),
        ("last July", dt.date(2025, 7, 1), "month", None),
        ("early August", dt.date(2025, 8, 1), "month", None),
        ("yesterday", dt.date(2026, 3, 9), "day", -1),
    ]


def test_undated_yesterday_and_today_are_fixed():
    text = (
        "Judges ruled yesterday that the fine was fair.\n"
        "The driver said today he would appeal.\n"
        "He got the fine on April 15, 2013, after a long stay."
    )
    events = run(text)
    assert [(e.when, e.day_offset) for e in events] == [
        ("April 15, 2013", None),
        ("yesterday", -1),
        ("today", 0),
    ]
    assert events[0].date == dt.date(2013, 4, 15)


def test_furniture_never_reaches_the_timeline():
    text = "Rebels took the town on Sunday.\nWhat to know about the siege that began Friday\n"
    furniture = ((32, 79),)
    assert text[32:79].startswith("What to know")
    events = run(text, dt.date(2026, 1, 13), furniture)
    assert [e.when for e in events] == ["Sunday"]


def test_single_quoted_letter_in_one_paragraph_text():
    text = (
        "Police found the hiker on Saturday after a week-long search. In a letter to her "
        "sister she wrote: 'I will be back on Thursday, do not worry.' Her family said "
        "yesterday they were overjoyed."
    )
    events = run(text, dt.date(2026, 1, 19))  # a Monday
    assert [(e.when, e.day_offset) for e in events] == [("Saturday", -2), ("yesterday", -1)]


def test_until_reads_the_verb():
    text = (
        "Until Thursday, the senator had refused to release the records.\n"
        "The final has been postponed until Saturday because of snow."
    )
    events = run(text, dt.date(2026, 1, 16))  # a Friday
    assert [(e.when, e.day_offset) for e in events] == [("Thursday", -1), ("Saturday", 1)]
