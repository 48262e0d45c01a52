"""Venues, sides and acting bodies (sentences written here): a ground where a game is
played is a place; a name a rival beats is a side; a one-word body that acts stays listed."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_bodies_sides import contested
from generator.extract.actor_clusters import Cluster
from generator.extract.actor_focus import all_common, modifies_only, party_named
from generator.extract.actor_mentions import Mention
from generator.extract.actor_recall_described import described_names
from generator.extract.actor_venues import located_count, venue_mention
from tests.test_actors import by_name, names, run


def test_venue_where_a_game_is_played_is_a_place() -> None:
    found = run(
        "Rovers manager Tom Hale said his side were ready. The tie will be played at Glenmuir "
        "Park instead of Brackenfield because of safety rules. Hale said Brackenfield could "
        "not hold 30,000 fans."
    )
    assert by_name(found, "Brackenfield").kind == "place"
    found = run(
        "The final will be staged at Oakvale. Organisers said Oakvale was ready. Coach Ian "
        "Pike said the players liked Oakvale."
    )
    assert by_name(found, "Oakvale").kind == "place"


def test_venue_mention_cues() -> None:
    doc = nlp.parse("The final was staged at Elmfield instead of Brackley. Fans met Ann Lee.")
    at = next(t.i for t in doc if t.text == "Elmfield")
    other = next(t.i for t in doc if t.text == "Brackley")
    ann = next(t.i for t in doc if t.text == "Ann")
    assert venue_mention(doc, at) and venue_mention(doc, other)
    assert not venue_mention(doc, ann)


def test_sides_in_a_contest() -> None:
    doc = nlp.parse("They go through if Elmbury fail to beat Rovington. Britain beat France.")
    flags = {t.text: contested(doc, t.i, t.i + 1) for t in doc if t.text[:1].isupper()}
    assert flags["Elmbury"] and flags["Rovington"]
    assert not flags["Britain"] and not flags["France"]  # countries stay places


def test_side_named_once_in_a_contest_is_kept_as_a_body() -> None:
    found = run(
        "Marlow coach Ian Pike hopes his side reach the last 16. A win against Dorvale "
        "would put them through if Elmbury fail to beat Rovington. Pike said the players "
        "were confident."
    )
    assert by_name(found, "Rovington").kind == "organization"
    assert "Elmbury" in names(found)


def test_one_word_body_a_firm_noun_names_is_kept() -> None:
    doc = nlp.parse("Rumours say search engine Qoogle is poised to launch its own browser.")
    i = next(t.i for t in doc if t.text == "Qoogle")
    m = Mention(doc[i].idx, doc[i].idx + 6, "Qoogle", "ORG", i, i + 1)
    assert not modifies_only(doc, m)


def test_named_where_things_happen_is_a_place() -> None:
    found = run(
        "Six schools in Hollowmere have been told to improve. Inspectors said pupils in "
        "Hollowmere were at risk. Hollowmere is the only borough to face such checks. "
        "Parents in Hollowmere were angry, said councillor Ann Reed."
    )
    assert by_name(found, "Hollowmere").kind == "place"


def test_stakes_in_a_body_are_no_setting() -> None:
    doc = nlp.parse("Investors bought shares in Zentrix. A party in Brackley ended late.")
    zen = next(t.i for t in doc if t.text == "Zentrix")
    brack = next(t.i for t in doc if t.text == "Brackley")
    assert located_count(doc, [(zen, zen + 1)]) == 0
    assert located_count(doc, [(brack, brack + 1)]) == 1


def test_party_named_three_times_as_a_modifier_is_listed() -> None:
    doc = nlp.parse("Tory cuts, Tory hands and the Tory record.")
    ms = [Mention(t.idx, t.idx + 4, "Tory", "PERSON", t.i, t.i + 1, common=True)
          for t in doc if t.text == "Tory"]
    c = Cluster()
    for m in ms:
        c.add(m)
    spans = [(m.start, m.end) for m in ms]
    assert party_named(c, spans) and not all_common(doc, c, spans)
    assert not party_named(c, spans[:2])  # twice is not enough


def _described(text: str) -> list[str]:
    doc = nlp.parse(text)
    taken = {t.i for e in doc.ents for t in e}
    return [doc[s:e].text for s, e in described_names(doc, taken)]


def test_firm_spelt_names_that_act_or_are_described() -> None:
    assert "TelKo" in _described("Sets are on sale. TelKo plans to ship its first boxes next year.")
    assert "ZMO2" in _described("Rates rose. ZMO2, the UK-based operator, said it was pleased.")
    assert "FNSEA" in _described("Jean Lemet, from the FNSEA agricultural union, told reporters.")
    assert "IDC" in _described("According to market analysts IDC, a quarter of drives sold.")
    assert _described("Prices rose. GDP grew by 2% and HDTV offers more.") == []
