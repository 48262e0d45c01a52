"""Numbers: dozens as multipliers, spelled-out thousands, ordinals reached with "to", ages
after "at", hearsay clauses, contact relative clauses, comparisons, scope adverbs and parse
repairs for objects and bare infinitives."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.number_words import words_value
from generator.extract.numbers import numbers
from generator.model import Actor, Article, NumberFact

MARA = Actor(name="Mara Lindqvist", kind="person", aliases=("Lindqvist",))


def run(text: str, actors: tuple[Actor, ...] = ()) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), actors)


def test_dozen_multiplies() -> None:
    assert words_value(["a", "dozen"]) == 12
    assert words_value(["two", "dozen"]) == 24
    [f] = run("The mayor has opened at least a dozen libraries and parks since March.")
    assert (f.value, f.qualifier) == (12, "at least")


def test_spelled_out_thousands_of_miles() -> None:
    [f] = run("The pilot lives three and a half thousand miles away from his parents.")
    assert (f.value, f.unit) == (3500, "miles")
    assert "away" in f.about


def test_adjective_between_number_and_time_unit() -> None:
    [f] = run("The batsman struck two rapid centuries to take control.")
    assert (f.value, f.unit) == (2, "centuries")


def test_ordinal_reached_with_to() -> None:
    [f] = run("The golfer, who slid to 87th in the rankings after surgery, struggled again.")
    assert f.value == 87
    assert "rankings" in f.about


def test_age_after_at() -> None:
    facts = run("My aunt has mellowed with age, but even now at 93 she still says what she "
                "thinks.")
    assert [(f.value, f.about) for f in facts] == [(93, "age of My aunt")]


def test_price_after_at_is_no_age() -> None:
    facts = run("He bought the bonds at 40 last spring.")
    assert all(f.unit != "years" for f in facts)


def test_hearsay_clause_is_the_about_and_the_speaker_the_source() -> None:
    [f] = run("That is a sliver of the minimum $30 million analysts say it costs to run "
              "nationwide.")
    assert (f.value, f.about, f.source) == (30_000_000, "it costs to run nationwide", "analysts")


def test_long_hearsay_clause_is_cut_after_its_complement() -> None:
    [f] = run("She plans to spend the roughly $12 million she says she raised for her party and "
              "its allies on the night after the vote.")
    assert (f.value, f.about, f.qualifier) == (12_000_000, "she raised for her party", "roughly")


def test_contact_relative_clause_names_the_noun() -> None:
    [f] = run("In a custom she has kept for 30 years, Senator Mara Lindqvist opened her garden "
              "for a picnic.", (MARA,))
    assert (f.value, f.about) == (30, "custom she has kept")


def test_comparison_after_the_figure() -> None:
    facts = run("The car would cost $41,200, which is almost $9,000 more than it costs now.")
    assert [(f.value, f.about) for f in facts][1] == (9000, "more than it costs now")


def test_scope_adverb_joins_the_about() -> None:
    [f] = run("There are now over 20,000 members worldwide.")
    assert "worldwide" in f.about


def test_object_taken_for_the_next_clause_subject() -> None:
    facts = run("Some 5.3 million homes have cable boxes and the firm hopes to lift this to "
                "8 million by 2012.")
    assert facts[0].about == "homes have cable boxes"


def test_bare_infinitive_completes_the_counted_phrase() -> None:
    [f, _] = run("Smith was charged with three counts of threats to kill and one count of theft.")
    assert "threats to kill" in f.about


def test_figure_that_shows_interest_is_not_a_source() -> None:
    [f] = run("Walker has said about 15 people have shown an interest in the post.")
    assert (f.source, f.about) == ("Walker", "people have shown an interest in the post")
