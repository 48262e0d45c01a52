"""Session 18 (own sentences): a brand driven or owned is a car, not an actor; a place named
once inside a larger one ("in Hollowby in northern Ruritania") is kept, unless it is an item
of a list; a gerund after "of" belongs to a figure's about ("bouts of walking fever"), and an
about is never cut inside a hyphenated word; a place setting a breed ("a Suffolk ewe") is
no actor; a title marked by a party, with a hyphen or a "who" clause, describes the one
named before it, but never the subject who acts on it; "the former secretary of state" is
one description; figures that "ranged from" one "to" another are one span; a given name
the tagger left out before a surname it tags elsewhere joins the name; "the" before a team's
name makes it a body; "who" after a thing ("a video from her son Tom Vesk, who sings:") is
the person named before it; page furniture ("Scroll down for video") is never a figure's
source; a name written with and without accents is one actor; a first-person quote that
names its speaker in the third person is someone else's, unless the cue beside it names him;
a league ("the Bundesliga") is a body."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_focus import _pinned
from generator.extract.actor_given import surname_led_runs
from generator.extract.actor_junk_things import breed
from generator.extract.actor_works_products import driven_vehicle
from generator.extract.actors import actors
from generator.extract.numbers import numbers as numbers_of
from generator.extract.role_later_refs import _description as later_description
from generator.furniture import furniture_spans
from generator.model import Actor, Article
from generator.nlp import parse
from tests.test_actors import by_name, run
from tests.test_numbers_polls import by_value
from tests.test_numbers_polls import run as numbers
from tests.test_speakers import speakers


def _span(doc: Doc, words: str) -> Span:
    at = doc.text.index(words)
    span = doc.char_span(at, at + len(words))
    assert span is not None
    return span


def test_a_brand_after_a_that_is_driven_is_a_car() -> None:
    doc = parse("Tom Bell was banned after he admitted driving a Mercedes C300 with no insurance.")
    assert driven_vehicle(doc, _span(doc, "Mercedes"))
    doc = parse("At 2am he was driving a Mercedes along Hale Street when police stopped him.")
    assert driven_vehicle(doc, _span(doc, "Mercedes"))


def test_a_body_named_in_a_title_after_a_is_no_car() -> None:
    doc = parse("Ana Pell was fined for buying a top Air Force medal from a dealer.")
    assert not driven_vehicle(doc, _span(doc, "Air Force"))


def test_a_place_inside_a_larger_place_is_pinned_down() -> None:
    text = "He was beaten by a crowd of 900 in Korvala in eastern India, Pell said."
    at = text.index("Korvala")
    assert _pinned(parse(text), text, at, at + len("Korvala"), set())


def test_places_listed_each_inside_a_larger_place_are_not_pinned_down() -> None:
    text = "The bank has offices in Dunmere, Korvala in India and Sapno in Nepal since 2001."
    doc = parse(text)
    for name in ("Korvala", "Sapno"):
        at = text.index(name)
        assert not _pinned(doc, text, at, at + len(name), set()), name


def test_a_gerund_after_of_is_part_of_the_about() -> None:
    facts = numbers(
        "Ana Pell said she had fought through three bouts of walking fever in her campaigns. "
        "At least two towns have been the target of flooding already, she said."
    )
    assert "walking fever" in (by_value(facts, 3).about or ""), by_value(facts, 3)
    assert "flooding" in (by_value(facts, 2).about or ""), by_value(facts, 2)


def test_an_about_is_never_cut_inside_a_hyphenated_word() -> None:
    facts = numbers(
        "Zenco said there was a 400% rise in the number of spoofing e-mails sent to its "
        "many loyal customers across the north last year."
    )
    about = by_value(facts, 400).about or ""
    assert not about.endswith((" e", "-")), about


def test_a_place_setting_an_animals_breed_is_a_thing() -> None:
    doc = parse("The farm said its Suffolk cross lamb weighed 20lb, twice the usual weight.")
    assert breed(_span(doc, "Suffolk"))
    doc = parse("A Suffolk ewe gave birth to a huge lamb on the farm.")
    assert breed(_span(doc, "Suffolk"))


def test_a_place_before_a_body_is_no_breed() -> None:
    doc = parse("Farmers said the Suffolk County Council show would go ahead in June.")
    assert not breed(_span(doc, "Suffolk"))


def test_a_marked_hyphenated_title_with_a_who_clause_describes_the_one_named() -> None:
    text = (
        "Ana Pell spoke in Iowa on Monday.\n\n"
        "The papers backed no one and said nothing at all of the Democratic front-runner "
        "who now faces a close contest before the caucus."
    )
    assert by_name(run(text), "Ana Pell").role == "Democratic front-runner"


def test_a_bare_title_with_a_who_clause_says_which_one() -> None:
    text = (
        "Ana Pell spoke in Iowa on Monday.\n\n"
        "The papers backed no one and said nothing at all of the coach who now faces a "
        "close contest before the caucus."
    )
    assert by_name(run(text), "Ana Pell").role is None


def test_a_title_the_subject_mocks_is_not_the_subject_named_before() -> None:
    text = (
        "Tom Vesk won five primaries on Tuesday.\n\n"
        "While celebrating his wins, Vesk mocked the record of the Acme front-runner, and said "
        "she would make a poor leader."
    )
    assert by_name(run(text), "Tom Vesk").role is None


def _token(doc: Doc, word: str) -> Token:
    return next(t for t in doc if t.text == word)


def test_a_title_with_its_bare_of_noun_is_one_description() -> None:
    doc = parse(
        "Ana Pell promised to stop using the phrase.\n\nTom Vesk pressed the former secretary "
        "of state in an online forum to sign his pledge."
    )
    desc = later_description(_token(doc, "secretary"))
    assert desc is not None and desc.text == "former secretary of state", desc


def test_a_title_of_a_named_body_is_no_bare_description() -> None:
    doc = parse("Tom Vesk asked the former chairman of the club if she would sign his pledge.")
    assert later_description(_token(doc, "chairman")) is None


def test_figures_a_verb_says_range_from_one_to_another_are_one_span() -> None:
    facts = numbers("Estimates of the cost ranged from 300 billion euros to 900 billion euros.")
    assert [(f.value, f.text) for f in facts] == [(None, "300 billion euros to 900 billion euros")]


def test_figures_that_rise_from_one_to_another_stay_two() -> None:
    facts = numbers("Sales rose from 200 units to 800 units last year, the firm said.")
    assert [f.value for f in facts] == [200, 800], facts


def _tagged(text: str, *surnames: str) -> Doc:
    """The text parsed, with only these words (each time they stand alone) tagged PERSON."""
    doc = parse(text)
    doc.ents = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text in surnames]
    return doc


def test_a_given_name_left_out_before_a_tagged_surname_joins_it() -> None:
    doc = _tagged(
        "Zurab Kvaratse, the current champion, was expelled. Organisers said Kvaratse had a "
        "phone.",
        "Kvaratse",
    )
    persons = {t.i for e in doc.ents for t in e}
    runs = [doc[s:e].text for s, e in surname_led_runs(doc, persons)]
    assert runs == ["Zurab Kvaratse"], runs


def test_a_title_before_a_surname_is_no_given_name() -> None:
    doc = _tagged(
        "Grand Master Kvaratse, the champion, was expelled. Organisers said Kvaratse had a "
        "phone.",
        "Kvaratse",
    )
    persons = {t.i for e in doc.ents for t in e}
    assert surname_led_runs(doc, persons) == []


def test_a_team_name_after_the_is_a_body_even_when_tagged_a_person() -> None:
    text = (
        "The flanker returned to Wasps after spells with Toulon, Hino Red Rams and Highlanders. "
        "He moved to Tokyo with the Hino Red Rams after the World Cup. Four months with the "
        "Rams followed."
    )
    doc = parse(text)
    team = [t.i for t in doc if t.text in ("Hino", "Red", "Rams")]
    doc.ents = [Span(doc, i, j, label="PERSON") for i, j in _runs(team)]
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    assert by_name(actors(article, doc), "Hino Red Rams").kind == "organization"


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Consecutive token indexes as (start, end) runs."""
    out: list[tuple[int, int]] = []
    for i in indexes:
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def test_who_after_a_thing_is_the_person_named_before_it() -> None:
    vesk = Actor("Tom Vesk", "person", "son", ("Vesk",))
    text = (
        "Ana Pell is 94. She starts each day with a video from her son Tom Vesk, who sings: "
        "'Good morning, mother, the sun is up at last!' to his mother."
    )
    assert speakers(text, vesk) == ["Tom Vesk"]


def test_page_furniture_is_never_a_figures_source() -> None:
    text = (
        "Rats are on the rise in the Midlands, the survey shows. Scroll down for video A poll "
        "showed Lindford to be the worst place for rats Five per cent of residents in "
        "Marsden called in pest control last year, the report said."
    )
    article = Article(
        path=Path("t.txt"), text=text, sha256="0", furniture=furniture_spans(text)
    )
    facts = numbers_of(article, parse(text), ())
    assert all((f.source or "") != "Scroll" for f in facts), facts


def test_a_name_written_with_and_without_accents_is_one_actor() -> None:
    text = (
        "Erik Näslund, 25, said the men had only come to see a show. Erik Naslund and a friend "
        "held the attacker down. Naslund said he was proud of what they did."
    )
    found = [a for a in run(text) if a.kind == "person"]
    assert len(found) == 1 and {"Erik Näslund", "Erik Naslund"} <= {
        found[0].name, *found[0].aliases
    }, found


MILL = Actor("Ed Mill", "person", "Labour leader", ("Mill", "Ed"))


def test_a_first_person_quote_naming_its_speaker_is_not_theirs() -> None:
    text = (
        "Ed Mill unveiled a plan for new homes at the rally on Friday. 'We will build them,' "
        "Mill said. The crowd cheered as the leader announced a fund for first homes 'That's "
        "why I'm voting for them, that's why I back Ed.'"
    )
    assert speakers(text, MILL)[-1] is None


def test_a_speaker_named_beside_the_quote_may_name_himself() -> None:
    text = (
        "Mill spoke in Leeds on Tuesday. \"If you want someone who can win, I think Ed Mill is "
        "that leader,\" Mill said to the crowd."
    )
    assert speakers(text, MILL) == ["Ed Mill"]


def test_a_speaker_named_just_before_his_next_quote_may_name_himself() -> None:
    text = (
        "\u201cThe rules are unfair,\u201d Mill said at a stop this week. \u201cIt is something "
        "I have raised for years. But I am working for you now. I am not working for Mill.\u201d"
    )
    assert speakers(text, MILL) == ["Ed Mill", "Ed Mill"]


def test_a_quote_signed_with_its_speakers_name_is_theirs() -> None:
    text = (
        "Mill has offered to post messages for fans. He said: 'I will post anything for a fee. "
        "Mill' Odd messages have since appeared on his account. One post read: 'Mark my words, "
        "my rival is twice the boxer I ever was. Thats the truth. Mill'"
    )
    assert speakers(text, MILL)[-1] == "Ed Mill"


def test_a_league_is_a_body_not_a_place() -> None:
    text = (
        "Tom Vesk is expected to miss the trip to face Lindford in the Bundesliga on Saturday. "
        "Vesk said he was sorry. Marsden sit fifth in the Bundesliga, three points behind Calder "
        "in the race for a top place."
    )
    found = [a for a in run(text) if a.name == "Bundesliga"]
    assert [a.kind for a in found] == ["organization"], found
