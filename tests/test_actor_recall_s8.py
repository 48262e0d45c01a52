"""Names the actor step had lost (sentences written here): a naming verb in another clause, a
phrasal "called on", a band after "by", a person named only in a quote but read as a body,
and a body's descriptor that opens a sentence."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.brief import brief
from generator.model import Article
from tests.test_actors import by_name, names, run


def test_a_naming_verb_in_another_clause_does_not_make_a_name_a_things_name() -> None:
    found = run("The drama was named best film while Marion Ardley won best director.")
    assert by_name(found, "Marion Ardley").kind == "person"


def test_called_on_is_no_naming_verb() -> None:
    found = run("The manager has called on the Rugby Union Board to punish the forward.")
    assert "Rugby Union Board" in names(found)


def test_a_name_read_as_a_nationality_after_by_is_a_body() -> None:
    found = run(
        "It blamed delays to new albums by Keanean and Gorillaz. The label said albums by "
        "Keanean always sell."
    )
    assert "Keanean" in names(found)


def test_a_full_name_only_quoted_is_kept_though_read_as_a_body() -> None:
    text = 'He added: "If Lowe keeps playing like this, Sven-Goran Holmqvist has to pick him."'
    assert "Sven-Goran Holmqvist" in names(run(text))


def test_a_body_descriptor_opening_a_sentence_introduces_a_name() -> None:
    found = run("Consultancy Prism Metrics of Leeds estimates that sales will double by 2027.")
    assert by_name(found, "Prism Metrics").kind == "organization"


def test_a_newspaper_the_tagger_missed_or_cut_is_a_body() -> None:
    found = run("London's Evening Courier quoted Mr Hale telling activists to vote.")
    assert by_name(found, "Evening Courier").kind == "organization"
    found = run('"He was a giant," his son confirmed to The Hollywood Reporter.')
    assert "Hollywood Reporter" in names(found)


def test_a_newspaper_named_once_beside_its_city_is_no_run_on() -> None:
    found = run(
        "Prosecutor Ron Brien told The Columbus Dispatch that the case was closed. Police in "
        "Columbus said the streets were calm. Columbus is quiet now."
    )
    assert "Columbus Dispatch" in names(found) and "Columbus" in names(found)


def test_words_the_tagger_cut_before_a_bodys_name_are_put_back() -> None:
    found = run("A spokesman for the Blu-ray Disc Association said sales were up.")
    assert "Blu-ray Disc Association" in names(found)
    found = run("The Finance and Economy Ministry said growth was slow.")
    assert "Finance and Economy Ministry" in names(found)
    found = run("The NSW Business Chamber said the holiday would cost firms money.")
    assert "NSW Business Chamber" in names(found)


def test_a_title_acronym_does_not_join_a_bodys_name() -> None:
    found = run("CEO Acme Holdings said it would cut jobs.")
    assert "Acme Holdings" in names(found)


def test_a_partys_short_name_the_tagger_left_untagged_is_a_body() -> None:
    found = run(
        "The Lib Dems have appointed a new director of campaigns. It strengthens the Lib Dem "
        "team, Lord Rennard said."
    )
    assert by_name(found, "Lib Dems").kind == "organization"
    assert "Lib Dem" not in names(found)  # an adjective before "team"
    assert by_name(run("Voters backed Labour in the city."), "Labour").kind == "organization"
    assert "Labour" not in names(run("Labour costs rose by 3% last year, the firm said."))


def test_a_peer_added_as_a_speaker_is_a_person() -> None:
    text = (
        "Nine law lords ruled against the government on Thursday. Lord Hale of Ashdown, in his "
        'ruling, said: "Detention without trial is wrong in any country."'
    )
    found = brief(Article(path=Path("t.txt"), text=text, sha256="0"), nlp.parse(text)).actors
    assert [(a.name, a.kind) for a in found] == [("Lord Hale", "person")]


def test_a_prize_category_for_a_person_does_not_make_him_a_work() -> None:
    text = (
        "The drama's star Tom Adair got a standing ovation. It is nominated for three awards, "
        "including best actor for Adair. Adair thanked the crowd. Critics praised Adair."
    )
    assert by_name(run(text), "Tom Adair").kind == "person"


def test_a_country_is_not_the_surname_of_a_title_named_after_it() -> None:
    text = (
        "Hotel Angola was given a warm welcome in Venice. Hotel Angola tells how a manager "
        "saved lives. His family left Angola and now live in France. Angola is rebuilding."
    )
    assert by_name(run(text), "Angola").kind == "place"
