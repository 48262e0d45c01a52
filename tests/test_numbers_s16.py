"""Numbers, session 16 (own sentences): a poll's run of shares told of again as "the poll",
crossing one sentence on those asked, shares of those the poll asked, "a majority of voters"
as those asked rather than a source, each point of a series with its own year, and ranges
with a unit that spaCy tags as dates."""

from __future__ import annotations

from tests.test_numbers_polls import by_value, run

POLL = (
    "Mayor Ines Varga and Councillor Tomas Brand are level before the vote, according to a new "
    "Harbour Gazette poll.\n\n"
    "Among likely voters, 48 percent back Varga and 45 percent back Brand.\n\n"
    "Among registered voters, the two are level.\n\n"
    "A majority of voters expect Varga to win the debate, 51 percent to 39 percent.\n\n"
    "The poll shows a close race as Brand gains ground in the suburbs.\n\n"
    "Only 42 percent of likely voters said the harbour plan was affordable, while 61 percent "
    "said the same of the rail plan."
)


def test_shares_after_the_poll_is_told_of_again_are_the_polls() -> None:
    facts = run(POLL)
    for value in (42, 61):
        assert by_value(facts, value).source == "Harbour Gazette", by_value(facts, value)


def test_a_majority_that_expects_is_no_source_of_its_shares() -> None:
    facts = run(POLL)
    assert by_value(facts, 51).source == "Harbour Gazette", by_value(facts, 51)
    assert by_value(facts, 39).source == "Harbour Gazette", by_value(facts, 39)


def test_two_sentences_with_no_share_end_the_run() -> None:
    text = (
        "A Harbour Gazette poll found 48 percent back Varga.\n\n"
        "Brand campaigned in the suburbs on the weekend.\n\n"
        "He then toured the docks with his family.\n\n"
        "Only 42 percent of likely voters back the harbour plan."
    )
    assert by_value(run(text), 42).source is None


def test_a_share_of_another_group_in_a_new_paragraph_starts_no_run() -> None:
    text = (
        "A Harbour Gazette poll found 48 percent back Varga.\n\n"
        "Some 30 percent of dock workers lost shifts last winter."
    )
    assert by_value(run(text), 30).source is None


def test_each_point_of_a_series_keeps_its_own_year() -> None:
    text = (
        "Starting from 2015, the share of renters will reach 21.4 per cent (9million) of the "
        "region's households by 2030, 24.6 (11million) per cent by 2040 and 27.2 per cent "
        "(13million) by 2050."
    )
    facts = run(text)
    assert "by 2030" in by_value(facts, 21.4).about, by_value(facts, 21.4)
    assert "2050" in by_value(facts, 27.2).about, by_value(facts, 27.2)


def test_a_range_of_months_is_a_figure_though_tagged_as_a_date() -> None:
    facts = run("The council expects the repairs could take between 14 and 20 months to finish.")
    assert [(f.value, f.text, f.unit) for f in facts] == [(None, "14 and 20 months", "months")]


def test_a_range_of_years_with_no_unit_is_no_figure() -> None:
    assert run("The town grew quickly between 1990 and 1995.") == ()


def test_ranges_of_days_and_hours_are_no_figures() -> None:
    assert run("The runner may race in Lyon on 19-20 March, his coach said.") == ()
    assert run("The mayor was due to speak between 10-11 a.m. on Saturday.") == ()
