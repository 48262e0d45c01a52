"""Session 23 (own sentences). Actors: "Prince Edmund" is named with his style; "Western
Conference of Sheriffs" is a body, not an event; "Rise Up Ohio, a super PAC" and "Ana Ruiz of
The Ledger" name bodies the tagger missed; "Courierly reported" names an outlet; a setting
named alone in its sentence stays among many. Roles: "Majority Whip Ann Lee" and "intern Jo
Kay" are titles; two people and two titles in one sentence give no role. Numbers: "-11
points" is negative; figures paired by "respectively" each keep their own name; "(34%
agree)" after a group is the group's; "180 in Utah" after "250 women infected in Ohio"
counts women in Utah; "whose age, 44," is an age; "Four hours later, X did" is no claim of
X's. Later: "the Greens" read as a nationality and "NSW" read as a count still name bodies; a
region acting as a subject is an actor; "X's ex-husband is speaking out" opening the article
is the next subject's role; "The video maker, named X"; "Acme/Zed Poll" names two bodies;
"from Curry Mallet, Somerset" is a town; a full name tagged only in a caption counts where
the body names it untagged; a title in the quote's own marks stays inside the quote; "Hale's
supporters" and "Hale supporters" are one group. Timeline: "despite losses on Tuesday, X
remains" dates past losses; "will have until Friday to file" is a deadline on Friday. Two
untagged name words side by side are one name ("Wall Street", a place); a caption's full name
names the person the body calls by surname only."""

from __future__ import annotations

import datetime

from generator.model import Actor, Briefing, NumberFact
from tests.briefing import brief_text, brief_with

DAY = datetime.date(2016, 3, 10)


def _actor(b: Briefing, name: str) -> Actor:
    return next(a for a in b.actors if a.name == name)


def _number(b: Briefing, value: float) -> NumberFact:
    return next(n for n in b.numbers if n.value == value)


def test_a_royal_known_by_one_name_is_listed_with_the_style() -> None:
    text = (
        "Prince Edmund opened the new bridge at Harwick on Monday. Edmund said the town had "
        "waited long enough. Crowds lined the river to see Prince Edmund cut the ribbon.\n"
    )
    b = brief_with(text, [("Prince Edmund", "PERSON"), ("Harwick", "GPE"), ("Edmund", "PERSON", 50),
                          ("Prince Edmund", "PERSON", 100)])
    assert "Prince Edmund" in [a.name for a in b.actors]
    assert "Edmund" in _actor(b, "Prince Edmund").aliases


def test_a_conference_of_office_holders_is_a_body() -> None:
    text = (
        "Governor Ana Ruiz, who was speaking to the Western Conference of Sheriffs, did not "
        "mention her rival by name. Ruiz said the state would hire more deputies.\n"
    )
    names = [a.name for a in brief_with(text, [
        ("Ana Ruiz", "PERSON"), ("Western Conference of Sheriffs", "ORG"), ("Ruiz", "PERSON", 60),
    ]).actors]
    assert "Western Conference of Sheriffs" in names


def test_a_name_described_as_a_kind_of_body_is_a_body() -> None:
    text = (
        "Dana Whitlock has been attacked from several sides this month.\n\n"
        "Rise Up Ohio, a super PAC backing former governor Tom Hale, has spent heavily against "
        "her. Whitlock said the ads were false.\n"
    )
    b = brief_with(text, [("Dana Whitlock", "PERSON"), ("Tom Hale", "PERSON"),
                          ("Whitlock", "PERSON", 100)])
    assert _actor(b, "Rise Up Ohio").kind == "organization"


def test_a_body_after_of_the_with_a_capital_is_the_persons_outlet() -> None:
    text = (
        "Nothing was released. Ana Ruiz of The Ledger asked the governor on Friday whether "
        "she would publish the letters. Ruiz wrote that the answer was no.\n"
    )
    b = brief_with(text, [("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON", 90)])
    assert _actor(b, "Ana Ruiz").role == "The Ledger"
    assert "Ledger" in [a.name for a in b.actors]


def test_an_untagged_name_that_reports_is_an_outlet() -> None:
    text = (
        "Governor Ana Ruiz met bankers in private last year. Courierly reported, citing people "
        "in the room, that Ruiz promised lower taxes. Ruiz denied it.\n"
    )
    b = brief_with(text, [("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON", 100), ("Ruiz", "PERSON", 125)])
    assert _actor(b, "Courierly").kind == "organization"


def test_a_setting_named_alone_in_its_sentence_stays_among_many() -> None:
    text = (
        "Tom Hale leads the inquiry into the storms. Hale began his work in Harwick last "
        "week. Hale said so.\n\nStorms hit homes in Leeds, in York and in Bath. Roofs fell "
        "in Hull. Trees fell in Derby.\n"
    )
    names = [a.name for a in brief_text(text, DAY).actors]
    assert {"Harwick", "Hull"} <= set(names)  # the first two named alone
    assert not {"Leeds", "York", "Bath", "Derby"} & set(names)


def test_a_whip_and_an_intern_are_titles() -> None:
    text = (
        "Senate Majority Whip Ann Lee responded on the floor. Lee told reporters the bill "
        "was dead. She also criticised intern Jo Kay, who leaked the memo.\n"
    )
    b = brief_with(text, [("Ann Lee", "PERSON"), ("Lee", "PERSON", 50), ("Jo Kay", "PERSON")])
    assert _actor(b, "Ann Lee").role == "Senate Majority Whip"
    assert _actor(b, "Jo Kay").role == "intern"


def test_two_titles_for_two_people_in_one_sentence_give_neither() -> None:
    text = (
        "Though he cannot win the nomination outright, Tom Hale seems to stand the best "
        "chance of defeating Ana Ruiz in November, three new surveys suggest.\n\nWhen Hale "
        "is matched up against Ruiz, 45 percent of likely voters across the state said they "
        "would back the Utah governor, while 39 percent picked the former secretary of state. "
        "Against Ruiz, Hale leads with men.\n\n"
        "Ed Cole and Sam Park trailed Ruiz, the front-runner for the nomination.\n"
    )
    b = brief_text(text, DAY)
    assert _actor(b, "Ana Ruiz").role == "front-runner for the nomination"
    assert _actor(b, "Tom Hale").role is None


def test_a_signed_figure_keeps_its_sign() -> None:
    text = "Ruiz had a net rating of -11 points, while Hale sits at +32 points in the poll.\n"
    b = brief_text(text, DAY)
    assert _number(b, -11).unit == "points"
    assert _number(b, 32).unit == "points"


def test_figures_paired_by_respectively_keep_their_own_names() -> None:
    text = (
        "Hale also beat Ruiz in surveys taken by Quinnipiac and Fox News, with leads of 8 "
        "points and 11 points respectively.\n"
    )
    b = brief_with(text, [("Hale", "PERSON"), ("Ruiz", "PERSON"), ("Quinnipiac", "ORG"),
                          ("Fox News", "ORG")])
    assert "Fox News" in _number(b, 11).about
    assert "Fox News" not in _number(b, 8).about
    assert _number(b, 11).source == "Fox News"


def test_a_share_in_brackets_after_a_group_is_the_groups() -> None:
    text = 'Optimism is higher among Hispanics (34% "strongly agree") than among others.\n'
    b = brief_with(text, [("Hispanics", "NORP")])
    assert _number(b, 34).about == "Optimism (Hispanics)"


def test_a_bare_count_in_another_place_counts_the_same_thing() -> None:
    text = (
        "The agency is monitoring 250 pregnant women infected with the virus in Ohio and "
        "180 in Utah.\n"
    )
    b = brief_with(text, [("Ohio", "GPE"), ("Utah", "GPE")])
    n = _number(b, 180)
    assert n.unit == "women"
    assert "in Utah" in n.about and "Ohio" not in n.about


def test_an_age_set_off_after_the_word_age_is_an_age() -> None:
    text = "Hale pitched himself as a cheerful reformer whose age, 44, helped him win.\n"
    n = _number(brief_text(text, DAY), 44)
    assert (n.unit, n.about) == ("years", "age")


def test_a_span_of_time_opening_a_sentence_dates_the_clause() -> None:
    text = (
        "The boy's mother rang the police. Less than four hours later, a neighbour rang "
        "police and reported that the van stood nearby.\n"
    )
    n = _number(brief_text(text, DAY), 4)
    assert n.about == "later, a neighbour rang police"
    assert n.source is None


def test_a_party_nickname_the_tagger_read_as_a_nationality_is_a_body() -> None:
    text = "In Kent, the Greens urged the council to open the parks. Tom Hale said no.\n"
    b = brief_with(text, [("Kent", "GPE"), ("Greens", "NORP"), ("Tom Hale", "PERSON")])
    assert _actor(b, "Greens").kind == "organization"


def test_capitals_the_tagger_read_as_a_count_still_open_a_name() -> None:
    text = "But NSW Growers Chamber chief officer Tom Hale told reporters it is not needed.\n"
    b = brief_with(text, [("NSW", "CARDINAL"), ("Tom Hale", "PERSON")])
    assert "NSW Growers Chamber" in [a.name for a in b.actors]


def test_a_region_acting_as_a_subject_is_an_actor() -> None:
    text = (
        "Tom Hale wants a holiday on Monday. Hale said so in Perth and in Darwin and in "
        "Hobart.\n\nWestern Australia has chosen to act on its own and will give workers the "
        "day off.\n"
    )
    b = brief_with(text, [("Tom Hale", "PERSON"), ("Hale", "PERSON", 10), ("Perth", "GPE"),
                          ("Darwin", "GPE"), ("Hobart", "GPE"), ("Western Australia", "LOC")])
    assert _actor(b, "Western Australia").kind == "place"


def test_a_kin_description_opening_the_article_is_the_next_subjects_role() -> None:
    text = (
        "(CNN)Ana Ruiz's ex-husband is speaking out about their fight over the house. In a "
        "letter printed on Sunday, Tom Hale set out why he wants to keep it.\n"
    )
    b = brief_with(text, [("CNN", "ORG"), ("Ana Ruiz's", "PERSON"), ("Tom Hale", "PERSON")])
    assert _actor(b, "Tom Hale").role == "Ana Ruiz's ex-husband"


def test_a_title_given_with_named_is_the_persons_role() -> None:
    text = (
        "The puppy chases the lizard. The video maker, named Ana Ruiz, can be heard laughing. "
        "Ruiz said the pets are friends.\n"
    )
    b = brief_with(text, [("Ana Ruiz", "PERSON"), ("Ruiz", "PERSON", 70)])
    assert _actor(b, "Ana Ruiz").role == "video maker"


def test_two_sponsors_joined_by_a_slash_before_a_poll_are_bodies() -> None:
    text = (
        "The latest Daily Ledger/Vote the Future Poll of young adults finds optimism. "
        "Tom Hale said so.\n"
    )
    b = brief_with(text, [("Tom Hale", "PERSON")])
    assert {"Daily Ledger", "Vote the Future"} <= {a.name for a in b.actors}


def test_a_town_after_from_and_before_a_county_is_a_place() -> None:
    text = "Mr Hale, from Curry Mallet, Somerset said his dog pulled him in. Hale was shaken.\n"
    b = brief_with(text, [("Hale", "PERSON"), ("Curry Mallet", "PERSON"), ("Somerset", "GPE"),
                          ("Hale", "PERSON", 20)])
    assert _actor(b, "Curry Mallet").kind == "place"


def test_a_full_name_tagged_only_in_a_caption_counts_in_the_body() -> None:
    text = (
        "Shoppers can mingle in the styling suite with the soap's heart-throb Tavi Hale.\n\n"
        "Star turn: The label has asked Ana Ruiz and Tavi Hale to host the launch \n\n"
        "The store opens on Friday.\n"
    )
    caption = text.index("Star turn")
    b = brief_with(text, [("Ana Ruiz", "PERSON"), ("Tavi Hale", "PERSON", caption)], True)
    assert "Tavi Hale" in [a.name for a in b.actors]


def test_a_title_in_the_quotes_own_marks_does_not_end_the_quote() -> None:
    text = (
        '"It drew notice because of who we are -- my ex stars in the TV show "Kitchen '
        'Wars" -- and because the case raises hard questions," Tom Hale wrote.\n'
    )
    quotes = brief_with(text, [("Tom Hale", "PERSON")]).quotes
    assert quotes[0].text.endswith("raises hard questions")
    assert quotes[0].speaker == "Tom Hale"


def test_a_persons_supporters_are_one_group() -> None:
    text = (
        "Tom Hale's supporters packed the hall on Friday. Not all Hale supporters share his "
        "views, Ana Ruiz said. Hale supporters say the press is unfair.\n"
    )
    second = text.index("Hale", 10)
    b = brief_with(text, [("Tom Hale's", "PERSON"), ("Hale", "PERSON", second),
                          ("Ana Ruiz", "PERSON"), ("Hale", "PERSON", second + 5)])
    assert _actor(b, "Hale supporters").kind == "group"


WEDNESDAY = datetime.date(2016, 4, 27)


def test_a_day_dating_defeats_despite_which_one_goes_on_is_past() -> None:
    text = (
        "Despite a string of painful losses on Tuesday night, Gov. Tom Hale remains set on "
        "staying in the race to the end.\n"
    )
    events = brief_text(text, WEDNESDAY).timeline
    assert [(e.when, e.day_offset) for e in events] == [("Tuesday night", -1)]


def test_a_deadline_given_until_a_day_is_an_event_on_that_day() -> None:
    text = (
        "The three remaining hopefuls are to have until Friday at noon to hand in their "
        "papers for the race.\n"
    )
    events = brief_text(text, datetime.date(2016, 7, 14)).timeline
    assert [(e.when, e.day_offset) for e in events] == [("Friday", 1)]


def test_two_untagged_name_words_side_by_side_are_one_place() -> None:
    text = (
        "Tom Hale says Ana Ruiz is beholden to Wall Street. An ad calls her a tool of Wall "
        "Street. Ruiz denies that Wall Street funds her, and Hale keeps attacking.\n"
    )
    b = brief_with(text, [("Tom Hale", "PERSON"), ("Ana Ruiz", "PERSON"),
                          ("Ruiz", "PERSON", 90), ("Hale", "PERSON", 120)])
    names = [a.name for a in b.actors]
    assert _actor(b, "Wall Street").kind == "place"
    assert "Wall" not in names and "Street" not in names


def test_a_full_name_in_a_caption_names_the_person_the_body_calls_by_surname() -> None:
    text = (
        "The visitors won 3-1 at Elland Road on Saturday.\n\n"
        "Goal machine: The club has handed Tavi Hale a new deal until 2020 \n\n"
        "Hale scored twice in the win. Hale said the side was growing in belief.\n"
    )
    second = text.index("Hale scored")
    b = brief_with(text, [("Tavi Hale", "PERSON"), ("Hale", "PERSON", second),
                          ("Hale", "PERSON", second + 5)], True)
    assert "Tavi Hale" in [a.name for a in b.actors]
