"""Descriptions tied to a named person, subjectless cues, inverted cues (own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

PRATLEY = Actor("Daniel Pratley", "person", "Deputy CEO", ("Pratley",))
MADDOX = Actor("Mia Maddox", "person", None, ("Maddox",))
DUNMORE = Actor("Peter Dunmore", "person", "chairman of the Law Society", ("Dunmore",))
NAGG = Actor("Harold Nagg", "person", "Tory MP", ("Nagg",))
BENNER = Actor("Daniel Benner", "person", "son", ("Benner",))
DUNTON = Actor("Peter Dunton", "person", "Labour politician", ("Dunton",))
ATWORTH = Actor("Mary Atworth", "person", "novelist", ("Atworth",))
FENNER = Actor("Roberto Fenner", "person", "top seed", ("Fenner",))
LUBIC = Actor("Ivan Lubic", "person", None, ("Lubic",))
JORDAN = Actor("Tara Jordan", "person", "culture secretary", ("Jordan", "Ms Jordan"))
HALLAM = Actor("Dougie Hallam", "person", None, ("Hallam",))
KELLEN = Actor("Al Kellen", "person", "veteran", ("Kellen",))
JONSON = Actor("Alistair Jonson", "person", "best man", ("Jonson",))
WILDER = Actor("Tom Wilder", "person", None, ("Wilder",))
CURTIN = Actor("Ian Curwell", "person", "singer", ("Curwell",))


def test_title_phrase_with_name_in_apposition_is_the_person() -> None:
    text = (
        "The toy store has opened a new branch in Perth. 'This is a fine day for our "
        "customers,' said Zenco Chief Product & Sales Officer and Deputy CEO, "
        "Daniel Pratley."
    )
    assert speakers(text, PRATLEY) == ["Daniel Pratley"]


def test_description_named_earlier_is_the_person() -> None:
    text = (
        "A dog and a lizard played tag in a living room. The video maker, named Mia Maddox, "
        "can then be heard laughing. 'Our lizard does not like our cat,' said the video maker."
    )
    assert speakers(text, MADDOX) == ["Mia Maddox"]


def test_description_then_name_before_the_verb() -> None:
    text = (
        "Ministers plan to bring in new cards. The chairman of the Law Society, Peter Dunmore "
        "QC warned there was a grave danger that voters would be driven off. \"What is going to "
        "become of young lads when there is a brawl? They are going to be searched.\" Tory MP "
        "Harold Nagg said he opposed the plan."
    )
    assert speakers(text, DUNMORE, NAGG) == ["Peter Dunmore"]


def test_pronoun_skips_subject_of_clause_inside_reported_speech() -> None:
    text = (
        "Daniel Benner said his father was ill. Peter Dunton, the Labour politician who "
        "exposed the scandal, said it was not right for Benner to stay in the Lords. 'If you "
        "are offering yourself for office, then you are well enough to be questioned,' he said."
    )
    assert speakers(text, BENNER, DUNTON) == ["Peter Dunton"]


def test_inverted_cue_with_person_noun_object() -> None:
    text = (
        "The princess has faced some criticism. Most recently, novelist Mary Atworth revealed "
        "that she finds the princess a plain dresser. 'I think she is playing it safe,' "
        "continued the 81-year-old author."
    )
    assert speakers(text, ATWORTH) == ["Mary Atworth"]


def test_described_subject_blocks_the_object_as_referent() -> None:
    text = (
        "Top seed Roberto Fenner had to save two match points at the Lisbon Open. Fenner was "
        "not concerned despite being pushed to three sets once more. The world number one was made "
        "to go the full route against Ivan Lubic in the Vienna final. \"I surely had a "
        "sluggish opening again,\" he said."
    )
    assert speakers(text, FENNER, LUBIC) == ["Roberto Fenner"]


def test_subjectless_cue_opening_a_sentence_keeps_the_speaker() -> None:
    text = (
        "Tara Jordan complained about the press. Ms Jordan insisted: \"We have a solid history "
        "here.\" And continued: \"We can be pleased with our work.\""
    )
    assert speakers(text, JORDAN) == ["Tara Jordan", "Tara Jordan"]


def test_bare_age_speaker_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Dundee veteran Al Kellen will start at prop. The match ball will be handed over by "
        "Kellen's dad and Dougie Hallam's mum along with Alistair Jonson, who was Kellen's best "
        "man. Having been a paid player for 13 years, Hallam admits it will be an odd "
        "moment. 'You reach a stage where you begin wondering,' the 34-year-old said."
    )
    assert speakers(text, KELLEN, HALLAM, JONSON) == ["Dougie Hallam"]


def test_person_epithet_goes_to_the_recent_subject_not_the_main_person() -> None:
    text = (
        "Singer Ian Curwell died in 1983. Ian Curwell was a star. Mr Tom Wilder, who ran the "
        "label, said he would prefer not to be in the movie. He had a brief walk-on part in "
        "an older movie. \"I'm not an actor,\" said the record label founder."
    )
    assert speakers(text, CURTIN, WILDER) == ["Tom Wilder"]


ACME = Actor("Acme Cruise Lines", "organization", None, ())
WHO = Actor("World Health Organization", "organization", None, ())
RED_CROSS = Actor("Red Cross", "organization", None, ())
CARVELL = Actor("John Carvell", "person", "Hartford manager", ("Carvell",))
REED = Actor("Peter Reed", "person", "former manager", ("Reed",))
COACH = Actor("United's head coach", "person", "head coach", ())


def test_they_after_an_organisation_spoke_is_the_organisation() -> None:
    text = (
        "Acme Cruise Lines in a statement said: 'Passengers and staff are unharmed.' In a second "
        "statement put out online, they said: 'We regret to report that the vessel "
        "will not leave port today.'"
    )
    assert speakers(text, ACME) == ["Acme Cruise Lines", "Acme Cruise Lines"]


def test_abbreviation_owner_of_a_statement_is_the_organisation_it_spells() -> None:
    text = (
        "The World Health Organization counted 30 new cases on Monday. The Red Cross sent "
        "more nurses to the region. \"Surveillance is improving,\" a WHO statement said."
    )
    assert speakers(text, WHO, RED_CROSS) == ["World Health Organization"]


def test_description_actor_stands_for_the_person_who_spoke_last() -> None:
    text = (
        "Hartford manager John Carvell said: 'Let us not pick a fight here.' Carvell, though, "
        "does have respect for the likes of Peter Reed. 'I never heeded Peter when I was "
        "youth director here,' said United's head coach."
    )
    assert speakers(text, CARVELL, REED, COACH) == ["John Carvell", "John Carvell"]


def test_person_epithet_skips_the_subject_of_a_conjoined_clause() -> None:
    kane = Actor("Harry Bolter", "person", None, ("Bolter",))
    hazzard = Actor("Eric Danvers", "person", None, ("Danvers",))
    mulambo = Actor("Youssef Tanaro", "person", None, ("Tanaro",))
    text = (
        "Youssef Tanaro has cast his ballot for the prizes. The midfielder has picked striker "
        "Bolter for the main prize while Fulham winger Danvers is Tanaro's choice for best young "
        "player of the season. The Rovers player shared a photo of his ballot paper and asked "
        "his fans: 'What do you think?!'"
    )
    assert speakers(text, mulambo, kane, hazzard) == ["Youssef Tanaro"]


def test_description_named_earlier_speaks_for_a_later_pronoun() -> None:
    text = (
        "A dog and a lizard played tag in a living room. The video maker, named Mia Maddox, can "
        "then be heard giggling as the lizard follows the dog. According to the video maker, "
        "who apparently lives in Oregon, the pair adore each other. The filmmaker can be "
        "heard giggling as the lizard follows the dog round the sofa She wrote in the notes "
        "under the clip: 'They truly adore playing together.' Ms Maddox also said the "
        "cat feels ignored."
    )
    assert speakers(text, MADDOX) == ["Mia Maddox"]


def test_inverted_cue_ends_at_the_person_the_tagger_read_as_a_body() -> None:
    ulm = Actor("Ulf Carlsson", "person", "union official", ("Carlsson",))
    text = '"It looks rather bleak," said Danish trades union official Ulf Carlsson.'
    assert speakers(text, ulm) == ["Ulf Carlsson"]


def test_inverted_cue_reads_through_a_firm_named_with_and() -> None:
    mehta = Actor("Sanjay Mehta", "person", None, ("Mehta",))
    text = '"Growth could ignite interest," added Ernst and Young\'s Sanjay Mehta.'
    assert speakers(text, mehta) == ["Sanjay Mehta"]


def test_a_caption_run_into_the_text_is_no_speaker_of_the_quote_after_it() -> None:
    oneill = Actor("Jimmy O'Dowd", "person", "trainer", ("O'Dowd",))
    horse = Actor("Kettlebrook", "organization", None, ())
    text = (
        "O'Dowd continued: 'We are very pleased with how things have turned out. "
        "Kettlebrook, pictured with O'Dowd (right) is the favourite for the cup "
        "'Kettlebrook is a fine horse and loves to gallop.'"
    )
    assert speakers(text, oneill, horse) == ["Jimmy O'Dowd", "Jimmy O'Dowd"]
