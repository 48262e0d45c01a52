"""Names the mention step had lost (sentences written here): a product or a work label on a
body that speaks, owns a person or has an editor; a naming verb that gives no name; untagged
one-word bodies a descriptor noun marks."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.actor_clusters import cluster
from generator.extract.actor_mentions import Mention, mentions
from generator.model import Article


def _mentions(text: str) -> list[tuple[str, str]]:
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    return [(m.text, m.label) for m in mentions(article, nlp.parse(text))]


def test_a_hyphenated_product_label_that_speaks_is_a_body() -> None:
    found = _mentions(
        "Even so, the Finnish security lab F-Secure said it had seen few cases of infected "
        "handsets."
    )
    assert ("F-Secure", "ORG") in found
    assert ("F", "ORG") not in found


def test_a_work_label_owning_a_named_person_is_a_body() -> None:
    found = _mentions('"Sales will rise sharply next year," added Ernst and Young\'s Sanjay Mehta.')
    assert ("Ernst and Young", "ORG") in found


def test_a_work_label_with_an_editor_is_an_outlet() -> None:
    found = _mentions('"I see no need for this," The Spectator editor told the radio programme.')
    assert ("Spectator", "ORG") in found


def test_named_as_identifies_a_person() -> None:
    found = _mentions(
        "A friend of the player, known in court only as Mr X, can now be named as Kristian Bereit."
    )
    assert ("Kristian Bereit", "PERSON") in found


def test_a_place_after_a_naming_verb_and_a_preposition_is_no_given_name() -> None:
    found = _mentions(
        "The group will perform in what has been dubbed the biggest marquee on Glasgow Green "
        "next June."
    )
    assert "Glasgow Green" in [name for name, _ in found]


def test_a_thing_given_a_name_is_still_no_actor() -> None:
    found = _mentions("He played a battered guitar named Lucille Grey at every show in town.")
    assert not any("Lucille" in name for name, _ in found)


def test_a_firm_with_a_digit_in_its_name_after_firm() -> None:
    assert ("G4S", "ORG") in _mentions(
        "The prison, run by the security firm G4S, disclosed the figures on Monday."
    )


def test_a_bookmaker_named_after_bookmakers() -> None:
    assert ("Coral", "ORG") in _mentions(
        "Simon Clare, from bookmakers Coral, said the odds had been cut."
    )


def test_an_acronym_before_a_body_noun_that_speaks() -> None:
    found = _mentions(
        "Sales fell again in the spring. The ABRX industry body said that the figures were "
        "worrying."
    )
    assert ("ABRX", "ORG") in found


def test_a_capitalised_word_before_a_descriptor_that_does_not_speak_stays_out() -> None:
    found = _mentions("Sales fell again in the spring. The ABRX industry body was closed.")
    assert ("ABRX", "ORG") not in found


def test_a_group_named_for_a_place_and_a_number_is_no_run_on() -> None:
    text = "Leeds. The Leeds Four. Leeds."
    ms = [
        Mention(0, 5, "Leeds", "GPE", 0, 1),
        Mention(11, 21, "Leeds Four", "ORG", 3, 5),
        Mention(23, 28, "Leeds", "GPE", 6, 7),
    ]
    forms = [set(c.forms) for c in cluster(ms, text)]
    assert {"Leeds Four"} in forms
