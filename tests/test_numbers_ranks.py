"""Ordinals, fractions of a unit, gaps and distances, hedging verbs and "ago" spans."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), (), ())


def by_value(text: str, value: float) -> NumberFact:
    hits = [f for f in run(text) if f.value == value]
    assert hits, [(f.value, f.text) for f in run(text)]
    return hits[0]


def test_hyphenated_number_words_are_one_figure() -> None:
    facts = run("Forty-three sailors were rescued, and one hundred and twenty-five boats sank.")
    assert [(f.value, f.unit) for f in facts] == [(43, "sailors"), (125, "boats")]
    assert "rescued" in facts[0].about


def test_two_figures_joined_by_and_stay_apart() -> None:
    assert [f.value for f in run("The club signed two and later three goalkeepers.")] == [2, 3]


def test_scale_word_written_against_the_digits() -> None:
    fact = by_value("The city must repay a £45million bond to its lenders on Monday.", 45_000_000)
    assert fact.unit == "GBP" and "bond" in fact.about


def test_tenths_and_hundredths_of_a_unit() -> None:
    fact = by_value("Okafor was six-hundredths of a second ahead of old rival Jan Weber.", 0.06)
    assert fact.unit == "seconds"
    assert fact.about == "Okafor ahead of old rival Jan Weber"
    slow = by_value("The Dutch rider finished two tenths of a second behind Lenz.", 0.2)
    assert slow.about == "The Dutch rider behind Lenz"


def test_distance_reads_against_its_landmark() -> None:
    fact = by_value("The lodge sits in the hills, 42 miles north of Denver.", 42)
    assert fact.unit == "miles" and "north of Denver" in fact.about


def test_race_positions_are_figures() -> None:
    facts = run("Priya Nair will start 14th and Tom Reed 15th after a wet session.")
    assert [(f.value, f.about) for f in facts] == [
        (14, "Priya Nair start"), (15, "Tom Reed start")]


def test_ranked_and_place_positions() -> None:
    ranked = by_value("The fugitive was ranked ninth on the agency's list.", 9)
    assert "ranked" in ranked.about and "list" in ranked.about
    place = by_value("Lopez qualified first, with Moreau down in fifth place.", 5)
    assert place.text == "fifth place" and "Moreau" in place.about


def test_series_ordinals_count_a_run() -> None:
    fact = by_value("The striker scored her fourth successive hat-trick in the cup.", 4)
    assert "hat-trick" in fact.about
    prize = by_value("She lifted her 12th and final league trophy at the stadium.", 12)
    assert "trophy" in prize.about
    assert by_value("The town marked the 75th anniversary of the flood.", 75).about.startswith(
        "anniversary")


def test_ordinals_that_name_or_introduce_are_not_figures() -> None:
    text = ("The 18th century house stood on 5th Avenue. He first joined the firm in March. "
            "A second parcel was found. It was the first time she had won.")
    assert run(text) == ()


def test_ago_spans_are_figures_with_their_event() -> None:
    fact = by_value("The pair split up more than four years ago, friends said.", 4)
    assert fact.unit == "years" and fact.qualifier == "more than"
    assert "split" in fact.about


def test_verbs_that_hedge_their_figure() -> None:
    text = "In Ohio the share exceeds 6%; among young voters it approaches 11%."
    first, second = run(text)
    assert (first.value, first.qualifier) == (6, "more than")
    assert "Ohio" in first.about and "share" in first.about
    assert (second.value, second.qualifier) == (11, "nearly")
    assert by_value("The charity approached 40 donors last spring.", 40).qualifier is None


def test_temperatures_in_degrees() -> None:
    fact = by_value("The furnace can heat the metal to more than 1,500°C within minutes.", 1500)
    assert fact.unit == "degrees Celsius" and fact.qualifier == "more than"
    assert by_value("It was 20 degrees Fahrenheit at dawn.", 20).unit == "degrees Fahrenheit"


def test_hedge_before_an_adjective_and_the_figure() -> None:
    fact = by_value("An estimated further 2,000 families left the valley.", 2000)
    assert fact.qualifier == "estimated" and "families" in fact.about


def test_misparsed_noun_subject_keeps_the_whole_phrase() -> None:
    fact = by_value("In June, the jobless rate for women ages 20 to 29 was 6.4 percent.", 6.4)
    assert "jobless rate" in fact.about
