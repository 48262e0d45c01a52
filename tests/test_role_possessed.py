"""A bare noun owned by a pronoun right before a name gives the role: "his marker X"; on
sentences written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_a_plain_noun_after_his_before_a_name() -> None:
    found = run("The winger struggled all afternoon against his marker Pavel Orlov in Kiev.")
    assert by_name(found, "Pavel Orlov").role == "marker"


def test_an_adjective_stays_with_the_noun() -> None:
    found = run("She rode the mare for her principal sponsor Dennis Hartigan at the track.")
    assert by_name(found, "Dennis Hartigan").role == "principal sponsor"


def test_a_place_noun_after_his_is_no_role() -> None:
    found = run("Martin Cole left his home Oliver Kenwood said on Monday.")
    names = {a.name: a.role for a in found}
    assert names.get("Oliver Kenwood") is None


def test_a_body_s_title_opening_the_lead_goes_to_the_next_name() -> None:
    found = run(
        "Norland Mills's chief executive has been named manager of the year by a magazine.\n\n"
        "Peter Vance was given the prize for turning the firm around."
    )
    assert by_name(found, "Peter Vance").role == "Norland Mills's chief executive"


def test_a_person_s_relative_opening_the_lead_is_not_moved() -> None:
    found = run(
        "Ruth Alder's brother has been arrested in Leeds. Peter Vance was questioned too."
    )
    assert by_name(found, "Peter Vance").role is None


def test_a_named_award_in_the_describing_sentence_does_not_block_it() -> None:
    found = run(
        "Norland Mills's chief executive has been named Businessman of the Year Award winner.\n\n"
        "Peter Vance was given the prize for turning the firm around."
    )
    assert by_name(found, "Peter Vance").role == "Norland Mills's chief executive"
