"""Quotes run on after a photo caption that lacks its full stop (one long paragraph, as in
CNN/Daily Mail copy): the caption's person does not speak the quote after it."""

from __future__ import annotations

from pathlib import Path

from generator import nlp
from generator.extract.quotes import quotes
from generator.furniture import furniture_spans
from generator.model import Actor, Article

RUIZ = Actor("Ana Ruiz", "person", "chairman", ("Ruiz",))
MARSH = Actor("Leo Marsh", "person", "striker", ("Marsh",))
HALE = Actor("Tom Hale", "person", "union leader", ("Hale",))


def _speakers(text: str, actors: tuple[Actor, ...]) -> dict[str, str | None]:
    article = Article(Path("t.txt"), text, "0", furniture=furniture_spans(text))
    return {q.text[:20]: q.speaker for q in quotes(article, nlp.parse(text), actors)}


def test_caption_subject_does_not_take_a_cueless_quote_after_it() -> None:
    text = (
        "Dunmore Rovers will play without their fans at the cup tie on Saturday. "
        "'We wanted our supporters to travel like everyone else,' Rovers chairman Ana Ruiz "
        "said in a statement. 'We are sorry it could not happen,' she added. Leo Marsh of "
        "Hale Town celebrates after scoring against Dunmore on Friday 'Showing the game at "
        "home would let our fans enjoy the match in some way.' The tie kicks off at 3pm."
    )
    got = _speakers(text, (RUIZ, MARSH))
    assert got["Showing the game at "] == "Ana Ruiz"


def test_pictured_caption_with_its_own_verb_does_not_speak_the_next_quote() -> None:
    text = (
        "The number of families using food banks rose again this year. Minister Ana Ruiz "
        "said: 'We will not take lessons from the people who caused the crisis. 'The best "
        "help for any family is a good job and a fair wage for the work.' Tom Hale, the union "
        "leader, pictured, described the figure as 'shameful' 'Only by sticking to our plan "
        "will more people find work and the security that comes with it.' Charities urged "
        "caution about the numbers."
    )
    got = _speakers(text, (RUIZ, HALE))
    assert got["Only by sticking to "] == "Ana Ruiz"


def test_quote_right_after_a_speech_verb_keeps_its_speaker() -> None:
    text = (
        "Ana Ruiz spoke to reporters after the match at the ground on Friday. Tom Hale said "
        "'We will keep our promise to every family in the town this year.' The club agreed."
    )
    got = _speakers(text, (RUIZ, HALE))
    assert got["We will keep our pro"] == "Tom Hale"


def test_name_run_in_after_a_caption_is_the_subject_a_pronoun_takes() -> None:
    cole = Actor("Dan Cole", "person", "chairman", ("Cole",))
    text = (
        "The open began on a sad note on Wednesday. Tom Hale has pulled out of this year's "
        "event to be with his son Club chairman Dan Cole talked a lot about the future but he "
        "ruled out a second course. 'We have a very short season here of only six months,' "
        "he explained. 'The time we give to the event is already huge.'"
    )
    got = _speakers(text, (HALE, cole))
    assert got["We have a very short"] == "Dan Cole"


def test_speech_going_on_in_new_marks_after_a_pictured_speaker_stays_theirs() -> None:
    text = (
        "The group launched its campaign on Monday to back the senator. Hale, pictured with "
        "the senator in 2010, said: 'She is a tested leader and she has results to point "
        "to' 'Her whole career has brought her to this point and she deserves my support. I am "
        "proud to help lead the effort.' The campaign starts next week."
    )
    got = _speakers(text, (HALE, RUIZ))
    assert got["Her whole career has"] == "Tom Hale"
