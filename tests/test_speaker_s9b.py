"""Speakers named through a title in commas, and an "it" that acts for an organisation, on
sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.model import Actor, Article, Quote

HARBIN = Actor("Tom Harbin", "person", None, ("Harbin",))
WALDEN = Actor("Paul Walden", "person", None, ("Walden",))
MINISTRY = Actor("Finance Ministry", "organization")


def run(text: str, *actors: Actor) -> list[tuple[str, str | None]]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    found: tuple[Quote, ...] = quotes(article, nlp.parse(text), tuple(actors))
    return [(q.text, q.speaker) for q in found]


def test_a_name_after_a_title_in_commas_speaks_not_the_title() -> None:
    text = (
        "Police held 28 people. The head of the NCTU, Acting Detective Chief Superintendent, "
        'Tom Harbin, said: "This inquiry has hurt the gangs badly."'
    )
    assert run(text, HARBIN) == [("This inquiry has hurt the gangs badly.", "Tom Harbin")]


def test_a_name_after_a_deputy_title_in_commas_speaks() -> None:
    text = (
        "Police held 28 people. The chief of the DFSB, Acting Deputy Commissioner, Paul Walden, "
        'said: "We have broken the network."'
    )
    assert run(text, WALDEN) == [("We have broken the network.", "Paul Walden")]


def test_it_acting_for_the_organisation_named_before_owns_the_quote() -> None:
    text = (
        'Growth slowed to 2% in May. "Conditions are likely to stay weak next year," the Finance '
        "Ministry said in a statement.\n\n"
        'It blamed "higher fuel costs and soft spending at home that has shown little hint of a '
        'recovery". Not everyone believes the plan will succeed.'
    )
    assert run(text, MINISTRY)[1] == (
        "higher fuel costs and soft spending at home that has shown little hint of a recovery",
        "Finance Ministry",
    )


LOPEZ = Actor("Jose Lopez", "person", None, ("Lopez",))
DIAZ = Actor("Carlos Diaz", "person", None, ("Diaz",))
PRANK = (
    "Jose Lopez has fuelled rumours tying him to a switch from Leeds to Madrid after being "
    "fooled by a radio hoax.\n\n"
    "The {who} believed he was talking to Madrid sporting director Carlos Diaz when he "
    'allegedly called his team-mates "lazy people". "I wish I could play for Madrid," the '
    '21-year-old told Radio Uno. "Hopefully it could happen." The striker joined Leeds in 2004.'
)


def test_an_age_as_speaker_goes_to_the_person_a_nationality_subject_describes() -> None:
    found = run(PRANK.format(who="Spaniard"), LOPEZ, DIAZ)
    assert found == [
        ("I wish I could play for Madrid", "Jose Lopez"),
        ("Hopefully it could happen.", "Jose Lopez"),
    ]


def test_an_age_as_speaker_goes_to_the_person_a_role_subject_describes() -> None:
    found = run(PRANK.format(who="striker"), LOPEZ, DIAZ)
    assert [speaker for _text, speaker in found] == ["Jose Lopez", "Jose Lopez"]


def test_a_name_after_a_named_work_in_commas_is_its_author() -> None:
    olsen = Actor("Maria Olsen", "person", None, ("Olsen",))
    text = (
        "Critics liked it. The author of Dustland, the Quiet Years, Maria Olsen, wrote in her "
        "book: 'Money is the main marker of rank in the town.'"
    )
    assert run(text, olsen) == [("Money is the main marker of rank in the town.", "Maria Olsen")]


def test_a_union_leader_titled_before_the_name_owns_the_quote_after_his_sentence() -> None:
    text = (
        'Ana Ruiz said the changes were "very modest and fair to all". But general secretary of '
        "the public services union Unison Tom Diaz criticised the plans. \"If you want good "
        'public services you do not get them by hitting people near retirement."'
    )
    ruiz = Actor("Ana Ruiz", "person", spans=((0, 8),))
    at = text.index("Tom Diaz")
    diaz = Actor("Tom Diaz", "person", spans=((at, at + 8),))
    assert [speaker for _text, speaker in run(text, ruiz, diaz)] == ["Ana Ruiz", "Tom Diaz"]


def test_a_speech_told_in_a_relative_clause_of_a_report_keeps_the_reporter_speaking() -> None:
    weitz = Actor("Tom Weitz", "person", None, ("Weitz",))
    pullman = Actor("Mark Pullman", "person", None, ("Pullman",))
    text = (
        "Tom Weitz will direct the film. Weitz said he had visited Mark Pullman, who had told "
        'him that the villain could "stand for any power that curbs the freedom of the people". '
        'He added: "I have no wish to change the nature of the villains of the piece."'
    )
    assert [speaker for _text, speaker in run(text, weitz, pullman)] == [
        "Mark Pullman",
        "Tom Weitz",
    ]


def test_a_who_clause_after_a_list_of_names_belongs_to_the_last_name() -> None:
    names = ("Tom Lane", "Ana Ruiz", "Mark Hill", "Lisa Bond", "Carl Dunn")
    cast = [Actor(n, "person", None, (n.split()[-1],)) for n in names]
    text = (
        "The ceremony featured the civil rights leader Tom Lane, a congressman from Ohio, as well "
        "as stars like Ana Ruiz, Mark Hill, Lisa Bond and Carl Dunn, who joked of the hall, "
        "''I haven't visited it yet, but I plan to.''"
    )
    assert run(text, *cast) == [("I haven't visited it yet, but I plan to.", "Carl Dunn")]


def test_the_article_speaks_for_the_paper_named_as_its_owner_before() -> None:
    ruiz = Actor("Ana Ruiz", "person", None, ("Ruiz",))
    post = Actor("Daily Post", "organization")
    text = (
        "Acme sold the mill in 1999. A Daily Post article at the time praised Ana Ruiz for the "
        'deal. "She has turned the firm around in a year," the article read.'
    )
    assert run(text, ruiz, post) == [("She has turned the firm around in a year", "Daily Post")]


def test_an_article_with_no_known_owner_is_not_named_as_the_speaker() -> None:
    text = (
        "Acme sold the mill in 1999. An article at the time praised the deal. "
        '"The firm has turned around in a year," the article read.'
    )
    assert run(text) == [("The firm has turned around in a year", None)]
