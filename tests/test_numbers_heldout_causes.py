"""Numbers: abouts and sources that went missing on unseen articles (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Actor, Article, NumberFact


def run(text: str, actors: tuple[Actor, ...] = ()) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), actors)


def by_value(text: str, value: float, actors: tuple[Actor, ...] = ()) -> NumberFact:
    found = [f for f in run(text, actors) if f.value == value]
    assert found, run(text, actors)
    return found[0]


def test_negation_stays_in_about() -> None:
    f = by_value("The regulator closed nine clinics and said four had not kept proper records.", 4)
    assert "not kept" in f.about


def test_put_without_at_places_rather_than_estimates() -> None:
    f = by_value("The inspectors put seven farms under strict controls last week.", 7)
    assert "under strict controls" in f.about


def test_put_at_keeps_its_object_past_a_list() -> None:
    text = ("Figures from the agency put the cost of repairs needed in the hardest hit towns, "
            "including Alby, Brent and Corley, at about $3bn.")
    f = by_value(text, 3_000_000_000)
    assert "cost of repairs" in f.about
    assert f.qualifier == "about"


def test_relative_object_of_put_names_its_noun() -> None:
    text = "Its losses will be smaller than those from the floods, which the insurer put at $70m."
    f = by_value(text, 70_000_000)
    assert "floods" in f.about


def test_relative_after_dash_aside_names_the_noun_before_it() -> None:
    text = ("The thriller took $9.2m, ahead of the cartoon Big Fish - now in its third week "
            "on release - which took $6.4m.")
    f = by_value(text, 6_400_000)
    assert "Big Fish" in f.about


def test_span_of_time_run_into_a_name_is_kept() -> None:
    f = by_value("We have a really brief member season at Royal Ashcombe of seven months.", 7)
    assert f.unit == "months"
    assert "season" in f.about


def test_for_the_nth_time_counts() -> None:
    f = by_value("The home side won the cup for the fifth time in nine seasons.", 5)
    assert "won the cup" in f.about
    assert not [x for x in run("They won the cup for the first time.") if x.value == 1]


def test_source_with_its_own_name_is_not_a_namesake_actor() -> None:
    northern = Actor(name="Northern Re", kind="organization", aliases=("Re",))
    f = by_value("Eastern Re has said overall losses are likely to be below $4bn.", 4_000_000_000,
                 (northern,))
    assert f.source == "Eastern Re"
    g = by_value("Northern Re has said overall losses are likely to be below $4bn.", 4_000_000_000,
                 (northern,))
    assert g.source == "Northern Re"


def test_noun_read_as_verb_after_a_figure_stays_in_about() -> None:
    f = by_value("The airline took a 310m euro hit in fuel costs.", 310_000_000)
    assert "hit" in f.about
    g = by_value("The lender suffered a $7m hit last year.", 7_000_000)
    assert "hit" in g.about


def test_participle_on_a_be_phrase_names_the_subject() -> None:
    f = by_value("Season passes are now on sale priced at £85 each.", 85)
    assert "passes" in f.about
