"""Roles from hyphenated positions, seedings, dash-led name lists, plural descriptors and
bodies named after "the"; on sentences written for these tests."""

from __future__ import annotations

from generator.extract.roles import body_role
from tests.test_roles_titles import _role


def test_hyphenated_position_and_centre_before_a_name() -> None:
    text = "Full-back Peter Rowe and second rower Ben Marsh were the pick of the side."
    assert _role(text, "Peter Rowe") == "Full-back"
    assert _role(text, "Ben Marsh") == "second rower"
    assert _role("But centre Jim Farrow believes the side improved.", "Jim Farrow") == "centre"


def test_ranked_seeding_in_an_apposition() -> None:
    text = "Hale, the 19th seeded Canadian, was forced out with a wrist problem."
    assert "seed" in (_role(text, "Hale") or "")


def test_names_listed_after_a_dash_share_the_plural_title() -> None:
    text = (
        "The three Acme directors in question - Paul Dent, Sara Moss and Carl Wint - have all"
        " since left the firm."
    )
    for name in ("Sara Moss", "Carl Wint"):
        assert "director" in (_role(text, name) or "")


def test_plural_descriptor_before_a_list_of_names() -> None:
    text = "Fans cheered while folk stars Ana Lindqvist and Tom Hale played guitar."
    assert _role(text, "Ana Lindqvist") == "folk star"
    assert _role(text, "Tom Hale") == "folk star"


def test_body_described_before_the() -> None:
    text = "Civil liberties group the Open Rights Trust has joined the fight."
    assert _role(text, "Open Rights Trust", body_role) == "Civil liberties group"


def test_no_role_from_unranked_seeded_or_plain_centre() -> None:
    assert _role("Tom Hale seeded the clouds over the city centre.", "Tom Hale") is None
    assert _role("Fans saw Tom Hale play in the centre.", "Tom Hale") is None
