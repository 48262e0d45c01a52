"""Kinds from a name's shape and a few more cues (sentences written here): an acronym that
spaCy reads as a person is a body, a campaign's name opens with an imperative verb, a name
mostly "at" or "in" is a site, "X City" in a football story, a nation's fixture."""

from __future__ import annotations

import re

from generator import nlp
from generator.extract.actor_clusters import Cluster
from generator.extract.actor_kind_names import could_open_a_name as _could_open_a_name
from generator.extract.actor_kind_names import members as _members
from generator.extract.actor_kind_shapes import body_acronym as _body_acronym
from generator.extract.actor_kind_shapes import campaign as _campaign
from generator.extract.actor_kind_shapes import cast_actor as _cast
from generator.extract.actor_kind_shapes import never_a_person as _never_a_person
from generator.extract.actor_mentions import Mention
from generator.extract.actor_teams import club_name, national_team
from tests.test_actors import by_name, run


def _cluster(form: str, text: str, label: str = "PERSON") -> Cluster:
    c = Cluster()
    for m in re.finditer(re.escape(form), text):
        c.add(Mention(m.start(), m.end(), form, label, 0, 1))
    return c


def test_an_acronym_is_never_a_person() -> None:
    text = (
        "KLV said it would appeal. KLV runs two ferry terminals near Dunmore and Kells. "
        "Last year KLV bought a third. KLV also says it will hold a public meeting."
    )
    assert by_name(run(text), "KLV").kind == "organization"
    assert _never_a_person(_cluster("KLV", text), text)
    label = "SMITH: We will appeal.\nLEE: We will not."
    assert not _never_a_person(_cluster("SMITH", label), label)  # a transcript's speaker


def test_an_acronym_then_a_name_is_no_persons_name() -> None:
    text = (
        "The plans are opposed by campaigners DRAKA Quietskies, who wrote to the minister."
    )
    assert by_name(run(text, focused=False), "DRAKA Quietskies").kind == "organization"


def test_a_campaign_name_opens_with_an_imperative() -> None:
    text = (
        "The scheme is opposed by Stop Leeford Expansion and by two councils. "
        "Residents also back Save Marlow Meadows, a local group."
    )
    found = run(text, focused=False)
    assert by_name(found, "Stop Leeford Expansion").kind == "organization"
    assert by_name(found, "Save Marlow Meadows").kind == "organization"
    assert _campaign("Stop Leeford Expansion") and _campaign("Reclaim Borovia")
    assert not _campaign("Ban Ki-moon") and not _campaign("Stop")


def test_a_surname_that_looks_like_a_verb_stays_a_person() -> None:
    text = "Ban Ki-moon, the UN secretary general, said he was alarmed. Ban said talks must start."
    assert by_name(run(text), "Ban Ki-moon").kind == "person"


def test_a_lone_name_mostly_after_at_is_a_site() -> None:
    text = (
        "Ferries leave from Dunmore and Gorwick each day. The firm runs the harbours in "
        "Dunmore and Gorwick. In Gorwick, a new quay opened on Monday."
    )
    assert by_name(run(text, focused=False), "Gorwick").kind == "place"


def test_x_city_in_a_story_about_a_midfielder_is_a_club() -> None:
    text = (
        "Dunford City want to sign the young midfielder this month. The footballer "
        "says he would like a bigger midfield role."
    )
    assert club_name("Dunford City", text)
    assert not club_name("Dunford City", "Dunford City opened a new library this month.")


def test_a_nations_fixture_is_its_side() -> None:
    text = (
        "Lloyd is fit for the match with Norway next week. The coach said the squad was "
        "ready after a World Cup win built on two tries."
    )
    doc = nlp.parse(text)
    i = next(t.i for t in doc if t.text == "Norway")
    assert national_team(doc, text, [(i, i + 1)])
    text2 = text.replace("the match with Norway", "the trip to Norway")
    doc2 = nlp.parse(text2)
    j = next(t.i for t in doc2 if t.text == "Norway")
    assert not national_team(doc2, text2, [(j, j + 1)])


def test_an_acronym_read_as_a_place_is_a_body() -> None:
    text = "The party has hired an adviser from KTB as its spokesman on energy."
    found = run(text, focused=False)
    assert by_name(found, "KTB").kind == "organization"


def test_a_state_or_city_acronym_stays_a_place() -> None:
    def cluster_of(form: str, text: str) -> Cluster:
        return _cluster(form, text, "GPE")

    prose = "A man from KTB, NSW, UK and Kent came."
    assert _body_acronym(cluster_of("KTB", prose), {"ktb"}, prose)
    assert not _body_acronym(cluster_of("NSW", prose), {"nsw"}, prose)
    assert not _body_acronym(cluster_of("UK", prose), {"uk"}, prose)
    assert not _body_acronym(cluster_of("Kent", prose), {"kent"}, prose)
    dateline = "TAOS, New Mexico 2004-05-06\nThe talks in Taos went on."
    assert not _body_acronym(cluster_of("TAOS", dateline), {"taos"}, dateline)
    dateline = "OSLO 2004-05-06\nThe talks in Oslo went on."
    assert not _body_acronym(cluster_of("OSLO", dateline), {"oslo"}, dateline)


def test_a_bank_word_opens_no_persons_name() -> None:
    assert not _could_open_a_name("Banca") and not _could_open_a_name("Monte")
    text = (
        "Two Italian banks, Banca Rossi del Verde and Monte dei Fiori di Trento, each hold "
        "a stake."
    )
    assert by_name(run(text, focused=False), "Banca Rossi del Verde").kind == "organization"


def test_the_actor_a_film_stars_is_a_person() -> None:
    doc = nlp.parse("The new drama, set in Dublin, stars Harrop as a country priest.")
    assert _cast(next(t for t in doc if t.text == "Harrop"))
    doc = nlp.parse("The new drama, set in Dublin, pleased Harrop as a critic.")
    assert not _cast(next(t for t in doc if t.text == "Harrop"))


def test_a_peoples_plural_is_a_group() -> None:
    assert _members("Latinos") and _members("Hispanics") and _members("Iranians")
    assert not _members("Lakers") and not _members("Latino")
    text = "The mayor should stop blaming Latinos for the city's problems, said Ana Ruiz."
    assert by_name(run(text, focused=False), "Latinos").kind == "group"
