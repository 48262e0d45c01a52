"""How often ("scored twice", "twice a day"), a lone given name's age ("with Colin, 66."), a
move hung on the speech verb ("said it would double its depots from 1,200 to 2,000"), a
possessed ordinal ("will be Hale's fifth") and a thousands comma with a stray space."""

from __future__ import annotations

from spacy.tokens import Doc

from generator import nlp
from generator.extract.number_context import about
from generator.model import NumberFact
from tests.test_numbers import run


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    hits = [f for f in facts if f.value == value]
    assert len(hits) == 1, facts
    return hits[0]


def test_twice_after_a_verb_counts_occasions() -> None:
    f = by_value(run("The striker had scored only twice for his club this season."), 2)
    assert f.text == "twice" and f.unit == "times"
    assert "scored" in f.about


def test_twice_a_day_is_a_rate_with_its_hedge() -> None:
    f = by_value(run("The boy ate sweets at least twice a day."), 2)
    assert f.unit == "times per day" and f.qualifier == "at least"


def test_twice_as_a_substitute_is_still_a_count() -> None:
    f = by_value(run("The winger came on twice as a substitute in May."), 2)
    assert "came" in f.about


def test_twice_as_a_multiple_is_no_count() -> None:
    facts = run("The new barn is twice as big as the old one. It cost twice the price.")
    assert [f for f in facts if f.text == "twice"] == []


def test_lone_given_name_taken_for_a_place_has_an_age() -> None:
    f = by_value(run("After years alone she is now happy with Colin, 66."), 66)
    assert f.about == "age of Colin" and f.unit == "years"


def test_given_name_after_in_stays_a_place() -> None:
    facts = run("Of the new members, most came from Florence, 35, and Turin, 20.")
    assert all(not (f.about or "").startswith("age of") for f in facts)


def test_move_hung_on_said_in_the_parse_reads_the_reported_verb() -> None:
    words = ["It", "said", "it", "would", "double", "its", "depots", "from", "1,200", "to",
             "2,000", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 1, 10, 10, 7, 1]
    deps = ["nsubj", "ROOT", "nsubj", "aux", "ccomp", "poss", "dobj", "prep", "quantmod",
            "quantmod", "pobj", "punct"]
    pos = ["PRON", "VERB", "PRON", "AUX", "VERB", "PRON", "NOUN", "ADP", "NUM", "ADP", "NUM",
           "PUNCT"]
    lemmas = ["it", "say", "it", "would", "double", "its", "depot", "from", "1,200", "to",
              "2,000", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              spaces=[True] * 10 + [False, False])
    assert about(doc, 10, 11, None) == "double its depots"


def test_possessed_ordinal_counts_the_subject() -> None:
    f = by_value(run("Next week's race will be Mr Hale's fifth since he joined the team."), 5)
    assert f.text == "fifth" and "race" in f.about


def test_possessed_first_is_no_count() -> None:
    facts = run("The race will be Mr Hale's first.")
    assert [f for f in facts if f.text == "first"] == []


def test_thousands_comma_with_a_stray_space_is_one_amount() -> None:
    facts = run("The play took £412, 350 in its opening month.")
    f = by_value(facts, 412350)
    assert f.unit == "GBP" and f.text == "£412, 350"


def test_amounts_listed_after_a_comma_stay_apart() -> None:
    facts = run("Tickets cost £5, 100 and 200 for the three tiers.")
    assert [f.value for f in facts][:1] == [5]

