"""Numbers, session 14: a poll's shares told over several paragraphs, a clause on the object
of "with", a figure in a phrase hung on a copula's name, a participle's complement, a figure
deep in an apposed description, and a total brought to a figure."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), ())


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(f for f in facts if f.value == value)


POLL = (
    "A Gallup survey of Canadian voters found that most oppose the plan. Asked about the tax, "
    "61 percent said it was unfair.\n\nOnly a fifth backed the mayor, while 14 percent were "
    "undecided.\n\nWhen asked which city was the best place to live, the clear winner \u2013 48 "
    "percent \u2013 named Toronto. Vancouver came second, taking 21 percent of the vote, while "
    "Calgary was third on 9 percent. Ottawa was chosen by a mere four percent."
)


def test_poll_shares_over_paragraphs_keep_the_poll_as_source() -> None:
    facts = run(POLL)
    for value in (14, 48, 21, 9, 4):
        assert by_value(facts, value).source == "Gallup", value


def test_a_sentence_without_a_share_ends_the_poll_run() -> None:
    facts = run("A Gallup survey found 61 percent oppose the plan.\n\nThe council meets on "
                "Friday.\n\nPrices rose 3 percent last year.")
    assert by_value(facts, 3).source is None


def test_clause_on_the_object_of_with_names_the_noun_before() -> None:
    facts = run("The senator has had a difficult friendship with the former governor that goes "
                "back more than 15 years.")
    assert "friendship" in (by_value(facts, 15).about or "")


def test_figure_in_a_phrase_on_a_copula_name_is_that_name_s() -> None:
    facts = run("The best performer was Acme Rail, which sold the most discount passes, 4.2 "
                "million, and the highest share of discount passes -- 8.5% of 61.3 million "
                "total rider trips.")
    assert "Acme Rail" in (by_value(facts, 61300000).about or "")


def test_participle_keeps_its_complement() -> None:
    facts = run("The latest release includes 52 files now deemed secret, the agency said.")
    assert (by_value(facts, 52).about or "").endswith("deemed secret")


def test_figure_deep_in_an_apposed_description_keeps_it() -> None:
    facts = run("This month is the 80th anniversary of what many scholars call the great famine "
                "-- the Soviet starvation of an estimated 3.2 million farmers And it is also "
                "the fifth year the premier has refused to use the word.")
    assert "starvation" in (by_value(facts, 3200000).about or "")


def test_total_brought_to_a_figure_counts_the_total_s_things() -> None:
    fact = by_value(run("The latest release includes 52 files now deemed secret, bringing the "
                        "total number of files in the archive judged to be secret to over "
                        "2,400."), 2400)
    assert fact.unit == "files" and "total number of files" in (fact.about or "")
    fact = by_value(run("The agency found an additional 210 reports containing secret material, "
                        "which brings the total to nearly 900."), 900)
    assert "total" in (fact.about or "")


def test_tally_under_a_copula_name_keeps_each_name_s_figure() -> None:
    facts = run("The current seat count is Ann Roe 410, Bo Lee 280, and Cy Day 95.")
    assert "Roe" not in (by_value(facts, 280).about or "")
    facts = run("Also due to attend are Secretary of State Ann Roe and envoys from 23 countries.")
    assert "Roe" not in (by_value(facts, 23).about or "")


def test_a_relative_clause_on_a_name_does_not_repeat_the_name() -> None:
    text = (
        "Mervania, which produces less than two percent of the region's wheat, is not a "
        "large farming nation."
    )
    about = by_value(run(text), 2).about or ""
    assert about.count("Mervania") == 1, about
