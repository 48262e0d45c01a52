"""Numbers: bare counts that are part of a whole, figures in run-in captions, report owners
named by a "by" phrase, and sources that follow the clause they report."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.furniture import furniture_spans
from generator.model import Article, NumberFact


def run(text: str, furniture: bool = False) -> tuple[NumberFact, ...]:
    spans = furniture_spans(text) if furniture else ()
    article = Article(path=Path("t.txt"), text=text, sha256="0", furniture=spans)
    return numbers(article, nlp.parse(text), ())


def by_value(found: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(n for n in found if n.value == value)


def test_bare_subject_count_takes_the_unit_of_the_whole() -> None:
    found = run("Of the 31 drivers stopped, 26 were later fined.")
    assert by_value(found, 26).unit == "drivers"
    found = run("Wardens caught 45 anglers and 12 were banned from the lake.")
    assert by_value(found, 12).unit == "anglers"


def test_absolute_with_clause_count_takes_the_unit() -> None:
    found = run("The poll found 52 councils were raising rents, with 17 freezing them.")
    assert by_value(found, 17).unit == "councils"


def test_larger_or_unrelated_bare_count_keeps_no_unit() -> None:
    found = run("She keeps 4 goats and 12 were sold at the fair.")
    assert by_value(found, 12).unit is None
    found = run("Nine of the 14 members voted against it.")
    assert by_value(found, 9).unit == "members"


def test_figure_in_run_in_caption_is_kept() -> None:
    body = ("The river burst its banks early on Tuesday and water reached the first floor of "
            "several homes in the old town, where residents had been warned to move valuables "
            "upstairs. ")
    text = (body * 3 + "Scroll down for video Long wait: Neighbours criticised the fire service "
            "for taking 40 minutes to reach the street Residents said the warnings came too "
            "late for many families. " + body * 3)
    assert len(text) > 800
    article = Article(path=Path("t.txt"), text=text, sha256="0", furniture=furniture_spans(text))
    assert article.is_furniture(text.index("40 minutes"), text.index("40 minutes") + 2)
    found = run(text, furniture=True)
    assert any(n.value == 40 and n.unit == "minutes" for n in found)


def test_figure_on_boilerplate_line_is_dropped() -> None:
    text = ("The council approved 12 new parks on Monday.\n"
            "Related: 5 things to know about the budget\n"
            "The parks will open in spring.")
    found = run(text, furniture=True)
    assert [n.value for n in found] == [12]


def test_report_owner_named_by_its_by_phrase() -> None:
    found = run("The region would gain almost 4bn euros by 2030, according to a new cost "
                "study by the country's Transport Council.")
    assert by_value(found, 4_000_000_000).source == "Transport Council"


def test_kind_of_report_is_owner_without_a_by_phrase() -> None:
    found = run("The region would gain almost 4bn euros, according to a government study.")
    assert by_value(found, 4_000_000_000).source == "government"


def test_source_after_the_reported_clause() -> None:
    found = run("Nearly 70% of these shoppers, 12m people, plan to buy toys online this year, "
                "reports the retail association.")
    assert by_value(found, 70).source == "retail association"
    assert by_value(found, 12_000_000).source == "retail association"


def test_assure_names_a_source() -> None:
    found = run("Mary Holt assured the committee that 80% of the fund was spent on schools.")
    assert by_value(found, 80).source == "Mary Holt"


def test_span_after_an_event_is_about_the_main_clause() -> None:
    found = run("A hiker was found alive nearly 40 hours after the storm passed.")
    about = by_value(found, 40).about
    assert about is not None and "hiker was found" in about and "storm passed" in about


def test_share_that_expects_to_do_something_keeps_what_it_expects() -> None:
    found = run("About 60% of these families expect to take a holiday abroad next summer.")
    about = by_value(found, 60).about
    assert about is not None and "holiday abroad" in about and "families" in about


def test_ordinal_before_a_career_tally_counts_it() -> None:
    found = run("The veteran began her bid for a sixth title on the grass.")
    assert by_value(found, 6).about == "title on the grass"
    found = run("He is chasing a 41st career title this week.")
    assert by_value(found, 41).about is not None and "career title" in by_value(found, 41).about
    found = run("She is going for a record-extending 8th Riverside Open crown.")
    assert by_value(found, 8).about is not None and "crown" in by_value(found, 8).about


def test_ordinal_after_a_before_other_nouns_is_no_figure() -> None:
    assert run("Police found a second device near the station.") == ()
    assert run("She won a third of the vote.") == ()
