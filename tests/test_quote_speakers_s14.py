"""Quote speakers (own sentences): a speech verb set off inside the quote's clause speaks
("Vance, Ruiz said, had …"); a participle naming a fund ("a fund called Future99") is not
speech; a name in a clause after the cue ("said when Boyle asked") does not speak for it."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.actors import actors as extract_actors
from generator.extract.quote_fallback import subordinate
from generator.extract.quotes import quotes
from generator.model import Actor, Article

RUIZ = Actor("Ana Ruiz", "person", "mayor", ("Ruiz",))
VANCE = Actor("Peter Vance", "person", "senator", ("Vance",))
DIAZ = Actor("Tom Diaz", "person", "treasurer", ("Diaz",))
BOYLE = Actor("Ken Boyle", "person", "reporter", ("Boyle",))


def _speakers(text: str, actors: tuple[Actor, ...] | None = None) -> list[str | None]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    doc = nlp.parse(text)
    found = actors if actors is not None else extract_actors(article, doc)
    return [q.speaker for q in quotes(article, doc, found)]


def test_a_parenthetical_cue_speaks_for_a_quote_in_a_later_conjunct() -> None:
    text = (
        "Ana Ruiz spoke to reporters in Denver on Monday about the budget fight.\n\n"
        "Senator Peter Vance, Ruiz said, had sat in the chamber for \"ages and ages\" "
        "and signed \"scores of laws.\"\n"
    )
    assert _speakers(text, (RUIZ, VANCE)) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_fund_called_by_a_name_does_not_speak() -> None:
    text = (
        "Ana Ruiz spoke to reporters in Denver on Monday about the budget fight.\n\n"
        "\"You have two rich donors who started a fund and they are attacking me on the "
        "radio,\" Ruiz said, referring to a super PAC called Future99 funded by two bankers. "
        "\"So they clearly think I will win.\"\n"
    )
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


def test_a_name_in_a_when_clause_after_the_cue_does_not_speak() -> None:
    text = (
        "Candidate Peter Vance praised reporter Ken Boyle at a news conference on Monday.\n\n"
        "\"Sharp writer, sharp writer this fellow,\" Vance, the favourite "
        "nationally and current polling leader in the state by a wide margin after taking "
        "two primaries, said when Boyle put a question to him.\n"
    )
    assert _speakers(text, (VANCE, BOYLE)) != ["Ken Boyle"]


def test_a_surname_parsed_as_an_adverb_after_said_speaks() -> None:
    text = (
        "Tom Diaz cleaned up the state voter rolls for the party. He left in May.\n\n"
        "\u201cHaving the voter list and two staff who know it well is "
        "useful,\u201d said Skelly, explaining he had worked hand in hand with Diaz.\n"
    )
    skelly = Actor("Bill Skelly", "person", "consultant", ("Skelly",))
    assert _speakers(text, (skelly, DIAZ)) == ["Bill Skelly"]


def test_a_misparsed_call_with_a_quote_still_speaks() -> None:
    text = (
        "The plan led the council to hold a vote in May on whether to drop Vance; one member "
        "called Vance \"the loudest and emptiest man in the chamber.\"\n"
    )
    assert _speakers(text, (VANCE,)) != ["Peter Vance"]


def test_a_speaker_in_a_clip_the_cue_is_about_still_speaks() -> None:
    trump = Actor("Donald Trump", "person", None, ("Trump",))
    text = (
        "Ana Ruiz released a new advert in Denver on Monday.\n\n"
        "The advert closes with footage of Trump saying during a forum in May, "
        "\u201cThat makes me clever,\u201d when Ruiz mocked him over his taxes.\n"
    )
    assert _speakers(text, (RUIZ, trump)) == ["Donald Trump"]
    doc = nlp.parse(text)
    cue = next(t for t in doc if t.text == "closes")
    speaker = next(t for t in doc if t.text == "Trump")
    assert not subordinate(cue, speaker)  # a prepositional phrase under the cue, no clause
