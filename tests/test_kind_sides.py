"""Kinds of names in sports reports and of lone names (sentences written here): a country
or town that stands for its side, a club the tagger read as a person, a surname picked up
by "she", names set beside a noun for people."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_kind_person import person_signs, pronoun_signs
from generator.extract.actor_kind_sport import side_cues, team_only
from tests.test_actors import by_name, run


def _at(doc: object, word: str) -> int:
    return next(t.i for t in doc if t.text == word)  # type: ignore[attr-defined]


def test_country_listed_with_a_side_is_a_side() -> None:
    text = (
        "England beat Italy 31-12 in the Six Nations on Saturday, with two tries from the "
        "fly-half. England coach Ann Dale said the squad had been superb. The title is now "
        "a straight fight between England and Portugal, who have won three of the last four. "
        "Neither England nor Portugal has lost at home this season."
    )
    assert by_name(run(text), "Portugal").kind == "organization"


def test_country_outside_sport_stays_a_place() -> None:
    text = (
        "Wales are expected to see heavy rain this week. Ministers in Wales said roads "
        "between Wales and England could flood, and Portugal's farmers fear a dry summer."
    )
    found = run(text)
    assert by_name(found, "Wales").kind == "place"


def test_side_owns_a_victory_a_few_words_on() -> None:
    doc = nlp.parse("Norway's Davis Cup victory was the highlight of the season.")
    i = _at(doc, "Norway")
    assert side_cues(doc, i, i + 1) == 1


def test_hyphened_set_up_after_a_name_is_a_side() -> None:
    doc = nlp.parse("He has been in the Norway set-up for two years.")
    i = _at(doc, "Norway")
    assert team_only(doc, i, i + 1)


def test_plural_verb_for_a_singular_name_is_a_side() -> None:
    doc = nlp.parse("Castlebury were beaten 2-0 at home on Saturday.")
    i = _at(doc, "Castlebury")
    assert team_only(doc, i, i + 1)
    doc = nlp.parse("Castlebury was beaten by his rival on Saturday.")
    assert not team_only(doc, i, i + 1)


def test_plural_title_before_a_name_is_a_side() -> None:
    doc = nlp.parse("Now quarter-finalists Oporto, coached by a Spaniard, are ready to pay.")
    i = _at(doc, "Oporto")
    assert team_only(doc, i, i + 1)


def test_two_word_club_in_a_match_report_is_an_organization() -> None:
    text = (
        "Bueno has scored 17 goals for Santa Clara this season. The striker moved to Santa "
        "Clara in 2013, and Santa Clara look to beat the leaders in the league on Sunday, "
        "with a 2-0 win the target."
    )
    assert by_name(run(text), "Santa Clara").kind == "organization"


def test_club_read_as_a_person_is_an_organization() -> None:
    text = (
        "Gibbs played for St Albans from 1994-96. St Albans, who are proud of their history, "
        "are rivals of the club. Dale is a former St Albans player. The striker scored a "
        "penalty in the league and the 2-1 win came at home."
    )
    assert by_name(run(text, focused=False), "St Albans").kind == "organization"


def test_she_after_a_lone_surname_makes_a_person() -> None:
    doc = nlp.parse("After a tough first set, Kestrova won in 56 minutes. She now meets a seed.")
    i = _at(doc, "Kestrova")
    assert pronoun_signs(doc, i, i + 1) == 2
    doc = nlp.parse("After a tough year, Kestrova sold the plant. It now makes cars.")
    assert pronoun_signs(doc, i, i + 1) == 0


def test_names_beside_a_plural_noun_for_people_are_people() -> None:
    doc = nlp.parse("Two players, Pero Antara and Thabo Selwyn, were arrested on Tuesday.")
    i = _at(doc, "Selwyn")
    assert person_signs(doc, i - 1, i + 1) == 1
    doc = nlp.parse("The group owns Maserati, Alfa Romeo and Lancia.")
    i = _at(doc, "Lancia")
    assert person_signs(doc, i, i + 1) == 0



def test_initials_can_open_a_persons_name_but_an_acronym_cannot() -> None:
    from generator.extract.actor_kind_names import could_open_a_name as _could_open_a_name

    assert _could_open_a_name("S.") and _could_open_a_name("K.J.")
    assert not _could_open_a_name("HMP") and not _could_open_a_name("Top")
