"""Session 12 speaker rules, round 2: a quotation mark run into the next word is its own
token; a name before a party tag or parsed as its verb's compound; "shot back" (own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

RUIZ = Actor("Ana Ruiz", "person", None, ("Ruiz",))
COLE = Actor("Ben Cole", "person", None, ("Cole",))


def test_closing_mark_glued_to_the_speakers_name() -> None:
    text = (
        "Ben Cole spoke first at the meeting on the harbour.\n"
        "“The new plan will only make the delays at the port worse,”Ruiz said on Tuesday."
    )
    assert speakers(text, COLE, RUIZ) == ["Ana Ruiz"]


def test_closing_mark_glued_after_a_full_stop() -> None:
    from generator import nlp

    doc = nlp.parse("“We will not wait another year.”Cole said. I don\u2019t e.v.\u2019s know.")
    words = [t.text for t in doc]
    assert words[:8] == ["“", "We", "will", "not", "wait", "another", "year", "."]
    assert words[8:10] == ["”", "Cole"]
    assert "don\u2019t" not in words and "e.v" in words  # apostrophes stay as they were


def test_opening_mark_glued_after_a_comma() -> None:
    text = (
        "The council met for three hours on Monday night.\n"
        "Ruiz said,“Nobody here wants the port closed for another winter.”"
    )
    assert speakers(text, RUIZ) == ["Ana Ruiz"]


def test_name_before_a_party_tag() -> None:
    text = (
        "After the party posted an image of the governor, money and a star likened to a police "
        "badge, Chair of the Committee Rep. Ana Ruiz (R-TX) said “that image has no place here.”"
    )
    assert speakers(text, RUIZ) == ["Ana Ruiz"]


def test_shot_back_is_speech() -> None:
    text = (
        "Ben Cole attacked the plan during a debate in the spring.\n"
        "Ruiz shot back, “I could have stayed quiet, but I chose to fight for the harbour.”"
    )
    assert speakers(text, COLE, RUIZ) == ["Ana Ruiz"]


def test_name_parsed_as_a_compound_of_its_verb() -> None:
    from spacy.tokens import Doc

    from generator import nlp
    from generator.extract.speaker_glued import compound_subject

    words = ["someone", "shouted", ",", "Ruiz", "joked", ",", "smiling"]
    heads = [1, 1, 1, 4, 1, 4, 4]
    deps = ["nsubj", "ROOT", "punct", "compound", "xcomp", "punct", "advcl"]
    pos = ["PRON", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "VERB"]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos)
    found = compound_subject(doc[4])
    assert found is not None and found.text == "Ruiz"
    assert compound_subject(doc[1]) is None


def test_name_after_a_spaced_dash_labels_the_quote() -> None:
    text = (
        "Turnout rose again in the north - Ana Ruiz: “Most of the new voters came from towns "
        "that had never seen a campaign office before.”"
    )
    assert speakers(text, RUIZ) == ["Ana Ruiz"]


def test_party_tag_after_a_spokesman_for_the_name() -> None:
    from generator import nlp
    from generator.extract.speaker_glued import before_party_tag

    doc = nlp.parse("A spokesman for Sen. Ana Ruiz (D-Ohio) said “the vote will wait.”")
    said = next(t for t in doc if t.text == "said")
    assert before_party_tag(said) is None
    doc = nlp.parse("At the hearing, Sen. Ana Ruiz (D-Ohio) said “the vote will wait.”")
    said = next(t for t in doc if t.text == "said")
    found = before_party_tag(said)
    assert found is not None and found.text == "Ruiz"
