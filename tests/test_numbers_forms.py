"""Figure forms and abouts: glued seconds, race distances, dashes, passive estimates, partitive
ages, cut-offs and relative clauses that say who."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.actors import actors
from generator.extract.numbers import numbers
from generator.model import Article
from tests.test_numbers import run


def _by_value(text: str) -> dict[float, object]:
    return {f.value: f for f in run(text)}


def test_glued_seconds_are_a_unit() -> None:
    facts = _by_value("Only Okafor has gone quicker, setting a best of 43.18secs last winter.")
    assert facts[43.18].unit == "seconds" and facts[43.18].text == "43.18secs"


def test_named_race_distance_with_a_race_word_is_metres() -> None:
    facts = _by_value("Moss won the 1500m by 2.35secs and then ran a tight 3,000m in Oslo.")
    assert facts[1500].unit == "metres" and facts[3000].unit == "metres"
    assert facts[2.35].unit == "seconds"
    assert 1_500_000_000 not in facts and 3_000_000_000 not in facts


def test_bare_m_after_a_verb_stays_millions() -> None:
    facts = _by_value("The club won 400m in prize money over the decade.")
    assert 400_000_000 in facts and 400 not in facts


def test_falling_figures_across_a_spaced_dash_are_two_figures() -> None:
    facts = _by_value("Tax receipts for the year are £30bn - £1.5bn less than the spring forecast.")
    assert facts[30_000_000_000].unit == "GBP" and "receipts" in facts[30_000_000_000].about
    assert 1_500_000_000 in facts


def test_rising_dash_is_still_a_range() -> None:
    [f] = run("Tickets will cost £5 - £8 each.")
    assert f.value is None and f.text == "£5 - £8"


def test_subject_reached_through_adjectival_participle() -> None:
    [f] = run("Spending is tipped to rise to £40bn by the end of the decade.")
    assert f.about.startswith("Spending") and "rise" in f.about


def test_relative_clause_after_noun_and_phrase_is_left_out() -> None:
    facts = _by_value("Shares in Acme, which changed its name when it left administration, "
                      "were up 3.4% at $17.25.")
    assert facts[3.4].about.startswith("Shares in Acme") and "were up" in facts[3.4].about
    assert "Shares in Acme" in facts[17.25].about


def test_long_relative_clause_gives_way_to_the_subject() -> None:
    facts = _by_value("Shares in Acme, which changed its name from Zeta when it emerged from "
                      "bankruptcy last spring, were up 3.4% at $17.25.")
    assert facts[3.4].about == "Shares in Acme were up"


def test_passive_estimate_names_what_is_estimated() -> None:
    [f] = run("Losses to farmers are estimated at more than $4.5 million if the drought lasts.")
    assert f.qualifier == "more than" and "Losses to farmers" in f.about


def test_declared_object_before_the_figure() -> None:
    [f] = run("The minister declared Friday a public holiday for 6,200 staff.")
    assert f.unit == "staff" and "holiday" in f.about


def test_of_figure_keeps_the_nouns_next_phrase() -> None:
    [f] = run("She unveiled a grant, with payments of £40 for the under-fives.")
    assert f.about.endswith("payments for the under-fives")


def test_when_noun_is_no_unit() -> None:
    facts = _by_value("The count has risen to more than 40,000 today.")
    assert facts[40000].unit is None and facts[40000].qualifier == "more than"


def test_cut_off_keeps_its_rank_words() -> None:
    facts = _by_value("The golfer stayed in the world's top 50 all year.")
    assert "world's top" in facts[50].about


def test_at_one_point_is_no_figure() -> None:
    facts = _by_value("At one point the queue stretched for 300 metres.")
    assert 1 not in facts and facts[300].unit == "metres"


def test_partitive_subject_gives_ages() -> None:
    facts = _by_value("One of the girls was 15 and two were 16 when they joined the club.")
    assert facts[15].unit == "years" and "girls" in facts[15].about
    assert facts[16].unit == "years" and "girls" in facts[16].about


def test_dative_with_who_clause() -> None:
    [f] = run("The guards admitted giving 40 lashes to those who tried to escape.")
    assert f.unit == "lashes" and "tried to escape" in f.about


def test_world_record_is_not_a_source() -> None:
    [f] = run("Okafor set the world record of 43.18secs last winter.")
    assert f.source is None


def test_possessive_pronoun_names_the_owner() -> None:
    text = ("Boxer Rufus Okafor lost his fortune. Most of it went on horses and "
            "support payments for several of his 11 children.")
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    doc = nlp.parse(text)
    [f] = numbers(article, doc, actors(article, doc))
    assert f.unit == "children" and "Okafor" in f.about
