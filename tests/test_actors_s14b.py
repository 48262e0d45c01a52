"""Actors, session 14: stage names, styled names, bodies named after a person, series and
brands read as people, peoples named often, a body owning a work."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.actor_clusters import cluster
from generator.extract.actor_kinds import kind_of
from generator.extract.actor_mentions import mentions
from generator.model import Article
from tests.test_actors import by_name, names, run


def test_a_stage_name_keeps_its_capitals() -> None:
    text = (
        "Many singers wore the coat this winter, including XKA Kettles, Adele and Jo Dee. "
        "XKA Kettles has been the main trendsetter of the winter, critics said."
    )
    doc = nlp.parse(text)
    first, second = text.index("Kettles"), text.index("XKA Kettles has")
    mine = [doc.char_span(first, first + 7, "PERSON"), doc.char_span(second, second + 11, "PERSON")]
    ents = [e for e in doc.ents if not any(e.start < m.end and m.start - 1 < e.end for m in mine)]
    ents += mine
    doc.ents = sorted(ents, key=lambda e: e.start)  # the tagger leaves "XKA" out once
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    found = [m.text for m in mentions(article, doc) if "Kettles" in m.text]
    assert found == ["XKA Kettles", "XKA Kettles"], found
    assert kind_of(cluster(mentions(article, doc), text)[0], doc, text) == "person"


def test_a_name_after_a_style_is_listed_in_full() -> None:
    text = (
        "Many singers have worn the hat this year, including Ann Lee and Lady Vexa.\n\n"
        "The hat is not new: farmers wore it for centuries, Ann Lee said."
    )
    found = run(text)
    assert "Lady Vexa" in names(found), names(found)
    assert "Vexa" in by_name(found, "Lady Vexa").aliases


def test_a_charity_named_after_a_person_keeps_the_owner() -> None:
    text = (
        "Ann Lee, a nurse from Leeds, said the tests had saved her life.\n\n"
        "Rates of screening fell last year, according to Jo's Cervical Cancer Trust.\n\n"
        "Lee said she would run a marathon in the spring."
    )
    assert "Jo's Cervical Cancer Trust" in names(run(text))


def test_a_series_that_only_qualifies_nouns_is_no_person() -> None:
    text = (
        "Ann Lee, who voiced cartoons for decades, has died, her son said.\n\n"
        "She voiced the wolf in the 1951 Merry Crickets cartoon and the fox in another "
        "Merry Crickets classic.\n\n"
        "Lee also led his Bobo's Frozen Waffle campaign in the 1970s."
    )
    found = names(run(text))
    assert "Merry Crickets" not in found and "Frozen Waffle" not in found, found
    assert "Ann Lee" in found


def test_a_people_named_often_is_kept_though_it_never_acts() -> None:
    text = (
        "Jo Dee said the massacre of Armenians in 1915 was a genocide.\n\n"
        "Dee had promised to use the word when he sought votes. The killings of Armenians "
        "are remembered on Friday.\n\n"
        "Velt denies the history of what befell the Armenians, Dee said."
    )
    found = run(text)
    assert by_name(found, "Armenians").kind == "group", names(found)


def test_a_body_owning_a_work_is_no_place() -> None:
    text = (
        "Ann Lee, the actress, has died at 90, her son said.\n\n"
        'Lee was the voice of the cat in Pixaro\'s "The Long Road" (1955).\n\n'
        "Lee said the part changed her life."
    )
    found = run(text)
    assert "Pixaro" not in names(found) or by_name(found, "Pixaro").kind != "place"


def test_a_product_listed_among_common_nouns_is_no_actor() -> None:
    text = (
        "Each season some new fashion turns up to alarm shoppers. Whether it is Zorbs, legwarmers "
        "or platform boots, everyone has a weak spot and this summer many will worry about the hat."
    )
    assert "Zorbs" not in names(run(text))
