"""Kinds and junk, session 9 (sentences written here): characters an actor plays or voices,
a name used as a type, what people worked on, works after a revue or a show's name, and the
kind of a name after "film-maker", an age, initials or "club"."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_characters import played_part, used_as_type, worked_on
from generator.extract.actor_kind_compounds import aged_before, hyphened_title, initials_first
from tests.test_actors import by_name, names, run


def _root(doc: object, word: str) -> object:
    return next(t for t in doc if t.text == word)  # type: ignore[attr-defined]


def test_a_played_or_voiced_part_is_no_actor() -> None:
    text = (
        "Filming begins in June. Mark Delaney will play Tobias Wrenfield, who is on the run. "
        "Delaney said the script was the best he had read. Ann Corrie will voice Mirabel, who "
        "teams up with a girl. Corrie is delighted."
    )
    found = names(run(text))
    assert "Mark Delaney" in found and "Ann Corrie" in found
    assert not any("Wrenfield" in n or "Mirabel" in n for n in found)


def test_play_in_a_match_report_keeps_the_player() -> None:
    doc = nlp.parse(
        "Holt will play Tom Varga in the semi-final after his 6-4 win. The striker scored "
        "two goals. The coach praised the squad."
    )
    assert not played_part(doc, _root(doc, "Varga"))
    doc = nlp.parse("Holt will play Tom Varga in the new comedy.")
    assert played_part(doc, _root(doc, "Varga"))


def test_the_actor_who_voices_a_part() -> None:
    doc = nlp.parse("The actor who will voice Barnaby the goat has yet to be named.")
    assert played_part(doc, _root(doc, "Barnaby"))
    doc = nlp.parse("The company will voice Barnaby Lane's concerns to the board.")
    assert not played_part(doc, _root(doc, "Lane"))


def test_a_name_used_as_a_type() -> None:
    doc = nlp.parse("Its hero is a professor likened to a modern Sherlock Vane, a sleuth.")
    i = _root(doc, "Sherlock").i  # type: ignore[attr-defined]
    assert used_as_type(doc, i, i + 2)
    doc = nlp.parse("He met a Sherlock Vane fan in the shop.")
    i = _root(doc, "Sherlock").i  # type: ignore[attr-defined]
    assert not used_as_type(doc, i, i + 2)


def test_what_people_worked_on_is_a_work() -> None:
    doc = nlp.parse("They worked together, along with producer Amy Holt, on Riptide and Moonfall.")
    assert worked_on(_root(doc, "Riptide"))
    doc = nlp.parse("She worked on Wall Street for a decade.")
    assert not worked_on(_root(doc, "Street"))


def test_a_revue_a_pantomime_and_a_show_named_after_the_are_works() -> None:
    text = (
        "He first appeared on screen in 1938, reciting poems, appearing in a revue, Tip-Top, "
        "and playing a king in the first televised pantomime, Jack Harrowgate. Barlow said "
        "comedy kept him young."
    )
    assert names(run(text)) == ["Barlow"]
    text = (
        "He was a regular on a spoof edition of radio quiz show The Thinkers Trust. "
        "Barlow said comedy kept him young."
    )
    assert names(run(text)) == ["Barlow"]


def test_a_hyphenated_title_or_an_age_before_a_name_makes_a_person() -> None:
    doc = nlp.parse("The film will be directed by comedy film-maker Gary Wenlock next year.")
    assert hyphened_title(doc, _root(doc, "Gary").i)  # type: ignore[attr-defined]
    doc = nlp.parse("The deal was struck by car-maker Velmont last year.")
    assert not hyphened_title(doc, _root(doc, "Velmont").i)  # type: ignore[attr-defined]
    doc = nlp.parse("Ten-year-old Dakota Fenwright will play the girl.")
    assert aged_before(doc, _root(doc, "Dakota").i)  # type: ignore[attr-defined]
    text = (
        "Ten-year-old Dakota Fenwright will star in the movie, to be directed by 20 Going on 50 "
        "film-maker Gary Wenlock. Filming begins in May."
    )
    found = run(text)
    assert by_name(found, "Gary Wenlock").kind == "person"
    assert by_name(found, "Dakota Fenwright").kind == "person"


def test_initials_open_a_persons_name() -> None:
    assert initials_first("EB Whitcombe")
    assert not initials_first("UK Coal")
    assert not initials_first("BT Group")
    text = "EB Whitcombe published the tale in 1952."
    assert by_name(run(text), "EB Whitcombe").kind == "person"


def test_a_described_person_is_no_type() -> None:
    doc = nlp.parse("A nervous Linda Vorne was back at the course on Friday.")
    i = _root(doc, "Linda").i  # type: ignore[attr-defined]
    assert not used_as_type(doc, i, i + 2)


def test_who_voices_or_plays_a_part_is_a_person() -> None:
    text = "Roberts will voice the spider in the story, published in 1952."
    assert by_name(run(text), "Roberts").kind == "person"


def test_a_likened_type_is_no_actor() -> None:
    text = (
        "The hero is a Yale scholar likened to a modern-day Buck Harlan, who also starred in "
        "the first novel. Producer Tom Vale said the film would open in May."
    )
    found = names(run(text))
    assert "Tom Vale" in found
    assert "Buck Harlan" not in found


def test_an_acronym_spelt_out_in_lowercase_is_no_actor_anywhere() -> None:
    text = (
        "The report ranked Britain third for use of digital information technology (DIT). "
        "Firms brought DIT into their plans, and DIT spending rose. The Global Readiness "
        "Study was based on 8,000 interviews."
    )
    found = names(run(text))
    assert "DIT" not in found
    assert not any("Study" in n for n in found)


def test_what_a_pair_worked_on_is_no_actor() -> None:
    text = (
        "Director Ann Lee has cast Tom Vale in her new film. The pair previously worked "
        "together on Riptide and Moonfall. Vale said he was thrilled."
    )
    assert names(run(text)) == ["Tom Vale", "Ann Lee"]


def test_the_x_club_with_a_place_label_is_a_body() -> None:
    text = "He arrived at the Ponte da Serra club with great prestige, which he soon lost."
    assert by_name(run(text), "Ponte da Serra").kind == "organization"


def test_a_hyphenated_body_noun_still_makes_a_body() -> None:
    text = "The plant was sold last year to car-maker Velmont for £40m."
    assert by_name(run(text), "Velmont").kind == "organization"


def test_a_country_playing_a_role_is_no_actor_playing_a_part() -> None:
    from generator.extract.actor_characters import plays_a_part

    doc = nlp.parse("The Veltrian Republic will play a key role in the talks.")
    assert not plays_a_part(doc, _root(doc, "Republic"))
    doc = nlp.parse("Anna Kell will voice the spider.")
    assert plays_a_part(doc, _root(doc, "Kell"))


def test_voicing_a_view_is_no_part() -> None:
    from generator.extract.actor_characters import plays_a_part

    doc = nlp.parse("Washington has also voiced concern about the deal.")
    assert not plays_a_part(doc, _root(doc, "Washington"))
    doc = nlp.parse("Bellmore voiced their support for the plan.")
    assert not plays_a_part(doc, _root(doc, "Bellmore"))
