"""Session 25 rules: title words are no names, sites where a story happens, descriptions
paired with another person, a club's short name, a columnist's own voice, and "the
newspaper" as the last publication named."""

from __future__ import annotations

from tests.briefing import brief_text, brief_with


def _actor(briefing, name):
    return next(a for a in briefing.actors if a.name == name)


def _names(briefing):
    return {a.name for a in briefing.actors}


def _speakers(briefing):
    return [(q.text, q.speaker) for q in briefing.quotes]


def test_a_word_of_a_title_is_no_name() -> None:
    b = brief_text(
        "The Prime Minister said he would act. The former Deputy Prime Minister Olaf Brandt "
        "said Mr Tamsin had given a 'car crash' interview. Staff felt let down by the plan "
        "Former Deputy Prime Minister Olaf Brandt offered his view."
    )
    assert "Prime" not in _names(b)
    assert _actor(b, "Olaf Brandt").role == "former Deputy Prime Minister"


def test_a_site_in_front_of_which_something_happens_is_a_kept_place() -> None:
    b = brief_with(
        "Crowds sang loudly in front of the Kestrel Inn on Sunday, which the mayor praised. "
        "Organisers said the march would continue.",
        [("Kestrel Inn", "ORG")],
    )
    assert _actor(b, "Kestrel Inn").kind == "place"


def test_a_named_bowl_is_a_site_not_a_person() -> None:
    b = brief_text(
        "Campaigners wrote rude messages in the sky at the Rose Bowl on Friday. "
        "Vera Lind, who paid for the plane, said it was worth it."
    )
    assert _actor(b, "Rose Bowl").kind == "place"


def test_a_body_owning_the_site_stays_a_body() -> None:
    b = brief_text(
        "Agents held the interview at the Justice Department's regional office in Dorton. "
        "It ran for two hours, officials said."
    )
    assert _actor(b, "Justice Department").kind == "organization"


def test_a_description_paired_with_another_person_points_further_back() -> None:
    b = brief_text(
        "Marsh fights to hold ground as Fenwick rises.\n\n"
        "Arnold Fenwick says voters of every kind back him. The state will show whether he "
        "is right.\n\n"
        "The state votes on Saturday, and a fresh survey shows Helen Marsh and the Vermont "
        "senator tied."
    )
    assert _actor(b, "Arnold Fenwick").role == "Vermont senator"
    assert all(a.role is None for a in b.actors if a.name != "Arnold Fenwick")


def test_a_description_after_the_subject_of_its_own_sentence_is_not_taken_back() -> None:
    b = brief_text(
        "Arlo Fenwick spoke in Ohio on Tuesday.\n\n"
        "Arlo Fenwick used a rally on Wednesday to keep mocking the presumptive "
        "Democratic nominee."
    )
    assert _actor(b, "Arlo Fenwick").role is None


def test_a_clubs_last_word_alone_is_the_club() -> None:
    text = (
        "Sergio Vanto scored a penalty as Carford City beat Lowton Rovers 2-1. City have "
        "won three in a row, and Carford City fans sang the striker's name. The midfielder "
        "Tam Orr said City deserved the win. Ellsby City lost 3-0 to the winger's old club."
    )
    b = brief_with(
        text,
        [("Sergio Vanto", "PERSON"), ("Carford City", "ORG"), ("Lowton Rovers", "ORG"),
         ("City", "GPE", 70), ("Carford City", "ORG", 100), ("Tam Orr", "PERSON"),
         ("City", "GPE", 170), ("Ellsby City", "ORG")],
    )
    club = _actor(b, "Carford City")
    assert club.kind == "organization" and "City" in club.aliases
    assert "City" not in _names(b)


def test_a_columnist_writing_as_i_is_an_actor() -> None:
    b = brief_text(
        "I have ignored the census forms for years. My neighbours think I am odd, but "
        "I will not budge.\n\n"
        "Tobias Wrenfield is the author of Quiet Rooms and a columnist for the Harbour Review."
    )
    assert "Tobias Wrenfield" in _names(b)
    assert "Harbour Review" not in _names(b)


def test_a_closing_writer_line_of_a_news_story_is_no_actor() -> None:
    b = brief_text(
        "The council voted to close the library on Monday. Residents said they were angry.\n\n"
        "Tobias Wrenfield is a columnist for the Harbour Review."
    )
    assert "Tobias Wrenfield" not in _names(b)


def test_the_newspaper_is_the_last_publication_named() -> None:
    b = brief_text(
        "The Dorton Daily News says the Rifle League is blocking every reform. It singles "
        "out the Rifle League's stand against wider checks.\n\n"
        'According to the newspaper, "Anyone can walk out of a gun shop with a rifle."'
    )
    assert _speakers(b) == [("Anyone can walk out of a gun shop with a rifle.",
                             "Dorton Daily News")]


def test_a_second_name_after_a_comma_is_no_role() -> None:
    b = brief_text(
        "Knives out as Trump, Cruz fight delegate battle.\n\n"
        "Donald Trump wants the nomination before July. Ted Cruz has been outfoxing him."
    )
    assert _actor(b, "Donald Trump").role is None


def test_a_party_name_used_only_as_an_adjective_is_no_actor() -> None:
    b = brief_with(
        "Ted Cruz hopes to win the Republican presidential nomination outright. He met "
        "Republican party leaders on Thursday, and Republican elders do not plan to block "
        "him, said Morton Hale, a delegate.",
        [("Ted Cruz", "PERSON"), ("Republican", "NORP"), ("Republican party", "ORG"),
         ("Republican", "NORP", 100), ("Morton Hale", "PERSON")],
    )
    assert "Republican" not in _names(b)


def test_a_persons_possession_after_a_comma_is_still_a_role() -> None:
    b = brief_text(
        "Corwin Lesk, Donald Trump's fired campaign manager, said the director was wrong."
    )
    assert _actor(b, "Corwin Lesk").role == "Donald Trump's fired campaign manager"
