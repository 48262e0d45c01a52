"""Session 21 (own sentences): a quote nested in a single-quoted one keeps the outer words
when one mark closes both or when it opens after a comma; "From X's post:" gives the quote
to X; a head-to-head result in parentheses gives each side its share; "39-year old" is an
age; a figure's relative clause keeps its complement; an elided figure set against a name's
takes the paragraph's counted noun; "the first woman to be president" is no role; "the
former head of X added" goes back to the speaker just named; a naming verb does not reach
past "funded by"; a name before a participle is no qualifier; "super PAC" is no actor; two
bodies joined at "and" before "the" stay apart; an unnamed natural place is found; the
sentence's first word joins a name; "the EPA" is the U.S. agency; a person's own title wins
over "researchers such as"; "X magazine" is a body; a surname two people share follows
"she"."""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actor_junk_terms import defined_term
from generator.extract.quote_marks import regions
from generator.model import Briefing, NumberFact
from generator.nlp import parse
from tests.briefing import brief_text, brief_with


def _quoted(text: str) -> list[str]:
    return [text[r.start : r.end] for r in regions(text)]


def _number(b: Briefing, value: float) -> NumberFact:
    return next(n for n in b.numbers if n.value == value)


def _actor(b: Briefing, name: str):
    return next(a for a in b.actors if a.name == name)


def test_one_mark_closes_a_nested_quote_and_its_outer_one() -> None:
    text = (
        "Lena Ortiz said: 'When the bell went, I just had this odd feeling that, 'Right, "
        "something is wrong here.' 'I knew we could do better. We were slow today.'"
    )
    assert _quoted(text)[0] == (
        "When the bell went, I just had this odd feeling that, 'Right, something is wrong here."
    )
    assert _quoted(text)[1] == "I knew we could do better. We were slow today."


def test_a_quote_opened_after_a_comma_nests_in_the_open_one() -> None:
    text = (
        "Ortiz said: 'The whole evening got to me. It was lovely to make the crowd happy. "
        "I kept thinking, 'How did this happen?'. 'When the whistle went I thought, 'We have "
        "done it', and I could not stop smiling.'"
    )
    got = _quoted(text)
    assert got[0].endswith("I kept thinking, 'How did this happen?'.")
    assert got[1].startswith("When the whistle went I thought, 'We have done it'")


def test_a_source_label_gives_the_quote_to_the_text_owner() -> None:
    text = (
        "Ruth Calder endorsed Tom Ferris on Wednesday. Aides say the former mayor will campaign "
        "for him. From Calder's Facebook post: \"We must come together now, or we will lose "
        "the chance to win in the autumn.\""
    )
    quote = brief_text(text).quotes[0]
    assert quote.speaker == "Ruth Calder"


def test_a_head_to_head_result_gives_each_side_its_share() -> None:
    text = (
        "A new Harlow poll has Ann Roe leading Tom Ferris by just five points (47 percent to "
        "42 percent) and Bea Lund by eight points (49 to 41) in matchups."
    )
    b = brief_text(text)
    assert _number(b, 47).about == "Ann Roe against Tom Ferris"
    assert _number(b, 42).about == "Tom Ferris against Ann Roe"
    assert _number(b, 49).about == "Ann Roe against Bea Lund"
    assert _number(b, 41).unit == "percent"
    assert "Bea Lund" in (_number(b, 41).about or "")


def test_an_age_written_year_old_without_its_second_hyphen() -> None:
    b = brief_text("Sam Ode, the 39-year old county treasurer, is seen as the party's best hope.")
    age = _number(b, 39)
    assert age.unit == "years" and age.about == "age of Sam Ode"


def test_a_figures_relative_clause_keeps_its_complement() -> None:
    text = "Ohio was winner-take-all, meaning Roe gets 31 of the 54 seats that were available "
    text += "Friday."
    b = brief_text(text)
    assert "that were available" in (_number(b, 31).about or "")


def test_an_elided_figure_takes_the_paragraphs_counted_noun() -> None:
    text = (
        "Ann Roe won 31 of the 54 delegates on offer on Tuesday. By the party's own count, "
        "she now has 512 to Tom Ferris's 388 and Bea Lund's 120."
    )
    b = brief_text(text)
    assert _number(b, 512).unit == "delegates"
    assert _number(b, 388).unit == "delegates" and _number(b, 388).about == "Tom Ferris"
    assert _number(b, 120).about == "Bea Lund"


def test_a_wish_to_hold_a_post_is_no_role() -> None:
    text = (
        "Nina Pell spoke to reporters on Monday.\n\n"
        "On the claim that Roe draws support since she might be the first mother to become "
        "governor, Nina Pell offered her own view."
    )
    assert _actor(brief_text(text), "Nina Pell").role is None


def test_the_former_head_of_a_body_who_added_is_the_speaker() -> None:
    text = (
        "Tom Ferris is right to go after Ann Roe, Nina Pell said Monday. But, the former chief "
        "executive of Harlow Mills added, it is not the way to win."
    )
    assert _actor(brief_text(text), "Nina Pell").role == "former chief executive of Harlow Mills"


def test_a_naming_verb_does_not_reach_past_funded_by() -> None:
    text = (
        "Roe hit back at a super PAC called Forward29 funded by Paul Sanger and Ken Moffat, "
        "which ran the advertisements."
    )
    names = [a.name for a in brief_text(text).actors]
    assert "Paul Sanger" in names and "PAC" not in names


def test_a_name_before_a_participle_is_no_defined_term() -> None:
    doc = parse("Roe hit back at a super PAC called Forward29 funded by Paul Sanger.")
    at = next(t.i for t in doc if t.text == "Forward29")
    assert not defined_term(doc, Span(doc, at, at + 1, label="ORG"))
    doc = parse("Such files are known as Rights Locker files.")
    at = next(t.i for t in doc if t.text == "Rights")
    assert defined_term(doc, Span(doc, at, at + 2, label="ORG"))


def test_two_bodies_joined_at_and_before_the_stay_apart() -> None:
    text = (
        "Other groups, such as Progress USA Fund and Defend the Count, have also benefited "
        "from the gifts."
    )
    names = [a.name for a in brief_text(text).actors]
    assert "Progress USA Fund" in names
    assert not any(n.endswith(" and Defend") for n in names)


def test_an_unnamed_natural_place_is_found_with_its_country() -> None:
    text = (
        "Ann Roe and her sons fell ill while on holiday in the U.S. Virgin Islands in March. "
        "Roe said the family had rented a villa there."
    )
    place = _actor(brief_text(text), "U.S. Virgin Islands")
    assert place.kind == "place"




def test_the_sentences_first_word_joins_the_name_after_it() -> None:
    text = (
        "Officials said the villa was sprayed in March. Sea Salt Vacations, which acts as an "
        "agent for several villas, said it was cooperating."
    )
    b = brief_with(text, [("Salt Vacations", "PERSON")])
    assert "Sea Salt Vacations" in [a.name for a in b.actors]


def test_an_acronym_stands_for_the_agency_after_its_country() -> None:
    text = (
        "The U.S. Environmental Protection Agency is looking into the case. The EPA said on "
        "Friday that a pesticide may have caused the illness."
    )
    agency = _actor(brief_text(text), "U.S. Environmental Protection Agency")
    assert "EPA" in agency.aliases


def test_a_persons_own_title_wins_over_researchers_such_as() -> None:
    text = (
        "That echoes the fears of researchers such as Ivo Brandt, professor of economics at "
        "Harlow University, who said: 'The money will run short.'"
    )
    assert _actor(brief_text(text), "Ivo Brandt").role == (
        "professor of economics at Harlow University"
    )


def test_a_name_before_magazine_is_a_body() -> None:
    text = "Or so says actress Lena Ortiz, who spoke to this week's Stylist magazine."
    assert _actor(brief_text(text), "Stylist").kind == "organization"


def test_a_shared_surname_follows_she() -> None:
    text = (
        "John Ferris praised Ann Ferris on Monday, and Ann Ferris thanked John Ferris.\n\n"
        "Many fans like Ferris because she has run the office well."
    )
    ann = _actor(brief_text(text), "Ann Ferris")
    john = _actor(brief_text(text), "John Ferris")
    assert "Ferris" in ann.aliases and "Ferris" not in john.aliases


def test_a_process_noun_and_a_stance_word_are_no_actors() -> None:
    text = (
        "Rallies were held on Saturday to protest against Westernisation, and Kel Varga, known "
        "for his anti-Kosher stance, spoke at the Harlow event."
    )
    names = [a.name for a in brief_text(text).actors]
    assert "Kel Varga" in names
    assert "Westernisation" not in names and "Kosher" not in names


def test_a_hyphened_given_name_takes_two_surnames() -> None:
    text = "Standing beside campus activist Dan-el Ortega Ruiz, Rosa Quill accused the senator."
    b = brief_with(text, [("Dan-el", "PERSON"), ("Rosa Quill", "PERSON")])
    assert "Dan-el Ortega Ruiz" in [a.name for a in b.actors]


def test_a_lead_in_in_capitals_is_no_part_of_a_title() -> None:
    text = (
        "MORNING BRIEF.\n\n"
        "FIVE HURT IN HARBOUR BLAST Port Authority chief Ana Lindqvist said the blast came "
        "from a gas leak. [Wire.]"
    )
    b = brief_text(text)
    assert _actor(b, "Ana Lindqvist").role == "Port Authority chief"
    doc = parse(text)
    assert any(s.text.startswith("Port Authority chief") for s in doc.sents)


def test_those_in_a_predicate_keep_their_participle() -> None:
    text = "Few expect a vote, given that three mayors are among those vying for the seat."
    assert "among those vying for the seat" in (_number(brief_text(text), 3).about or "")


def test_a_preposition_paired_with_a_verb_keeps_both() -> None:
    b = brief_text("Three of the judges were in or approaching their 70s at the time.")
    assert "in or approaching their 70s" in (_number(b, 3).about or "")


def test_an_untagged_owner_before_a_bodys_name_is_part_of_it() -> None:
    text = (
        "It is the first time a candidate has made the issue central, said Ana Ruiz, director "
        "of the Parkinson's Action Movement, whose members lobby every campaign."
    )
    names = [a.name for a in brief_text(text).actors]
    assert "Parkinson's Action Movement" in names


def test_a_headline_word_the_body_writes_in_lowercase_is_no_actor() -> None:
    text = (
        "Roe: Ferris Has 'A Long Way To Go' On Biofuel, Says Rival\n\n"
        "Candidate Ann Roe said on Friday that her rival Tom Ferris has a long way to go on "
        "biofuel, because farmers in the state depend on it."
    )
    ents = [("Biofuel", "ORG"), ("Ann Roe", "PERSON"), ("Tom Ferris", "PERSON")]
    names = [a.name for a in brief_with(text, ents).actors]
    assert "Biofuel" not in names and "Ann Roe" in names


def test_a_state_before_a_title_is_no_titled_person() -> None:
    text = (
        "Candidate Ann Roe argued that fellow candidate Ohio Senator Tom Ferris has a long way "
        "to go on farm policy."
    )
    b = brief_text(text)
    assert not any(a.name == "Ohio" and a.kind == "person" for a in b.actors)


def test_names_after_lowercase_operations_are_no_actors() -> None:
    text = (
        "Ana Ruiz, a retired officer who led a signals unit during operations Desert Gale and "
        "Sand Harbour, now teaches history at a college in Ohio."
    )
    names = [a.name for a in brief_text(text).actors]
    assert "Ana Ruiz" in names
    assert "Desert Gale" not in names and "Sand Harbour" not in names


def test_a_singular_kin_title_goes_to_the_first_name_only() -> None:
    text = (
        "The boy lived with his father Owen Reese Wilson and Peter James Hollis, "
        "who have both been charged. Hollis, a friend of the family, was granted bail."
    )
    b = brief_text(text)
    assert _actor(b, "Owen Reese Wilson").role == "father"
    assert _actor(b, "Peter James Hollis").role != "father"


def test_a_description_after_a_quoted_sentence_is_not_its_speakers() -> None:
    text = (
        "Ruth Calder endorsed Tom Ferris on Wednesday. \"The backing is a coup for Ferris, who "
        "can now count on the Calder family's donors,\" the Courier's Ian Webb explained. Aides "
        "say the former Ohio governor plans to campaign for Ferris next month."
    )
    assert _actor(brief_text(text), "Ian Webb").role != "former Ohio governor"
