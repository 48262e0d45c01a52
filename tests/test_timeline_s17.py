"""Timeline, session 17 (own sentences): a weekday's night or evening still to come, in a
paper of that weekday, is that same day; "This Morning" inside a show's name is no time."""

from __future__ import annotations

import datetime as dt

from tests.test_timeline import run

MON = dt.date(2016, 9, 26)


def test_a_weekday_night_to_come_in_a_paper_of_that_day_is_the_same_day() -> None:
    text = (
        "Many wonder whether the host will step in at Monday night's town hall debate."
    )
    events = run(text, MON)
    assert [(e.when, e.day_offset) for e in events] == [("Monday night", 0)], events


def test_a_weekday_to_come_with_no_part_of_the_day_is_a_week_later() -> None:
    events = run("The council will vote on the plan on Monday, the mayor said.", MON)
    assert [e.day_offset for e in events] == [7], events


def test_this_morning_in_a_shows_name_is_no_time() -> None:
    text = "The campaign manager told ACN This Morning on Monday that the host would step in."
    events = run(text, MON)
    assert [e.when for e in events] == ["Monday"], events


def test_this_morning_opening_a_sentence_is_a_time() -> None:
    text = "The mayor spoke on Sunday. This morning the council met to vote on the plan."
    events = run(text, MON)
    assert "This morning" in [e.when for e in events], events
