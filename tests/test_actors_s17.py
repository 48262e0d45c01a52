"""Actors and roles, session 17 (own sentences): a first name the tagger reads as a place,
letter writers signing below their letters, a person run into a body's name by "and", a body
named after two places, a candidate's campaign that acts, a site named by two heads, a
hyphenated title before an apposed name, and a body that runs a poll."""

from __future__ import annotations

from tests.test_actors import by_name, names, run


def test_a_first_name_read_as_a_place_is_the_one_person_of_that_name() -> None:
    text = (
        "Hold Melania Quenby to her husband's standards.\n\n"
        "Weeks ago, Bart Quenby said that Melania would discuss her history soon. Now Melania "
        "seems to have left the trail.\n\n"
        "We asked whether Melania Quenby's story would change things.\n\n"
        "Leave her alone. Melania grew up far from here."
    )
    found = run(text)
    assert "Melania" in by_name(found, "Melania Quenby").aliases
    assert "Melania" not in names(found)


def test_a_first_name_written_as_a_place_stays_apart() -> None:
    text = (
        "Weeks ago, Melania Quenby said the mill would reopen. Workers in Melania, a small "
        "town in Kent, were not told.\n\nMelania Quenby later met the workers."
    )
    found = run(text)
    assert "Melania" not in by_name(found, "Melania Quenby").aliases


LETTERS = (
    "LETTERS.\n\n"
    "The council's plan for the harbour is very thoughtful. Several weeks ago, the mayor said "
    "the docks would reopen within a year, but nothing has been done since then.\n\n"
    "Kerstin Albrecht.\n\n"
    "Portsmouth.\n\n"
    "My wife and I arrived here as teens and built a business on the quay. We are convinced "
    "the harbour plan will only help the big firms and not the families who work there.\n\n"
    "Tobias Ferreira-Lund.\n\n"
    "Dover."
)


def test_letter_writers_signing_on_their_own_line_are_people() -> None:
    found = run(LETTERS)
    assert by_name(found, "Kerstin Albrecht").kind == "person"
    assert by_name(found, "Tobias Ferreira-Lund").kind == "person"


def test_a_name_line_after_a_headline_is_no_signature() -> None:
    text = (
        "Harbour plan stalls.\n\nKerstin Albrecht.\n\n"
        "The council's plan for the harbour has stalled, officials said on Monday."
    )
    assert "Kerstin Albrecht" not in names(run(text))


def test_a_person_run_into_a_body_by_and_is_cut_off() -> None:
    text = (
        "Dr. Ravi Oz hosts a daily health show. The head of Halden Pictures Television and "
        "Oz's big, big boss, Sam Price, praised the show. Oz said he was proud."
    )
    found = names(run(text))
    assert "Halden Pictures Television" in found, found
    assert not any(n.endswith("and Oz") for n in found), found


def test_a_body_named_after_two_places_is_one_body() -> None:
    text = (
        "The help falls short, says Paul Rieger, who leads Iraq and Afghanistan Veterans of "
        "America. "
        "Rieger spoke in Washington."
    )
    found = run(text)
    assert by_name(found, "Iraq and Afghanistan Veterans of America").kind == "organization"
    assert "Afghanistan" not in names(found)


def test_a_candidates_campaign_that_acts_is_a_body() -> None:
    text = (
        "Maria Ostrander's campaign has asked the moderator to check the facts during the "
        "debate. The Ostrander campaign expects the moderator to step in, a spokesman said. "
        "Maria Ostrander spoke in Ohio."
    )
    assert by_name(run(text), "Ostrander campaign").kind == "organization"


def test_an_advertising_campaign_is_no_body() -> None:
    text = (
        "Transport for Lakeside (TfL) put up new posters. The TfL campaign is meant to help "
        "people get home safely, said Nigel Marsh of TfL."
    )
    assert not any(n.endswith("campaign") for n in names(run(text)))


def test_a_site_named_by_two_heads_is_one_name() -> None:
    text = (
        "A dog swam out with a rope to a stuck fisherman at the Clara M. Bowen Dam and "
        "Reservoir near Dayton on Sunday. Firefighters from Dayton came later."
    )
    found = names(run(text))
    assert "Clara M. Bowen Dam and Reservoir" in found, found
    assert "Reservoir" not in found, found


def test_a_hyphenated_title_before_an_apposed_name_is_kept_whole() -> None:
    text = "The party front-runner, Celia Marchetti, spoke in Boston on Monday."
    assert by_name(run(text), "Celia Marchetti").role == "party front-runner"


def test_a_body_that_runs_a_poll_is_an_organisation() -> None:
    text = (
        "A poll by Hollis Marr for Radio North finds voters split on the referendum. "
        "Hollis Marr asked 1,000 adults last week. Radio North said the poll was fair."
    )
    assert by_name(run(text), "Hollis Marr").kind == "organization"


def test_a_name_with_a_digit_set_beside_a_mountain_is_a_place() -> None:
    text = (
        "Tom Ballion hopes to stand on top of Q7 - the second highest mountain in the range - "
        "next spring. He plans to climb Q7 alone. The climb of Q7 takes six weeks."
    )
    assert by_name(run(text), "Q7").kind == "place"


def test_a_name_with_a_digit_and_no_place_sign_is_a_body() -> None:
    text = "Future45 spent heavily on ads. Future45 said it would go on. Ana Ruiz leads Future45."
    assert by_name(run(text), "Future45").kind == "organization"


def test_a_mountain_named_without_mount_is_the_same_place() -> None:
    text = (
        "The peak is tougher to climb than Mount Belvane, and many have died on it. "
        "His mother was the second person to climb Belvane without oxygen. Belvane is still "
        "his dream, and Mount Belvane towers over the valley."
    )
    found = run(text)
    assert "Belvane" in by_name(found, "Mount Belvane").aliases
    assert "Belvane" not in names(found)


SHOWN = (
    "Jorg Malten paints models into forests, garages and cornfields. Malten said the work "
    "takes hours. He has shown it at galleries in Paris, in Rome, in Madrid and in Oslo. "
)


def test_a_place_named_once_with_the_country_it_lies_in_is_kept() -> None:
    found = names(run(SHOWN + "The artist was born in Brunnau, Germany."))
    assert "Brunnau" in found and "Oslo" not in found, found


def test_a_place_named_once_with_a_description_is_kept() -> None:
    found = names(run(SHOWN + "The artist lives in Hollowby, a village near the coast."))
    assert "Hollowby" in found, found


def test_a_place_named_once_in_a_list_of_places_is_not_pinned() -> None:
    found = names(run(SHOWN + "He has also worked in Asia, Africa and South America."))
    assert "Asia" not in found, found


def test_a_body_an_unnamed_source_speaks_from_is_an_actor() -> None:
    text = (
        "A guard was shot outside the Census Bureau in Suitland on Monday. 'This started and "
        "ended in the city,' an FBI source told the station. The shooter was later caught."
    )
    assert by_name(run(text), "FBI").kind == "organization"


def test_a_body_naming_a_thing_is_still_no_actor() -> None:
    text = "A guard was shot outside the Census Bureau on Monday. He had an FBI badge on him."
    assert "FBI" not in names(run(text))


def test_his_wife_is_the_one_woman_of_his_surname() -> None:
    text = (
        "Weeks ago, Donald Keller said that Melania Keller would discuss her history. Keller "
        "demands openness from others, yet will not say how his wife got her papers."
    )
    found = run(text)
    assert by_name(found, "Melania Keller").role == "wife"
    assert by_name(found, "Donald Keller").role is None


def test_his_wife_with_two_women_of_his_surname_gives_no_role() -> None:
    text = (
        "Donald Keller said that Melania Keller and Ivana Keller would both speak. Keller "
        "would not say how his wife got her papers."
    )
    found = run(text)
    assert by_name(found, "Melania Keller").role is None
    assert by_name(found, "Ivana Keller").role is None
