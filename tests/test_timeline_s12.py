"""Timeline rules from session 12: a day told from another date ("the following day", "two
days later"), and a weekday after an agent ("by news organizations Tuesday night") that is no
deadline; on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.test_timeline import run

WED = dt.date(2016, 9, 7)


def test_the_following_day_counts_from_the_date_before_it() -> None:
    events = run("On March 2, 2015, the paper ran the story, and the following day, the panel "
                 "asked for the files to be kept.", WED)
    assert [(e.when, e.date) for e in events] == [
        ("March 2, 2015", dt.date(2015, 3, 2)), ("the following day", dt.date(2015, 3, 3))]


def test_days_later_count_from_a_weekday_in_the_sentence_before() -> None:
    events = run("On Monday, the mayor ordered an audit of the port. Two days later, the auditors "
                 "arrived at the docks.", WED)
    assert [(e.when, e.day_offset) for e in events] == [("Monday", -2), ("Two days later", 0)]


def test_the_next_day_with_nothing_to_count_from_is_left_out() -> None:
    events = run("The mayor ordered an audit of the port. The next day, the auditors arrived.", WED)
    assert events == ()


def test_a_weekday_after_an_agent_dates_the_event() -> None:
    events = run("Ana Ruiz was declared the winner of the primary by news organizations early "
                 "Tuesday night.", WED)
    assert [(e.when, e.day_offset) for e in events] == [("early Tuesday night", -1)]


def test_a_weekday_inside_a_limit_phrase_is_still_a_deadline() -> None:
    events = run("The council must approve the budget before the end of Friday.", WED)
    assert events == ()


def test_a_day_naming_where_a_past_act_took_place_is_past() -> None:
    events = run("Ana Ruiz will appear before the panel on Tuesday. Tom Hale weighed in. “It is "
                 "truly wonderful,” he said at a Tuesday rally in Iowa.", WED)
    assert sorted((e.day_offset, "rally" in e.event) for e in events) == [(-1, True), (6, False)]
