"""Teams, bodies that open a person's title, name particles and Arabic articles; on sentences
written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, names, run


def test_a_city_that_scores_and_is_beaten_is_a_team() -> None:
    found = run(
        "Marco Ferreira scored twice for Espanyol in the 4-1 defeat of Getafe. Espanyol "
        "moved up to eighth. Sevilla had a man sent off, and Sevilla were unable to hold "
        "out without him."
    )
    assert by_name(found, "Espanyol").kind == "organization"
    assert by_name(found, "Sevilla").kind == "organization"


def test_a_fixture_against_rivals_names_a_team() -> None:
    found = run(
        "Morales was injured in the 1-1 semi-final second leg draw at Atletico Madrid. He "
        "misses the game against Malaga on Sunday, and Malaga are pleased."
    )
    assert by_name(found, "Atletico Madrid").kind == "organization"


def test_surname_particles_stay_with_the_surname() -> None:
    found = run(
        "Rodrigo De Luca scored late on. De Luca said the side had deserved it. Belgian travel "
        "blogger Yves Van De Walle laughed. Van De Walle shared a picture."
    )
    assert "De Luca" in by_name(found, "Rodrigo De Luca").aliases
    assert "Van De Walle" in by_name(found, "Yves Van De Walle").aliases
    assert by_name(found, "Yves Van De Walle").role == "Belgian travel blogger"


def test_an_arabic_article_stays_in_a_body_name() -> None:
    found = run(
        "The women fled the al-Khansa Brigade, a police unit. The al-Khansa Brigade enforces "
        "strict rules in the city, witnesses said."
    )
    assert by_name(found, "al-Khansa Brigade").kind == "organization"


def test_a_body_that_opens_a_person_title_is_kept() -> None:
    found = run(
        "NBC journalist Jeff Rosner filmed a porter at the station. Rosner asked him why. CBI "
        "chief economist Ian McCartney said growth had slowed."
    )
    assert by_name(found, "NBC").kind == "organization"
    assert by_name(found, "CBI").kind == "organization"
    assert by_name(found, "Ian McCartney").role == "CBI chief economist"


def test_a_studio_opening_with_an_ordinal_is_no_person() -> None:
    found = run(
        "Disney and Twentieth Century Fox are backing Blu-ray, while Toshiba backs HD-DVD. Fox "
        "said it would release films next year."
    )
    assert by_name(found, "Twentieth Century Fox").kind == "organization"


def test_a_film_named_like_a_woman_is_no_actor() -> None:
    found = run(
        "The awards celebrate British film, and this year Molly Brandt tops the list. "
        "Critics backed Phil Dawson for a prize for his role in Molly Brandt. \"It is a "
        "triumph,\" Dawson said."
    )
    assert "Molly Brandt" not in names(found)
    assert by_name(found, "Phil Dawson").kind == "person"


def test_a_name_the_tagger_never_tagged_is_found_by_repetition() -> None:
    found = run(
        "The runners were banned by the sport's governing body the IAAF in March. They "
        "said the IAAF had not listened. Their coach was also banned by the IAAF."
    )
    assert by_name(found, "IAAF").kind == "organization"


def test_awards_and_competitions_are_no_actors() -> None:
    found = run(
        "Alexis Sanchez was selected in the PFA Team of the Year. Chelsea play in the Champions "
        "League, and Reading drop into Sky Bet League One. Reading said so. Chelsea won."
    )
    assert not {"PFA Team", "PFA Team of the Year", "Champions League"} & set(names(found))
    assert "Sky Bet League One" not in names(found)


def test_british_parties_named_in_the_plural_are_bodies() -> None:
    found = run(
        "The Conservatives are the sole big party refusing to support the scheme. Labour, Ukip, "
        "the Liberal Democrats and the Greens have endorsed it, and Ukip said so."
    )
    assert by_name(found, "Conservatives").kind == "organization"
    assert by_name(found, "Greens").kind == "organization"


def test_a_sunday_paper_and_an_ambulance_charity_are_bodies() -> None:
    found = run(
        "The figures were given to The Mail on Sunday by St John Ambulance. The Mail on Sunday "
        "said so, and St John Ambulance agreed."
    )
    assert by_name(found, "Mail on Sunday").kind == "organization"
    assert by_name(found, "St John Ambulance").kind == "organization"


def test_accented_and_hyphenated_given_names_and_particles_make_people() -> None:
    found = run(
        "The photos belonged to Gérard de Cortal, who said they were rare. De Cortal left. "
        "The film, directed by Jean-Pierre Jolivet, won. Jolivet smiled."
    )
    assert by_name(found, "Gérard de Cortal").kind == "person"
    assert by_name(found, "Jean-Pierre Jolivet").kind == "person"


def test_a_place_named_once_as_a_setting_is_kept_but_not_a_label() -> None:
    found = run(
        "A United Nations panel has warned about foreign fighters. The panel said the number "
        "had grown. Fighters travelled to Syria from Turkey and Afghanistan, the report said. "
        "The report, read by Sideways viewers, was long."
    )
    assert by_name(found, "Turkey").kind == "place"
    assert by_name(found, "Afghanistan").kind == "place"
    assert "Sideways" not in names(found)


def test_peers_are_people_and_treaties_are_no_actors() -> None:
    found = run(
        "The Duchess of Cambridge wore green. A court quoted the European Convention on Human "
        "Rights too, and the Council of Europe concurred. The Duchess of Cambridge said nothing."
    )
    duchess = by_name(found, "Duchess of Cambridge")
    assert duchess.kind == "person" and "Cambridge" not in duchess.aliases
    assert "European Convention on Human Rights" not in names(found)
    assert by_name(found, "Council of Europe").kind == "organization"


def test_club_names_and_their_short_forms_are_one_body() -> None:
    found = run(
        "These are dark days for Newcastle United. Carver watched his Newcastle United side "
        "lose 1-0 to Sunderland. Newcastle players struggled, and Newcastle drew a save only "
        "late on. Borussia Dortmund and VfL Wolfsburg won 2-1."
    )
    club = by_name(found, "Newcastle United")
    assert club.kind == "organization" and "Newcastle" in club.aliases
    assert "Newcastle" not in names(found)
    assert by_name(found, "Borussia Dortmund").kind == "organization"
    assert by_name(found, "VfL Wolfsburg").kind == "organization"


def test_a_city_club_in_a_sports_report() -> None:
    found = run(
        "Manchester City spent heavily but the striker scored only twice. The midfielder missed "
        "a penalty in the 2-1 defeat. Manchester City were beaten again, 3-0."
    )
    assert by_name(found, "Manchester City").kind == "organization"


def test_days_elections_and_meetings_are_no_actors() -> None:
    found = run(
        "Crowds marked Anzac Day in Sydney. The General Election is in May, and the party EGM "
        "voted. Doris Day sang. Day said so."
    )
    assert not {"Anzac Day", "General Election", "EGM"} & set(names(found))
    assert by_name(found, "Doris Day").kind == "person"


def test_diseases_papers_and_commentaries_are_no_actors_and_internationals_are_people() -> None:
    found = run(
        "The Ebola outbreak grew, the World Health Organization said. The White Paper was "
        "published, and the Quarterly Economic Commentary agreed. Germany international "
        "Mertesacker insists Klopp would fit. Mertesacker said so, and Mertesacker left."
    )
    assert not {"Ebola", "White Paper", "Quarterly Economic Commentary"} & set(names(found))
    assert by_name(found, "Mertesacker").kind == "person"


def test_an_apposed_person_noun_makes_a_person_of_a_name_read_as_a_body() -> None:
    found = run(
        "A barman told officers that the woman, Beatrize Carrion-Moyes, was very drunk. "
        "Carrion-Moyes was held overnight."
    )
    assert by_name(found, "Beatrize Carrion-Moyes").kind == "person"


def test_short_or_modifying_acronyms_and_seasons_are_not_found_by_repetition() -> None:
    found = run(
        "Mindful stretching, shortened to MS, is popular. Teachers of MS say it helps, and MS "
        "classes cost little. The UWB systems are fast, early UWB devices were slow, and the "
        "UWB chips are cheap. She gave up sweets for Lent, ate fish in Lent and ended Lent "
        "with a party."
    )
    assert not {"MS", "UWB", "Lent"} & set(names(found))
