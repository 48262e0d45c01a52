"""Actors, session 15 (own sentences): spelled-out time zones, "then the" roles, entrant
titles alone, a county after its town, prisons, broadcasters, an owner's apostrophe, products
a firm brought out, a name tagged only in a quote, a reporter's sign-off."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from generator import nlp
from generator.extract.actor_aliases import canonical
from generator.extract.actor_clusters import Cluster
from generator.extract.actor_kind_names import prison_name
from generator.extract.actors import actors
from generator.model import Article
from tests.test_actors import by_name, names, run


def test_a_spelled_out_time_zone_is_no_actor() -> None:
    text = (
        "The ferry leaves Portcallow at noon Central European Time, the operator Brava Lines "
        "said. Brava Lines added that Pacific Standard Time bookings open later."
    )
    found = names(run(text))
    assert "Brava Lines" in found, found
    assert not any(n.endswith("Time") for n in found), found


def test_then_the_title_keeps_then_and_drops_the_article() -> None:
    text = (
        "Last year the rules were drafted by Piet Vandamme, then the finance minister, and "
        "signed into law by the parliament of Keldor."
    )
    assert by_name(run(text), "Piet Vandamme").role == "then finance minister"


def test_an_entrant_title_alone_names_no_unnamed_actor() -> None:
    text = (
        "Wales's European Cup qualifier against Norway was called off on Sunday because of "
        "heavy rain. Norway will host the match next month instead."
    )
    found = names(run(text))
    assert not any("qualifier" in n for n in found), found


def test_a_county_after_its_town_is_a_place() -> None:
    text = (
        "Coastguards searching for a walker missing near Polruan, Cornwall, said they had "
        "found him safe. The walker was taken to hospital as a precaution."
    )
    found = run(text)
    assert by_name(found, "Cornwall").kind == "place", found


def test_a_prison_named_as_one_is_a_body() -> None:
    assert prison_name("HMP Dunmere") and prison_name("Dunmere Prison")
    assert not prison_name("Dunmere") and not prison_name("Prison Reform Trust")


def test_a_broadcaster_with_a_channel_word_is_a_body() -> None:
    text = (
        "The striker spoke about his future by telling Zeta Sport Brasil: 'I have not decided "
        "anything yet.' Zeta Sport Brasil first aired the interview on Monday night."
    )
    assert by_name(run(text), "Zeta Sport Brasil").kind == "organization"


def test_an_owners_apostrophe_stays_in_the_role() -> None:
    text = (
        "Lena Okafor, of the Ratepayers\u2019 League, said the rise in rates was far too steep "
        "for families in the north of the city."
    )
    assert by_name(run(text), "Lena Okafor").role == "Ratepayers\u2019 League"


def test_a_product_a_firm_brought_out_is_no_actor() -> None:
    text = (
        "Before Jotter, which Zentor launched this week, there was no simple way to keep notes "
        "on its phones. Jotter is quick, and the to-do app Checkit looks dated beside it. "
        "Zentor says Jotter will gain features, and Jotter syncs with the web."
    )
    found = names(run(text))
    assert "Zentor" in found, found
    assert "Jotter" not in found and "Checkit" not in found, found


def _tagged_only_in_quote(text: str, name: str) -> tuple[str, ...]:
    """Actor names when the tagger tags ``name`` only inside the quote (as it did on a real
    report) and nowhere else."""
    doc = nlp.parse(text)
    inside = text.index(name, text.index("'We"))
    ents = [e for e in doc.ents if name not in e.text]
    ents.append(doc.char_span(inside, inside + len(name), "ORG"))
    doc.ents = sorted(ents, key=lambda e: e.start)
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return tuple(a.name for a in actors(article, doc))


def test_a_name_tagged_only_in_a_quote_counts_when_written_outside() -> None:
    text = (
        "The sponsor has revealed how the first-team stars get ready on the team bus. "
        "Kelvale players have picked their favourite songs ahead of the trip.\n\n"
        "'We wish Kelvale every success at the final,' said the sponsor's manager."
    )
    assert "Kelvale" in _tagged_only_in_quote(text, "Kelvale")


def test_a_name_only_modifying_outside_a_quote_stays_out() -> None:
    text = (
        "The mayor met a Corvale family at the town hall on Friday.\n\n"
        "'We wish Corvale families the very best,' said the mayor's office."
    )
    assert "Corvale" not in _tagged_only_in_quote(text, "Corvale")


def test_a_reporters_sign_off_names_no_actor() -> None:
    text = (
        "The jury found the builder guilty of fraud on Tuesday after a six-week trial in "
        "Carlow. The builder, Sean Mulvey, will be sentenced next month, the judge said.\n\n"
        "Orla Keane reported from Carlow. Pat Byrne reported from Dublin."
    )
    found = names(run(text))
    assert "Sean Mulvey" in found, found
    assert "Orla Keane" not in found and "Pat Byrne" not in found, found


def test_a_two_word_surname_used_more_often_does_not_replace_the_full_name() -> None:
    c = Cluster(forms=Counter({"Marta De Vries": 1, "De Vries": 3}))
    assert canonical(c, "person") == "Marta De Vries"


def test_a_curly_apostrophe_parses_like_a_straight_one() -> None:
    text = (
        "Dana Hale spoke in Leeds on Friday. The Unity Party\u2019s presumed party leader, Hale "
        "has drawn large crowds at every stop this spring with the same speech."
    )
    found = run(text)
    assert by_name(found, "Dana Hale").role == "party leader", found
    assert not any(a.name.endswith("\u2019s") for a in found), found


def test_a_title_with_for_before_a_name_is_the_role_and_no_body() -> None:
    text = (
        "The ministry's Undersecretary for Management Pat Kerr has become a key figure. Ruiz "
        "was replying to Undersecretary for Political Affairs Wanda Shore about the flight."
    )
    found = run(text)
    assert by_name(found, "Pat Kerr").role == "Undersecretary for Management", found
    assert by_name(found, "Wanda Shore").role == "Undersecretary for Political Affairs", found
    assert "Political Affairs" not in names(found), found


def test_office_words_run_into_a_name_are_cut_but_a_name_after_for_is_kept() -> None:
    text = (
        "Director of National Intelligence Jim Calder said so. Ari Tolland, press secretary "
        "for George W. Bush, agreed, and Jo Hale, a staffer for Sen. Kara Gilby, did not."
    )
    found = run(text)
    assert by_name(found, "Jim Calder").role == "Director of National Intelligence", found
    assert "George W. Bush" in names(found), found
    assert by_name(found, "Kara Gilby").role == "Sen.", found
