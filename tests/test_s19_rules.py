"""Session 19 (own sentences): names joined by lowercase particles ("Ursula von der Leyen",
"Sophie in 't Veld") and their short forms; a name in apposition whose parse heads at its
post-nominal letters; a he/she in a clause that opens the sentence is its named subject;
"“…?” Ruiz went on" is a cue; a name opening before the word the parse heads is known to the
pronoun resolver; the subject of a clause seen ("saw Ruiz “interact”") is reported; plain
life descriptions ("a retiree") are roles; "defended her record as X" gives X; a dateline
with a horizontal bar; a kin word before an age and a name; "another Briton" is one person;
"the Television channel X" names no body "Television"; a representative speaks for the
body; "the Old Bailey heard" names a court; "Hale Green, Wexshire," is a place; a site
named after "the video-sharing site"; web platforms are bodies; a body's name run on into a
post before its holder is cut; fairs and dolls are no actors."""

from __future__ import annotations

import datetime
from pathlib import Path

from generator.brief import brief
from generator.extract.actor_particles import particle_names
from generator.extract.speaker_pronouns import Event, cataphor
from generator.furniture import furniture_spans
from generator.model import Actor, Article, Briefing
from generator.nlp import parse
from tests.test_actors import by_name, names, run


def _brief(text: str, date: datetime.date | None = None) -> Briefing:
    article = Article(path=Path("test.txt"), text=text, sha256="0", date=date)
    return brief(article, parse(text))


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _brief(text).quotes]


def test_particle_names_are_whole_and_their_short_forms_are_aliases() -> None:
    text = (
        "Commission chief Ursula von der Leyen met Dutch lawmaker Sophie in 't Veld on Friday. "
        "Later von der Leyen said the talks went well.\n\nIn 't Veld disagreed."
    )
    found = run(text)
    leyen = by_name(found, "Ursula von der Leyen")
    assert "von der Leyen" in leyen.aliases
    veld = by_name(found, "Sophie in 't Veld")
    assert "In 't Veld" in veld.aliases
    assert "Leyen" not in names(found) and "Veld" not in names(found)


def test_a_place_named_after_a_particle_is_no_person() -> None:
    doc = parse("Crowds lined the Tour de France route near Charles de Gaulle Airport.")
    spans = [doc[s:e].text for s, e in particle_names(doc)]
    assert spans == []


def test_the_dutch_t_is_no_opening_quotation_mark() -> None:
    text = "Dutch lawmaker Sophie in 't Veld spoke.\n\n\"It is a risk,\" in 't Veld said."
    assert [q.text for q in _brief(text).quotes] == ["It is a risk"]


def test_a_she_after_a_particle_name_is_that_woman() -> None:
    text = (
        "Dutch lawmaker Sophie in 't Veld spoke first.\n\nIn 't Veld sees parallels with the "
        "rise of the right.\n\n\"I see the same brand of populism,\" she told the paper."
    )
    assert _speakers(text) == [("Sophie in 't Veld", "I see the same brand of populism")]


def test_a_name_in_apposition_headed_at_its_letters_is_the_actor() -> None:
    text = (
        "The judge, Mr Recorder Oliver Brandt QC, told him: \"You took money from nine "
        "people who trusted you.\"\n\nBrandt added: \"It was wrong.\""
    )
    assert [s for s, _ in _speakers(text)] == ["Oliver Brandt", "Oliver Brandt"]
    assert "Recorder Oliver Brandt QC" not in names(_brief(text).actors)


def test_a_he_in_an_opening_clause_is_the_named_subject_after_it() -> None:
    text = "Months after he mocked her online, Victor Hale tells Robin Marsh to move on."
    doc = parse(text)
    hale, marsh = Actor("Victor Hale", "person"), Actor("Robin Marsh", "person")
    history = [Event(text.index("Victor"), hale, True, True), Event(text.index("Robin"), marsh,
                                                                    False, False)]
    he = next(t for t in doc if t.lower_ == "he")
    assert cataphor(he, history, {}) == hale
    assert cataphor(he, history, {"Victor Hale": "f"}) is None  # a he is never a woman


def test_an_opening_clause_he_after_a_running_subject_stays_with_that_subject() -> None:
    text = "Perez talks a lot. When he walks on, Sen. Victor Hale is on deck to speak."
    doc = parse(text)
    perez, hale = Actor("Tom Perez", "person"), Actor("Victor Hale", "person")
    history = [Event(0, perez, True, True), Event(text.index("Victor"), hale, True, False)]
    he = next(t for t in doc if t.lower_ == "he")
    assert cataphor(he, history, {}) is None


def test_went_on_after_a_quotation_is_a_cue() -> None:
    text = (
        "Dina Gray asked about it. \"It can happen at 45,\" Gray said.\n\n"
        "\"You know, it happens, right?\" Victor Lund went on, as if he had not heard her."
    )
    assert _speakers(text)[-1] == ("Victor Lund", "You know, it happens, right?")


def test_the_subject_of_a_clause_someone_saw_is_reported() -> None:
    text = (
        "Adel Farouk, a chemistry teacher and a member of the board, said he never saw Karim "
        "Osei \"interact\" with Dan Albury, the young man who later left for Iraq. He said he "
        "doubts the two were connected in any way.\n\n\"It is just bad fortune,\" he said, "
        "that both men had ties to this small mosque."
    )
    assert _speakers(text) == [("Adel Farouk", "It is just bad fortune")]


def test_plain_life_descriptions_are_roles() -> None:
    text = (
        "\"We are a quiet town,\" said Dennis Walsh, a retiree who worked at the plant. "
        "Tom Hale, a pensioner, agreed."
    )
    found = run(text)
    assert by_name(found, "Dennis Walsh").role == "retiree"
    assert by_name(found, "Tom Hale").role == "pensioner"


def test_her_own_record_as_a_post_is_her_role_but_not_someone_elses() -> None:
    text = (
        "In her statement, Helen Carter defended her record as state treasurer. "
        "Later, David Ruiz attacked her record as state treasurer."
    )
    found = run(text)
    assert by_name(found, "Helen Carter").role == "state treasurer"
    assert by_name(found, "David Ruiz").role is None


def test_a_dateline_with_a_horizontal_bar_is_furniture() -> None:
    text = "PHILADELPHIA \u2015 Ana Ruiz and Tom Hale spoke at the convention on Wednesday."
    assert furniture_spans(text) == ((0, len("PHILADELPHIA \u2015 ")),)


def test_a_kin_word_then_an_age_then_a_single_name_is_a_person() -> None:
    text = "The gunman killed nine people, including Rivers' son,  26-year-old Tyrell."
    tyrell = by_name(run(text), "Tyrell")
    assert tyrell.kind == "person" and tyrell.role == "Rivers' son"


def test_another_member_of_a_people_is_one_person_not_a_body() -> None:
    text = "Another Muslim who prays at the mosque said the town was calm."
    assert "Muslim" not in names(run(text))


def test_a_capitalised_kind_of_body_before_its_noun_is_no_actor() -> None:
    text = "He also lost his job as a contributor to the Television channel ZX9 on Monday."
    found = run(text)
    assert "Television" not in names(found) and "ZX9" in names(found)


def test_a_representative_speaks_for_the_body() -> None:
    text = (
        "Dale Fenn lost his post at ZX9 on Monday.\n\n\"He is on leave from the station,\" "
        "a ZX9 representative said."
    )
    assert _speakers(text) == [("ZX9", "He is on leave from the station")]


def test_a_name_that_heard_the_case_is_a_court() -> None:
    text = "Glenn Moss, 56, stole from nine pensioners near his branch, the Old Bailey heard."
    court = by_name(run(text), "Old Bailey")
    assert court.kind == "organization"


def test_the_tail_of_an_address_is_a_place() -> None:
    text = (
        "Glenn Moss lived near his branch in Croydon, Wexshire, the court heard. His "
        "colleague, of Court Road, Orpington, Wexshire, was cleared."
    )
    assert by_name(run(text), "Wexshire").kind == "place"


def test_a_site_named_after_its_noun_is_a_body() -> None:
    text = (
        "A skater lost his balance on a steep slope in Santa Monica and fell headfirst onto the "
        "concrete. His friends rushed over to help him up as he lay on the ground. Blood was "
        "seen pouring from his face as they checked the damage. The cameraman afterwards posted "
        "on the clip-sharing site ClipFlare that the wound needed seven stitches."
    )
    assert by_name(run(text), "ClipFlare").kind == "organization"


def test_a_web_platform_is_a_body_not_a_place() -> None:
    text = "A young mother on Reddit has posted pictures of her garden."
    assert by_name(run(text), "Reddit").kind == "organization"


def test_a_body_run_on_into_a_post_before_its_holder_is_cut() -> None:
    text = (
        "'It is a classic,' said Tillmart Chief Buying & Brand Officer and Deputy CEO, "
        "Daniel Brook.\n\nTillmart will sell the toys."
    )
    found = names(run(text))
    assert "Tillmart" in found
    assert not any(n.startswith("Tillmart Chief") for n in found)


def test_a_fair_and_a_doll_are_no_actors() -> None:
    text = (
        "The first Cindy Doll goes on sale again. It made its debut at the Leeds Toy Fair "
        "that spring, said Ana Ruiz of Tillmart."
    )
    found = names(run(text))
    assert "Cindy Doll" not in found and "Leeds Toy Fair" not in found


def test_a_description_before_a_name_goes_only_to_a_subject_named_next() -> None:
    text = (
        "The researchers, headed by a Stanford Law School scholar, built their ranking on "
        "health. The same idea has driven Ronald Vance to order new measures."
    )
    assert by_name(run(text), "Ronald Vance").role is None


def test_whose_kin_names_the_owner() -> None:
    text = "\"I would not have made it,\" said Travis Holt, whose wife, Kira Lane, is a member."
    assert by_name(run(text), "Kira Lane").role == "Holt's wife"


def test_a_title_word_qualifying_a_thing_is_no_role() -> None:
    text = (
        "Natalia Brook grew up in Perth.\n\nBacked as ever by her loyal fan base, "
        "Ms Brook will attend the awards in April."
    )
    assert by_name(run(text), "Natalia Brook").role is None


def test_a_title_after_as_belongs_to_the_subject_not_the_next_name() -> None:
    text = (
        "Paul Dent lost his job as the Wexshire and Dale Board's managing director "
        "Alan Crewe (Age 52) is also in the frame."
    )
    assert by_name(run(text), "Alan Crewe").role is None


def test_such_as_keeps_the_title_with_the_name() -> None:
    text = "Leaders such as the Labour leader Ed Mallory spoke on Monday."
    assert by_name(run(text), "Ed Mallory").role == "Labour leader"


def test_as_well_as_opens_no_apposition() -> None:
    text = "Jo Hale, as well as the party chairman Tom Reed, left the hall early."
    found = run(text)
    assert by_name(found, "Jo Hale").role is None
    assert by_name(found, "Tom Reed").role == "party chairman"


def test_a_telescope_is_no_actor() -> None:
    text = "Scientists using NASA's Kepler Space Telescope found water, NASA said."
    assert "Kepler Space Telescope" not in names(run(text))


def test_a_number_glued_to_a_plural_title_stays_in_the_role() -> None:
    text = (
        "Doyle must now decide on six first-team players at Dunmore — Manuel "
        "Pascoli, Craig Slaten and Mark O'Hare — whose deals run out in May."
    )
    assert by_name(run(text), "Manuel Pascoli").role == "first-team player at Dunmore"


def test_a_capitalised_preposition_opens_no_name() -> None:
    text = "Near Fort Carson, troopers answered a string of morning pile-ups on the highway."
    found = names(run(text))
    assert not any(n.startswith("Near") for n in found)


def test_a_closing_mark_after_a_plural_before_for_ends_the_quote() -> None:
    text = (
        "In court, prosecutors said she wed men from states seen as 'red flags' for border "
        "officials, the court heard. At one time she had eight husbands at once."
    )
    assert _brief(text).quotes == ()


def test_someone_elses_title_before_a_comma_is_not_the_next_names_role() -> None:
    text = (
        "Hale barely mentioned Senator Ann Roe of Ohio, Mr. Trask's toughest remaining "
        "foe, and spoke of her only once."
    )
    assert by_name(run(text), "Trask").role is None


def test_a_title_word_inside_a_bodys_name_gives_no_role() -> None:
    text = (
        "Speaking to guests at the Ohio State Democratic Party\u2019s yearly dinner "
        "Friday, Trask praised the parks of Dayton.\n\nDemocratic "
        "front-runner Ned Trask spoke again later."
    )
    assert by_name(run(text), "Ned Trask").role == "Democratic front-runner"


def test_a_ministrys_portfolios_are_one_body() -> None:
    text = (
        "A spokeswoman for the Department for Heritage, Arts and Leisure denied the report. "
        "The Department for Health and Skills later agreed."
    )
    found = names(run(text))
    assert "Department for Heritage, Arts and Leisure" in found
    assert "Department for Health and Skills" in found
    assert "Arts" not in found and "Skills" not in found


def test_fort_opens_a_places_name() -> None:
    text = (
        "Soldiers at Fort Dunmore were told to stay inside. Fort Dunmore said the roads were "
        "closed, and Fort Dunmore will reopen on Monday."
    )
    assert by_name(run(text), "Fort Dunmore").kind == "place"


def test_schoolboy_before_a_name_is_a_title_not_part_of_it() -> None:
    text = "Schoolboy Frankie Marsh, 11, scored a stunning goal on Sunday."
    marsh = by_name(run(text), "Frankie Marsh")
    assert marsh.role == "Schoolboy"


def test_a_shorter_form_used_more_often_is_not_the_canonical_name() -> None:
    text = (
        "Tory benefits chief Iain Duncan Perry questioned the numbers. Later, Duncan Perry "
        "said the figures were unverified. Mr Duncan Perry added that work pays."
    )
    assert "Iain Duncan Perry" in names(run(text))

