"""Speakers given as descriptions, titles, asides and participles (sentences written here)."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

COLE = Actor("Dana Cole", "person", "professor of economics at Hillside University", ("Cole",))
HILLSIDE = Actor("Hillside University", "organization", None, ())
PRICE = Actor("Lord Price", "person", "Lord Privy Seal", ("Price",))
HALE = Actor("Lord Hale", "person", None, ("Hale",))
NOVAK = Actor("Petra Novak", "person", None, ("Novak",))
GRANT = Actor("Ivan Grant", "person", None, ("Grant",))
MORA = Actor("Luis Mora", "person", None, ("Mora",))
KANE = Actor("Rob Kane", "person", "team doctor", ("Kane",))


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def speakers(text: str, *actors: Actor) -> list[str | None]:
    return [q.speaker for q in run(text, *actors)]


def test_who_said_hung_on_a_thing_goes_to_the_person_named_before_who() -> None:
    text = (
        "The report echoes the worries of economists such as Dana Cole, professor of "
        "economics at Hillside University, who said: 'Rents are rising far faster than wages.'"
    )
    assert speakers(text, COLE, HILLSIDE) == ["Dana Cole"]


def test_a_thing_is_never_a_speaker() -> None:
    text = (
        "Novak backs a new approach that values workers and demands respect. She thanks the "
        'unions for it because to her, "nothing matters more than getting the story right."'
    )
    assert speakers(text, NOVAK) == ["Petra Novak"]


def test_a_title_used_as_a_name_is_its_holder() -> None:
    text = (
        "The Lord Privy Seal, Lord Price, accepted the point but added that \"in practice "
        'the rule changes very little".'
    )
    assert speakers(text, PRICE) == ["Lord Price"]


def test_a_description_no_role_matches_is_the_last_person_who_spoke() -> None:
    text = (
        "Lord Hale agreed to withdraw the bill. \"We will return to this next year,\" he told "
        'peers. Later the veteran campaigner said: "The law is simply out of date."'
    )
    assert speakers(text, HALE) == ["Lord Hale", "Lord Hale"]


def test_the_latter_is_the_second_of_the_pair() -> None:
    text = (
        "The pundits Petra Novak and Ivan Grant were both unimpressed. Of the captain, the "
        "latter said: \"He has not been good enough for two seasons now.\""
    )
    assert speakers(text, NOVAK, GRANT) == ["Ivan Grant"]


def test_a_quote_set_off_by_dashes_belongs_to_the_name_before_it() -> None:
    text = (
        "Several senior figures agreed, including the former minister Luis Mora -- \"It is "
        'wrong to keep the report hidden from the public" -- and Rob Kane.'
    )
    assert speakers(text, MORA, KANE) == ["Luis Mora"]


def test_a_participle_shares_the_subject_of_its_sentence() -> None:
    text = (
        "Mora barely answered the charge, calling it a joke -- \"That shows I am clever\" -- "
        'and, when pressed later, insisting, "Of course I pay every bill."'
    )
    assert speakers(text, MORA) == ["Luis Mora", "Luis Mora"]


def test_a_nationality_subject_is_the_main_person_for_a_later_he() -> None:
    text = (
        "Luis Mora is likely to miss the final after a knee injury. \"It will take weeks,\" "
        "said team doctor Rob Kane. The Spaniard has had many injuries but remains hopeful. "
        '"I will do everything to be back," he said.'
    )
    assert speakers(text, MORA, KANE) == ["Rob Kane", "Luis Mora"]


def test_he_after_a_quote_looks_past_the_quoted_sentence() -> None:
    text = (
        'Grant gave his view on Monday: "The rules are fine as they are."\n'
        "In a March speech, Mora attacked \"the rules that hold back small firms.\"\n"
        '"We will change them, just as we changed the old ones. But we will not do it '
        'overnight," he said then.'
    )
    assert speakers(text, GRANT, MORA) == ["Ivan Grant", "Luis Mora", "Luis Mora"]


def test_a_message_that_said_speaks_for_its_sender() -> None:
    text = (
        "Last May, Grant sent the club a link to a video with a message that said: "
        "'I will never play for you again, whatever you offer me.'"
    )
    assert speakers(text, GRANT) == ["Ivan Grant"]
