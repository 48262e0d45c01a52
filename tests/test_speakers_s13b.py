"""Speakers, second round of session 13 (own sentences): plural bodies stay plural, a caption
run on into a quote does not hide it, verbless colon leads, a subject before an aside, a
reported speech inside another's sentence, a message sent to addressees."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.extract.speakers import Speakers
from generator.furniture import furniture_spans
from generator.model import Actor, Article

RUIZ = Actor("Dana Ruiz", "person", "governor", ("Ruiz",))
LEE = Actor("Tom Lee", "person", None, ("Lee",))
PARTY = Actor("GOP", "organization", None, ())
BOARD = Actor("Marion County Board of Elections", "organization", None, ())


def _speakers(text: str, *actors: Actor) -> list[str | None]:
    article = Article(path=Path("t.txt"), text=text, sha256="0", furniture=furniture_spans(text))
    return [q.speaker for q in quotes(article, nlp.parse(text), actors)]


def test_the_groups_are_not_the_last_body_named() -> None:
    text = (
        "Nine advocacy groups wrote to Ruiz on Monday about the GOP candidate's plan.\n\n"
        "The plan feeds “the angry mood in the state” stirred up by GOP hopefuls, the groups "
        "say."
    )
    assert "GOP" not in _speakers(text, RUIZ, PARTY)


def test_a_caption_run_on_into_a_quote_does_not_hide_it() -> None:
    text = (
        "Mayor Dana Ruiz spent a quiet weekend away from the city hall and the reporters who "
        "follow her everywhere she goes on official business, and the staff who had been told "
        "to stay home for the day did not know where she had gone either. Scroll down for "
        "video Gone walking: Dana Ruiz was seen with her dog on a hill path near the river on "
        "Sunday 'Ruiz left city hall about ten minutes ago on an unplanned trip. Destination "
        "unknown,' tweeted Herald reporter Tom Lee. Staff at first seemed to fear that the "
        "sudden trip was some kind of crisis, but aides soon told them where the mayor had "
        "gone as photos of the walk were posted online. The mayor greeted two children and "
        "took a photo with a fan before starting along the trail. The walk ended as a light "
        "rain began to fall on the hills and the path near the water."
    )
    assert _speakers(text, RUIZ, LEE) == ["Tom Lee"]


def test_a_named_body_firm_in_its_findings_speaks_after_the_colon() -> None:
    text = (
        "Ruiz had questioned the count for weeks.\n\n"
        "As if speaking to her directly, the Marion County Board of Elections was firm in its "
        "findings: “Further talk on this matter is not needed.”"
    )
    assert _speakers(text, RUIZ, BOARD) == ["Marion County Board of Elections"]


def test_a_person_presented_with_here_is_speaks_after_the_colon() -> None:
    from generator.extract.quote_verbless import verbless_speaker

    text = "Here\u2019s Ruiz in December 2004: “Our new path must rest on what the economy asks.”"
    doc = nlp.parse(text)
    sp = Speakers(doc, (RUIZ,), [(text.index("“"), len(text))])
    assert verbless_speaker(sp, text.index("“") + 1, 0) == "Dana Ruiz"
    other = "Here\u2019s Ruiz\u2019s plan for the state: “Our new path must rest on this.”"
    doc = nlp.parse(other)
    sp = Speakers(doc, (RUIZ,), [(other.index("“"), len(other))])
    assert verbless_speaker(sp, other.index("“") + 1, 0) is None


def test_a_message_to_supporters_speaks_for_its_sender() -> None:
    senator = Actor("Tom Lee", "person", "senator", ("Lee",))
    text = (
        "Party elders hoped the talks, which Lee requested, would calm the party and show that "
        "even Lee wants one of their own to win.\n\n"
        "But it was unclear whether Lee would go along with that plan. The Ohio senator "
        "emailed supporters saying: “The fight goes on” and vowing to run in the last contest "
        "next week in the capital."
    )
    assert _speakers(text, senator) == ["Tom Lee"]


def test_a_subject_before_an_aside_and_a_who_clause_speaks() -> None:
    text = (
        "Ruiz has the support of most of the state party.\n\n"
        "Lee, meanwhile, who has no such backing at all, said that gap shows which of "
        "the two is \"ready to take on the party bosses.\""
    )
    assert _speakers(text, RUIZ, LEE) == ["Tom Lee"]


def test_a_speech_reported_inside_anothers_sentence_does_not_go_on() -> None:
    text = (
        "“We are going to keep going and we are going to win,” Ruiz said at her party in "
        "Dayton, an hour after news outlets declared her the winner of the primary. “You will "
        "all be very proud.”"
    )
    assert _speakers(text, RUIZ) == ["Dana Ruiz", "Dana Ruiz"]


def test_a_lowercase_description_tagged_as_a_name_refers_back() -> None:
    text = (
        "Presidential candidate Tom Lee was asked on Sunday about his plans for the border. "
        "The billionaire business mogul told People magazine: \"I will build it and it will be "
        "big and it will be beautiful.\""
    )
    assert _speakers(text, Actor("Tom Lee", "person", "candidate", ("Lee",))) == ["Tom Lee"]
