"""Organisations and music acts, round two (sentences written here): a side before a post a
named person holds, solo acts among lists of acts, firms spelt with initials, a body whose
officer is named, and Latin forms of given names."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_bodies_sides import side_before_post
from generator.extract.actor_kind_artists import solo_act
from generator.extract.given_names import FEMALE_NAMES
from tests.test_actors import by_name, names, run


def test_side_before_post_finds_untagged_side() -> None:
    doc = nlp.parse("Middlesbrough boss Steve McClaren said his side were unlucky.")
    taken = {t.i for e in doc.ents for t in e}
    assert [doc[s:e].text for s, e in side_before_post(doc, taken)] == ["Middlesbrough"]
    doc = nlp.parse("The boss Steve McClaren said his side were unlucky.")
    assert side_before_post(doc, {t.i for e in doc.ents for t in e}) == []


def test_side_before_post_in_a_report() -> None:
    found = run(
        "Middlesbrough boss Steve McClaren said his side had been unlucky on Saturday. "
        "McClaren said the players had worked hard all week."
    )
    assert by_name(found, "Middlesbrough").kind == "organization"


def test_one_word_act_listed_among_singers_is_a_person() -> None:
    found = run(
        "The awards went to the biggest acts of the year. Jo Dee won the best album prize for "
        "her record. U2, Usher, Ann Lee and Kim West got three each. Ann Lee said her new "
        "album would follow. West led the race with ten nominations for his songs. Usher "
        "thanked the fans. Usher left early."
    )
    assert by_name(found, "Usher").kind == "person"


def test_solo_act_cues() -> None:
    doc = nlp.parse(
        "The album and single charts were out. U2, Usher, Ann Lee and Kim West got three "
        "songs each. R&B star Jo Dee sang."
    )
    words = [t.text for t in doc]
    assert solo_act(doc, words.index("Usher"), words.index("Usher") + 1)
    assert solo_act(doc, words.index("Jo"), words.index("Dee") + 1)
    assert not solo_act(doc, words.index("U2"), words.index("U2") + 1)
    plain = nlp.parse("The firms Acme, Usher, Ann Lee and Kim West got three each.")
    assert not solo_act(plain, 3, 4)


def test_act_after_a_solo_noun_is_no_place() -> None:
    found = run(
        "The charts were led by rappers this week. His single stayed at the top. Newcomer The "
        "Game's debut album reached number one. The pair had a feud which saw The Game "
        "kicked out of the crew, and the song charts show both rising."
    )
    assert by_name(found, "Game").kind == "person"


def test_firm_spelt_with_initials_is_one_body() -> None:
    found = run(
        "Prices rose sharply in March, said Ann Hale, an economist with MM Warburg. Analysts "
        "said the figures were worse than forecast."
    )
    assert "MM Warburg" in names(found)
    assert by_name(found, "MM Warburg").kind == "organization"


def test_body_whose_officer_is_named_keeps_its_name() -> None:
    found = run(
        "Ann Hale will race in Madrid next month. UK Athletics chief Max Jones believes she "
        "will compete. The UK has sent a large team."
    )
    assert "UK Athletics" in names(found)


def test_latin_form_of_a_given_name() -> None:
    assert "carolina" in FEMALE_NAMES and "paulina" in FEMALE_NAMES
    found = run("Jo Dee will race against Carolina Mertz in the heptathlon in Lisbon.")
    assert by_name(found, "Carolina Mertz").kind == "person"
