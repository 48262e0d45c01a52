"""Numbers: sources in and around quotations, elliptical clauses, what a figure counts, and
words that look like figures but are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Actor, Article, NumberFact


def run(text: str, actors: tuple[Actor, ...] = ()) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), actors)


def test_pronoun_source_skips_names_inside_quotes() -> None:
    actors = (
        Actor(name="Tom Harlow", kind="person", aliases=("Harlow",)),
        Actor(name="Diane Fenwick", kind="person", aliases=("Diane",)),
        Actor(name="Pietro Alvarez", kind="person", aliases=("Pietro",)),
    )
    text = (
        "Mr Harlow told reporters on Monday that he would leave in June.\n"
        "\"Diane and Pietro are in the same lucky position,\" Mr Harlow said. "
        "He said he had got more than 30 job offers since March."
    )
    [f] = run(text, actors)
    assert (f.value, f.qualifier, f.source) == (30, "more than", "Tom Harlow")


def test_figure_inside_a_quote_takes_the_speaker() -> None:
    marta = Actor(name="Marta Quill", kind="person", aliases=("Quill",))
    text = "\"We thought we could finish the bridge in 90 days,\" said Marta Quill."
    [f] = run(text, (marta,))
    assert (f.value, f.unit, f.source) == (90, "days", "Marta Quill")
    assert "finish" in f.about and "we" not in f.about.split()


def test_estimated_duration_reads_as_time_to_do() -> None:
    [f] = run("The crew estimated they could rebuild the pier in 45 days.")
    assert f.about == "estimated time to rebuild the pier"


def test_elliptical_coordination_borrows_the_verb() -> None:
    first, second = run("The bakery is 60% owned by its founders and 40% by a pension fund.")
    assert (first.value, second.value) == (60, 40)
    assert first.about.endswith("owned by its founders") and "bakery" in first.about
    assert second.about == "owned by a pension fund"


def test_money_keeps_its_prepositional_complement() -> None:
    [f] = run("The trust hoped to raise at least $250,000 in scholarship grants.")
    assert (f.value, f.unit, f.qualifier) == (250_000, "USD", "at least")
    assert "scholarship grants" in f.about


def test_about_does_not_cross_into_another_counted_noun() -> None:
    goats, sheep = run("Inspectors counted 40 goats and 12 sheep grazing on the verge.")
    assert (goats.value, sheep.value) == (40, 12)
    assert "sheep" in sheep.about and "40" not in sheep.about and "goats" not in sheep.about


def test_age_after_a_surname_shared_by_two_actors() -> None:
    actors = (
        Actor(name="Ruth Baker", kind="person"),
        Actor(name="Samuel Baker", kind="person"),
    )
    [f] = run("Baker, 89, still plays the organ every Sunday.", actors)
    assert (f.value, f.unit, f.about) == (89, "years", "age of Baker")


@pytest.mark.parametrize("text", [
    "Neighbours made a 911 call after hearing shots.",
    "A 911 caller reported smoke above the warehouse.",
    "The 999 operator kept her on the line.",
    "One notable exception was the harbour.",
    "One of the guards was injured in the scuffle.",
    "No one was hurt when the roof gave way.",
    "The airline flies a 747 freighter to Anchorage.",
])
def test_codes_and_pronoun_one_are_not_figures(text: str) -> None:
    assert run(text) == ()


def test_one_as_a_count_is_kept() -> None:
    [f] = run("One person was killed and 12 were injured.")[:1]
    assert (f.value, f.text) == (1, "One")


def test_repeated_caption_sentence_gives_one_figure() -> None:
    text = (
        "Rangers found a litter of four kittens in a shed behind the school.\n"
        "Rangers found a litter of four kittens in a shed\n"
        "Later the four kittens were adopted by a local family."
    )
    facts = run(text)
    assert [f.value for f in facts] == [4, 4]
    assert facts[1].sentence.startswith("Later")


def test_unit_keeps_noun_compounds_and_unit_ranges() -> None:
    [f] = run("The hospital performed 300 heart transplants last year.")
    assert f.unit == "heart transplants"
    [r] = run("The old trucks managed 14-18 mpg on the highway.")
    assert (r.text, r.unit, r.value) == ("14-18 mpg", "miles per gallon", None)


def test_list_item_numbers_are_not_figures() -> None:
    facts = run("Three things to watch:\n1) The vote count.\n2) The weather in Ohio.")
    assert [f.value for f in facts] == [3]


def test_since_when_duration_is_not_time_to_do() -> None:
    [f] = run("Sales pushed the shares to their highest level in six years.")
    assert f.value == 6 and not f.about.startswith("time to")
    found = run("In the last 48 hours, the governor has repeated the claim twice.")
    [g] = [n for n in found if n.value == 48]
    assert not g.about.startswith("time to")


def test_figure_in_its_own_source_is_not_the_source() -> None:
    [f] = run("\"We will cooperate,\" the two carmakers said in a statement.")
    assert (f.value, f.source) == (2, None)
