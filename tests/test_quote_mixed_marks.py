"""Mixed quotation marks and the speakers of bodies, titles and run-on speeches (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quote_marks import regions
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

ACME = Actor("Acme Holdings", "organization", None, ())
ZED = Actor("Zed Club", "organization", None, ())
RUIZ = Actor("Tom Ruiz", "person", None, ("Ruiz", "Mr Ruiz"))
DIAZ = Actor("Ana Diaz", "person", None, ("Diaz",))
OFFICIALS = Actor("Acme Holdings officials", "group", None, ())


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def inside(text: str) -> list[str]:
    return [text[r.start : r.end] for r in regions(text)]


def test_a_possessive_in_a_straight_quote_is_no_closing_mark() -> None:
    text = "'The opening of Acme Holdings\u2019 new store has been put off until May,' it said."
    assert inside(text) == [
        "The opening of Acme Holdings\u2019 new store has been put off until May,"
    ]


def test_a_straight_double_mark_closes_a_single_quoted_speech() -> None:
    text = (
        "\u2018We waited for hours in the cold rain.\" Others agreed with him on the day. "
        "The club said it was 'sorry' for the delay."
    )
    assert inside(text)[0] == "We waited for hours in the cold rain."


def test_the_group_is_the_organisation_that_spoke_last() -> None:
    text = (
        "A spokesman for Acme Holdings, which owns the Zed Club, said the firm regretted it. "
        "'We closed the doors at midnight to keep the street quiet,' the group said."
    )
    assert [q.speaker for q in run(text, ACME, ZED)] == ["Acme Holdings"]


def test_the_spokesman_is_the_one_for_the_body_named_earlier() -> None:
    text = (
        "A spokesman for Acme Holdings said the staff had left by midnight. "
        "However, a hired crew entered the Zed Club later that night. "
        "'They behaved in a careless and thoughtless way,' the spokesman said."
    )
    assert [q.speaker for q in run(text, ACME, ZED)] == ["Acme Holdings"]


def test_a_speech_of_several_sentences_is_not_the_words_of_the_clause_subject() -> None:
    text = (
        "'We lost the game,' Ruiz said. "
        "Ana Diaz and her team mates walk off the pitch after the final whistle 'The result "
        "hurts. We were second best on the day.'"
    )
    assert [q.speaker for q in run(text, RUIZ, DIAZ)] == ["Tom Ruiz", "Tom Ruiz"]


def test_a_title_in_capitals_is_a_description() -> None:
    """ "The MP" (tagged as a name) is matched against the actors' roles like a noun."""
    text = (
        "Mr Ruiz says he will not step down as the candidate. "
        "The MP, who is taking legal advice, told reporters: \"They chose me and they can "
        'drop me."'
    )
    member = Actor("Tom Ruiz", "person", "Former MP", ("Ruiz", "Mr Ruiz"))
    assert [q.speaker for q in run(text, member)] == ["Tom Ruiz"]


def test_the_agent_of_a_passive_speech_verb_speaks() -> None:
    text = 'The device was described by Ruiz as "the best thing we have ever made".'
    assert [q.speaker for q in run(text, RUIZ)] == ["Tom Ruiz"]


def test_the_statement_of_a_body_whose_officials_spoke() -> None:
    text = (
        "Acme Holdings officials confirmed that the store would open late. "
        "'The opening has been delayed by the storm,' the statement said."
    )
    assert [q.speaker for q in run(text, OFFICIALS, ACME)] == ["Acme Holdings"]


def test_a_speech_introduced_by_a_colon_keeps_the_clause_subject() -> None:
    text = (
        "Ruiz took the stage first. He also praised the coach: \"Thank you for trusting me. "
        'You are my coach of the year."'
    )
    assert [q.speaker for q in run(text, RUIZ)] == ["Tom Ruiz"]


def test_a_person_introduced_with_a_title_before_the_name_speaks_next() -> None:
    text = (
        'The mayor warned: "This will not go away." '
        "Opposition spokesman Tom Ruiz renewed his party's call for the report to be published. "
        '"Only the fullest disclosure can serve the public interest now."'
    )
    mayor = Actor("Ana Diaz", "person", "mayor", ("Diaz",))
    at = text.index("Tom Ruiz")
    ruiz = Actor("Tom Ruiz", "person", "spokesman", ("Ruiz",), 1, ((at, at + 8),))
    assert [q.speaker for q in run(text, mayor, ruiz)][1] == "Tom Ruiz"
