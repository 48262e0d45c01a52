"""Speakers linked to a person named nearby: a sex from bound pronouns, "this pensioner",
"his son" in a pair of named relatives, a colon clause "put by X:", and no outlet from a
later sentence after "…!" (own sentences)."""

from __future__ import annotations

from generator import nlp
from generator.extract.speaker_gender import bound_sex
from generator.model import Actor
from tests.test_speakers import speakers

VALE = Actor("Rimo Vale", "person", None, ("Vale",))
NAND = Actor("Ezna Nand", "person", None, ("Nand",))
TENK = Actor("Arvo Tenk", "person", None, ("Tenk",))
ORUK = Actor("Tam Oruk", "person", None, ("Oruk",))
DANIEL = Actor("Daniel", "person")
LAURA = Actor("Laura Oruk", "person")
RUIZ = Actor("Ana Ruiz", "person", "teacher", ("Ruiz",))
DUNN = Actor("Mary Dunn", "person", "nurse", ("Dunn",))
BIRCH = Actor("Tom Birch", "person", None, ("Birch",))
HOLT = Actor("Lena Holt", "person", None, ("Holt",))
KTVX = Actor("KTVX", "organization")


def test_a_possessive_bound_by_the_subject_gives_its_sex() -> None:
    doc = nlp.parse("Ezna Nand, 27, lost her hearing in one ear last year.")
    assert bound_sex(doc[1]) == "f"
    doc = nlp.parse("Rimo Vale said that Ezna Nand had lost her sight.")
    assert bound_sex(doc[1]) is None  # "her" is in a clause with a subject of its own


def test_he_skips_a_woman_known_by_her_possessive() -> None:
    text = (
        "Rimo Vale spoke at the rally on Monday. Ezna Nand, 27, lost her hearing in one ear "
        'last year. "We should never forget what happened here," he said.'
    )
    assert speakers(text, VALE, NAND) == ["Rimo Vale"]


def test_this_pensioner_is_the_person_just_described() -> None:
    text = (
        "At his small house in the hills, Mr Arvo Tenk keeps a strict routine of reading and "
        "walking. Between tasks, this remarkably lively senior citizen reveals his next goal: "
        '"I want to be the oldest man in the country."'
    )
    assert speakers(text, TENK) == ["Arvo Tenk"]


SON = (
    "Tam Oruk died of natural causes at a hospital, his son and daughter, Daniel and Laura "
    'Oruk, told the paper. "He is and will forever be my role model," his son wrote on Facebook.'
)


def test_his_son_is_the_name_in_the_same_place_as_son() -> None:
    assert speakers(SON, ORUK, DANIEL, LAURA) == ["Daniel"]


def test_his_daughter_in_a_pair_given_in_the_other_order() -> None:
    text = SON.replace("son and daughter", "daughter and son")
    text = text.replace("Daniel and Laura", "Laura and Daniel")
    text = text.replace("his son wrote", "his daughter wrote")
    laura, daniel = Actor("Laura", "person"), Actor("Daniel Oruk", "person")
    assert speakers(text, ORUK, laura, daniel) == ["Laura"]


def test_a_colon_clause_gives_the_words_to_the_one_who_put_them() -> None:
    text = (
        'On housing, Leeds teacher Ana Ruiz said: "Where will everyone live?" And can you '
        "imagine even Tom Birch putting the question posed by Hull nurse Mary Dunn: "
        '"Would you clean floors for five pounds?"'
    )
    assert speakers(text, RUIZ, DUNN, BIRCH) == ["Ana Ruiz", "Mary Dunn"]


def test_an_outlet_in_the_sentence_after_an_exclamation_does_not_speak() -> None:
    text = (
        "A video shows the two victims on the pavement. 'We were both hurt,' Lena Holt can be "
        "heard saying. 'We were jumped without warning by a man we did not know. We fear for our "
        "safety!' Another woman, Mary Dunn, 23, was also hurt as she tried to stop the fight, "
        "KTVX reported."
    )
    assert speakers(text, HOLT, DUNN, KTVX) == ["Lena Holt", "Lena Holt"]


KADO = Actor("Jill Kado", "person", "reporter", ("Kado",))
ODIN = Actor("Lars Odin", "person", None, ("Odin",))


def test_a_third_quote_in_a_list_goes_on_with_the_same_speaker() -> None:
    text = (
        "Reporter Jill Kado found herself in the news this week after a video showed her "
        'berating a clerk at a parking office in Leeds. Among the low points, as recorded on '
        'camera: '
        '"You work in a shed, honey," and "I would never work at a dump like this." And, '
        'finally, "Lose some weight, sweetie." It is hard to defend.'
    )
    assert speakers(text, KADO) == ["Jill Kado"] * 3


def test_a_claim_inside_what_someone_believes_is_not_a_speech_that_goes_on() -> None:
    text = (
        "Lars Odin used free images for the project. He believes that some critics who have "
        'claimed the change is due to the price of paint are wrong. "I have not found any data '
        'on the prices of blue, so that idea is hard to test."'
    )
    assert speakers(text, ODIN) == ["Lars Odin"]
