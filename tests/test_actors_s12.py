"""Session 12 actor fixes: a dash that closes an aside gives no role, a religion, a slogan's
place word and a broadcast show are no actors, places where a vote is held stay, a panel's
name goes on past "on", a body split at "and" is joined, a body named beside its noun stays,
"the man behind the X website" is a role, a seat after "MP for" is a place."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_focus import modifies_only
from generator.extract.actor_mentions import Mention
from tests.test_actors import by_name, names, run


def test_a_dash_closing_an_aside_gives_no_role_to_the_name_before_it() -> None:
    text = (
        "In the letter - addressed to the city attorney for the district, Martin K. Hale - the "
        "Ohio Republican asks for an inquiry into the deal. Senator Tom Ruiz, the Ohio "
        "Republican, wrote the letter. Bob Dudley - the head of Acme Oil - said prices would rise."
    )
    found = run(text)
    assert by_name(found, "Martin K. Hale").role == "city attorney for the district"
    assert by_name(found, "Bob Dudley").role == "head of Acme Oil"


def test_a_religion_is_no_actor() -> None:
    text = (
        "Tom Ruiz said the Vorland government follows a strict reading of Islam. Ruiz added "
        "that critics of Islam were often ignored by Vorland officials."
    )
    found = names(run(text))
    assert "Islam" not in found
    assert "Tom Ruiz" in found


def test_a_country_inside_a_slogan_is_no_actor() -> None:
    text = (
        'Tom Ruiz said: "We will make America great again, and I back the plan." '
        "Ruiz said jobs had moved out of the U.S. for years."
    )
    found = names(run(text))
    assert "America" not in found
    assert "Tom Ruiz" in found


def test_a_show_given_a_weekday_is_no_actor() -> None:
    text = (
        "Senator Ann Bell told host Tom Ruiz during Sunday's Meet the Voters that taxes would "
        "rise. In her Meet the Voters interview, Bell also said the budget was late."
    )
    found = names(run(text))
    assert "Meet the Voters" not in found
    assert "Ann Bell" in found


def test_places_where_a_vote_is_held_stay_among_many_settings() -> None:
    text = (
        "Tom Ruiz spoke on Monday. Bell said she would campaign hard in the state. Ann Bell won "
        "the Democratic primary in Oregon on Tuesday, her aides said. She holds a lead in "
        "California, where 400 delegates are at stake, according to polls. Bell spoke in Denver "
        "and later in Austin before flying to Boston."
    )
    found = names(run(text))
    assert "Oregon" in found
    assert "California" in found


def test_a_committee_named_on_its_subject() -> None:
    text = (
        "The files were sought by the House Select Committee on Harbors, Tom Ruiz said. The "
        "Ethics Committee on Tuesday released its own report on Harbors."
    )
    found = run(text)
    committee = by_name(found, "House Select Committee on Harbors")
    assert committee.kind == "organization"
    assert "Harbors" not in committee.aliases  # the panel's subject, not a short form of it
    assert "Ethics Committee" in names(found)


def test_a_body_split_at_and_is_joined() -> None:
    text = (
        "Mike Berger, fisheries chief of the Kansas Parks and Wildlife Department, said the "
        "rules did not cover the case. Berger said a review was under way."
    )
    assert "Kansas Parks and Wildlife Department" in names(run(text))


def test_a_body_named_beside_its_noun_stays() -> None:
    text = "The panel ordered the sport's governing body, Kelas, to hold an inquiry."
    doc = nlp.parse(text)
    i = next(t.i for t in doc if t.text == "Kelas")
    m = Mention(doc[i].idx, doc[i].idx + 5, "Kelas", "PERSON", i, i + 1)
    assert not modifies_only(doc, m)  # a name the tagger missed, set beside "governing body"


def test_the_man_behind_a_named_website_is_a_role() -> None:
    text = (
        "Tom Ruiz, the man behind the Quickfix website, said sales had doubled. Ann Bell, a "
        "woman behind the counter, laughed. Jo Orr, the woman behind him, left."
    )
    found = run(text)
    assert by_name(found, "Tom Ruiz").role == "man behind the Quickfix website"
    assert by_name(found, "Ann Bell").role is None
    assert by_name(found, "Jo Orr").role is None


def test_a_seat_after_mp_for_is_a_place() -> None:
    text = (
        "Tory MP Jonathan Brill quit on Monday. The Upper-Wessexshire MP had denied taking "
        "money. Mr Brill has been MP for Upper-Wessexshire since 1997."
    )
    assert by_name(run(text), "Upper-Wessexshire").kind == "place"


def test_a_legislature_in_a_vote_sentence_is_not_restored_as_a_place() -> None:
    text = (
        "Tom Ruiz spoke on Monday. Ann Bell won the Democratic primary in Oregon on Tuesday. "
        "Voters want to keep their majorities in Congress, and polls say so. Bell spoke in "
        "Denver and later in Austin before flying to Boston."
    )
    found = run(text)
    assert "Oregon" in names(found)
    assert all(a.kind != "place" for a in found if a.name == "Congress")


def test_the_committee_later_is_the_panel_named_in_full() -> None:
    text = (
        "The House Select Committee on Harbors met on Monday to hear from Ana Ruiz, a former "
        "aide. Tom Hale, a lawyer for Ruiz, said the Committee's work was far from over."
    )
    found = run(text)
    assert "Committee" not in names(found)
    assert "Committee" in by_name(found, "House Select Committee on Harbors").aliases
