"""Speakers, session 14 (own sentences): a named adviser in apposition before a subjectless
cue, an outlet that only relays a speech, a name run on after a title subject, an online user
named by a handle who speaks for their own post."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.actor_speakers import with_speakers
from generator.extract.quotes import quotes
from generator.furniture import furniture_spans
from generator.model import Actor, Article

RUIZ = Actor("Dana Ruiz", "person", "governor", ("Ruiz",))
PAPER = Actor("Herald", "organization", None, ())
COLE = Actor("Tom Cole", "person", "adviser", ("Cole",))
DIAZ = Actor("Ana Diaz", "person", None, ("Diaz",))
NEWS = Actor("Acme News", "organization", None, ())
OKAFOR = Actor("Emeka Okafor", "person", "Foreign Minister", ("Okafor",))
LOPEZ = Actor("Maria Lopez", "person", "Ambassador", ("Lopez",))
HALE = Actor("Sam Hale", "person", "golfer", ("Hale",))


def _article(text: str) -> Article:
    return Article(path=Path("t.txt"), text=text, sha256="0", furniture=furniture_spans(text))


def _speakers(text: str, *actors: Actor) -> list[str | None]:
    return [q.speaker for q in quotes(_article(text), nlp.parse(text), actors)]


def test_a_named_adviser_in_apposition_speaks_for_a_subjectless_cue() -> None:
    text = (
        "Governor Dana Ruiz has stayed quiet on the plan.\n\n"
        "In a note sent to the Herald, her chief policy adviser, Tom Cole, said: “Dana Ruiz "
        "believes the bridge must be built. She has always backed it.”"
    )
    assert _speakers(text, RUIZ, PAPER, COLE) == ["Tom Cole"]


def test_an_outlet_that_relays_a_speech_does_not_carry_it_on() -> None:
    text = (
        "\"I would have stopped it at once,\" Diaz noted in an interview with a radio show, as "
        "reported by Acme News. \"And I would fix it. Not fixing it is saying that it is fine.\""
    )
    assert _speakers(text, DIAZ, NEWS) == ["Ana Diaz", "Ana Diaz"]


def test_a_name_run_on_after_a_title_subject_is_who_she_is() -> None:
    text = (
        "\"We cannot call what happened a war,\" Foreign Minister Emeka Okafor told reporters on "
        "Tuesday. Why the pact failed In her prize-winning book about the war, Acme's current "
        "Ambassador to the United Nations Maria Lopez attacked leaders for not acting. \"No "
        "leader has ever made peace a "
        "goal. It is thus no surprise that the war goes on,\" she wrote."
    )
    assert _speakers(text, OKAFOR, LOPEZ)[-1] == "Maria Lopez"


TROLL = (
    "Sam Hale has won praise from fans after calling out a nasty online hater. His wife, the model "
    "Ana Diaz, had posted a photo of her and her sister on the beach last week. Sam Hale "
    "(right) has won praise from fans after calling out a nasty online hater A troll called "
    "'grumpy_cat99' then accused Ana of being lazy 'Must be nice to never have to work for "
    "anything,' he posted. Hale told the troll to get his facts straight."
)


def test_a_user_named_by_a_handle_speaks_for_his_post() -> None:
    assert _speakers(TROLL, HALE, DIAZ) == ["grumpy_cat99"]


def test_a_user_named_by_a_handle_is_a_person_actor() -> None:
    doc = nlp.parse(TROLL)
    found = quotes(_article(TROLL), doc, (HALE, DIAZ))
    added = with_speakers(_article(TROLL), doc, (HALE, DIAZ), found)
    user = next(a for a in added if a.name == "grumpy_cat99")
    assert user.kind == "person"


def test_he_after_an_unnamed_user_who_acts_is_the_one_named_user() -> None:
    text = (
        "Sam Hale has won praise from fans. The photo was seen by her followers, which "
        "included a commenter known as 'grumpy_cat99' who was quick to judge. Golfer Sam Hale "
        "has won praise after calling out a nasty online hater who accused his wife of being lazy "
        "'Must be nice to never have to work for anything,' he posted. Hale told the troll to "
        "get his facts straight."
    )
    assert _speakers(text, HALE, DIAZ) == ["grumpy_cat99"]


def test_a_person_opening_a_later_paragraph_takes_over_from_the_speaker() -> None:
    text = (
        "Governor Dana Ruiz backed the bridge.\n\n"
        "In a note sent to the Herald, her chief policy adviser, Tom Cole, said: “Dana Ruiz "
        "believes the bridge must be built.”\n\n"
        "Sam Hale leaves the city for Rome today, where he will be met by crowds. In a nod to "
        "his old slogan, they will carry signs.\n\n"
        "But he leaves behind a row over his remarks on the plan.\n\n"
        "Looking back on the trip he warned: “It will not be built any time soon, because our "
        "money is going to other roads.”"
    )
    assert _speakers(text, RUIZ, PAPER, COLE, HALE)[-1] == "Sam Hale"
