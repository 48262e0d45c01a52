"""An actor's kind from the words around it: a club named for its town in a sports report,
a town placed by its county (sentences written here)."""

from __future__ import annotations

import pytest

from generator import nlp
from generator.extract.actor_kind_person import body_signs, person_signs
from generator.extract.given_names import is_given_name
from tests.test_actors import by_name, run

REPORT = (
    "Leaders Rovington, who host Castlebury on Sunday, scored twice in the first half. "
    "The striker's penalty sealed a 2-0 win in the Premier League match. "
    "Rovington boss Ted Marsh said his squad had been superb. Few expect anyone to win "
    "against Rovington this season."
)


def test_club_named_for_its_town_is_an_organization() -> None:
    assert by_name(run(REPORT), "Rovington").kind == "organization"


def test_team_verbs_make_a_town_a_side() -> None:
    text = (
        "United suffered a 3-1 defeat at Brackmoor in the league on Saturday. The striker "
        "scored a penalty and a header. Coach Ann Dale said the goals came too easily. "
        "The side will face Brackmoor again next month."
    )
    assert by_name(run(text), "Brackmoor").kind == "organization"


def test_town_in_a_sports_report_stays_a_place_when_only_placed() -> None:
    text = (
        "The 2-1 win was sealed in Hollowby on Sunday. The striker scored a penalty and the "
        "goalkeeper saved another in the league match in Hollowby."
    )
    found = run(text)
    assert all(a.kind != "organization" for a in found if a.name == "Hollowby")


def test_full_name_of_a_player_is_not_a_side() -> None:
    text = (
        "Defender Grant Tolley scored an own goal soon after the restart in the 2-2 draw. "
        "Grant Tolley's own goal came after a penalty. Tolley played on in the league match."
    )
    assert by_name(run(text), "Grant Tolley").kind == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mr Pell, who lives in Hollowby Cross, Somerset, said his dog was hurt. "
            "Hollowby Cross is a quiet spot.",
            "Hollowby Cross",
        ),
        (
            "A lamb was born near Brindle Vale, Leicestershire, on Sunday. Farmers were "
            "delighted.",
            "Brindle Vale",
        ),
        (
            "Luke Ford was shot in the southern city of Tamsworth in August. His family in "
            "Tamsworth were told on Monday.",
            "Tamsworth",
        ),
    ],
)
def test_town_placed_by_its_county_or_a_settlement_word(text: str, name: str) -> None:
    assert by_name(run(text), name).kind == "place"


def test_first_name_left_out_of_the_mention_makes_a_person() -> None:
    text = (
        "Dundee veteran Al Brennick will start at prop on Friday. The match ball will be "
        "handed over by Brennick."
    )
    assert by_name(run(text), "Brennick").kind == "person"


def test_initials_before_a_lone_name_are_a_person_sign() -> None:
    doc = nlp.parse("The horse runs for his owner J P Galloran, who owns three more.")
    i = next(t.i for t in doc if t.text == "Galloran")
    assert person_signs(doc, i, i + 1) >= 2
    j = next(t.i for t in doc if t.text == "horse")
    assert person_signs(doc, j, j + 1) == 0


def test_given_names_cover_less_common_first_names() -> None:
    assert is_given_name("Quinton") and is_given_name("Darius")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Investment bank Morgan Hallam has forecast that the market will double. "
            "Morgan Hallam said growth would slow later.",
            "Morgan Hallam",
        ),
        (
            "Leeds-based Skin Garden says its facial takes ten minutes. Skin Garden, which has "
            "six clinics, was sued.",
            "Skin Garden",
        ),
    ],
)
def test_body_noun_or_based_before_a_name_makes_a_body(text: str, name: str) -> None:
    assert by_name(run(text), name).kind == "organization"


def test_body_noun_of_another_phrase_is_no_body_sign() -> None:
    doc = nlp.parse("She told the newspaper Garcia had left her.")
    i = next(t.i for t in doc if t.text == "Garcia")
    assert body_signs(doc, i, i + 1, doc.text) == 0


def test_article_a_is_no_initial() -> None:
    doc = nlp.parse("A Brackley spokesman said the club would appeal.")
    assert person_signs(doc, 1, 2) == 0


def test_lone_name_in_a_list_of_people_is_a_person() -> None:
    doc = nlp.parse("Guests included Chris Marsh, Dido and Tom Williams.")
    i = next(t.i for t in doc if t.text == "Dido")
    assert person_signs(doc, i, i + 1) == 1
    doc = nlp.parse("The group owns Maserati, Alfa Romeo and Lancia.")
    i = next(t.i for t in doc if t.text == "Maserati")
    assert person_signs(doc, i, i + 1) == 0
