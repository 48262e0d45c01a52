"""Roles from session 8 rules: paired title words ("civil servant", "law lord"), a watchdog
before a name, plural titles before a misread list, glosses in brackets or quote marks, a
country's body, a job the name owns, a job held with "as"; on sentences written for these
tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_a_watchdog_before_an_honorific_and_name() -> None:
    found = run("After the vote, standards watchdog Sir Peter Holm will report to MPs.")
    assert by_name(found, "Peter Holm").role == "standards watchdog"


def test_a_civil_servant_is_a_title() -> None:
    found = run("The review by ex-senior civil servant Sir Tom Hale is looking at the case.")
    assert by_name(found, "Tom Hale").role == "ex-senior civil servant"


def test_a_law_lord_between_dashes() -> None:
    found = run("On Monday Rena Hollis - a senior law lord - said the law was unfair.")
    assert by_name(found, "Rena Hollis").role == "senior law lord"


def test_an_msp_before_a_name() -> None:
    found = run("But Green MSP Tom Hale fears people will miss out on the vote.")
    assert by_name(found, "Tom Hale").role == "Green MSP"


def test_plural_title_before_a_misread_list_of_names() -> None:
    found = run(
        "The deal needs the backing of the club's largest shareholders, "
        "the Welsh racing tycoons PJ Hanlon and Tom Ruddy."
    )
    assert "tycoon" in (by_name(found, "Tom Ruddy").role or "")


def test_a_gloss_in_square_brackets_before_a_name() -> None:
    found = run('Ana Ruiz said: "The second [Northern coach] Tom Hale rang, I agreed."')
    assert by_name(found, "Tom Hale").role == "Northern coach"


def test_a_quoted_title_before_a_name() -> None:
    found = run('The inquiry looked at shows by "shock jock" Ben Tarrow and two DJs.')
    assert by_name(found, "Ben Tarrow").role == "shock jock"


def test_a_quote_ending_before_a_name_is_no_title() -> None:
    found = run('"We need a new coach" Tom Hale said on Monday.')
    assert by_name(found, "Tom Hale").role is None


def test_a_body_owned_by_a_country() -> None:
    found = run('Dan Fold, from the UK\'s Animal Rights Watch, said: "This is a big step."')
    assert by_name(found, "Dan Fold").role == "UK's Animal Rights Watch"


def test_a_job_the_name_owns() -> None:
    found = run("Mr Tom Hale's new job title is director of party communications.")
    assert by_name(found, "Tom Hale").role == "director of party communications"


def test_a_job_held_with_as_under_a_reported_clause() -> None:
    found = run(
        "Tom Hale maintains he has no intention of quitting as national coach despite the row."
    )
    assert by_name(found, "Tom Hale").role == "national coach"


def test_a_job_the_person_may_get_is_no_role() -> None:
    found = run("Officials said Tom Hale may return as a minister after the election.")
    assert by_name(found, "Tom Hale").role is None


def test_someone_else_keeping_a_job_is_no_role() -> None:
    found = run("Tom Hale said the club wanted Ana Ruiz to stay on as coach.")
    assert by_name(found, "Tom Hale").role is None


def test_a_described_stranger_is_not_the_owner_named_next() -> None:
    found = run(
        "Ana Ruiz left the rally early on Sunday.\n\n"
        "But a campaign aide decided to change the route, a source said.\n\n"
        "Ana Ruiz's van was meant to go with a police escort, another source said."
    )
    assert by_name(found, "Ana Ruiz").role is None


def test_a_described_stranger_beside_a_named_person_is_not_the_next_name() -> None:
    found = run(
        "The Greens' Mr Harrowgate had accused a Daily Post reporter of lying. "
        "Mr Tom Hale told a radio show: \"Let's move on.\" Mr Harrowgate said no."
    )
    assert by_name(found, "Tom Hale").role is None


def test_a_quoted_title_before_a_later_apposition() -> None:
    found = run(
        'The paper sent its "senior health reporter" Jo Marr, winner of the Dale Prize for '
        "Science Writing, to the town."
    )
    assert by_name(found, "Jo Marr").role == "senior health reporter"


def test_coached_by_a_nationality_and_name() -> None:
    found = run("Porto, coached by Spaniard Julen Ortegon, are ready to bid for him.")
    assert by_name(found, "Julen Ortegon").role == "coach"


def test_a_title_before_a_team_of_named_people() -> None:
    found = run("The survey was run by brother and sister economist team Jim and Ana Cuthley.")
    assert by_name(found, "Ana Cuthley").role == "brother and sister economist"


def test_a_team_word_without_a_title_is_no_role() -> None:
    found = run("The comedy duo Tom Hale and Dan Fold split after ten years.")
    assert by_name(found, "Tom Hale").role is None
