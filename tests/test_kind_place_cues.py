"""Kinds, round 2: a one-word name read as a body is a place when the words before it place
something in it ("a village in X") or by it ("east of X")."""

from __future__ import annotations

from generator.extract.actor_kind_place import place_signs


def _signs(text: str, name: str) -> int:
    start = text.index(name)
    return place_signs(text, start, start + len(name))


def test_compass_of_is_a_place_sign() -> None:
    assert _signs("The wedding was held at a barn east of Carrowby last May.", "Carrowby") == 2
    assert _signs("The plant lies north-west of Carrowby.", "Carrowby") == 2


def test_settlement_in_is_a_place_sign() -> None:
    assert _signs("The hotel is being built in a model village in Dunmere.", "Dunmere") == 2
    assert _signs("They met at their home in Dunmere.", "Dunmere") == 2


def test_no_sign_without_the_cue() -> None:
    assert _signs("Shares in Dunmere fell after the results.", "Dunmere") == 0
    assert _signs("The chief of Dunmere resigned.", "Dunmere") == 0
