"""Numbers: multi-word hedges, number words inside names, contrastive "one", units behind a
hyphenated adjective, "X, Y years" estimates and what approximate amounts count."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), ())


def test_multi_word_hedges_are_kept_whole() -> None:
    [f] = run("The pound traded at just above $1.45 to the dollar on Monday.")
    assert (f.value, f.text, f.qualifier) == (1.45, "just above $1.45", "just above")
    a, b = run("Rents rose slightly more than 3% while wages went up well over 5%.")
    assert (a.qualifier, b.qualifier) == ("slightly more than", "well over")
    [c] = run("The bridge cost just under $2m to build.")
    assert c.qualifier == "just under"


def test_number_word_inside_a_name_is_not_a_figure() -> None:
    assert run("She founded Seven Oaks Partners after leaving Formula One in 2010.") == ()
    assert run("One Planet Foods said it would hire staff.") == ()
    assert run("He now works for Nine Rivers Media in Leeds.") == ()


def test_capitalised_counts_at_sentence_start_stay() -> None:
    [f] = run("Two Democratic senators voted against it.")
    assert (f.value, f.unit) == (2, "senators")
    [g] = run("Nine people were killed.")
    assert (g.value, g.unit) == (9, "people")


def test_contrastive_one_is_not_a_count() -> None:
    text = '"You have one faction in the party cheering, but another faction booing," she said.'
    assert run(text) == ()
    [f] = run("One passenger was injured in the crash.")
    assert (f.value, f.unit) == (1, "passenger")


def test_unit_is_the_noun_after_a_hyphenated_adjective() -> None:
    [f] = run("The council approved the sale of 74 low- or medium-rise blocks last week.")
    assert (f.value, f.unit) == (74, "blocks")
    [g] = run("A three-judge panel met.")
    assert g.unit == "judge"  # the figure's own hyphenated word stays the unit


def test_comma_estimate_takes_the_second_figures_unit_and_about() -> None:
    a, b = run("We have over three-and-a-half, four years of battling the militia now.")
    assert (a.value, a.unit, b.value, b.unit) == (3.5, "years", 4, "years")
    assert "battling the militia" in a.about and "half" not in a.about
    assert "battling the militia" in b.about


def test_approximate_amount_is_about_what_it_counts() -> None:
    [f] = run("Tens of thousands of pilgrims gathered in crowds outside the shrine on Sunday.")
    assert (f.value, f.text, f.about) == (None, "Tens of thousands", "pilgrims")
    [g] = run("Police said hundreds of striking dockers marched to the port.")
    assert (g.value, g.about) == (None, "striking dockers")
