"""Numbers, session 17 (own sentences): a share told again as an amount ("8 per cent
(£17,400)", "12 per cent more - or £38,200 -", "61 per cent or £90,500") is one figure in two
terms: both are about the same thing, never about each other."""

from __future__ import annotations

from tests.test_numbers_polls import by_value, run

PREMIUMS = (
    "Homes near the market cost 12 per cent more \u2013 or \u00a338,200 \u2013 than those "
    "in nearby streets. Greengate was next, its homes fetching a premium of 8 per cent "
    "(\u00a317,400). Flats by the river fetched 61 per cent or \u00a390,500 more than flats "
    "in town."
)


def test_an_amount_in_brackets_after_a_share_is_about_what_the_share_is_about() -> None:
    facts = run(PREMIUMS)
    share, amount = by_value(facts, 8), by_value(facts, 17400)
    assert "premium" in (share.about or "") and "premium" in (amount.about or ""), (share, amount)
    assert "8 per cent" not in (amount.about or ""), amount


def test_an_amount_set_off_by_dashes_after_a_share_is_about_the_same_thing() -> None:
    facts = run(PREMIUMS)
    amount = by_value(facts, 38200)
    assert "Homes near the market cost" in (amount.about or ""), amount
    assert "12 per cent" not in (amount.about or ""), amount
    assert "38,200" not in (by_value(facts, 12).about or ""), by_value(facts, 12)


def test_a_share_or_an_amount_keeps_each_out_of_the_others_about() -> None:
    facts = run(PREMIUMS)
    assert "90,500" not in (by_value(facts, 61).about or ""), by_value(facts, 61)
    amount = by_value(facts, 90500)
    assert "61 per cent" not in (amount.about or ""), amount
    assert "Flats by the river fetched more than flats in town" in (amount.about or ""), amount


def test_a_gerund_subject_is_read_whole() -> None:
    text = (
        "Holding another vote on the bridge by 2020 earned a mark of 5.6 from the panel. "
        "Giving the council power over all parking fines ranked eighth, with a mark of 7.1."
    )
    facts = run(text)
    assert "Holding another vote on the bridge" in (by_value(facts, 5.6).about or "")
    assert "Giving the council power over all parking fines" in (by_value(facts, 7.1).about or "")
