"""Roles from plural titles with "such as", participles inside titles ("managing director"),
"lost his job as", and bodies after "from" with a country before them; on sentences written
for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_plural_title_before_such_as_gives_each_name_the_singular() -> None:
    found = run(
        "The festival hired young architects such as Mirela Oancea and Tobias Lindqvist to fill "
        "the park. Oancea arrived first."
    )
    assert by_name(found, "Mirela Oancea").role == "architect"
    assert by_name(found, "Tobias Lindqvist").role == "architect"


def test_such_as_after_a_non_title_gives_no_role() -> None:
    found = run("Towns such as Hollin Brook and Ana Ruiz's village were flooded. Ana Ruiz left.")
    assert by_name(found, "Ana Ruiz").role is None


def test_a_participle_before_a_title_is_kept_in_a_title_before_the_name() -> None:
    found = run(
        "The talks were led by Harbour managing director Pell Varga, who spoke to staff on "
        "Monday. Varga left."
    )
    assert by_name(found, "Pell Varga").role == "Harbour managing director"


def test_lost_his_job_as_gives_the_whole_office() -> None:
    found = run(
        "Oren Delacroix lost his job as the North and South Rowing Union's managing director "
        "of coaching last spring. Delacroix said nothing."
    )
    role = by_name(found, "Oren Delacroix").role
    assert role == "North and South Rowing Union's managing director of coaching"


def test_resigned_as_drops_a_trailing_preposition() -> None:
    found = run("Tam Pirie resigned as chairman of the society on Monday. Pirie was tired.")
    assert by_name(found, "Tam Pirie").role == "chairman of the society"


def test_from_a_body_after_a_country_name() -> None:
    found = run(
        '"This is a great help," said Lena Horvath, from the UK National Gardening '
        "Foundation. Horvath smiled."
    )
    assert "National Gardening Foundation" in (by_name(found, "Lena Horvath").role or "")


def test_one_of_right_after_a_name_without_a_comma() -> None:
    found = run(
        "Grim scene: Idris Kamara one of the charity's directors, posted the photo. Kamara "
        "left. The club gave Tom Hale one of its shirts."
    )
    assert by_name(found, "Idris Kamara").role == "one of the charity's directors"
    assert by_name(found, "Tom Hale").role is None


def test_with_name_as_title() -> None:
    found = run(
        "The album was made by Petra Voss and Ivo Marek, with Sam Okafor as producer. "
        "Voss sang."
    )
    assert by_name(found, "Sam Okafor").role == "producer"
    assert by_name(found, "Ivo Marek").role is None


def test_mum_before_a_name_in_apposition() -> None:
    found = run("Kira's mum, Dana Pollard, 61, said the diet had worked. Pollard smiled.")
    assert by_name(found, "Dana Pollard").role == "Kira's mum"


def test_from_a_described_body_after_the_name() -> None:
    found = run(
        "Owen Blaine, from bookmakers Hartley Bets, said the odds had been cut. Blaine left."
    )
    assert by_name(found, "Owen Blaine").role == "bookmakers Hartley Bets"


def test_a_described_pair_of_names() -> None:
    found = run(
        "The young defensive pair of Ari Lindgren and Kofi Mensah will start on Sunday. The "
        "pair of Ana Ruiz and Tom Hale will not."
    )
    assert by_name(found, "Ari Lindgren").role == "defensive pair"
    assert by_name(found, "Kofi Mensah").role == "defensive pair"
    assert by_name(found, "Ana Ruiz").role is None
