"""Speakers introduced without a name, and voices introduced just before a quote; on
sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.brief import brief
from generator.model import Article


def _quotes(text: str) -> list[tuple[str | None, str]]:
    b = brief(Article(path=Path("t.txt"), text=text, sha256="0"), nlp.parse(text))
    return [(q.speaker, q.text[:12]) for q in b.quotes]


def test_he_after_an_unnamed_spokesman_is_the_spokesman_not_the_man_named_before() -> None:
    text = (
        "Union leader Peter Holm said: \"The rules are far too strict for our members.\" "
        "A Harbour Authority spokesman said: \"We are aware of the delays at the port.\" "
        "\"We will do our best to clear the backlog this week,\" he added.\n"
    )
    assert _quotes(text) == [
        ("Peter Holm", "The rules ar"),
        ("Harbour Authority", "We are aware"),
        ("Harbour Authority", "We will do o"),
    ]


def test_a_body_named_in_several_words_before_spokeswoman_speaks() -> None:
    text = (
        "Farmers protested in the capital on Monday. A Ministry for Food, Farming and Fisheries "
        "spokeswoman said: \"We are listening to the farmers and will meet them soon.\"\n"
    )
    assert _quotes(text) == [("Ministry for Food, Farming and Fisheries", "We are liste")]


def test_a_name_parsed_as_the_root_still_counts_as_the_subject_for_he() -> None:
    text = (
        "The young winger Tom Keane played well on Saturday against the champions. "
        "Keane himself, at least outwardly, appeared unbothered by the rough treatment "
        "handed out to him by Mark Dunn in particular. \"I want more of it,\" he said.\n"
    )
    assert _quotes(text) == [("Tom Keane", "I want more ")]


def test_a_quote_that_is_the_assessment_of_someone_is_theirs() -> None:
    text = (
        "Maria Lopez spoke first at the meeting in Leeds.\n"
        "\"The voters like the government more than the members do,\" is the blunt "
        "assessment of Graham Stone, leader of the council group.\n"
    )
    assert _quotes(text) == [("Graham Stone", "The voters l")]


def test_a_voice_introduced_in_apposition_just_before_a_quote_speaks_it() -> None:
    text = (
        "\"The slogan is simple,\" said Graham Stone, the council leader. His colleague, "
        "Alice Marsh, leader of the county group, blames one issue above all. "
        "\"You cannot underestimate the anger about the closures.\"\n"
    )
    assert _quotes(text) == [("Graham Stone", "The slogan i"), ("Alice Marsh", "You cannot u")]


def test_a_cue_after_a_closed_quote_that_reports_its_own_clause_is_not_its_cue() -> None:
    text = (
        "Tom Reid says the teacher showed him a leaflet. 'She handed it to me and said, "
        "\"Read this. It explains everything.\"' Headteacher Jane Coe said the teacher had "
        "already resigned.\n"
    )
    assert _quotes(text)[0] == ("Tom Reid", "She handed i")
