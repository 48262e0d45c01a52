"""Timeline, session 16 (own sentences): a quote opened with a curly single mark and closed
with a double one ends there, and a few quoted words run on from the writer's clause tell the
story's own time."""

from __future__ import annotations

import datetime as dt

from generator.extract.timeline_context import quote_spans, woven_quote
from tests.test_timeline import run

SAT = dt.date(2015, 4, 25)
TEXT = (
    "Crowds at the Harbour Bar were angry, Ana Ruiz told the paper. \u2018I can tell you there "
    'were a hundred people who left in disgust." Others took to Twitter to complain after the '
    "owner said the barman responsible was 'sacked this morning' The owner said the bar would "
    "pay for the damage."
)


def test_a_double_mark_closes_a_quote_opened_with_a_curly_single_one() -> None:
    spans = [TEXT[s:e] for s, e in quote_spans(TEXT)]
    assert spans == ["I can tell you there were a hundred people who left in disgust.",
                     "sacked this morning"]


def test_words_quoted_within_the_writers_clause_date_the_story() -> None:
    events = run(TEXT, SAT)
    assert [(e.when, e.day_offset) for e in events] == [("this morning", 0)]
    assert "sacked" in events[0].event


def test_a_quoted_sentence_is_not_woven_into_the_writers_clause() -> None:
    text = "\u201cWe were sacked this morning,\u201d the barman said."
    assert not woven_quote(text, quote_spans(text)[0])
    assert run(text, SAT) == ()


def test_a_weekday_set_on_a_finished_act_is_past_whatever_the_verb() -> None:
    sun = dt.date(2016, 8, 28)
    text = (
        "Ruiz said voters will back her because of the shooting in Leeford on Friday of a "
        "teenager walking home."
    )
    events = run(text, sun)
    assert [(e.when, e.day_offset) for e in events] == [("Friday", -2)]


def test_a_weekday_set_on_a_coming_vote_keeps_the_future() -> None:
    sun = dt.date(2016, 8, 28)
    events = run("Ruiz said voters will back her in the vote in Leeford on Friday.", sun)
    assert [(e.when, e.day_offset) for e in events] == [("Friday", 5)]
