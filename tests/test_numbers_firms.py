"""Numbers: whose figure it is when a description stands for a name given before ("the
company", "the champion"), a firm reporting its own figure, seeds with names, lost objects of
poll shares and "a possible" ceilings (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def by_value(text: str, value: float) -> NumberFact:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    found = [f for f in numbers(article, nlp.parse(text), ()) if f.value == value]
    assert found, text
    return found[0]


def test_the_company_is_the_firm_named_as_subject_just_before() -> None:
    text = ("Acme Stores only grew after it lowered fees. The company saw a 4% rise in March "
            "sales, less than last year.")
    assert "Acme Stores" in by_value(text, 4).about


def test_the_company_with_no_firm_before_stays_unnamed() -> None:
    f = by_value("Markets were calm. The company saw a 4% rise in March sales.", 4)
    assert f.about == "company saw a rise in March sales"


def test_a_firm_reporting_its_own_figure_is_in_the_about() -> None:
    text = "Retail chain Bellco Foods said same store sales were 8.1% higher than a year ago."
    assert "Bellco Foods" in by_value(text, 8.1).about


def test_the_champion_is_the_person_named_as_subject_just_before() -> None:
    text = ("Ray Dunne ran the fastest 400m in the world this year on Saturday. The world "
            "junior champion clocked 44.81 seconds to finish well clear of Tom Hale.")
    assert "Ray Dunne" in by_value(text, 44.81).about


def test_a_seed_keeps_the_name_after_it() -> None:
    text = "The Swede could face fifth seed Novak in the quarter-finals and Kerr in the semis."
    assert "Novak" in by_value(text, 5).about


def test_a_share_keeps_the_name_its_verb_lost() -> None:
    text = ("Some 48 percent back Smith, while 6 percent prefer Green nominee Ann Lee and 2 "
            "percent support the Labour Party's Tom Ray.")
    assert "Ann Lee" in by_value(text, 6).about


def test_a_ceiling_says_it_is_the_most_possible() -> None:
    assert by_value("Hale has won 19 from a possible 24.", 24).about.startswith("possible")


def test_a_subject_said_to_do_something_is_read_by_what_it_did() -> None:
    text = "Some 30,000 fans are estimated to have flocked to the small harbour town."
    about = by_value(text, 30000).about
    assert "flocked to the small harbour town" in about


def test_a_subject_far_from_its_verb_keeps_its_named_aside() -> None:
    text = ("Last week's top film, Tom Hale's spy comedy Run Fast, slipped to second place with "
            "$14m, while Red Sky fell to fourth.")
    assert "Run Fast" in by_value(text, 14e6).about


def test_a_hyphenated_firm_before_is_named_whole() -> None:
    text = ("But Max-Mart only saw its trade pick up after it lowered fees. The company saw a 4% "
            "rise in March sales.")
    assert "Max-Mart" in by_value(text, 4).about
