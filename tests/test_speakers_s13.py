"""A text or broadcast that speaks stands for whoever put it out: "Ruiz is releasing an ad
that urges …" → Ruiz, "an email sent out by Ruiz warned …" → Ruiz (own sentences)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.extract.speakers import Speakers
from generator.model import Actor, Article

DELGADO = Actor("Maria Delgado", "person", "candidate", ("Delgado",))
WHITFIELD = Actor("Tom Whitfield", "person", "governor", ("Whitfield",))


def _speaker(text: str, cue_word: str) -> str | None:
    doc = nlp.parse(text)
    cue = next(t for t in doc if t.text == cue_word)
    return Speakers(doc, (DELGADO, WHITFIELD), []).speaker(cue)


def test_an_ad_someone_releases_speaks_for_them() -> None:
    text = (
        "Republican candidate Maria Delgado has put out a radio spot that urges farmers "
        "in Ohio to “send a message” to the big insurance firms."
    )
    assert _speaker(text, "urges") == "Maria Delgado"


def test_a_video_someone_released_speaks_for_them() -> None:
    text = (
        "To promote the plan, Whitfield released a campaign video that said, \"Our roads will "
        "be the finest in the country.\""
    )
    assert _speaker(text, "said") == "Tom Whitfield"


def test_an_email_sent_out_by_someone_speaks_for_them() -> None:
    text = (
        "A fundraising email sent out by Delgado on Tuesday warned of the fight ahead: \"The "
        "next three weeks will decide whether our movement keeps growing.\""
    )
    assert _speaker(text, "warned") == "Maria Delgado"


def test_an_ad_with_no_named_issuer_gets_no_person() -> None:
    text = "A new radio ad that aired on Monday urges voters to \"send a message\" to the firms."
    assert _speaker(text, "urges") not in ("Maria Delgado", "Tom Whitfield")


# A surname the parser took for an adverb or a common noun still speaks.
SKELLY = Actor("Dana Skelly", "person", None, ("Skelly",))
BRAYNARD = Actor("Paul Braynard", "person", None, ("Braynard",))
EARLY = Actor("Joan Early", "person", "mayor", ())
WATERS = Actor("David Waters", "person", None, ("Waters",))


def _quote_speakers(text: str, *actors: Actor) -> list[str | None]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return [q.speaker for q in quotes(article, nlp.parse(text), actors)]


def test_a_surname_parsed_as_an_adverb_before_call_speaks() -> None:
    text = (
        "Dana Skelly is a data consultant. Paul Braynard ran the voter file.\n\n"
        "Skelly called Braynard “a really sharp guy. Learning the details of voter data is "
        "a hard thing to do.”"
    )
    assert _quote_speakers(text, SKELLY, BRAYNARD) == ["Dana Skelly"]


def test_a_surname_parsed_as_an_adverb_before_describe_speaks() -> None:
    text = (
        "Mayor Joan Early runs the town. Told of the survey, Early described it as "
        "“a surprise to all of us.”"
    )
    assert _quote_speakers(text, EARLY) == ["Joan Early"]


def test_a_surname_tagged_as_a_common_noun_speaks() -> None:
    text = (
        "David Waters replied to the post. Waters tweeted, “The governor did the same thing "
        "last week at the other debate.”"
    )
    assert _quote_speakers(text, WATERS) == ["David Waters"]


def test_an_adverb_that_names_no_actor_gives_no_speaker() -> None:
    text = "Told of the survey, Early described it as “a surprise to all of us.”"
    assert _quote_speakers(text, SKELLY) == [None]
