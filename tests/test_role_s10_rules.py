"""Roles from session 10 rules: a ranking ("the Spanish number three"), "DJ" as a title,
"Under Secretary" kept whole, and a title before "the late"; on sentences written for
these tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_a_ranking_in_an_apposition() -> None:
    found = run("Tom Hale, the Spanish number three, faces a qualifier in the opening round.")
    assert by_name(found, "Tom Hale").role == "Spanish number three"


def test_a_number_bus_is_no_ranking() -> None:
    found = run("Tom Hale, in the number 12 shirt, scored twice on Monday.")
    assert by_name(found, "Tom Hale").role is None


def test_a_dj_before_a_name() -> None:
    found = run("The new single was written by former DJ Tom Hale last year.")
    assert by_name(found, "Tom Hale").role == "former DJ"


def test_an_under_secretary_kept_whole() -> None:
    found = run('"We will not sign it," said Defence Under Secretary Tom Hale on Monday.')
    assert by_name(found, "Tom Hale").role == "Defence Under Secretary"


def test_a_title_before_the_late() -> None:
    found = run("Former Hollywood actor the late Tom Hale gave money to the clinic for years.")
    assert by_name(found, "Tom Hale").role == "Former Hollywood actor"


def test_the_late_without_a_title_gives_none() -> None:
    found = run("Friends of the late Tom Hale gave money to the clinic for years.")
    assert by_name(found, "Tom Hale").role is None


def test_a_lone_name_described_as_a_union() -> None:
    found = run('"It is far too little," Tom Hale, from the FRBX dairy union, told reporters.')
    assert by_name(found, "Tom Hale").role == "FRBX dairy union"


def test_a_lone_home_town_is_no_body() -> None:
    found = run('"It is far too little," Tom Hale, from the Dunmore area, told reporters.')
    assert by_name(found, "Tom Hale").role is None


def test_an_occupation_opening_the_sentence() -> None:
    found = run("Cardiologist Tom Hale, who trained in Leeds, is also up for the prize this year.")
    assert by_name(found, "Tom Hale").role == "Cardiologist"


def test_a_body_officer_reporting_in_the_lead() -> None:
    found = run(
        "Acme is getting ready to sell cheaper phones in Asia, the firm's chief has told "
        "reporters.\n\nSpeaking at a trade fair in Berlin, Tom Hale predicted that sales "
        "would soar next year."
    )
    assert by_name(found, "Tom Hale").role == "firm's chief"


def test_a_body_reporting_gives_no_officer() -> None:
    found = run(
        "Acme is getting ready to sell cheaper phones in Asia, the firm has told reporters."
        "\n\nSpeaking at a trade fair in Berlin, Tom Hale predicted that sales would soar."
    )
    assert by_name(found, "Tom Hale").role is None


def test_a_described_rank_keeps_its_number() -> None:
    found = run(
        "Ana Ruiz will play on next year. The 26-year-old world number three had hinted she "
        "would retire. \"I felt good,\" said Ruiz."
    )
    assert by_name(found, "Ana Ruiz").role == "26-year-old world number three"
