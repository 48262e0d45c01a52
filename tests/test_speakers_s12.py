"""Session 12 speaker rules: a service rank split at its abbreviation point names the person
after it (own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

RUIZ = Actor("Ana Ruiz", "person", None, ("Ruiz",))
COLE = Actor("Ben Cole", "person", None, ("Cole",))
NAVY = Actor("Navy Capt", "organization", None, ())  # the run the actor finder may keep


def test_rank_before_the_name_is_not_the_speaker() -> None:
    text = (
        "Several soldiers at the base spoke about the vote. "
        "“Nobody running this year knows what we do all day,” said Navy Capt. Ana Ruiz, who "
        "has served for twenty years."
    )
    assert speakers(text, NAVY, RUIZ) == ["Ana Ruiz"]


def test_service_ordinal_and_rank_before_the_name() -> None:
    text = (
        "Several soldiers at the base spoke about the vote. "
        "“I wish somebody new had joined the race last year,” said Army 1st Sgt. Ben Cole. "
        "“Maybe next time things will be different.”"
    )
    assert speakers(text, COLE) == ["Ben Cole", "Ben Cole"]


def test_rank_run_reaches_only_a_name_after_the_point() -> None:
    from generator import nlp
    from generator.extract.speaker_ranks import rank_run_person
    from generator.extract.speakers import Speakers

    doc = nlp.parse("The statement was read by Army Capt. Ana Ruiz on Monday.")
    sp = Speakers(doc, (NAVY, RUIZ), [])
    capt = next(t for t in doc if t.text == "Capt.")
    assert rank_run_person(sp, capt) == "Ana Ruiz"
    doc = nlp.parse("The statement was read by the Army, Ana Ruiz said on Monday.")
    sp = Speakers(doc, (RUIZ,), [])
    army = next(t for t in doc if t.text == "Army")
    assert rank_run_person(sp, army) is None


def test_one_of_a_group_named_in_apposition_speaks() -> None:
    text = (
        "The two runners were due to hear the ruling this week, but new papers delayed it. "
        '"We expect to hear something by the end of next month," said one of their advisers, '
        "Ben Cole. The ruling could end both careers."
    )
    assert speakers(text, RUIZ, COLE) == ["Ben Cole"]


def test_subject_of_a_that_clause_after_a_noun_is_not_the_he() -> None:
    text = (
        "Ben Cole answered on Monday to rumours that Tom Ruiz wanted to back his rival. "
        "“Nothing about this surprises me at all, and the voters will remember it,” he said."
    )
    tom = Actor("Tom Ruiz", "person", None, ("Ruiz",))
    assert speakers(text, COLE, tom) == ["Ben Cole"]


def test_he_after_a_long_quotation_reaches_the_sentence_before_it() -> None:
    text = (
        "Tom Ruiz met the board on Monday. “We will look at every option,” he said. "
        "Ben Cole has long opposed the plan.\n\n"
        "“It was never going to work. Nobody asked the people who live here. Now they pay for "
        "it. It is a scandal,” he said at a meeting on Tuesday."
    )
    tom = Actor("Tom Ruiz", "person", None, ("Ruiz",))
    assert speakers(text, COLE, tom) == ["Tom Ruiz", "Ben Cole"]


def test_colon_after_a_named_subject_gives_the_quote_to_that_person() -> None:
    text = (
        "The council lost the files last spring.\n\n"
        "Ben Cole has since apologised for the loss: “I should have kept a second copy. "
        "That was my mistake.”"
    )
    assert speakers(text, COLE) == ["Ben Cole"]


def test_colon_after_words_the_subject_came_across_names_no_one() -> None:
    from generator import nlp
    from generator.extract.quote_lead import colon_subject
    from generator.extract.speakers import Speakers

    for lead in ("Ben Cole found a note on his desk", "Ben Cole was asked the question"):
        text = f"{lead}: “Meet me at the old station at noon tomorrow.”"
        start = text.index("“") + 1
        sp = Speakers(nlp.parse(text), (COLE,), [(start - 1, len(text))])
        assert colon_subject(sp, start, 0) is None
    text = "Ben Cole apologised for the loss: “I should have kept a second copy.”"
    start = text.index("“") + 1
    sp = Speakers(nlp.parse(text), (COLE,), [(start - 1, len(text))])
    assert colon_subject(sp, start, 0) == "Ben Cole"
