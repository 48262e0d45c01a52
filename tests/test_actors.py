"""Tests for the actors extractor, on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import nlp
from generator.extract.actor_clusters import initials, key
from generator.extract.actor_mentions import is_junk_word, quoted_regions
from generator.extract.actors import actors
from generator.model import Actor, Article


def run(text: str, **options: bool) -> tuple[Actor, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return actors(article, nlp.parse(text), **options)


def by_name(found: tuple[Actor, ...], name: str) -> Actor:
    hits = [a for a in found if a.name == name]
    assert hits, f"{name!r} not in {[a.name for a in found]}"
    return hits[0]


def names(found: tuple[Actor, ...]) -> list[str]:
    return [a.name for a in found]


TRUMP = (
    "US President Donald Trump said on Tuesday that Iran wants to negotiate. Iranian Foreign "
    "Minister Abbas Araghchi told reporters that talks were ongoing.\n"
    "\u201cThe contacts are continuing,\u201d Araghchi said. Meanwhile, Trump warned of "
    "military action."
)


def test_title_is_the_role_not_part_of_the_name() -> None:
    trump = by_name(run(TRUMP), "Donald Trump")
    assert trump.role == "US President"
    assert trump.kind == "person"
    assert trump.aliases == ("Trump",)


def test_surname_mentions_join_the_full_name_and_keep_offsets() -> None:
    found = run(TRUMP)
    araghchi = by_name(found, "Abbas Araghchi")
    assert araghchi.role == "Iranian Foreign Minister"
    assert araghchi.mentions == 2
    assert [TRUMP[s:e] for s, e in araghchi.spans] == ["Abbas Araghchi", "Araghchi"]
    assert "Araghchi" not in names(found)


def test_no_junk_from_weekdays_or_sentence_openers() -> None:
    found = names(run(TRUMP))
    assert not {"Tuesday", "Meanwhile", "Iranian"} & set(found)


def test_apposition_gives_the_role() -> None:
    text = (
        "Markets fell sharply in Frankfurt on Monday. Chris Low, chief economist at FTN "
        "Financial, said investors were nervous. \u201cThis is a bad week,\u201d Low said."
    )
    low = by_name(run(text), "Chris Low")
    assert low.role == "chief economist at FTN Financial"
    assert low.mentions == 2


def test_possessive_apposition_before_the_name() -> None:
    text = (
        "A jury in Denver convicted Martin Keller of fraud in March. Keller's attorney, Susan "
        "Ortega, said her client would appeal. Ortega spoke outside the courthouse on Friday."
    )
    found = run(text)
    assert by_name(found, "Susan Ortega").role == "Keller's attorney"
    assert by_name(found, "Martin Keller").role is None
    assert "March" not in names(found) and "Friday" not in names(found)


def test_kin_apposition() -> None:
    text = (
        "The senator thanked his supporters in Ohio. Accompanied by his wife, Evana, he "
        "promised to keep fighting. His wife, Evana, smiled."
    )
    assert by_name(run(text), "Evana").role == "wife"


def test_acronym_by_initials_is_an_alias() -> None:
    text = (
        "Several residents reached journalists at The Associated Press by phone. The AP bureau "
        "in Dubai said it could not call back. The Associated Press has covered the region."
    )
    ap = by_name(run(text), "Associated Press")
    assert ap.kind == "organization"
    assert "AP" in ap.aliases
    assert ap.mentions == 3


def test_acronym_in_parentheses_is_an_alias() -> None:
    text = (
        "The International Monetary Fund (IMF) cut its forecast on Tuesday. The IMF said growth "
        "would slow."
    )
    imf = run(text)[0]
    assert (imf.name, imf.aliases, imf.mentions) == ("International Monetary Fund", ("IMF",), 3)


def test_party_adjectives_months_and_chants_are_not_actors() -> None:
    text = (
        "Democratic lawmakers met in Washington on Thursday. However, Republican senators said "
        "in January that they would wait. Crowds chanted \u201cDeath to America!\u201d outside "
        "the embassy. Sen. Maria Lopez said the vote would happen in March. Lopez added that "
        "the party would win."
    )
    found = run(text)
    assert not {"Democratic", "Republican", "However", "January", "March", "America"} & set(
        names(found)
    )
    lopez = by_name(found, "Maria Lopez")
    assert (lopez.role, lopez.mentions) == ("Sen.", 2)


def test_unnamed_actor_and_groups() -> None:
    text = (
        "Protests spread across Iran on Sunday. Iran's attorney general has warned that "
        "protesters will be punished. Activists say at least 600 people have been killed."
    )
    found = run(text)
    general = by_name(found, "Iran's attorney general")
    assert (general.kind, general.role) == ("person", "attorney general")
    assert by_name(found, "activists").kind == "group"
    assert by_name(found, "Iran").kind == "place"


def test_plural_title_is_shared_by_a_list_of_names() -> None:
    text = (
        "Sens. Jon Harlan and David Pruitt asked the bank's chief to resign. Harlan said the "
        "bank had failed. Pruitt agreed."
    )
    found = run(text)
    assert by_name(found, "Jon Harlan").role == "Sen."
    assert by_name(found, "David Pruitt").role == "Sen."


def test_tickers_and_indexes_are_not_actors() -> None:
    text = (
        "The VIX index jumped on Wednesday as stocks fell. The CBOE Volatility Index rose 12 "
        "percent. Analysts at Goldman Sachs said the selloff would continue, and Goldman Sachs "
        "cut its targets."
    )
    found = run(text)
    assert "VIX" not in names(found)
    assert not any("Index" in n for n in names(found))
    assert by_name(found, "Goldman Sachs").kind == "organization"


def test_list_is_focused_and_ordered_by_importance() -> None:
    text = (
        "Governor Ann Miller spoke in Austin on Monday. Miller said the storm had passed. Miller "
        "thanked crews from Dallas. \u201cWe are grateful,\u201d Miller said. Later she flew to "
        "Houston, then El Paso, then Lubbock."
    )
    found = run(text)
    assert found[0].name == "Ann Miller" and found[0].mentions == 4
    assert found[0].role == "Governor"
    assert not {"Dallas", "Houston", "El Paso", "Lubbock"} & set(names(found))
    everything = names(run(text, focused=False))
    assert {"Dallas", "Houston"} <= set(everything)


def test_spans_point_at_a_name_or_alias() -> None:
    for actor in run(TRUMP):
        forms = {actor.name, *actor.aliases}
        assert all(TRUMP[s:e] in forms for s, e in actor.spans), actor
        assert actor.mentions == len(actor.spans)


def test_pure_and_repeatable() -> None:
    assert run(TRUMP) == run(TRUMP)


def test_furniture_lines_feed_no_actors() -> None:
    text = "Read more: Angela Porter on the Brexit talks\nThe council in Leeds met on Monday."
    article = Article(path=Path("t.txt"), text=text, sha256="0", furniture=((0, 44),))
    found = actors(article, nlp.parse(text))
    assert "Angela Porter" not in names(found)


@pytest.mark.parametrize("word", ["Tuesday", "March", "GMT", "However", "Meanwhile"])
def test_junk_words(word: str) -> None:
    assert is_junk_word(word)


def test_keys_and_initials() -> None:
    assert key("U.S.") == key("United States") == "us"
    assert key("The Associated Press") == "associated press"
    assert initials("centers for disease control and prevention") == "cdcp"


def test_quoted_regions_counts_words() -> None:
    text = 'They chanted "Death to all!" and left.'
    ((start, end, n),) = quoted_regions(text)
    assert (text[start:end], n) == ("Death to all!", 3)
