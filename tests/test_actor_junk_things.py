"""Names of things are no actors: a language, a condition or a ward, a half of the globe, a
storm named again without its storm word, a thing named after a person ("his Jack Russell"),
a franchise and a sentence-opening preposition read into a name."""

from __future__ import annotations

import pytest

from generator import nlp
from generator.extract.actor_junk_things import storm_name
from tests.test_actors import names, run


@pytest.mark.parametrize(
    ("text", "junk"),
    [
        ("Jo Dee spent three weeks learning Urdu before filming, Corvo Films said.", "Urdu"),
        ("Ann Lee said cases of TB had risen, and many went to A&E, the Narvia Trust said.",
         "TB"),
        ("Ann Lee said cases of TB had risen, and many went to A&E, the Narvia Trust said.",
         "A&E"),
        ("The Narvia Rugby Union wants to split the Southern Hemisphere season, Jo Dee said.",
         "Southern Hemisphere"),
        ("Ann Lee said her Bobby Charlton bit the postman, and Trackway fined her.",
         "Bobby Charlton"),
        ("Trackway made the Peter Pan games for consoles, Jo Dee said.", "Peter Pan"),
        ("Across Scotland, pickets were held by nurses, Jo Dee of the Narvia Trust said.",
         "Across Scotland"),
    ],
)
def test_a_thing_is_not_an_actor(text: str, junk: str) -> None:
    found = names(run(text))
    assert junk not in found, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Zelda Marsh, the mayor, said the storm had passed, Trackway said.", "Zelda Marsh"),
        ("Jo Dee met her Narvia rivals, Ann Lee said.", "Jo Dee"),
    ],
)
def test_an_actor_still_counts(text: str, actor: str) -> None:
    found = run(text)
    assert any(actor == a.name or actor in a.aliases for a in found), found


def test_a_storm_named_again_is_no_actor() -> None:
    doc = nlp.parse("Claims match those after Hurricane Ivan. Ivan killed 90 people, Jo Dee said.")
    ivan = [t for t in doc if t.text == "Ivan"][-1]
    assert storm_name(doc, doc[ivan.i : ivan.i + 1])
    other = nlp.parse("Ivan killed the bill, Jo Dee said.")
    assert not storm_name(other, other[0:1])
