"""Session 20 (own sentences): a caption that runs into the story ends where a name with a
lowercase aside starts speaking; "promoter" is a title; a show before "star" is no actor
outside sport; a name after a kin word is a person; a numbered heading in capitals is no
figure; "“…,” X fired back" is a cue; a short whole reply with its cue is a quote; a poll
tail after a comma, "call her competent" and "a fine for misleading" say what a figure is
about; a name's figure after its possessive and a figure before "more than" are counted
like the figure before them; "two f---ing" is no temperature; an email sent from someone
speaks for them; "It also states … It reads:" goes back to the report; "the President"
is the actor with that title; "a speech by X, when he said" is X; an institution's name
split by the tagger is one body."""

from __future__ import annotations

import datetime
from pathlib import Path

from generator.brief import brief
from generator.extract.actor_institutions import institution_runs
from generator.extract.actor_spans import extend_org
from generator.extract.role_words import is_title
from generator.furniture import furniture_spans
from generator.model import Article, Briefing, NumberFact
from generator.nlp import parse
from tests.test_actors import by_name, names, run


def _brief(text: str, date: datetime.date | None = None) -> Briefing:
    spans = furniture_spans(text)
    article = Article(path=Path("test.txt"), text=text, sha256="0", date=date, furniture=spans)
    return brief(article, parse(text))


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _brief(text).quotes]


def _number(text: str, value: float) -> NumberFact:
    return next(n for n in _brief(text).numbers if n.value == value)


def test_a_caption_ends_where_a_name_with_an_aside_starts_to_speak() -> None:
    text = (
        "The town's rulers like to boast of plenty, and their posters promise full shops. "
        "Queues formed again at dawn in the old town all the same. Scroll down for video "
        "Waiting: Hundreds of families queue for bread outside the market in Velmora Bleak: "
        "In scenes rarely seen here, the square is full of tents and cold stoves Ana Ruiz one "
        "of the charity's organisers, wrote the note: 'We are running out of flour. Please "
        "send help.' For those who still have a home, she paints a grim picture of long "
        "nights without light or heat. The charity says the power fails for most of the day "
        "and that water comes by truck twice a week. Its volunteers hand out blankets and "
        "soup from a church hall near the river, and they say the numbers grow each week. "
        "Officials in the capital have not answered questions about the shortages. A "
        "spokesman for the governor said only that supplies were on their way."
    )
    spans = furniture_spans(text)
    assert spans and all(end <= text.index("Ana Ruiz") for _, end in spans)
    assert "Ana Ruiz" in [a.name for a in _brief(text).actors]


def test_promoter_is_a_title() -> None:
    text = (
        "Kid Marlo's promoter Tom Reddle has said the contract is still not signed. "
        "Reddle told reporters the fight could move."
    )
    role = by_name(run(text), "Tom Reddle").role
    assert role is not None and "promoter" in role


def test_a_show_before_star_is_no_actor_outside_sport() -> None:
    text = (
        "The actress asked her husband about rumours he was close to Blue Lines star Jane Pell "
        "in 2010. Tom Pell said nothing."
    )
    found = names(run(text))
    assert "Jane Pell" in found and "Blue Lines" not in found


def test_a_name_after_a_kin_word_is_a_person() -> None:
    text = (
        "Tom Pell has a daughter Sophie by his second wife Kate Lowe, whom he married in 1995. "
        "His first wife is Dana Fry."
    )
    assert by_name(run(text), "Sophie").kind == "person"


def test_a_numbered_heading_in_capitals_is_no_figure() -> None:
    text = (
        "The coach looked back on a long career 1. THE FIRST TITLE He lifted his first trophy "
        "with 14 players. 2. A LATE COMEBACK He returned to the side after three years away."
    )
    values = [n.value for n in _brief(text).numbers]
    assert 1 not in values and 2 not in values
    assert 14 in values and 3 in values


def test_fired_back_after_the_quote_is_a_cue() -> None:
    text = (
        "\"I will not stay quiet,\" Lena Voss told the court. Circuit Judge Omar Reyes "
        "interjected, pointing out that the hearing was about bail. "
        "\"Yes, I know that,\" Voss fired back."
    )
    assert [s for s, _ in _speakers(text)] == ["Lena Voss", "Lena Voss"]


def test_a_short_whole_reply_with_its_cue_is_a_quote() -> None:
    text = (
        "Dan Pryor was brought back into the courtroom an hour later. When asked again by the "
        "judge whether he wanted a lawyer, his answer was calm. \"Yes, madam,\" he said."
    )
    assert ("Dan Pryor", "Yes, madam") in _speakers(text)


def test_the_opening_word_of_a_split_quote_is_no_quote() -> None:
    text = (
        "Dan Pryor spoke after the vote. \"But,\" he added, \"the hard part starts now and we "
        "know it.\""
    )
    assert [t for _, t in _speakers(text)] == ["the hard part starts now and we know it."]


def test_a_poll_tail_after_a_comma_reads_the_clause_before_it() -> None:
    text = (
        "Ruiz now looks more likely to be judged fairly honest than she did in October, "
        "61 percent to 52 percent."
    )
    assert "honest" in (_number(text, 61).about or "")
    assert "honest" in (_number(text, 52).about or "")


def test_an_object_predicate_says_what_a_share_thinks() -> None:
    text = "And 61 percent call her competent, after 50 percent said so in May."
    assert "competent" in (_number(text, 61).about or "")


def test_a_gerund_after_for_says_what_a_penalty_is_for() -> None:
    text = (
        "Acme said on Monday it would appeal. "
        "The firm paid a $3m penalty for misleading its customers."
    )
    assert "misleading" in (_number(text, 3000000).about or "")


def test_a_names_figure_after_its_possessive_counts_like_the_first() -> None:
    text = (
        "Lee has won 412 pledged delegates so far, compared to Ann Roe's 301 and Ohio Senator "
        "Bo Hart's 97, according to a party tally."
    )
    roe, hart = _number(text, 301), _number(text, 97)
    assert roe.unit == "delegates" and "Roe" in (roe.about or "")
    assert hart.unit == "delegates" and "Hart" in (hart.about or "")


def test_a_figure_before_more_than_counts_like_the_first() -> None:
    text = "Lee has won 9.2 million votes, which is 1.4 million more than Roe has received."
    assert _number(text, 1400000).unit == "votes"


def test_a_spelled_number_before_a_lowercase_f_is_no_temperature() -> None:
    text = "He said they only wanted to pick up two f---ing seats in the west."
    units = [n.unit or "" for n in _brief(text).numbers]
    assert not any("Fahrenheit" in u for u in units)


def test_an_email_sent_from_someone_speaks_for_them() -> None:
    text = (
        "According to the Daily Clarion, an email was sent from the league's chief executive, "
        "Mara Lund, to all members. The email said, \"We will close the office at the end of "
        "the month and stop the fees.\""
    )
    found = _brief(text)
    assert [q.speaker for q in found.quotes] == ["Mara Lund"]
    role = by_name(list(found.actors), "Mara Lund").role
    assert role is not None and "chief executive" in role


def test_it_states_chains_back_to_the_report() -> None:
    text = (
        "The report, prepared by the Office of Fiscal Review, says costs will rise. "
        "It also states that the plan depends on growth and on the Central Bank. "
        "It reads: 'A large share of the savings relies on the new tax being collected on time.'"
    )
    assert [s for s, _ in _speakers(text)] == ["Office of Fiscal Review"]


def test_the_president_is_the_actor_with_that_title() -> None:
    text = (
        "US President Carl Ambers met Prime Minister Dana Holt in March. When Holt visited "
        "Washington, she insisted the President had said the alliance was 'stronger than it "
        "has ever been'."
    )
    assert _speakers(text) == [("Carl Ambers", "stronger than it has ever been")]


def test_a_speech_by_someone_when_he_said_is_his() -> None:
    text = (
        "Prime Minister Tom Hale visited the capital in May. The phrase was first used in a "
        "1951 speech by Arthur Penrose, when he said it was his 'firmest belief that the two "
        "nations must stand together or fall apart'."
    )
    assert [s for s, _ in _speakers(text)] == ["Arthur Penrose"]


def test_an_institution_split_by_the_tagger_is_one_body() -> None:
    doc = parse("They married at the University of Ohio M.D. Fairlane Cancer Center on Friday.")
    start = next(t.i for t in doc if t.text == "University")
    center = next(t.i for t in doc if t.text == "Center")
    spans = [
        (start, start + 3, "ORG"), (start + 3, start + 4, "GPE"), (start + 4, center + 1, "PERSON")
    ]
    assert institution_runs(doc, spans) == [(start, center + 1, "ORG")]


def test_a_possessive_keeps_two_bodies_apart() -> None:
    doc = parse("She works at Ohio University's Fairlane Center for Justice.")
    start = next(t.i for t in doc if t.text == "Ohio")
    center = next(t.i for t in doc if t.text == "Center")
    spans = [(start, start + 3, "ORG"), (start + 3, center + 1, "PERSON")]
    assert institution_runs(doc, spans) == spans


def test_a_website_named_by_its_address_is_a_body() -> None:
    text = (
        "The listing first appeared on an auction website, GunDepot.com, which took it down on "
        "Friday. It now sits on a second website, ArmsHub.com. Dale Price said he was pleased."
    )
    found = run(text)
    assert by_name(found, "GunDepot.com").kind == "organization"
    assert by_name(found, "ArmsHub.com").kind == "organization"


def test_a_news_update_line_is_article_text_and_a_note_about_the_article_is_not() -> None:
    text = (
        "Gun Sale Halted.\n\nUPDATE: 5/14 — GunDepot.com has taken the listing down.\n"
        "Dale Price is selling the pistol, his lawyer said.\n"
        "UPDATE: This story has been updated with a comment from the lawyer."
    )
    spans = [text[s:e] for s, e in furniture_spans(text)]
    assert spans == ["UPDATE: This story has been updated with a comment from the lawyer."]


def test_a_place_called_so_outright_is_kept_and_is_a_place() -> None:
    text = (
        "The remains were found in a box near a dig in the city of Velmora. The box is thought "
        "to have come from the site known as Tor Tor, an old capital. Police chief Dale Price "
        "said the case was open."
    )
    found = run(text)
    assert by_name(found, "Tor Tor").kind == "place"
    assert by_name(found, "Velmora").kind == "place"


def test_a_name_used_as_a_type_after_an_adjective_is_no_actor() -> None:
    text = (
        "Because the party never settled what it is, its nominee is a political Golem made of "
        "the worst parts. Dale Price said so."
    )
    assert "Golem" not in names(run(text))


def test_a_verb_after_a_modal_is_no_title() -> None:
    text = (
        "What worries his rivals is that Price will shepherd Hale's bill through the Senate. "
        "Hale said he was confident."
    )
    assert by_name(run(text), "Hale").role is None


def test_of_n_total_counts_the_noun_before_the_aside() -> None:
    text = "Only a handful of Senate Democrats, of 46 total, even agreed to meet the nominee."
    assert _number(text, 46).about == "Senate Democrats in total"


def test_the_boy_who_said_his_name_was_x_asks_the_question() -> None:
    text = (
        "Dale Price took questions in Ohio. “Why is the sky so dark?” asked the boy in the red "
        "cap, who then said his name was Milo, as the crowd laughed. “Milo, that is a good "
        "question,” Price said."
    )
    found = _brief(text)
    assert [q.speaker for q in found.quotes] == ["Milo", "Dale Price"]
    assert by_name(list(found.actors), "Milo").kind == "person"


def test_a_quantifier_after_a_name_opens_a_new_clause_not_a_role() -> None:
    text = (
        "Voters are evenly split in their opinions of Ana Ruiz, more than half have a poor view "
        "of Tom Hale. Ruiz said she would not quit."
    )
    assert by_name(run(text), "Ana Ruiz").role is None


def test_the_only_candidate_is_no_post() -> None:
    text = (
        "Ana Ruiz is the only contender left whom most voters call honest. "
        "She said she was proud."
    )
    assert by_name(run(text), "Ana Ruiz").role is None


def test_a_resident_named_only_as_x_is_that_person_and_speaks() -> None:
    text = (
        "Queues grew in the city. One resident, named only as Karim, told the group how "
        "families had fled. He said: 'The fighters punish anyone who speaks and many people "
        "have left.'"
    )
    found = _brief(text)
    karim = by_name(list(found.actors), "Karim")
    assert karim.kind == "person" and karim.role == "resident"
    assert [q.speaker for q in found.quotes] == ["Karim"]


def test_a_title_written_solid_after_a_prefix_is_a_role() -> None:
    text = (
        "Nearly a tenth of them voted for Ed Marlow, a neurosurgeon who has never held office. "
        "Marlow said he was pleased."
    )
    assert by_name(run(text), "Ed Marlow").role == "neurosurgeon"


def test_everyone_else_is_what_the_rest_of_a_share_counts() -> None:
    text = (
        "Roe, Lee and Hale won 61 percent of the vote between them. "
        "Everyone else shared 39 percent."
    )
    assert "Everyone else" in (_number(text, 39).about or "")


def test_a_lone_letter_line_is_furniture() -> None:
    text = "Hale Finishes Third.\n\nHale finished third on Monday night.\nX.\nHe said he was happy."
    assert [text[s:e] for s, e in furniture_spans(text)] == ["X."]


def test_a_names_figure_in_brackets_is_about_that_name() -> None:
    text = "Her 2,210 (to Lee's 1,790) are a majority of the 4,000, even before the last vote."
    assert _number(text, 1790).about == "Lee"


def test_a_description_after_a_participle_is_not_the_subjects() -> None:
    text = (
        "Dana Hart has questioned the story. Ana Ruiz, who is battling Hale for the top spot "
        "in many polls, has seized on the attacks on Hale, telling ABC's Morning Hour that "
        "something \"very strange is happening\" with the retired surgeon."
    )
    assert by_name(run(text), "Ana Ruiz").role is None


def test_a_tournament_is_no_body() -> None:
    text = (
        "Rafa Ruiz beat Tom Hale on Sunday to win the Velmora Masters, his third title. "
        "Ruiz will now play the Costa Open. Hale said he was tired."
    )
    found = names(run(text))
    assert "Velmora Masters" not in found and "Costa Open" not in found


def test_on_sunday_belongs_only_to_a_sunday_papers_name() -> None:
    doc = parse("He won the Velmora Masters on Sunday, the Daily Mail on Sunday said.")
    masters = next(t.i for t in doc if t.text == "Velmora")
    mail = next(t.i for t in doc if t.text == "Daily")
    assert extend_org(doc, masters, masters + 2, set()) == masters + 2
    assert extend_org(doc, mail, mail + 2, set()) == mail + 4


def test_a_model_before_a_calibre_and_a_gun_is_no_body() -> None:
    text = (
        "Zimmer wrote in the auction listing of the Dur-Tec PF-9 9mm handgun that the gun was "
        "historic. Zimmer said he needed the money."
    )
    assert "Dur-Tec PF-9" not in names(run(text))


def test_only_person_titles_count_when_written_solid() -> None:
    doc = parse("The neurosurgeon met a subcontractor and a loudspeaker maker.")
    words = {t.text: is_title(t) for t in doc}
    assert words["neurosurgeon"] and not words["subcontractor"] and not words["loudspeaker"]
