"""No actor by the form of the phrase: an honour, an abbreviation listed among common nouns,
a field owning its governing body, an acronym spelt out before the noun it qualifies, the
shops "on the High Street"; and a music act whose name ends in "Day" still counts."""

from __future__ import annotations

import pytest

from tests.test_actors import names, run


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("The designer Jo Dee, who was awarded an MBE in 2010, founded Trackway, the firm "
         "said.", "MBE"),
        ("Ann Lee said the cuts would mean firing every teacher, GP and nurse in Narvia.", "GP"),
        ("Jo Dee was banned by Rowing's governing body, the FISA, her coach said.", "Rowing"),
        ("The UCI, Cycling's world governing body, banned Jo Dee.", "Cycling"),
        ("Many sets lack sockets - known as VGA or HDMI (High-Definition Multimedia Interface) "
         "ports - said Jo Dee of Trackway.", "HDMI"),
        ("Shoppers are confused about the new sets on the High Street, said Jo Dee of "
         "Trackway.", "High Street"),
    ],
)
def test_a_form_names_no_actor(text: str, junk: str) -> None:
    found = names(run(text))
    assert junk not in found, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Red Day's Broken Roads is number two in the singles chart, ahead of Jo Dee's new "
         "single.", "Red Day"),
        ("Ann Lee said Trackway, IBM and Corvo would bid, the ministry said.", "IBM"),
        ("The UCI (Union Cycliste Internationale) said Jo Dee had failed a test.", "UCI"),
    ],
)
def test_an_actor_still_counts(text: str, actor: str) -> None:
    found = run(text)
    assert any(actor == a.name or actor in a.aliases for a in found), found
