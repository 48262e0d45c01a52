"""Who speaks, from clues around the quote: an apposed subject, a possessive aside, a club
before a role noun, a speech running over paragraphs, "according to" (own sentences)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from generator import nlp
from generator.extract.quotes import quotes
from generator.extract.speaker_named import apposed_subject
from generator.model import Actor, Article

LUC = Actor("Luc Marel", "person", None, ("Marel",))
OLEG = Actor("Oleg Ruiz", "person", None, ("Ruiz",))
VIKTOR = Actor("Viktor Diaz", "person", None, ("Diaz", "Mr Diaz"))
PEDRO = Actor("Pedro Sala", "person", None, ("Sala",))
CLUB = Actor("Arsenal", "organization", None, ())
JIM = Actor("Jim Lopez", "person", None, ("Lopez",))
ANA = Actor("Ana Cole", "person", None, ("Cole",))
ANA_C = Actor("Ana Connell", "person", None, ("Connell",))
PAULA = Actor("Paula Kerr", "person", None, ("Kerr",))
MALCOLM = Actor("Malcolm Kelly", "person", None, ("Kelly",))
TIMES = Actor("Daily Times", "organization", None, ())
BOARD = Actor("City Board", "organization", None, ())


def speakers(text: str, *actors: Actor) -> list[str | None]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [q.speaker for q in quotes(article, nlp.parse(text), actors)]


def test_an_age_after_a_subject_noun_with_a_name_in_apposition() -> None:
    text = (
        "Luc Marel joined the club in May.\n\n"
        "Former United captain Marel, who is now playing for a team in Spain, says there is "
        'no comparison between the sides. "Mentally they are much stronger," the '
        "36-year-old said."
    )
    assert speakers(text, LUC) == ["Luc Marel"]


def test_a_possessive_in_an_opening_phrase_is_not_the_pronoun() -> None:
    text = (
        "Viktor Diaz, a former spy, has been on hunger strike for weeks.\n\n"
        "Oleg Ruiz, a former officer who became an agent for the Dutch, said he was "
        '"very pleased" with the way the ministry handled him.\n\n'
        "Commenting on Mr Diaz's case, he said: \"The state is not a fat cow.\""
    )
    assert speakers(text, VIKTOR, OLEG) == ["Oleg Ruiz"]


def test_a_club_before_a_role_noun_after_the_cue_is_not_the_speaker() -> None:
    text = (
        "Pedro Sala moved to Arsenal last year.\n\n"
        "'The squad is in fine shape,' centre back Pedro Sala told reporters. 'We are at a "
        "stage where players are arriving,' added the Arsenal defender."
    )
    assert speakers(text, PEDRO, CLUB) == ["Pedro Sala", "Pedro Sala"]


def test_an_open_quote_takes_the_speaker_of_its_next_paragraph() -> None:
    text = (
        "The device is the brainchild of Acme researcher Jim Lopez who developed the "
        'prototype after seeing his uncle struggle. "I knew that there must be a way to '
        "improve the situation for him and for millions of others.\n\n"
        '"The number of elderly phone owners will grow as society gets older," he said.'
    )
    assert speakers(text, JIM) == ["Jim Lopez", "Jim Lopez"]


def test_according_to_right_before_the_quote_names_the_speaker() -> None:
    text = (
        "Ana Cole married nine men, the Daily Times reported.\n\n"
        "Mystery: The agency was 'involved' in the case, the City Board told the Daily "
        "Times According to the Daily Times, 'she has separated at least three times from "
        "husbands one, two and six.'"
    )
    assert speakers(text, ANA, TIMES, BOARD)[-1] == "Daily Times"


def test_a_person_named_last_in_a_subjects_sentence_is_not_a_new_voice() -> None:
    text = (
        "Paula Kerr was named coach in May.\n\n"
        "Kerr also admits her side must improve against Irish duo Malcolm Kelly and Ana "
        "Connell, one of the strongest pairings in the sport. "
        '"In each game we have missed a number of line-outs," she added.'
    )
    assert speakers(text, PAULA, MALCOLM, ANA_C) == ["Paula Kerr"]


class _Names:
    """A stand-in for ``Speakers`` that knows the actors by name only."""

    def __init__(self, *actors: Actor) -> None:
        self.actors = actors

    def actor_at(self, start: int, end: int) -> Actor | None:
        return None

    def actor_named(self, words: str) -> Actor | None:
        return next((a for a in self.actors if words in (a.name, *a.aliases)), None)


def test_a_name_parsed_as_a_modifier_of_the_subject_noun_is_the_subject() -> None:
    words = ["Former", "captain", "Marel", ",", "who", "plays", ",", "says", "so", "."]
    heads = [1, 7, 1, 1, 5, 1, 1, 7, 7, 7]
    deps = ["amod", "nsubj", "advmod", "punct", "nsubj", "relcl", "punct", "ROOT", "advmod"]
    deps.append("punct")
    pos = ["ADJ", "NOUN", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT", "VERB", "ADV", "PUNCT"]
    doc = Doc(nlp.parse("").vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert apposed_subject(_Names(LUC, OLEG), doc[1]) == LUC  # type: ignore[arg-type]


def test_a_possessive_that_leads_the_sentence_is_the_pronoun_s_antecedent() -> None:
    oz = Actor("Selim Oz", "person", None, ("Oz",))
    gorse = Actor("David Gorse", "person", "professor", ("Gorse",))
    text = (
        "Selim Oz is a radio doctor. Many surgeons do not trust him.\n\n"
        'Doctors seemed keen to discuss him. "Oz has a huge platform," said David Gorse, a '
        'professor of surgery. "He cannot ignore facts he does not like."\n\n'
        "INQUIRY \u2014 Oz\u2019s doubtful medical advice earned him the scrutiny of Congress, "
        "where he testified at a 2014 hearing for his role in pushing pills on his show and for "
        "claiming that the powder was a \u201cmiracle slimming cure for any body shape.\u201d"
    )
    assert speakers(text, oz, gorse)[-1] == "Selim Oz"
