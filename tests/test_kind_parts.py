"""Kinds and junk, round 2: a character named after the part an actor plays is no actor."""

from __future__ import annotations

from tests.test_actors import run


def test_character_after_the_part_is_no_actor() -> None:
    text = (
        "The new film opens in May. Hollywood star Mark Delaney will play disgraced banker "
        "Otto Brennick, a role written for him."
    )
    names = [a.name for a in run(text)]
    assert "Mark Delaney" in names
    assert not any("Brennick" in n for n in names)


def test_character_after_as_the_part_is_no_actor() -> None:
    text = (
        "The revival opens on Broadway in March. It will also star Jane Corrie as the "
        "domineering aunt, Margery Holloway."
    )
    names = [a.name for a in run(text)]
    assert "Jane Corrie" in names
    assert not any("Holloway" in n for n in names)


def test_player_in_a_position_stays() -> None:
    text = (
        "Rovers played defender Tom Kessel at full-back on Saturday. Kessel said he enjoyed "
        "the game."
    )
    assert "Tom Kessel" in [a.name for a in run(text)]
