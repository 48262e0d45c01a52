"""Timeline rules from session 13: a weekday in brackets that cite a source ("(a column,
Thursday)") takes no tense from the sentence around it; on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from tests.test_timeline import run

MON = dt.date(2016, 3, 7)


def test_a_cited_weekday_in_brackets_is_in_the_past() -> None:
    events = run('For once I agree with Tom Ruiz ("Ruiz slams the toll plan," The Ledger, '
                 "Thursday).", MON)
    assert [(e.when, e.day_offset) for e in events] == [("Thursday", -4)]


def test_a_weekday_in_brackets_with_its_own_verb_keeps_its_tense() -> None:
    events = run("The council (which will meet on Friday) is split.", MON)
    assert [(e.when, e.day_offset) for e in events] == [("Friday", 4)]


def test_a_contest_in_the_object_of_before_keeps_its_day() -> None:
    tue = dt.date(2016, 4, 5)
    events = run("The advert airs a fortnight before the April 19 primary in Ohio.", tue)
    assert [(e.when, e.day_offset) for e in events] == [("April 19", 14)]
    events = run("Tempers frayed in the weeks leading up to Monday's Iowa caucus.", tue)
    assert [(e.when, e.day_offset) for e in events] == [("Monday", -1)]


def test_an_announcement_in_the_object_of_before_is_still_no_event_of_that_day() -> None:
    events = run("Before Friday's announcement, the firm said profits fell.", MON)
    assert events == ()


def test_a_vote_after_before_keeps_its_day() -> None:
    events = run("Before Thursday's vote, the mayor said she would resign.", MON)
    assert [(e.when, e.day_offset) for e in events] == [("Thursday", -4)]


def test_a_contest_ahead_of_a_present_or_verbless_clause_is_ahead() -> None:
    thu = dt.date(2016, 2, 18)
    events = run("Ahead of Saturday's Nevada caucus, both camps must win over union voters.", thu)
    assert [(e.when, e.day_offset) for e in events] == [("Saturday", 2)]
    events = run("Live updates in the lead up to Tuesday's Ohio primary.", thu)
    assert [(e.when, e.day_offset) for e in events] == [("Tuesday", 5)]


def test_a_dated_contest_after_a_past_clause_takes_the_nearest_year() -> None:
    events = run("Once again, Ana Ruiz ignored her rival at a rally ahead of the June 7 primary.",
                 dt.date(2016, 5, 24))
    assert [(e.when, e.date) for e in events] == [("June 7", dt.date(2016, 6, 7))]


def test_a_caption_run_in_does_not_make_yesterday_part_of_a_name() -> None:
    events = run("The gang used a fake profile run by a man called Dave Yesterday he was fined "
                 "at Derby Crown Court. She reads USA Today at work.", MON)
    assert [(e.when, e.day_offset) for e in events] == [("Yesterday", -1)]


def test_a_contest_day_under_a_past_clause_that_is_not_the_root_is_past() -> None:
    text = (
        "A loud row over whether Ruiz met the residency rule grew during the weeks before "
        "Monday\u2019s Ohio caucus \u2014 stoked mostly by jibes from his rival Tom Hale, who "
        "raised it at every stop."
    )
    days = [e.date for e in run(text, dt.date(2016, 2, 2)) if e.when == "Monday"]
    assert days == [dt.date(2016, 2, 1)], days
