"""Titles of works and products are no actors, found by the cue that marks them: a genre noun
tagged an adjective, a genre noun set off by commas, a title described after its second half,
a character's work, a show seen on Broadway, a later mention of a work, a model code, a version
list, a product described by what it is, an example of models. Real bodies and people stay."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_works_cues import work_cued
from tests.test_actors import names, run


def test_a_musical_named_after_its_genre_and_again_later() -> None:
    text = (
        "London musical Silver Lanterns has ended its run early after weak ticket sales, "
        "producer Martin Hale said on Monday.\n"
        "Silver Lanterns tells the story of a clockmaker who falls for a singer."
    )
    found = names(run(text))
    assert "Silver Lanterns" not in found
    assert "Martin Hale" in found


def test_a_debut_set_off_by_commas() -> None:
    text = (
        "Guitarist Owen Pryce joined the band in time for the group's self-financed debut, "
        "Broken Harbour, after designing its sleeve. Pryce later left the group."
    )
    found = names(run(text))
    assert "Broken Harbour" not in found
    assert "Owen Pryce" in found


def test_a_title_with_two_halves_described_as_a_novel() -> None:
    text = (
        "The shortlist included Mara Quill's Tobias Wren and Mr Fenwick, a novel about two "
        "rival clockmakers, the judges said. Quill said she was delighted."
    )
    found = names(run(text))
    assert "Tobias Wren" not in found
    assert "Mara Quill" in found


def test_a_characters_work_after_from() -> None:
    text = (
        "Keira Blunt has posted videos of herself as Tessa from Glimmerdale and Queen Vala "
        "from Stormhold, her agent Paul Ress said."
    )
    found = names(run(text))
    assert "Stormhold" not in found and "Glimmerdale" not in found
    assert "Keira Blunt" in found


def test_a_show_seen_on_broadway() -> None:
    text = (
        "The two visitors were heading to see Les Hirondelles on Broadway when they "
        "broke up a brawl, police spokesman Carl Diaz said."
    )
    assert "Les Hirondelles" not in names(run(text))


def test_a_title_with_its_own_article_before_a_genre_noun() -> None:
    doc = nlp.parse("Ian Brodie is up for best song for Night Bells, from The Ghost of Lune movie.")
    at = doc.text.index("Ghost of Lune")
    span = doc.char_span(at, at + len("Ghost of Lune"), alignment_mode="expand")
    assert span is not None and work_cued(doc, span.start, span.end)
    doc = nlp.parse("Ian Brodie said the BBC Scotland film was a success.")
    at = doc.text.index("BBC Scotland")
    span = doc.char_span(at, at + len("BBC Scotland"), alignment_mode="expand")
    assert span is not None and not work_cued(doc, span.start, span.end)


def test_a_model_code_that_shortens_a_product_named_in_full() -> None:
    text = (
        "Demand for the Zeta Box 2 has pushed prices up, analyst Amy Lowe said. In shops the "
        "ZB2 sells for £99, and Zenco said the ZB2 would stay on sale."
    )
    found = names(run(text))
    assert "ZB2" not in found
    assert "Zenco" in found


def test_a_version_in_a_list_of_versions() -> None:
    text = (
        "Computers running Gamma 95, 98, 2000 and QX could be hit by the worm, security firm "
        "Norlock said on Tuesday."
    )
    found = names(run(text))
    assert "QX" not in found
    assert "Norlock" in found


def test_a_product_described_as_a_format() -> None:
    text = "The handheld will come with a game on UMX, the disc format for the machine."
    assert "UMX" not in names(run(text))


def test_a_model_given_as_an_example() -> None:
    text = (
        "Its newer models, like the Vantor Mini Photo, are due out in summer, chief executive "
        "Rita Moss said."
    )
    assert "Vantor Mini Photo" not in names(run(text))


def test_people_and_bodies_near_genre_words_stay() -> None:
    text = (
        "In the documentary, Jane Hale, a farmer, explains her work. Channel executive Tom "
        "Reed said Greenfield Films, the studio, paid for it. Hale said she was proud."
    )
    found = names(run(text))
    assert "Jane Hale" in found and "Greenfield Films" in found


def _cued(text: str, name: str) -> bool:
    doc = nlp.parse(text)
    at = doc.text.index(name)
    span = doc.char_span(at, at + len(name), alignment_mode="expand")
    assert span is not None
    return work_cued(doc, span.start, span.end)


def test_a_name_set_beside_a_genre_noun() -> None:
    text = "Ruby Lane, Tom Ashby's tale about a 1950s nurse, is nominated twice."
    assert _cued(text, "Ruby Lane")
    assert not _cued("Ruby Lane, Tom Ashby's agent, is nominated twice.", "Ruby Lane")


def test_a_name_said_to_be_shown() -> None:
    text = "UK nominee Garden Tales, which is shown in 40 countries, belongs to a London firm."
    assert _cued(text, "Garden Tales")


def test_a_name_after_box_office_hits() -> None:
    text = "Films like box office hits Ruby Lane and Paper Moons are expected to suffer."
    assert _cued(text, "Ruby Lane")
