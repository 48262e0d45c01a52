"""Numbers in poll reports: shares that think something, results told side by side, leads in
a list of averages, a verbless tail after a dash, and subjects named through a pronoun."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.brief import brief
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), ())


def by_value(facts: tuple[NumberFact, ...], value: float) -> NumberFact:
    return next(f for f in facts if f.value == value)


def test_share_takes_what_it_indicated() -> None:
    fact = by_value(run("Eleven percent of tenants indicated that they were not sure."), 11)
    assert fact.unit == "percent" and "not sure" in fact.about


def test_share_that_agreed_keeps_the_clause_and_no_other_share_is_its_source() -> None:
    facts = run('Only 41 percent of parents agreed that the school is in "good enough shape '
                'to stay open next year," while 66 percent said the same of the library.')
    first, second = by_value(facts, 41), by_value(facts, 66)
    assert "good enough shape" in first.about and first.qualifier == "only"
    assert first.source is None
    assert second.about == "said the same of the library"


def test_side_by_side_shares_each_take_their_own_object() -> None:
    facts = run("Among likely voters, 40 percent would choose Reyes, while 7 percent prefer "
                "Green nominee Ana Park and 2 percent support the Labour Party's Tim Holt.")
    assert by_value(facts, 7).about == "prefer Green nominee Ana Park"
    assert by_value(facts, 2).about == "support the Labour Party's Tim Holt"


def test_lead_by_points_and_a_list_of_averages() -> None:
    facts = run("Averages show Reyes with a narrow lead, with PollDesk showing her ahead 3 points, "
                "VoteMeter 4.6 points, and StatHouse 1.8 points.")
    listed = by_value(facts, 4.6)
    assert "ahead" in listed.about and listed.source == "VoteMeter"
    assert by_value(facts, 1.8).source == "StatHouse"
    text = "The Ledger's tracker shows Reyes likewise ahead by 2.9 percentage points."
    fact = by_value(run(text), 2.9)
    assert fact.about == "Reyes ahead" and fact.unit == "percentage points"


def test_tail_after_a_dash_reads_by_the_main_clause() -> None:
    facts = run("Most parents expect Reyes to win the school board vote, held on Friday -- "
                "52 percent to Holt's 31 percent.")
    for value in (52, 31):
        assert "expect Reyes to win the school board vote" in by_value(facts, value).about


def test_margin_of_error_reads_plus_or_minus() -> None:
    fact = by_value(run("The panel is 1,140 strong, and its margin of error stands at plus or "
                        "minus 4.6 percentage points."), 4.6)
    assert fact.qualifier == "plus or minus" and "margin of error" in fact.about


def test_it_and_she_name_who_the_figure_is_about() -> None:
    facts = run("The mayor's approval rating remains high, though it has slipped from "
                "61 percent in March to 57 percent now.")
    assert "approval rating" in by_value(facts, 61).about
    text = "Dana Reyes spoke in Leeds on Monday.\nShe leads Tom Holt by 48 percent to 45 percent."
    b = brief(Article(path=Path("t.txt"), text=text, sha256="0"), nlp.parse(text))
    lead = next(n for n in b.numbers if n.value == 48)
    assert lead.about.startswith("Reyes leads")


def test_relative_pronoun_source_is_its_antecedent() -> None:
    fact = by_value(run("They turned to the Harbor Fire Service, which reported 812 call-outs "
                        "in the first half."), 812)
    assert fact.source == "Harbor Fire Service"


def test_dated_report_has_no_owner() -> None:
    fact = by_value(run("Only 9 per cent of renters will be below the line, yesterday's report "
                        "said."), 9)
    assert fact.source is not None and "report" in fact.source  # not "yesterday" alone
