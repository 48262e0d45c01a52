"""Numbers: dash-set asides, closing report cues, big counts tagged as dates, written ordinals
with thousands separators, spans looked back over and spans taken before an event."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span

from generator import nlp
from generator.extract.numbers import numbers
from generator.model import Article, NumberFact


def run(text: str) -> tuple[NumberFact, ...]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return numbers(article, nlp.parse(text), ())


def by_value(text: str, value: float) -> NumberFact:
    facts = [f for f in run(text) if f.value is not None and abs(f.value - value) < 1e-6]
    assert facts, run(text)
    return facts[0]


def test_dash_aside_participle_is_about_the_noun_before_it() -> None:
    fact = by_value("Rising rents - climbing 2.5% in March alone - have pushed "
                    "families out of the city.", 2.5)
    assert "rents" in fact.about
    assert "pushed" not in fact.about


def test_dash_aside_relative_share_reads_its_own_clause() -> None:
    fact = by_value("Under the deal - $40m of which will be paid by the insurers - no "
                    "one admits fault.", 40_000_000)
    assert "insurers" in fact.about
    assert "admits" not in fact.about


def test_dash_aside_of_a_bare_figure_is_left_alone() -> None:
    fact = by_value("The grant - $2m - came from a private trust.", 2_000_000)
    assert "trust" in fact.about


def test_closing_report_cue_names_the_source() -> None:
    fact = by_value("Farm output rose by 3.4% last year, its best result in a decade, "
                    "figures from the agriculture office show.", 3.4)
    assert fact.source is not None and "agriculture office" in fact.source


def test_billions_tagged_as_a_date_still_count() -> None:
    text = "The group predicts that 2026 could see more than 40bn parcels delivered in Europe."
    doc = nlp.parse(text)
    k = next(t.i for t in doc if t.lower_ == "more")
    doc.ents = [e for e in doc.ents if e.end <= k or e.start >= k + 3] + [
        Span(doc, k, k + 3, label="DATE")]  # the tagger sometimes dates "more than 40bn"
    facts = numbers(Article(path=Path("t.txt"), text=text, sha256="0"), doc, ())
    fact = next(f for f in facts if f.value == 40_000_000_000)
    assert fact.qualifier == "more than"
    assert "parcels" in f"{fact.unit} {fact.about}"


def test_ordinal_with_thousands_separator_counts_a_series() -> None:
    fact = by_value("The band celebrated after the song became the country's 1,000th "
                    "number one single.", 1000)
    assert "number one single" in fact.about


def test_span_looked_back_over_is_no_until() -> None:
    fact = by_value("Imports grew more slowly in May than at any time in 14 months.", 14)
    assert not fact.about.startswith("until")
    assert "Imports" in fact.about


def test_span_taken_before_an_event_keeps_the_event() -> None:
    fact = by_value("It could take up to 12 years before the tunnel is able to open.", 12)
    assert "tunnel" in fact.about


def test_subject_before_a_dash_aside_is_kept() -> None:
    fact = by_value("Imports - long the weak spot of the economy - grew faster in June than "
                    "at any time in 20 months.", 20)
    assert fact.about.startswith("Imports")


def test_dashes_pair_up_in_order() -> None:
    fact = by_value("The twins - who started out as dancers - are third with $40 million "
                    "between them - up $5m on last year.", 40_000_000)
    assert "twins" in fact.about


def test_glued_metres_per_minute_is_a_speed() -> None:
    fact = by_value("Back then the fastest lift moved at 300m per minute.", 300)
    assert fact.unit == "metres per minute"


def test_glued_metres_sizing_a_track() -> None:
    fact = by_value("The cars climb their 250m track in under a minute.", 250)
    assert fact.unit == "metres"


def test_kilobits_glued_to_the_digits() -> None:
    fact = by_value("The basic line runs at 256kbps, though faster ones exist.", 256)
    assert fact.unit == "kilobits per second"


def test_quarter_of_a_percentage_point() -> None:
    fact = by_value("The central bank raised its main rate by just a quarter of a percentage "
                    "point.", 0.25)
    assert fact.unit == "percentage points"
    assert "rate" in fact.about
