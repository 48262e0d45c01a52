"""Session 24 rules: short titles kept whole, hedging adverbs, descriptions after a quote,
headline kickers, fronted phrases, double spaces, pointing figures, sources set beside a
description, definite leads, pleas, names read as verbs, and more speech verbs."""

from __future__ import annotations

from generator import nlp
from generator.extract.role_words import is_title
from tests.briefing import brief_text


def _actor(briefing, name):
    return next(a for a in briefing.actors if a.name == name)


def _speakers(briefing):
    return [(q.text, q.speaker) for q in briefing.quotes]


def test_pres_abbreviation_stays_one_word_and_gives_the_role() -> None:
    b = brief_text(
        "In the spring issue of the Harbour Review, Pres. Tavi Hale admits the plan failed. "
        "He spoke to reporters on Monday."
    )
    hale = _actor(b, "Tavi Hale")
    assert (hale.kind, hale.role) == ("person", "Pres.")


def test_short_titles_are_one_token_and_keep_the_sentence() -> None:
    doc = nlp.parse("The report was read by Det. Supt. Ana Ruiz on Monday.")
    words = [t.text for t in doc]
    assert "Det." in words and "Supt." in words
    assert len(list(doc.sents)) == 1


def test_capitals_of_a_short_title_are_an_acronym() -> None:
    doc = nlp.parse("Atty. Ana Ruiz met the ATTY board.")
    atty = [t for t in doc if t.lower_.startswith("atty")]
    assert [is_title(t) for t in atty] == [True, False]


def test_maybe_and_probably_hedge_a_figure() -> None:
    b = brief_text(
        'Ana Ruiz said: "I believe maybe 1,500 homes were flooded last year, against probably '
        '20,000 in the north."'
    )
    hedges = {n.value: n.qualifier for n in b.numbers}
    assert hedges[1500] == "maybe"
    assert hedges[20000] == "probably"


def test_a_name_inside_the_quote_does_not_take_the_description_of_its_speaker() -> None:
    b = brief_text(
        "Tom Hale blasted Ana Ruiz and praised Sam Cole in an interview with the Courier on "
        'Friday.\n\n"I just think what Ruiz has done on housing is one of the worst moves I have '
        'ever seen," the Senate minority leader said. "That tells you everything."'
    )
    assert _actor(b, "Tom Hale").role == "Senate minority leader"


def test_a_plural_title_kicker_on_the_headline_names_no_role() -> None:
    b = brief_text(
        "Historians: Hale, Ruiz bound together whatever happens.\n\n"
        "Tom Hale and Ana Ruiz spoke at the rally in Lindford on Monday night, and both of "
        "them were cheered.\n\nHale said the plan would work."
    )
    assert _actor(b, "Tom Hale").role is None
    assert _actor(b, "Ana Ruiz").role is None


def test_the_subject_after_a_fronted_phrase_is_no_apposition() -> None:
    b = brief_text(
        "Ana Ruiz and Tom Hale spoke on Monday. Fortunately for Ana Ruiz, right now the "
        "mayor is more popular than the party's nominee."
    )
    assert "right now" not in (_actor(b, "Ana Ruiz").role or "")


def test_an_apposition_after_a_double_space() -> None:
    b = brief_text(
        '"I think there is a sense in which she needs him," said Mike Pardo,  a presidential '
        "historian and runs a website on the subject."
    )
    assert _actor(b, "Mike Pardo").role == "presidential historian"


def test_a_figure_that_follows_points_back() -> None:
    b = brief_text(
        "On Friday, the Labour Office said the region gained 25,000 jobs over July. That "
        "number follows 29,000 in June, a welcome lift for the mayor."
    )
    june = next(n for n in b.numbers if n.value == 29000)
    assert "jobs" in june.about


def test_a_description_beside_a_name_gives_the_source_its_name() -> None:
    b = brief_text(
        '"You cannot run away from your own party. It has never worked," said Tavi Hale, a '
        "distinguished professor of history at Lindford University who has correctly forecast "
        "the result of every national vote since 1988 based on a 13-question model."
    )
    thirteen = next(n for n in b.numbers if n.value == 13)
    assert thirteen.source == "Tavi Hale"


def test_a_definite_lead_describes_the_person_named_next() -> None:
    b = brief_text(
        "Hacker jailed for four years.\n\n"
        "The Moldovan hacker who exposed the private address of a minister was jailed for "
        "four years on Thursday by a judge in Lindford.\n\n"
        "Marcel Tavi Hale, 44, pleaded guilty in May to two charges."
    )
    assert _actor(b, "Marcel Tavi Hale").role == "Moldovan hacker"


def test_a_plea_is_no_role() -> None:
    b = brief_text(
        "Marcel Tavi Hale, 44, pleaded guilty in May to two charges.\n\n"
        "His lawyer wrote that Hale is actually a devoted father who could not find work."
    )
    assert _actor(b, "Marcel Tavi Hale").role is None


def test_a_name_the_tagger_reads_as_a_verb_still_speaks() -> None:
    b = brief_text(
        "Donald Trump and Ana Ruiz met in the debate. Ruiz cut in.\n"
        '"Ana is trying to look strong this evening," Trump shot back. "Let me finish."'
    )
    assert _speakers(b) == [
        ("Ana is trying to look strong this evening", "Donald Trump"),
        ("Let me finish.", "Donald Trump"),
    ]


def test_pressed_is_a_speech_verb() -> None:
    b = brief_text(
        "Tom Hale spoke to Sean Ruiz on Monday.\n\n"
        '"Would it be open to talks about the 11 million?" Ruiz pressed.'
    )
    assert _speakers(b) == [("Would it be open to talks about the 11 million?", "Sean Ruiz")]


def test_a_generational_suffix_is_not_the_surname() -> None:
    b = brief_text(
        "It turns out that the donor Luther Ward Pike IV—a Lindford builder worth "
        "millions—paid for the banner.\n\nPike says he backs no one.\n\n"
        "“Nobody asked me to do this,” he said in the interview. “It was my own idea.”"
    )
    pike = _actor(b, "Luther Ward Pike IV")
    assert "Pike" in pike.aliases
    assert {q.speaker for q in b.quotes} == {"Luther Ward Pike IV"}


def test_a_unisex_first_name_leaves_the_sex_to_the_pronouns() -> None:
    b = brief_text(
        "Sam Ortega spoke on Monday. Lindsey Marsh gave a speech to the club.\n\n"
        "In his speech, Marsh says he will tell the critics to “pipe down and listen.”"
    )
    assert _speakers(b) == [("pipe down and listen.", "Lindsey Marsh")]


def test_a_quoted_nickname_stays_inside_the_name() -> None:
    b = brief_text(
        'A group walked in silence through the town. Juan "Pepe" Ortega of Lindford held '
        'one of the banners. "I cried the whole way along the route," he said.'
    )
    assert _speakers(b) == [("I cried the whole way along the route", "Juan Ortega")]


def test_a_word_used_to_describe_someone_is_no_speech() -> None:
    b = brief_text(
        "Tom Hale and Ana Ruiz are running for the seat.\n\n"
        "“Who is the real fraud here?” said Hale, using a term Ruiz has used to describe "
        "Sam Cole, on a call with reporters. “Senator Ruiz and her allies cut the budget for "
        "clinics.”"
    )
    assert [s for _t, s in _speakers(b)] == ["Tom Hale", "Tom Hale"]


def test_a_no_break_space_is_read_as_a_space_but_kept_in_quotes() -> None:
    b = brief_text(
        "Ana Ruiz was calling for calm.\n\nRight after the storm, Ruiz issued a\u00a0statement, "
        "\u201cLast night our\u00a0town was hit hard. We will rebuild it together.\u201d\n\n"
        "Police chief Tom\u00a0Hale agreed."
    )
    assert _speakers(b) == [
        ("Last night our\u00a0town was hit hard. We will rebuild it together.", "Ana Ruiz")
    ]
    assert "Tom Hale" in [a.name for a in b.actors]


def test_a_bare_count_before_a_share_takes_its_unit() -> None:
    b = brief_text(
        "A Lindford poll puts Tom Hale on 36 percent, followed by Sens. Sam Cole and "
        "Ted Nash, 11 and 8 percent respectively."
    )
    eleven = next(n for n in b.numbers if n.value == 11)
    assert eleven.unit == "percent"


def test_no_later_than_is_a_hedge() -> None:
    b = brief_text(
        "Under the new law, the mayor must publish a budget no later than six months ahead of "
        "the vote."
    )
    six = next(n for n in b.numbers if n.value == 6)
    assert six.qualifier == "no later than"


def test_the_day_before_counts_back_from_a_named_day() -> None:
    import datetime

    b = brief_text(
        "Ana Ruiz spoke at a town hall on Monday, saying the plan had worked.\n\n"
        "On the Evening Hour the day before, she stated that doing nothing would have been "
        "worse.",
        datetime.date(2016, 3, 9),
    )
    dates = {str(e.date) for e in b.timeline}
    assert "2016-03-06" in dates


def test_the_day_before_an_event_is_not_counted_from_a_date() -> None:
    import datetime

    b = brief_text(
        "Ana Ruiz spoke at a town hall on Monday.\n\n"
        "She had met donors the day before the vote, aides said.",
        datetime.date(2016, 3, 9),
    )
    assert "2016-03-06" not in {str(e.date) for e in b.timeline}


def test_a_hyphenated_title_before_the_name_after_a_cue() -> None:
    b = brief_text(
        "Tom Hale and Sam Beck spoke on air.\n\n"
        "“Picture the mayor going up against the two of them on one stage,” mused Harbour "
        "co-host Stu Berg. “Not to mention, President Beck.”"
    )
    assert {s for _t, s in _speakers(b)} == {"Stu Berg"}


def test_plural_title_abbreviations_keep_the_sentence_and_give_singular_roles() -> None:
    doc = nlp.parse("The poll was bad for U.S. Reps. Carla Ruiz and Iona Hale, who won last year.")
    assert len(list(doc.sents)) == 1
    b = brief_text("The poll was bad for U.S. Reps. Carla Ruiz and Iona Hale, who won last year.")
    assert {a.name: a.role for a in b.actors if a.kind == "person"} == {
        "Carla Ruiz": "U.S. Rep.",
        "Iona Hale": "U.S. Rep.",
    }


def test_shares_paired_after_a_list_take_the_names_and_the_poll() -> None:
    b = brief_text(
        "A Lindford poll puts Tom Hale first on 36 percent, followed by Ana Ruiz at 14 "
        "percent and Sens. Sam Cole and Ted Nash, 11 and 8 percent respectively."
    )
    facts = {n.value: n for n in b.numbers}
    assert "Cole" in facts[11].about and "Nash" in facts[8].about
    assert facts[11].source == facts[8].source == facts[36].source
    assert facts[36].source is not None


def test_adding_things_is_not_saying_them() -> None:
    b = brief_text(
        "In Lindford, organizers added 160 guards on the route, compared with 90 in 2015, the "
        "Harbour Courier reported."
    )
    facts = {n.value: n for n in b.numbers}
    assert facts[160].source == "Harbour Courier"


def test_a_competition_heading_run_into_a_club_is_not_its_name() -> None:
    b = brief_text(
        "Lindford can go up this weekend. Championship Lindford (away to Brighton) will go up "
        "with a win, provided one of Bournemouth or Middlesbrough drops points."
    )
    names = {a.name: a.kind for a in b.actors}
    assert names.get("Lindford") == "organization"
    assert "Championship Lindford" not in names


def test_forest_and_utd_end_club_names_in_a_sports_report() -> None:
    b = brief_text(
        "Ipswich (home to Lindford Forest) can clinch a play-off spot with a victory, "
        "while relegation looms for Harbour Utd (away to Crewe) after the striker was sent "
        "off. Lindford Forest scored twice in the second half."
    )
    kinds = {a.name: a.kind for a in b.actors}
    assert kinds.get("Lindford Forest") == "organization"
    assert kinds.get("Harbour Utd") == "organization"


def test_a_garbled_name_is_mended_and_its_written_form_kept() -> None:
    garbled = "Sarukh\u00c3\u0083\u00c2\u00a1n"
    b = brief_text(
        f"Arturo {garbled}, a former ambassador to Lindford, said the campaign was harmful. "
        f"\u201cThere is a clear need to answer these lies with facts,\u201d {garbled} said."
    )
    arturo = _actor(b, "Arturo Sarukh\u00e1n")
    assert f"Arturo {garbled}" in arturo.aliases
    assert garbled in b.quotes[0].sentence  # the text itself is left as written


def test_an_ordinal_opens_a_court_name() -> None:
    b = brief_text(
        "A plan in Lindford has suffered a setback in a federal court.\n\n"
        "The 4th Circuit Court of Appeals struck down the earlier decision this week and "
        "backed the state. The court said the plan was fair."
    )
    assert "4th Circuit Court of Appeals" in [a.name for a in b.actors]


def test_the_duke_alone_is_a_person() -> None:
    b = brief_text(
        "The jockey helped the Duke and Duchess of Lindford patch up their romance, friends "
        "say. The Duke and Duchess have said they do not know the sex of their second child."
    )
    assert {a.name: a.kind for a in b.actors}.get("Duke") == "person"


def test_a_side_in_an_ordinal_place_is_a_rank() -> None:
    b = brief_text(
        "'It is the biggest match this club has had in years,' the manager said, with "
        "Lindford in 18th. They face Harbourside at home on Tuesday."
    )
    eighteenth = next(n for n in b.numbers if n.value == 18)
    assert "Lindford" in eighteenth.about


def test_a_kind_of_committee_is_no_actor_and_major_no_rank() -> None:
    b = brief_text(
        "Tom Hale, who runs the major Super PAC behind Governor Ana Ruiz, spoke on Friday. "
        "The Super PAC has spent heavily on adverts."
    )
    kinds = {a.name: (a.kind, a.role) for a in b.actors}
    assert "Super PAC" not in kinds
    assert all(role != "major" for _kind, role in kinds.values())
