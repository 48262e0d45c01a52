"""Roles from team positions, nicknames, bracketed glosses, described bodies, "directed by"
and copular clauses after a relative clause; on sentences written for these tests."""

from __future__ import annotations

from generator import nlp
from generator.extract.roles import body_role, role_of


def _role(text: str, name: str, find=role_of) -> str | None:
    doc = nlp.parse(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    assert span is not None
    return find(doc, span)


def test_more_title_words_before_a_name() -> None:
    assert _role("The Courier's film critic Alan Drew said it was weak.", "Alan Drew") == (
        "Courier's film critic"
    )
    assert _role("They led before substitute Tom Rake completed the win.", "Tom Rake") == (
        "substitute"
    )
    assert _role("Fans cheered as skipper Tom Rake lifted the cup.", "Tom Rake") == "skipper"
    assert _role("She was seen with convicted child molester Tom Rake.", "Tom Rake") == (
        "child molester"
    )


def test_team_positions() -> None:
    assert _role("It was cheap, but left back Tom Rake still got through.", "Tom Rake") == (
        "left back"
    )
    text = "Tom Rake, the former Scotland and Lions centre, coached the side."
    assert _role(text, "Tom Rake") == "former Scotland and Lions centre"
    assert _role("Tom Rake went to the town centre on Friday.", "Tom Rake") is None
    assert _role("He left Tom Rake at home.", "Tom Rake") is None


def test_title_before_a_quoted_nickname() -> None:
    text = "Reality star 'Mama' Jo Rake and her husband filed a report."
    assert _role(text, "Jo Rake") == "Reality star"


def test_title_of_a_described_body_before_the_name() -> None:
    text = "But general secretary of the rail workers union Transit Tom Rake criticised it."
    assert _role(text, "Tom Rake") == "general secretary of the rail workers union Transit"


def test_copular_title_with_a_possessive_after_a_relative_clause() -> None:
    text = (
        "Tom Rake, who switched from union to league in the 1970s, is currently Saints' football "
        "manager, while Jo Hale is a coach."
    )
    assert _role(text, "Tom Rake") == "Saints' football manager"


def test_bracketed_title_and_director() -> None:
    assert _role('"If (coach) Tom Rake stays, I can win," he said.', "Tom Rake") == "coach"
    assert _role("The film, directed by Tom Rake, won three prizes.", "Tom Rake") == "director"
    assert _role("The plan was backed by Tom Rake.", "Tom Rake") is None


def test_body_described_with_a_hyphen_or_at_a_sentence_start() -> None:
    text = "The worm was found by anti-virus firm Sophex on Monday."
    assert _role(text, "Sophex", body_role) == "anti-virus firm"
    assert _role("Security firm Sophex said so.", "Sophex", body_role) == "Security firm"


def test_titles_after_perfect_passive_and_become() -> None:
    text = "Jane Rook has been a teacher at Hill School for ten years."
    assert _role(text, "Jane Rook") == "teacher at Hill School"
    assert _role("Jane Rook became chairman of the club in 2001.", "Jane Rook") == (
        "chairman of the club"
    )
    assert _role("Jane Rook was named chairman of the club.", "Jane Rook") == "chairman of the club"
    text = "Jane Rook, who was appointed chief executive in 2001, said so."
    assert _role(text, "Jane Rook") == "chief executive"
    assert _role("Jane Rook became the first woman to swim the lake.", "Jane Rook") is None
    assert _role("Jane Rook will not be a candidate.", "Jane Rook") is None
    assert _role("Jane Rook would be a good president.", "Jane Rook") is None


def test_bracketed_apposition_home_town_and_now() -> None:
    assert _role("Jane Rook (the club's chairman) said so.", "Jane Rook") == "club's chairman"
    assert _role("Jane Rook (right) and her son (left) were there.", "Jane Rook") is None
    text = "Jane Rook, 45, from Leeds, a mother of two, said she was scared."
    assert _role(text, "Jane Rook") == "mother of two"
    assert _role("Jane Rook, 45, from Leeds, said she was scared.", "Jane Rook") is None
    text = "Jane Rook, now chairman of the club, said it was wrong."
    assert _role(text, "Jane Rook") == "chairman of the club"


def test_positions_keep_older_titles_and_joined_descriptions() -> None:
    assert _role("Ireland won. Scrum-half Peter Stone was glad.", "Peter Stone") == "Scrum-half"
    text = "He backs it. Survival expert and TV star Tom Rake also lent his support."
    assert _role(text, "Tom Rake") == "Survival expert and TV star"
    assert _role("The crowd and TV star Tom Rake cheered.", "Tom Rake") == "TV star"


def test_role_clause_ends_before_a_date() -> None:
    text = "Jo Hale, who was head of the Welsh swim team at the Games last year, also spoke."
    assert _role(text, "Jo Hale") == "head of the Welsh swim team at the Games"
    text = "Jane Rook, who was the 2015 winner of the Blue Prize, said so."
    assert _role(text, "Jane Rook") == "2015 winner of the Blue Prize"
