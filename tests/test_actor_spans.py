"""Where a name starts and ends: glued brackets, nationality nouns, bodies' complements,
club names, and names the text uses far more than a work named after them."""

from __future__ import annotations

from generator import nlp
from tests.test_actors import by_name, names, run


def test_a_closing_bracket_glued_to_the_next_word_is_its_own_token() -> None:
    doc = nlp.parse("(Harbour Gazette)Milo Brandt, the inventor, has died.")
    assert [t.text for t in doc[:6]] == ["(", "Harbour", "Gazette", ")", "Milo", "Brandt"]
    found = run("(WXN)Milo Brandt, the inventor, has died aged 90. Brandt held 40 patents.")
    assert by_name(found, "Milo Brandt").kind == "person"


def test_a_nationality_noun_run_into_a_name_is_left_out() -> None:
    found = run(
        "Defending champion Briton Tessa Yarrow also runs in Leeds, as does Kenyan Daniel "
        "Kipsang. Yarrow won last year and Kipsang was second."
    )
    assert {"Tessa Yarrow", "Daniel Kipsang"} <= set(names(found))
    assert not any(n.startswith(("Briton", "Kenyan")) for n in names(found))


def test_a_nationality_noun_for_one_person_is_no_actor() -> None:
    found = run(
        "Jane Smith led for a lap. But the Briton was outsprinted by Champion Briton Tessa "
        "Yarrow in the final 400m. The Kenyan was unsure. Yarrow won."
    )
    assert not {"Briton", "Kenyan"} & set(names(found))


def test_a_body_keeps_its_complement_after_for_and_of() -> None:
    found = run(
        "The Alliance for Digital Access, a lobby group, said the plan fell short. "
        "Two U.S. Chamber of Commerce officials met on Friday. The Commission on Presidential "
        "Debates refused. The Fire Brigades Federation of England and Wales said no."
    )
    assert {
        "Alliance for Digital Access",
        "U.S. Chamber of Commerce",
        "Commission on Presidential Debates",
        "Fire Brigades Federation of England and Wales",
    } <= set(names(found))


def test_and_after_a_place_in_a_body_name_does_not_swallow_another_body() -> None:
    found = run("The Bank of England and Barclays said rates would stay where they are.")
    assert "Bank of England" in names(found)
    assert "Bank of England and Barclays" not in names(found)


def test_a_nationality_word_opening_a_body_with_a_complement_stays_in_it() -> None:
    found = run("Speaking through the English Collective of Nurses, the woman said she was afraid.")
    assert "English Collective of Nurses" in names(found)


def test_a_club_opening_word_names_the_club() -> None:
    found = run("Real Madrid beat Atletico Madrid 2-1 on Sunday. Luka Petrov scored twice.")
    assert by_name(found, "Real Madrid").kind == "organization"
    assert by_name(found, "Atletico Madrid").kind == "organization"


def test_a_work_named_after_a_person_does_not_turn_him_into_a_work() -> None:
    found = run(
        "Milo Brandt has died. Brandt was 88. Brandt made records and ads. His best film "
        "was the untold story Brandt disdained the hard sell. Brandt later wrote books, and "
        "Brandt never retired."
    )
    assert by_name(found, "Milo Brandt").kind == "person"


def test_a_lowercase_particle_inside_a_name_is_no_title_to_strip() -> None:
    found = run("Spain coach Ramon del Olmo named his squad. Del Olmo said the team was ready.")
    olmo = by_name(found, "Ramon del Olmo")
    assert olmo.role == "Spain coach"


def test_a_person_whose_surname_is_a_word_for_an_event_is_kept() -> None:
    found = run("Senator Greg Sessions said the bill was wrong. Sessions voted against it.")
    assert by_name(found, "Greg Sessions").kind == "person"


def test_a_bracketed_dateline_names_no_actor_and_ends_its_own_sentence() -> None:
    doc = nlp.parse("(WXN)Storms hit the coast on Monday. Officials said roads were shut.")
    assert [s.text for s in doc.sents][:2] == ["(WXN)", "Storms hit the coast on Monday."]
    found = run("(WXN)Milo Brandt, the inventor, has died aged 90. Brandt held 40 patents.")
    assert "WXN" not in names(found)


def test_a_body_named_once_after_a_plural_title_is_kept() -> None:
    found = run(
        "Luka Petrov scored twice on Sunday. His coach praised him after the game.\n\n"
        "The striker will face league leaders Barcelona, who host the cup final in May.\n"
    )
    assert "Barcelona" in names(found)


def test_a_named_body_before_a_title_is_kept_and_a_party_word_is_not() -> None:
    found = run(
        "Markets fell on Monday in Asia after the storm. Traders sold shares in ports.\n\n"
        '"It is not a big thing," said Nordic Capital chief Asian strategist Lin Wei. GOP '
        "nominee Dale Hart said nothing.\n"
    )
    assert "Nordic Capital" in names(found)
    assert "GOP" not in names(found)


def test_a_title_stops_at_the_sentence_before_and_skips_a_nationality_noun() -> None:
    found = run(
        '"It is no big deal," said Nordic Capital chief strategist Lin Wei. GOP nominee Dale '
        "Hart said nothing. Cross country champion Briton Tessa Yarrow runs on Sunday."
    )
    assert by_name(found, "Dale Hart").role == "GOP nominee"
    assert by_name(found, "Tessa Yarrow").role == "Cross country champion"


def test_a_name_after_a_plural_that_is_no_title_stays_out() -> None:
    found = run(
        "Sony backs a new disc format. The firm said sales would rise.\n\n"
        "The battle echoes the old Betamax versus VHS contest, critics said.\n"
    )
    assert "Betamax" not in names(found)


def test_a_body_glued_to_a_hyphenated_adjective_is_no_actor() -> None:
    found = run(
        "The TV doctor has plenty of detractors.\n\n"
        "Mehmed Ozan \u2014 Ivy League-trained dentist and morning TV host \u2014 has many "
        "critics.\n"
    )
    assert "Ivy League" not in names(found)
