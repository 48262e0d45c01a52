"""Timeline: events in true order, dates resolved against the publication date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

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
        ("Monday", dt.date(2026, 1, 12), -1),
        ("Monday night", dt.date(2026, 1, 12), -1),
        ("Tuesday", dt.date(2026, 1, 13), 0),
        ("Friday", dt.date(2026, 1, 16), 3),
    ]
    assert all(e.precision == "day" for e in events)


def test_undated_story_counts_weekdays_back_from_the_lede():
    events = run(STORY)
    # The order is the lede's; the offsets stay unknown: the lede's day may not be day 0.
    assert [(e.when, e.day_offset) for e in events] == [
        ("Thursday", None),
        ("Monday night", None),
        ("Monday", None),
        ("Tuesday", None),
        ("Friday", None),
    ]
    assert all(e.date is None for e in events)


def test_undated_offsets_when_the_text_pins_the_day():
    text = "Talks broke down today, Tuesday, after rebels shelled the port on Sunday."
    events = run(text)
    assert [(e.when, e.day_offset) for e in events] == [("Sunday", -2), ("today", 0)]


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


def test_weekday_in_a_quoted_email_or_undated_speech_is_not_an_event():
    text = (
        "The mayor resigned on Wednesday.\n"
        'In an e-mail to staff he wrote: "I will be at the office on Friday to say goodbye."\n'
        '"We were stunned on Tuesday," a clerk said.'
    )
    events = run(text, dt.date(2026, 1, 15))
    assert [(e.when, e.date) for e in events] == [("Wednesday", dt.date(2026, 1, 14))]


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
    # "until Thursday" bounds the refusal, it does not date it; a postponement moves the
    # final to Saturday
    text = (
        "Until Thursday, the senator had refused to release the records.\n"
        "The final has been postponed until Saturday because of snow."
    )
    events = run(text, dt.date(2026, 1, 16))  # a Friday
    assert [(e.when, e.day_offset) for e in events] == [("Saturday", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before Thursday's announcement, the mayor said she would resign.", []),
        ("Ahead of Monday's talks, the envoys met in Rome.", []),
        ("Prior to Tuesday's ruling, the firm had denied any wrongdoing.", []),
        ("The bill must be signed before the deadline at midnight Thursday.", []),
        ("Applicants must file their forms by Wednesday.", []),
        ("The bridge was damaged by Tuesday's storm.", [("Tuesday", -3)]),
        ("Before leaving for Paris on Thursday, the minister met the unions.",
         [("Thursday", -1)]),
        ("The match has been delayed until Sunday.", [("Sunday", 2)]),
        ("She led the charity until 2019 and now teaches.", []),
    ],
)  # fmt: skip
def test_a_limit_preposition_does_not_date_the_event(text, expected):
    events = run(text, dt.date(2026, 1, 16))  # a Friday
    assert [(e.when, e.day_offset) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the date outside the quote: the event is the text after the quotation
        ('The mayor was in a hurry. "We waited for hours. Nobody came," the mayor said on '
         "Tuesday at the town hall.",
         "The mayor said on Tuesday at the town hall."),
        # the date inside: the attribution and the dated clause, in marks
        ('The mayor spoke at length. "We built the bridge in 1998. It still stands," the mayor '
         "said.",
         "The mayor said: \u201cWe built the bridge in 1998.\u201d"),
        ("\u201cThe strike began in 2011 over pay. It never ended,\u201d Ms Lane told reporters.",
         "Ms Lane told reporters: \u201cThe strike began in 2011 over pay.\u201d"),
        # a sentence that carries its own attribution is kept whole
        ('The coach said on Tuesday that his team "played badly".',
         'The coach said on Tuesday that his team "played badly".'),
    ],
)  # fmt: skip
def test_an_event_never_starts_mid_quote(text, event):
    events = run(text, dt.date(2026, 1, 16))  # a Friday
    assert [e.event for e in events] == [event]


CAPTIONED = (
    "A farmer found the stolen tractor in a ditch after a long search, police said. The "
    "tractor was taken from a shed near the village of Holm on a cold night while the farm "
    "slept. Officers said the thieves left no trace at the scene. The farmer paid for the "
    "tractor with his savings, his wife said. Police hope to trace the thieves soon. "
    "Neighbours have offered a reward to anyone who can help. The farmer was left in tears "
    "in the yard The tractor was found in a ditch near the village of Holm on March 3, 2024 "
    "Officers said the thieves left no trace at the scene. A local garage has offered to "
    "repair the tractor free of charge. The farmer was left in tears in the yard. The "
    "village has set up a fund to help the family. The reward now stands at several "
    "thousand pounds, a spokesman for the farmers union said on the phone. Police urged "
    "anyone with information to come forward and to call them as soon as possible. "
    "The family thanked the village for its help and kindness in a statement. "
    "King, pictured with the farmer in 2019, gave the first donation."
)


def test_run_in_caption_is_cut_at_the_boundary_the_repeats_reveal():
    events = run(CAPTIONED, dt.date(2024, 3, 8))
    assert [(e.when, e.event) for e in events] == [
        ("March 3, 2024",
         "The tractor was found in a ditch near the village of Holm on March 3, 2024"),
    ]  # fmt: skip


# A past story with no weekday in its lede: the lede's event is retold with its day later on.
RETOLD = "\n".join(
    [
        "Mayor Calls Budget 'A Scandal' Over School Closures.",
        'Mayor Ann Holt described the council\'s new budget as a "scandal" after it closed four '
        "schools in the northern district.",
        "At a hearing on Tuesday, the council's treasurer defended the cuts to school funding.",
        "The treasurer repeated on Tuesday that the district had lost pupils.",
        "The school board met on Tuesday to discuss appeals.",
        'Holt, who has led the city since her election in May, called the budget a "scandal" '
        "Wednesday on a local radio show.",
        "The last of the four schools was closed Friday after a final assembly.",
        "On Wednesday, she told parents that she was troubled by the cuts.",
    ]
)


def test_undated_past_weekdays_count_back_from_the_retold_lede():
    whens = [e.when for e in run(RETOLD) if e.precision == "day"]
    assert whens == ["Friday", "Tuesday", "Tuesday", "Tuesday", "Wednesday", "Wednesday"]
    dated = run(RETOLD, dt.date(2026, 1, 14))  # a Wednesday
    assert [e.day_offset for e in dated if e.precision == "day"] == [-5, -1, -1, -1, 0, 0]


def test_undated_weekdays_get_no_invented_offsets():
    text = (
        "A boy slipped into the bear enclosure on Saturday. He was unhurt.\n"
        "The zoo plans to press charges against the family on Monday."
    )
    assert [(e.when, e.day_offset) for e in run(text)] == [("Saturday", None), ("Monday", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the debate is ahead: the article's other mentions of Monday say so
        ("The senator praised the moderator of Monday night's debate.\n"
         "The two candidates meet for the debate Monday in Ohio.",
         [("Monday", 3), ("Monday night", 3)]),
        # framing: "ahead of the debate"
        ("Aides prepared ahead of the debate.\n"
         "The senator has praised the moderator of Monday night's debate.",
         [("Monday night", 3)]),
        # nothing says it is ahead: the verb's past tense stands
        ("The senator mocked his rival's cough during the Monday night debate.",
         [("Monday night", -4)]),
        # the article tells of a past and a coming Monday: which one is unsure, left out
        ("Crowds gathered on Monday in the square.\n"
         "The union will strike again on Monday.\n"
         "Officials praised the calm of Monday's rally.",
         [("Monday", -4), ("Monday", 3)]),
    ],
)  # fmt: skip
def test_noun_phrase_days_take_the_articles_reading(text, expected):
    events = run(text, dt.date(2026, 1, 23))  # a Friday
    assert [(e.when, e.day_offset) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the paper's own weekday told in the future is a week later ...
        ("The council will vote on Tuesday.", [("Tuesday", 7)]),
        # ... unless the text marks that very day
        ("The council will vote tonight, Tuesday.", [("tonight", 0)]),
        ("The council will vote this Tuesday.", [("this Tuesday", 0)]),
    ],
)
def test_future_weekday_of_the_papers_own_day(text, expected):
    events = run(text, dt.date(2026, 1, 13))  # a Tuesday
    assert [(e.when, e.day_offset) for e in events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day the words were said is unknown: left out
        ('The mayor spoke to reporters. "We lost power last night," she said.', []),
        # said on Monday: "last night" is Sunday night, not the night before publication
        ('"We lost power last night," the mayor said on Monday.',
         [("last night", -3), ("Monday", -2)]),
        # undated speech: "today", a weekday, "last year", "this week" are the speaker's
        ('The mayor spoke. "The roads are closed today," she said.', []),
        ('The mayor spoke. "Crews worked through Friday," she said.', []),
        ('The mayor spoke. "Sales are up on last year," she said.', []),
        ('The mayor spoke. "It has been a hard week this week," she said.', []),
        # dated speech: "today" is the day the words were said, so it repeats "Monday"
        ('The mayor said on Monday: "The roads are closed today."', [("Monday", -2)]),
        # a weekday in dated speech counts back from the day it was said
        ('The mayor said on Monday: "Crews worked through Friday."',
         [("Friday", -5), ("Monday", -2)]),
        # news style: a new quote opens without closing the last one
        ('The manager said: "It was busy. "The stores were full today," she said.', []),
    ],
)  # fmt: skip
def test_quoted_relative_days_count_from_the_speech(text, expected):
    events = run(text, dt.date(2026, 1, 14))  # a Wednesday
    assert [(e.when, e.day_offset) for e in events] == expected


def test_year_as_a_modifier_is_not_an_event():
    text = (
        "The last member of the 1953 team died last June.\n"
        "He helped lead the 1968 coup against the king.\n"
        "His 2012 campaign failed."
    )
    events = run(text, dt.date(2026, 3, 10))
    assert [(e.when, e.precision) for e in events] == [("1968", "year"), ("last June", "month")]
    assert events[1].date == dt.date(2025, 6, 1)


def test_caption_run_into_a_sentence_is_trimmed_and_repeats_dropped():
    text = (
        "Deputies seized 70 dogs from a trailer. The owner refused to hand over the dogs on "
        "Wednesday, officials said. Dogs were checked by vets The owner refused to hand over "
        "the dogs on Wednesday, officials said. He played for the club for years and won the "
        "cup It was family commitments that kept him from the final on Sunday."
    )
    events = run(text, dt.date(2026, 1, 23))  # a Friday
    assert [(e.when, e.event) for e in events] == [
        ("Sunday", "It was family commitments that kept him from the final on Sunday."),
        ("Wednesday", "The owner refused to hand over the dogs on Wednesday, officials said."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The court said the rules break the Voter Registration Act of 1993.", []),
        ("The 1964 Civil Rights Act was cited by the judge.", []),
        ("In 1964 Congress passed the Civil Rights Act.", ["1964"]),
        ("Shops stayed open until 1900 GMT on the day.", []),
        ("The convoy left at 1930 hrs.", []),
        ("The town was founded in 1900 by farmers.", ["1900"]),
    ],
)
def test_law_names_and_clock_times_are_not_events(text, expected):
    assert [e.when for e in run(text, dt.date(2026, 1, 14))] == expected


@pytest.mark.parametrize(
    ("text", "when", "event"),
    [
        ("Many workers moved to the U.S. Since 2009, more than 30 men have left the town.",
         "2009", "Since 2009, more than 30 men have left the town."),
        ("The firm moved to the U.K. In March it opened a plant.",
         "March", "In March it opened a plant."),
        # not a clause opener: "U.S. House" stays one sentence
        ("The bill passed the U.S. House on Friday after a long debate.",
         "Friday", "The bill passed the U.S. House on Friday after a long debate."),
    ],
)  # fmt: skip
def test_run_on_sentence_after_an_initialism_is_split(text, when, event):
    events = {e.when: e for e in run(text, dt.date(2026, 1, 14))}
    assert events[when].event == event


def test_each_event_is_the_sentence_holding_its_date():
    text = (
        "Crowds filled the malls on Saturday. Staff expected 100,000 more visitors on Sunday.\n"
        "The park reopened on Friday."
    )
    events = run(text, dt.date(2026, 1, 19))  # a Monday
    for e in events:
        assert e.when in e.event
        assert text[e.start : e.end] == e.when
    assert {e.when: e.event for e in events}["Sunday"] == (
        "Staff expected 100,000 more visitors on Sunday."
    )


def test_events_of_one_day_go_by_part_of_day_and_later_today_is_that_day():
    text = (
        "The mayor spoke at a rally Friday evening in the port.\n"
        "Officials said Friday that the count was done.\n"
        "The governor unleashed a series of posts early Friday about the vote.\n"
        "The mayor will address the posts at an event later Friday.\n"
    )
    events = run(text, dt.date(2016, 9, 30))
    assert [(e.when, e.day_offset) for e in events] == [
        ("early Friday", 0),
        ("Friday", 0),
        ("Friday evening", 0),
        ("later Friday", 0),
    ]

