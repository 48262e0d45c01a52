"""Numbers: counts the date tagger mislabels, loose attachments ("including", "worth",
"compared with", "below", a "by" on the wrong clause, "with N left"), phrasal particles, new
hedges, and sources carried by cue verbs, a split "said" and a poll in the sentence before."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), ())


def by_value(text: str, value: float) -> NumberFact:
    facts = [f for f in run(text) if f.value == value]
    assert len(facts) == 1, run(text)
    return facts[0]


def test_count_of_a_plain_noun_tagged_as_a_date_is_kept() -> None:
    f = by_value("The band played on at least six holidays abroad between 2014 and 2016.", 6)
    assert (f.unit, f.qualifier) == ("holidays", "at least")
    assert "played" in f.about


def test_lone_score_tagged_as_a_date_is_kept_and_not_a_ratio() -> None:
    facts = run("She played the back nine in 36, then finished the round in 71.")
    values = [f.value for f in facts]
    assert 36 in values and 71 in values
    f = by_value("She played the back nine in 36, then finished the round in 71.", 36)
    assert "back nine" in f.about


def test_year_and_day_of_month_stay_out() -> None:
    assert run("He moved to Leeds on 14 May and left in 1987.") == ()
    assert [f.value for f in run("One in five tenants was behind on rent.")] == [None]


def test_year_does_not_take_the_unit_of_the_next_figure() -> None:
    facts = run("The scheme aims to cut waste by 2035 to 40 percent below 2010 levels.")
    assert [(f.value, f.unit) for f in facts] == [(40, "percent")]
    assert facts[0].about == "cut waste below 2010 levels"


def test_including_takes_the_whole_and_the_relative_clause() -> None:
    f = by_value("Officers seized bags of coins including $2,500 which was hidden in a boot "
                 "in the attic.", 2500)
    assert "coins" in f.about and "hidden in a boot" in f.about


def test_worth_misparsed_as_a_noun_takes_the_thing_worth_it() -> None:
    f = by_value("They toured Europe, including a cruise to Malta, Italy, in 2012 worth "
                 "£9,400.", 9400)
    assert f.about == "a cruise to Malta worth"


def test_compared_with_reads_the_main_clause_and_the_figures_own_time() -> None:
    f = by_value("By 2040, older residents will make up 31.5 per cent of the city, compared "
                 "with 18.2 per cent at the 2001 count.", 18.2)
    assert f.about == "older residents make up at the 2001 count"
    g = by_value("The richest tenth would gain an average bonus of $9,000, compared with $400 "
                 "for families in the lowest band.", 400)
    assert g.about == "gain an average bonus for families in the lowest band"


def test_by_figure_after_an_adverbial_clause_is_that_clauses() -> None:
    text = ("While the number of rural schools will fall over the decade, by nearly two "
            "hundred, the urban roll will grow much faster, by 900.")
    f = by_value(text, 200)
    assert f.qualifier == "nearly"
    assert "rural schools" in f.about and "fall" in f.about
    assert "urban" in by_value(text, 900).about


def test_participle_after_the_counted_noun_is_kept() -> None:
    f = by_value("United sit third in the table with nine matches remaining.", 9)
    assert f.unit == "matches" and "matches remaining" in f.about


def test_phrasal_particle_stays_with_its_verb() -> None:
    f = by_value("The landlord was told to pay back £12,000 to his tenants.", 12000)
    assert "pay back" in f.about


def test_best_part_of_and_region_of_are_hedges() -> None:
    f = by_value("The club has spent the best part of £90m on new players.", 90000000)
    assert (f.qualifier, f.text) == ("the best part of", "the best part of £90m")
    g = by_value("The repairs cost in the region of $3m.", 3000000)
    assert g.qualifier == "in the region of"


def test_below_names_the_change_and_the_reference() -> None:
    f = by_value("Shares in the firm closed 6% below their opening price.", 6)
    assert f.about == "Shares in the firm closed below their opening price"


def test_pronoun_it_after_an_adverbial_clause_names_its_object() -> None:
    f = by_value("Although ministers promised to reduce the backlog, it now stands at almost "
                 "80,000 cases.", 80000)
    assert "backlog" in f.about and f.qualifier == "almost"


def test_cue_verb_subject_is_the_source() -> None:
    f = by_value("Ms Grant also stressed Labour plans to raise spending by £6bn.", 6000000000)
    assert f.source is not None and "Grant" in f.source


def test_second_said_joined_to_the_reported_clause_keeps_the_first_subject() -> None:
    f = by_value("The Greens said that the levy had been their idea and said the plan would "
                 "cost 3million drivers £90 a year.", 90)
    assert f.source == "Greens"


def test_share_after_a_named_poll_is_that_polls() -> None:
    text = ("A Harbour Institute survey published last month found that 58 percent of "
            "parents backed the change. Forty-one percent of teachers agreed.")
    assert by_value(text, 41).source == "Harbour Institute"
    split = ("A Harbour Institute survey found that 58 percent of parents backed it.\n\n"
             "Forty-one percent of teachers agreed.")
    assert by_value(split, 41).source is None
