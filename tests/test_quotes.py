"""Direct quotations and their speakers, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import nlp
from generator.extract.quote_marks import regions
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

LEAVITT = Actor("Karoline Leavitt", "person", "White House press secretary", ("Leavitt",))
LOPEZ = Actor("Maria Lopez", "person", "mayor", ("Lopez",))
JORDAN = Actor("Frank Jordan", "person", None, ("Jordan",))
IMF = Actor("International Monetary Fund", "organization", None, ("IMF",))
ROVERS = Actor("Red Rovers", "organization", None, ())
TAYLOR = Actor("Ian Taylor", "person", None, ("Taylor",))


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def pairs(found: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in found]


def test_said_after_quote_names_the_actor_by_alias() -> None:
    text = (
        "Karoline Leavitt spoke to reporters on Monday.\n"
        "“The president wants a deal with the neighbours,” Leavitt said."
    )
    found = run(text, LEAVITT)
    assert pairs(found) == [("The president wants a deal with the neighbours", "Karoline Leavitt")]
    q = found[0]
    assert text[q.start : q.end] == q.text
    assert q.sentence == "“The president wants a deal with the neighbours,” Leavitt said."


def test_quote_split_by_pronoun_cue_gives_two_items() -> None:
    text = (
        "Mayor Maria Lopez visited the flooded district.\n"
        '"We are ready for the next storm," she said, "and we will not wait for help."'
    )
    assert pairs(run(text, LOPEZ)) == [
        ("We are ready for the next storm", "Maria Lopez"),
        ("and we will not wait for help.", "Maria Lopez"),
    ]


def test_quote_over_several_paragraphs_is_one_item_per_paragraph() -> None:
    text = (
        '"We will rebuild every street and every school," said Maria Lopez. "It will take years.\n'
        '"But nobody in this city will be left behind."\n'
        "The council meets again next week."
    )
    assert pairs(run(text, LOPEZ)) == [
        ("We will rebuild every street and every school", "Maria Lopez"),
        ("It will take years.", "Maria Lopez"),
        ("But nobody in this city will be left behind.", "Maria Lopez"),
    ]


def test_whole_paragraph_quote_continues_the_previous_speaker() -> None:
    text = (
        "Leavitt said the talks had gone well.\n“We expect a second round of talks within a month.”"
    )
    assert pairs(run(text, LEAVITT)) == [
        ("We expect a second round of talks within a month.", "Karoline Leavitt")
    ]


def test_partial_quote_inside_reported_speech() -> None:
    text = (
        "The plan is “a step in the right direction,” Lopez said, adding that the budget was "
        "“simply unrealistic.”"
    )
    assert pairs(run(text, LOPEZ)) == [
        ("a step in the right direction", "Maria Lopez"),
        ("simply unrealistic.", "Maria Lopez"),
    ]


def test_organisation_speakers_report_and_the_group() -> None:
    text = (
        'The IMF report stated: "Growth will slow sharply in the coming year."\n'
        "The Red Rovers claimed the march. “We will be back every weekend,” the group said."
    )
    assert pairs(run(text, IMF, ROVERS)) == [
        ("Growth will slow sharply in the coming year.", "International Monetary Fund"),
        ("We will be back every weekend", "Red Rovers"),
    ]


def test_chants_are_spoken_by_the_group_noun() -> None:
    text = (
        "State television showed crowds in the square chanting slogans including "
        "“Down with the tyrant!” and “Bread for the people!”"
    )
    assert pairs(run(text)) == [
        ("Down with the tyrant!", "crowds"),
        ("Bread for the people!", "crowds"),
    ]


def test_pronoun_resolves_to_the_last_named_speaker() -> None:
    text = (
        "Frank Jordan said he had waited by the phone for weeks. "
        '"I thought I had lost my only son," he said.  "It was the longest winter of my life."'
    )
    assert pairs(run(text, JORDAN, LOPEZ)) == [
        ("I thought I had lost my only son", "Frank Jordan"),
        ("It was the longest winter of my life.", "Frank Jordan"),
    ]


def test_according_to_and_said_name_role() -> None:
    text = (
        "According to Lopez, “the bridge will reopen before the winter.”\n"
        '"Every lane will be open by then," said Ian Taylor, the chief engineer.'
    )
    assert pairs(run(text, LOPEZ, TAYLOR)) == [
        ("the bridge will reopen before the winter.", "Maria Lopez"),
        ("Every lane will be open by then", "Ian Taylor"),
    ]


def test_scare_quotes_titles_and_names_are_not_quotes() -> None:
    text = (
        'He called the vote "rigged" and praised the book "The Long Road Home" '
        'and the so-called "war on potholes" before ending the "stop and search" policy.'
    )
    assert run(text) == ()


def test_apostrophes_are_not_quotation_marks() -> None:
    text = (
        "Iran\u2019s leaders said the country\u2019s economy was the region\u2019s best, it isn't."
    )
    assert run(text) == ()
    assert regions(text) == []


def test_unbalanced_mark_stops_at_the_paragraph_end() -> None:
    text = (
        '"This sentence opens a quote that never closes, the reporter wrote.\n'
        'The next paragraph is fine. "Trains will run on time again," Taylor said.'
    )
    found = run(text, TAYLOR)
    assert [q.text for q in found] == [
        "This sentence opens a quote that never closes, the reporter wrote.",
        "Trains will run on time again",
    ]
    assert found[1].speaker == "Ian Taylor"


def test_new_opening_mark_recovers_a_missing_close() -> None:
    text = (
        '"The water tasted of salt and it made me sick. "Then the rain finally came," Jordan said.'
    )
    assert [q.text for q in run(text, JORDAN)] == [
        "The water tasted of salt and it made me sick.",
        "Then the rain finally came",
    ]


def test_british_single_marks_and_double_apostrophe_marks() -> None:
    text = (
        "Ian Taylor said: 'The judges are out of touch with drivers.' He added: 'This is a "
        "scheme to raise cash.'\n"
        "''We have seen nothing like it,'' said Maria Lopez."
    )
    assert pairs(run(text, TAYLOR, LOPEZ)) == [
        ("The judges are out of touch with drivers.", "Ian Taylor"),
        ("This is a scheme to raise cash.", "Ian Taylor"),
        ("We have seen nothing like it", "Maria Lopez"),
    ]


def test_question_mark_kept_and_dash_signature() -> None:
    text = (
        "“Why is this bridge still closed?” Taylor asked.\n"
        "“Nobody here believes the promises any more.” ― Maria Lopez"
    )
    assert pairs(run(text, TAYLOR, LOPEZ)) == [
        ("Why is this bridge still closed?", "Ian Taylor"),
        ("Nobody here believes the promises any more.", "Maria Lopez"),
    ]


def test_unattributed_quote_has_no_speaker() -> None:
    assert pairs(run("“Nothing in this town will ever be the same again.”")) == [
        ("Nothing in this town will ever be the same again.", None)
    ]


@pytest.mark.parametrize("mark", ["\u201c", '"'])
def test_quotes_come_in_text_order_with_offsets(mark: str) -> None:
    close = "\u201d" if mark == "\u201c" else '"'
    text = (
        f"{mark}First we fix the roads,{close} Lopez said. Taylor disagreed. "
        f"{mark}The trains come first,{close} he said."
    )
    found = run(text, LOPEZ, TAYLOR)
    assert pairs(found) == [
        ("First we fix the roads", "Maria Lopez"),
        ("The trains come first", "Ian Taylor"),
    ]
    assert all(text[q.start : q.end] == q.text for q in found)


def test_short_slogans_after_chant_words_are_quotes_of_the_group() -> None:
    text = (
        "Fans in the square roared “Goal!” as the screen went green.\n"
        "The marchers held placards reading “No Tolls” and “Free Roads”.\n"
        "“Shame!” the crowd shouted as the convoy passed.\n"
        "Volunteers were met with chants of “Thank you!” at the gate."
    )
    assert pairs(run(text)) == [
        ("Goal!", "fans"),
        ("No Tolls", "marchers"),
        ("Free Roads", "marchers"),
        ("Shame!", "crowd"),
        ("Thank you!", None),
    ]


def test_others_who_shout_are_the_group_that_chanted_before() -> None:
    text = (
        "Thousands of farmers blocked the road. They chanted “Fair prices!” at the police. "
        "Others shouted, “Go home!”\n"
        "Later, others yelled “Enough!” from a bridge."
    )
    assert pairs(run(text)) == [
        ("Fair prices!", "farmers"),
        ("Go home!", "farmers"),
        ("Enough!", None),
    ]


def test_person_who_shouts_is_the_speaker_and_scare_quotes_stay_out() -> None:
    text = (
        "Frank Jordan shouted, “Stop!” before the lorry hit the wall.\n"
        "The crowd chanted against the “cartel” and its “stolen” tolls, a sign of “anger”."
    )
    assert pairs(run(text, JORDAN)) == [("Stop!", "Frank Jordan")]


def test_a_short_capitalised_sentence_is_a_quote_not_a_title() -> None:
    jen = Actor("Sam Jen", "person", None, ("Jen",))
    text = (
        '"Banks have been saved too often," said Sam Jen. "This is not a Barings," he said, '
        "referring to the collapse of Barings Bank.\n"
    )
    got = [(q.text, q.speaker) for q in run(text, jen)]
    assert ("This is not a Barings", "Sam Jen") in got


def test_a_quoted_label_for_a_policy_is_not_a_quote() -> None:
    text = (
        "The state removed voters who had not voted, in what critics call a "
        '"vote or be struck off" approach to the rolls.\n'
    )
    assert run(text) == ()


def test_a_programme_named_after_on_is_not_a_quote() -> None:
    text = (
        "“The port is not ready for winter,” Ana Diaz said on Monday on Channel Nine's "
        "“Sun and Surf.”"
    )
    got = run(text, Actor("Ana Diaz", "person", None, ()))
    assert [q.text for q in got] == ["The port is not ready for winter"]


def test_a_cue_without_a_subject_after_the_quote_falls_back_to_the_governing_one() -> None:
    text = (
        "Maria Lopez spoke on Monday. Lopez said she was “going to close a lot of old depots,” "
        "while trying to explain her plan."
    )
    assert pairs(run(text, LOPEZ)) == [("going to close a lot of old depots", "Maria Lopez")]
    text = (
        "Maria Lopez spoke on Monday. Lopez said that the city “will sell every old depot it "
        "owns,” before going on to describe her plan for trams."
    )
    assert pairs(run(text, LOPEZ)) == [("will sell every old depot it owns", "Maria Lopez")]


def test_a_later_cue_with_a_named_subject_beats_a_subjectless_one() -> None:
    text = (
        "Ian Taylor runs the council. “The council will publish every single contract” that "
        "would respond to the complaints, Taylor wrote in a letter."
    )
    assert pairs(run(text, TAYLOR)) == [
        ("The council will publish every single contract", "Ian Taylor")
    ]


def test_a_quote_in_the_other_style_of_marks_stays_inside_the_outer_one() -> None:
    text = (
        'Ruiz went on:\n\n"I will read you the question: \u201cDo you think her health '
        'matters?\u201d Forty-three, yes; forty-four, no."\n\nShe left.'
    )
    inner = [text[r.start : r.end] for r in regions(text)]
    assert inner == [
        "I will read you the question: \u201cDo you think her health matters?\u201d "
        "Forty-three, yes; forty-four, no."
    ]
