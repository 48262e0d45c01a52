"""An actor's kind from words around a body's name, or a place's (sentences written
here)."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_trade_noun_after_the_name_makes_it_a_body() -> None:
    text = (
        "A total of 40 lots are being sold by Perry Vance auctioneers at its saleroom. "
        "'Giving it all to Perry Vance and Co was a relief,' he said."
    )
    assert by_name(run(text), "Perry Vance").kind == "organization"


def test_company_in_apposition_makes_the_name_a_body() -> None:
    text = "Kolberg Re, the world's third-biggest reinsurance company, said claims were heavy."
    assert by_name(run(text), "Kolberg Re").kind == "organization"


def test_a_director_in_apposition_leaves_a_person() -> None:
    text = "Tom Hale, a company director, said no. Hale left early."
    assert by_name(run(text), "Tom Hale").kind == "person"


def test_town_of_makes_a_name_a_place() -> None:
    text = (
        "He was shot while jogging in the rural southern Oklahoma town of Duncan in August. "
        "Duncan police said the teenagers were held. Relatives wept at the Duncan court."
    )
    assert by_name(run(text), "Duncan").kind == "place"


def test_village_in_apposition_makes_a_name_a_place() -> None:
    text = "Fans waited at Brindle, a small village in Kent, for hours. Brindle has 300 homes."
    assert by_name(run(text), "Brindle").kind == "place"


def test_compass_and_state_after_a_comma_make_a_name_a_place() -> None:
    text = "She lives near Brindle, southern Oklahoma. Brindle has 300 homes. Brindle said no."
    assert by_name(run(text), "Brindle").kind == "place"


def test_a_site_named_for_a_man_is_a_place() -> None:
    text = "Crowds gathered at Martin Place for the service."
    assert by_name(run(text), "Martin Place").kind == "place"


def test_a_man_named_lane_is_no_street() -> None:
    text = "His parents, Debbie and Peter Lane, looked on. Peter Lane said nothing at the court."
    assert by_name(run(text), "Peter Lane").kind == "person"
