"""Names the actor step had lost or cut (sentences written here): an author beside "his book",
a body's short name after a place, festivals, a surname that is also a common noun, a bank
after "at", a name the tagger took for a nationality, a person named once with "Mr"."""

from __future__ import annotations

from spacy.tokens import Span

from generator import nlp
from generator.extract.actor_clusters import cluster
from generator.extract.actor_mentions import Mention
from generator.extract.actor_norp import acts_as_body
from tests.test_actors import by_name, names, run


def test_an_author_possessing_a_book_is_no_work() -> None:
    found = run(
        "The film is based on the novel by Ivo Marsh. Marsh's book sold well. The detective "
        "also appeared in Marsh's first book."
    )
    assert by_name(found, "Ivo Marsh").kind == "person"


def _mention(text: str, start: int, label: str, modifier: bool = False) -> Mention:
    return Mention(start, start + len(text), text, label, 0, 1, False, modifier, False)


def test_a_body_named_once_after_a_place_keeps_the_place_in_its_name() -> None:
    text = "UK. UK Steelworks. Steelworks. Steelworks. UK."
    ms = [
        _mention("UK", 0, "GPE"),
        _mention("UK Steelworks", 4, "ORG"),
        _mention("Steelworks", 19, "ORG"),
        _mention("Steelworks", 31, "ORG"),
        _mention("UK", 43, "GPE"),
    ]
    forms = [set(c.forms) for c in cluster(ms, text)]
    assert {"UK Steelworks", "Steelworks"} in forms


def test_a_chain_branch_in_a_town_is_no_new_body() -> None:
    text = (
        "Police met at a Walmart on Friday. The shooting was in a Dunmore, Ohio Walmart car "
        "park. Walmart said it was helping. Ohio officials agreed."
    )
    assert "Ohio Walmart" not in names(run(text))


def test_a_film_festival_is_an_actor() -> None:
    found = run("The drama won top honours at the Leeds Film Festival on Thursday.")
    assert by_name(found, "Leeds Film Festival").kind == "organization"


def test_a_surname_that_is_a_common_noun_after_a_given_name() -> None:
    text = "He will succeed the previous ambassador, Susan Grant, after the election."
    assert by_name(run(text), "Susan Grant").kind == "person"


def test_a_bank_after_at_is_no_person() -> None:
    text = '"Exports slowed," said Lim Wei, an economist at JP Morgan Chase, on Friday.'
    found = run(text)
    assert "JP Morgan Chase" in names(found)
    assert "Morgan Chase" not in names(found)


def test_a_name_read_as_a_nationality_with_which_is_a_body() -> None:
    doc = nlp.parse("The exchange held talks with its rival Eurolink, which runs four markets.")
    word = next(t.i for t in doc if t.text == "Eurolink")
    assert acts_as_body(Span(doc, word, word + 1, label="NORP"))
    french = nlp.parse("The talks were held with the French, which annoyed Berlin.")
    word = next(t.i for t in french if t.text == "French")
    assert not acts_as_body(Span(french, word, word + 1, label="NORP"))


def test_a_person_named_once_with_an_honorific_is_kept() -> None:
    text = (
        "The Tories promised tax cuts on Monday. Neither the leader nor Mr Ferrow would say "
        "how they would use the cash."
    )
    assert "Ferrow" in names(run(text))


def test_a_body_whose_name_ends_in_a_possessive_that_owns_nothing() -> None:
    found = run("The rival agencies, Fitch and Moody's, lifted their grades months ago.")
    assert "Moody's" in names(found)
    sold = run("On Tuesday, Christie's sold the manuscript for a record sum.")
    assert "Christie's" in names(sold)


def test_a_possessive_that_owns_something_is_no_part_of_the_name() -> None:
    found = run("Tesco's profits rose on Monday, and Tesco said sales would grow.")
    assert "Tesco" in names(found)
    assert "Tesco's" not in names(found)


def test_a_side_named_once_to_open_a_players_post_is_an_actor() -> None:
    text = (
        "The Lions squad is a strong one. England prop Julian Whitby is a capable player but "
        "he is not the only contender, Whitby's coach said."
    )
    assert by_name(run(text), "England").kind == "organization"


def test_a_slash_inside_a_bodys_name_is_kept() -> None:
    found = run("Figures from Nielsen/NetRatings show growth, Nielsen/NetRatings said.")
    assert "Nielsen/NetRatings" in names(found)


def test_a_picture_credit_with_a_slash_is_cut() -> None:
    found = run("The singer posted the picture on Monday. Getty/Instagram")
    assert "Getty/Instagram" not in names(found)


def test_a_no_break_space_after_the_does_not_lose_the_name() -> None:
    found = run("Also on Friday the\u00a0New York Daily News\u00a0claimed the actress had left.")
    assert "New York Daily News" in names(found)


def test_an_untagged_name_joined_to_a_body_is_a_body() -> None:
    found = run("The two rival graders - Fitch and Moody's have already raised them.")
    assert by_name(found, "Fitch").kind == "organization"


def test_a_name_inside_a_run_of_capitals_is_not_taken_alone() -> None:
    found = run("The Pumas, All Blacks and Springboks were in form in November.")
    assert "Blacks" not in names(found)


def test_a_state_patrol_is_a_body() -> None:
    found = run("Near the lake, the Utah State Patrol dealt with a string of crashes.")
    assert by_name(found, "Utah State Patrol").kind == "organization"


def test_a_name_particle_keeps_the_given_name_before_it() -> None:
    text = (
        "We have been warned before: Khalid bin Rashed declared war on the United States. "
        "The White House did not take bin Rashed seriously."
    )
    assert "Khalid bin Rashed" in names(run(text))


def test_a_name_closing_the_text_after_a_body_does_not_fail() -> None:
    assert "Fitch" in names(run("The agencies are Moody's and Fitch"))


def test_a_nomination_for_a_person_given_her_age_is_no_work() -> None:
    text = (
        "Mara Vance was nominated for best actress on Tuesday. It is a debut nomination for "
        "Vance, 49, who told reporters she was thrilled. We hoped Mara Vance would win."
    )
    assert by_name(run(text), "Mara Vance").kind == "person"


def test_a_bracket_glued_to_a_name_is_cut() -> None:
    found = run("He admitted a short spell in the Northern Unity Party(NUP).")
    assert "Northern Unity Party" in names(found)


def test_an_untagged_name_in_a_comma_list_of_bodies_is_a_body() -> None:
    text = "Backers include MCI, BT, Swisscom, Energis, NTT and Bell Canada."
    assert by_name(run(text), "Energis").kind == "organization"
