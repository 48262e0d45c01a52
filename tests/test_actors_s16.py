"""Actors and roles, session 16 (own sentences): an opening quotation mark typed for an
apostrophe, a spokesperson who speaks for someone, "the director" after a sentence naming one
person as a subject, a lowercase "professor" in a title, a body heading a capitalised title,
and events named "X of the Y"."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.actor_things import thing_name
from generator.extract.actors import actors
from generator.model import Article
from tests.test_actors import by_name, names, run


def test_an_opening_mark_inside_a_word_reads_as_an_apostrophe() -> None:
    text = "Critics attacked Rosa Delmonte\u2018s budget. Delmonte said the cuts were fair."
    doc = nlp.parse(text)
    assert doc.text != text and len(doc.text) == len(text)
    assert [t.text for t in doc][3:5] == ["Delmonte", "\u2019s"]
    found = names(run(text))
    assert "Rosa Delmonte" in found and not any("\u2018" in n for n in found), found


SPOKES = (
    "Karl Wendt said he would not meet Premier Anna Keller before the summit. "
    "\u201cThere is nothing to discuss,\u201d Wendt told reporters.\n"
    "Keller\u2019s spokesman said the premier stood by her remarks."
)


def test_a_spokesman_who_speaks_for_someone_is_not_the_person_named_before() -> None:
    found = run(SPOKES)
    wendt = by_name(found, "Karl Wendt")
    assert wendt.role is None or "spokesman" not in wendt.role, wendt
    assert not any("spokesman" in a for a in wendt.aliases), wendt


def test_what_a_spokesman_says_of_the_title_is_of_the_one_he_speaks_for() -> None:
    text = (
        "Karl Wendt said he would not meet Anna Keller before the summit.\n"
        "Keller\u2019s spokesman said the premier stood by her remarks."
    )
    assert by_name(run(text), "Anna Keller").role == "premier"


def test_the_director_after_a_sentence_naming_one_subject_is_that_person() -> None:
    text = (
        "If there is one subject that Lena Okafor keeps returning to, it is the history of "
        "the river towns.\n"
        "The director makes this plain in her new film about the old ferry crossings."
    )
    assert by_name(run(text), "Lena Okafor").role == "director"


def test_the_director_is_no_one_named_only_as_an_object_before() -> None:
    text = (
        "If there is one film that the festival shows every year, it is about Lena Okafor "
        "and the river towns.\n"
        "The director makes this plain in her new film about the old ferry crossings."
    )
    assert by_name(run(text), "Lena Okafor").role is None


def test_a_lowercase_professor_is_the_role_not_an_honorific() -> None:
    text = (
        "A 2019 review by Marlow Law School professor Dana Whitcombe found few cases of "
        "fraud. Whitcombe said the rules went too far."
    )
    assert by_name(run(text), "Dana Whitcombe").role == "Marlow Law School professor"


def test_a_capitalised_professor_stays_an_honorific() -> None:
    text = "Professor Dana Whitcombe said the rules went too far. Whitcombe teaches law."
    assert by_name(run(text), "Dana Whitcombe").role is None


def test_a_body_opening_a_capitalised_title_is_an_actor() -> None:
    text = (
        "The blast happened at 9 p.m., according to NYFD Commissioner Aldo Ferrante. "
        "Ferrante said no one was hurt."
    )
    assert "NYFD" in names(run(text))


def test_a_fight_of_the_century_is_an_event() -> None:
    assert thing_name("Fight of the Century")
    assert thing_name("Trial of the Decade")
    assert not thing_name("Bank of England")


def test_two_sponsors_of_a_poll_joined_by_a_hyphen_are_two_bodies() -> None:
    text = (
        "Ana Ruiz and Tom Hale are level, according to a new Harbour Gazette-River News "
        "national poll. Ruiz leads among women."
    )
    found = names(run(text))
    assert "Harbour Gazette" in found and "River News" in found, found
    assert not any("-" in n for n in found), found


def test_a_slash_inside_a_firms_name_stays_when_no_poll_follows() -> None:
    text = "Ratings from Nielsen/NetRatings showed a fall. Nielsen/NetRatings said so on Monday."
    assert "Nielsen/NetRatings" in names(run(text))


def test_another_persons_thing_after_the_comma_is_no_role() -> None:
    text = (
        "On the bright side for Ana Ruiz, Mayor Tom Hale's approval rating remains low, "
        "the survey found. Ruiz leads the race."
    )
    assert by_name(run(text), "Ana Ruiz").role is None


def test_a_local_chapter_of_a_body_is_no_chapter_of_a_book() -> None:
    text = (
        "The Texas chapter of the Rowan Civic Institute, represented by lawyers from Austin, "
        "went to court on Monday to fight the new rule."
    )
    assert "Rowan Civic Institute" in names(run(text))


def test_an_office_later_wins_over_a_rival_first() -> None:
    text = (
        "Quiet week hurting rivals Ruiz, Hale.\n\n"
        "The lull also hurts her rivals, Sen. Ana Ruiz of Leeford and former Marlow mayor Tom "
        "Hale, who need attention to catch up."
    )
    found = run(text)
    assert by_name(found, "Ana Ruiz").role == "Sen."
    assert by_name(found, "Tom Hale").role == "former Marlow mayor"


def test_a_rival_stays_the_role_when_nothing_else_is_said() -> None:
    text = "Her chief rival, Ana Ruiz, said the vote was close. Ruiz will appeal."
    assert by_name(run(text), "Ana Ruiz").role == "chief rival"


def test_a_role_in_the_headline_line_gives_way_to_the_body() -> None:
    title = "Ruiz, the teacher, speaks out"
    text = f"{title}.\n\nMayor Ana Ruiz said the vote was close. Ruiz will appeal."
    article = Article(path=Path("t.txt"), text=text, sha256="0", title=title)
    found = actors(article, nlp.parse(text))
    assert by_name(found, "Ana Ruiz").role == "Mayor"


def test_a_title_leading_to_another_name_is_not_the_role_of_the_name_before() -> None:
    text = (
        "Mary Hale died at her home on Sunday. She could be tough: former Hale "
        "chief of staff Dan Ruiz, who retired in 2003, learned that the hard way. Hale was 94."
    )
    role = by_name(run(text), "Mary Hale").role
    assert role is None or "Ruiz" not in role, role


def test_a_city_owning_a_square_named_like_a_person_stays_a_place() -> None:
    text = (
        "Mourners at the dawn service in Perth\u2019s Martin Place were angry after a bar "
        "blasted music through the silence. The bar, on King Street in Perth\u2019s centre, "
        "said sorry."
    )
    assert by_name(run(text), "Perth").kind == "place"


def test_a_role_cut_at_another_persons_title_drops_that_title() -> None:
    text = (
        "\u201cShe is not the right choice,\u201d said Dan Ruiz, who was a regional co-chair "
        "for Sen. Mary Hale's 2012 campaign and is now a donor."
    )
    role = by_name(run(text), "Dan Ruiz").role
    assert role is not None and not role.endswith(("Sen.", "for")), role
