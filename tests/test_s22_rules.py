"""Session 22 (own sentences). Speakers: in "Nothing the mayor said “…,” the senator said"
the senator speaks; a headline quote repeated with a speaker takes that speaker; "In talks
with X, the candidate stated" is the candidate's; a pledge to act is no speech later quotes
go on from. Quote marks: "That' s right" does not close a quote; a quote opened after
"think" nests and shares its close before the speech tag. Roles: a title before a name set
off by "--"; an apposition stops before "to" and its verb; "ranking Democrat"; a described
hyphenated title refers back; "the college's president says" names the next subject; no
leading space. Actors: "a Marine" and "Shadow" are none; a surname joined to a person named
in full is a person's; a scene-setting place stays a place; a party read as a work is a
body; "Treasury analysis shows" names the Treasury. Numbers: "adds up to" is no bound."""

from __future__ import annotations

from generator.extract.quote_marks import regions
from generator.model import Actor, Briefing, Quote
from tests.briefing import brief_text, brief_with


def _actor(b: Briefing, name: str) -> Actor:
    return next(a for a in b.actors if a.name == name)


def _quote(b: Briefing, start: str) -> Quote:
    return next(q for q in b.quotes if q.text.startswith(start))


def test_the_subject_right_before_a_trailing_cue_speaks() -> None:
    text = (
        "President Obama spoke to the nation on Sunday night.\n\n"
        "Sen. Dana Whitlock, R-Ohio, appearing on a morning show, said Obama failed to calm "
        'voters. Nothing the president said "will calm the nerves of families," the Ohio '
        "senator said.\n"
    )
    assert _quote(brief_text(text), "will calm").speaker == "Dana Whitlock"


def test_a_headline_quote_takes_the_speaker_it_has_further_down() -> None:
    text = (
        "Voters' verdict: 'Is that all we get?'; \nLeaders say the plan is weak.\n\n"
        "The mayor spoke on Sunday about the budget.\n\n"
        "Tomas Brandt said the speech was weak.\n\n"
        '"Is that all we get?" Brandt said. "We need better."\n'
    )
    quotes = [q for q in brief_text(text).quotes if q.text.startswith("Is that all")]
    assert len(quotes) == 2
    assert {q.speaker for q in quotes} == {"Tomas Brandt"}


def test_a_title_before_a_name_set_off_by_a_double_hyphen_is_a_role() -> None:
    text = (
        "A former Green Party mayoral candidate -- Tessa Morrow, who lost the 2012 race -- said "
        'the council "offered nothing new to the town."'
    )
    assert "mayoral candidate" in (_actor(brief_text(text), "Tessa Morrow").role or "")


def test_an_apposition_stops_before_an_infinitive_clause() -> None:
    text = (
        "Carl Benning, attorney for one of three unions to file suit over the rule, said in a "
        "statement that the ruling was fair."
    )
    assert _actor(brief_text(text), "Carl Benning").role == "attorney for one of three unions"


def test_ranking_before_a_party_is_part_of_the_title() -> None:
    text = (
        '"We are tired of this," said Budget ranking Democrat Karen Mills (D-Ore.). '
        '"They want headlines."'
    )
    assert "ranking Democrat" in (_actor(brief_text(text), "Karen Mills").role or "")


def test_one_member_after_a_is_no_actor() -> None:
    text = (
        "The two senators point to a trial where a Marine had been convicted of neglect. "
        "Senator Ivo Lund spoke to reporters on Monday."
    )
    assert "Marine" not in {a.name for a in brief_text(text).actors}


def test_a_surname_joined_to_a_person_named_in_full_is_a_person() -> None:
    text = (
        "Ines Calder leads the race for the state senate seat.\n\n"
        "Calder and Brisk are disliked by more voters than any candidates in years, a poll "
        "found. Brisk has been silent since the debate. Voters say Brisk is a risk.\n"
    )
    second = text.index("\n\n")
    b = brief_with(text, [("Ines Calder", "PERSON", 0), ("Calder", "PERSON", second),
                           ("Brisk", "PERSON", second)])
    assert _actor(b, "Brisk").kind == "person"


def test_a_description_set_off_after_a_name_speaks_for_its_own_cue() -> None:
    text = (
        "Nora Vale says the rival's remarks surprised her.\n\n"
        "In an interview with radio hosts Ken Sato and Ida Munro, the Green Party candidate "
        "stated that the remarks did not \u201cfit with the man I thought I knew.\u201d\n"
    )
    assert _quote(brief_text(text), "fit with").speaker == "Nora Vale"


def test_a_description_with_a_hyphenated_title_refers_back() -> None:
    text = (
        "Karl Dorne has targeted the neighbours for months.\n\n"
        "Ana Ruiz took over the embassy last year. Last year, she played down the comments by "
        "Dorne and argued that attacking the Liberal presidential front-runner would only "
        "help him.\n"
    )
    assert _actor(brief_text(text), "Karl Dorne").role == "Liberal presidential front-runner"


def test_a_body_officer_subject_is_the_next_sentence_s_speaker() -> None:
    text = (
        "Students burned a banner at the campus on Monday. In response, the college's "
        "president says he regrets the protest. Dr Milo Hart said: 'The banner stood for "
        "everything we share.'"
    )
    assert _actor(brief_text(text), "Milo Hart").role == "college's president"


def test_a_contraction_with_a_stray_space_does_not_close_a_quote() -> None:
    text = (
        "The minister said: \u2018We will double the grant for small farms. That\u2019 s "
        "right \u2013 twice the money for every farm. \u2018That means more jobs.\u2019"
    )
    quote = _quote(brief_text(text), "We will double")
    assert quote.text.endswith("every farm.")
    assert "That\u2019 s right" in quote.text


def test_a_role_after_a_doubled_space_has_no_leading_space() -> None:
    text = "The clinic stays open, she said. Karen Mills,  CEO of Lakeside Health, disagreed."
    assert _actor(brief_text(text), "Karen Mills").role == "CEO of Lakeside Health"


def test_shadow_before_a_title_is_no_actor() -> None:
    text = (
        "In a speech in Leeds, Shadow chancellor Tom Haskins will point to new figures. The "
        "plan cuts taxes, Labour said. \u2018We will fight it.\u2019 Shadow chancellor Tom "
        "Haskins said the plan was unfair.\n"
    )
    b = brief_text(text)
    assert "Shadow" not in {a.name for a in b.actors}
    assert _actor(b, "Tom Haskins").role == "Shadow chancellor"


def test_a_pledge_to_act_is_no_speech_that_quotes_go_on_from() -> None:
    text = (
        "Mr Hale promised more money for schools and said the cost of books was too high. "
        "The Greens have pledged to cut tax relief for the richest to fund the plan. "
        "\u2018For many families, school did not pay because the cost of books was so high. "
        "So we cut the cost for every child.\u2019\n"
    )
    assert _quote(brief_text(text), "For many families").speaker == "Hale"


def test_a_place_setting_before_a_comma_and_a_person_stays_a_place() -> None:
    text = (
        "Riders in three cities have complained this month. And in Leeds, a woman was "
        "reportedly left at the roadside by her driver. The same week, a student in Leeds "
        "said that she was charged twice for one trip.\n"
    )
    assert _actor(brief_text(text), "Leeds").kind == "place"


def test_a_party_the_tagger_read_as_a_work_is_a_body() -> None:
    text = (
        "The budget cuts income tax for most workers, the minister said on Monday. "
        "The Lib Dems said that the tax cut had been their idea all along.\n"
    )
    b = brief_with(text, [("The Lib Dems", "WORK_OF_ART", 0)])
    assert _actor(b, "Lib Dems").kind == "organization"


def test_a_quote_opened_after_think_nests_and_shares_the_close_before_the_tag() -> None:
    text = (
        "So how close to the limit does Ruiz feel? 'There is always more. I look back and "
        "think 'Could I have turned in later? Could I have pushed harder?' said the "
        "28-year-old. 'I am learning all the time.'\n"
    )
    quoted = [text[r.start : r.end] for r in regions(text)]
    assert quoted[0] == (
        "There is always more. I look back and think 'Could I have turned in later? Could I "
        "have pushed harder?"
    )
    assert quoted[1] == "I am learning all the time."


def test_adds_up_to_is_a_sum_not_an_upper_bound() -> None:
    text = (
        "The ministry plans to admit 40,000 students this year and 52,000 next year. "
        "That adds up to 92,000 over two years, the ministry said.\n"
    )
    b = brief_text(text)
    assert next(n for n in b.numbers if n.value == 92000).qualifier is None


def test_a_body_opening_a_sentence_before_its_report_is_an_actor() -> None:
    text = (
        "The tax band is scrapped. Treasury analysis suggests the reforms would help "
        "12million families.\n"
    )
    b = brief_text(text)
    assert "Treasury" in {a.name for a in b.actors}
