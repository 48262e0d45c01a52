"""Who speaks: pronouns by sex, descriptions, statements and shared surnames (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.extract.speaker_gender import first_name_sex, noun_sex
from generator.model import Actor, Article, Quote

DIAZ = Actor("Ana Diaz", "person", None, ("Diaz",))
RUIZ = Actor("Tom Ruiz", "person", None, ("Ruiz",))
SATO = Actor("Kim Sato", "person", None, ("Sato",))
BELL = Actor("Joan Bell", "person", None, ("Bell",))
MINISTRY = Actor("Health Ministry", "organization", None, ())
ANA_RUIZ = Actor("Ana Ruiz", "person", None, ())
TOM_RUIZ = Actor("Tom Ruiz", "person", None, ())


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def speakers(text: str, *actors: Actor) -> list[str | None]:
    return [q.speaker for q in run(text, *actors)]


def test_first_names_and_nouns_give_a_sex() -> None:
    assert first_name_sex("Hillary Clinton") == "f"
    assert first_name_sex("Chris Christie") == "m"
    assert first_name_sex("Kim Sato") is None
    assert noun_sex("his daughter") == "f"
    assert noun_sex("press secretary") is None


def test_she_is_the_woman_who_was_the_subject_not_the_man() -> None:
    text = (
        "Ana Diaz criticized Tom Ruiz over the long delay at the port.\n"
        "“We waited three weeks for a plan,” she said."
    )
    assert speakers(text, DIAZ, RUIZ) == ["Ana Diaz"]


def test_he_skips_a_woman_who_was_the_subject() -> None:
    text = (
        "Ana Diaz criticized Tom Ruiz over the long delay at the port.\n"
        "“Nobody told us about the storm,” he said."
    )
    assert speakers(text, DIAZ, RUIZ) == ["Tom Ruiz"]


def test_pronoun_history_gives_a_sex_to_an_unknown_first_name() -> None:
    text = (
        "Kim Sato arrived in the city on Monday. He said the port was ready.\n"
        "Ana Diaz, the mayor, met Kim Sato later that day.\n"
        "“The cranes are too old for this work,” he said."
    )
    assert speakers(text, SATO, DIAZ) == ["Kim Sato"]


def test_a_name_in_apposition_beats_the_description() -> None:
    text = (
        "The trial ended on Friday.\n"
        "His lawyer, Joan Bell, defended him, saying, “There was no fraud here at all.”\n"
        "“He is much better now,” his sister, Ana Diaz, told reporters."
    )
    assert speakers(text, BELL, DIAZ) == ["Joan Bell", "Ana Diaz"]


def test_a_description_given_earlier_names_the_person() -> None:
    text = (
        "Tom Ruiz, the governor's former campaign strategist, spoke on Monday.\n"
        "“That was a serious mistake by the party,” the governor's former campaign strategist said."
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_the_statement_speaks_for_its_issuer_or_nobody() -> None:
    issued = (
        "The Health Ministry released a statement on Friday.\n"
        "“The talks will resume in May,” the statement said."
    )
    assert speakers(issued, MINISTRY) == ["Health Ministry"]
    unknown = "The talks stalled.\n“The talks will resume in May,” the statement said."
    assert speakers(unknown, MINISTRY) == [None]


def test_a_persons_office_is_the_speaker() -> None:
    text = "Mr. Ruiz's office said that he had “agreed to restore the old trade rules at once.”"
    assert speakers(text, RUIZ) == ["Ruiz's office"]


def test_the_verb_inside_according_to_speaks() -> None:
    text = (
        "Tom Ruiz told the minister that the delay was “a mistake that will not happen again,” "
        "according to the statement."
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_a_quote_over_three_paragraphs_keeps_its_speaker() -> None:
    text = (
        'Speaking in 1990, Tom Ruiz said of the crossing: "We planned to do it in ninety days.\n'
        '"There was a great feeling of relief among the whole team.\n'
        '"We were proud that our families knew about it at home."\n'
        "The book is due in May."
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"] * 3


def test_a_shared_surname_goes_to_the_one_named_in_full_last() -> None:
    text = (
        "Ana Ruiz and her husband were at the zoo on Saturday.\n"
        "“It was a very long fall for a child,” Ruiz told reporters.\n"
        "Tom Ruiz was standing at the gate.\n"
        "“I saw him slip over the rail,” Ruiz said."
    )
    assert speakers(text, ANA_RUIZ, TOM_RUIZ) == ["Ana Ruiz", "Tom Ruiz"]


def test_a_nickname_in_marks_in_a_one_line_text_is_not_a_quote() -> None:
    text = 'The guitar was built for the "King of the Swing." He played it for forty years.'
    assert run(text, RUIZ) == ()


def test_a_quote_without_a_cue_belongs_to_its_sentence_subject() -> None:
    text = "On Monday, Tom Ruiz dismissed the report as “a political stunt by the opposition.”"
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_a_governing_verb_beats_a_cue_in_the_next_sentence() -> None:
    text = (
        "Tom Ruiz wrote to Ana Diaz, telling her, “you are the best player we have!” "
        "She replied that it was an honour."
    )
    assert speakers(text, RUIZ, DIAZ) == ["Tom Ruiz"]
