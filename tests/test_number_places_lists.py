"""Numbers: places in figure lists, place subjects, tallies beside names, long partitives and
moves after a lent subject (own sentences)."""

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


LIST = ("The survey showed the average rent was £1,210 in Kent; £980 in Wales; £870 in "
        "Cornwall, and £760 in Northern Ireland.")


def test_each_conjoined_figure_keeps_its_own_place() -> None:
    assert by_value(LIST, 760).about == "Northern Ireland"
    assert "Wales" in by_value(LIST, 980).about


def test_place_that_shows_a_rate_is_its_about_not_its_source() -> None:
    f = by_value("The South West showed the steepest rise in rents at 12.4%.", 12.4)
    assert "South West" in f.about
    assert f.source is None


def test_tally_beside_a_name_counts_what_the_earlier_figure_counts() -> None:
    text = "Moss now has 140 wins, and she only trails Ellis (212) and Kerr (188)."
    assert by_value(text, 212).unit == "wins"
    assert by_value(text, 188).unit == "wins"
    assert "Kerr" in by_value(text, 188).about


def test_long_partitive_keeps_its_source_phrase() -> None:
    text = ("Charities received almost £40m in bequests in 2010, 2011 and 2012, with nearly £9m "
            "of them from private donors worth more than £2m.")
    assert "private donors" in by_value(text, 9_000_000).about


def test_move_after_lent_subject_keeps_the_object() -> None:
    text = ("The plan suggests doubling the sums which can be spent by parties, while cutting "
            "regional borrowing caps from £30m to £25m.")
    assert "regional borrowing caps" in by_value(text, 30_000_000).about
    assert "regional borrowing caps" in by_value(text, 25_000_000).about


def test_description_before_a_name_keeps_the_name() -> None:
    text = ("Leading electronics chain Quick Buy, meanwhile, missed its sales target, turning "
            "in a 4.5% increase over the holiday.")
    assert "Quick Buy" in by_value(text, 4.5).about


def test_its_names_the_firm_the_figure_belongs_to() -> None:
    text = ("Gift seller Acme Stores also suffered as an expected rush never came, leaving its "
            "same store sales 6% higher.")
    assert "Acme Stores" in by_value(text, 6).about


def test_its_names_the_firm_after_its_description() -> None:
    text = ("Shoe vendor Mary's Shops also suffered as a hoped-for late shopping rush never "
            "arrived, leaving its same store sales 3% higher.")
    assert "Mary's Shops" in by_value(text, 3).about
