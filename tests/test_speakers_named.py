"""Descriptions tied to a named person, subjectless cues, inverted cues (own sentences)."""

from __future__ import annotations

from generator.model import Actor
from tests.test_speakers import speakers

BRACKLEY = Actor("Daniel Brackley", "person", "Deputy CEO", ("Brackley",))
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
CURTIN = Actor("Ian Curtin", "person", "singer", ("Curtin",))


def test_title_phrase_with_name_in_apposition_is_the_person() -> None:
    text = (
        "The toy store has opened a new branch in Sydney. 'This is a great day for our "
        "shoppers,' said Acme Chief Merchandise & Marketing Officer and Deputy CEO, "
        "Daniel Brackley."
    )
    assert speakers(text, BRACKLEY) == ["Daniel Brackley"]


def test_description_named_earlier_is_the_person() -> None:
    text = (
        "A dog and a lizard played tag in a living room. The video maker, named Mia Maddox, "
        "can then be heard laughing. 'Our lizard does not like our cat,' said the video maker."
    )
    assert speakers(text, MADDOX) == ["Mia Maddox"]


def test_description_then_name_before_the_verb() -> None:
    text = (
        "Ministers plan to bring in new cards. The chairman of the Law Society, Peter Dunmore "
        "QC warned there was a real risk that people would be pushed away. \"What is going to "
        "happen to young men when there is trouble? They are going to be stopped.\" Tory MP "
        "Harold Nagg said he opposed the plan."
    )
    assert speakers(text, DUNMORE, NAGG) == ["Peter Dunmore"]


def test_pronoun_skips_subject_of_clause_inside_reported_speech() -> None:
    text = (
        "Daniel Benner said his father was ill. Peter Dunton, the Labour politician who "
        "exposed the scandal, said it was not right for Benner to stay in the Lords. 'If you "
        "are putting yourself forward, then you are fit enough to be tested,' he said."
    )
    assert speakers(text, BENNER, DUNTON) == ["Peter Dunton"]


def test_inverted_cue_with_person_noun_object() -> None:
    text = (
        "The princess has faced some criticism. Most recently, novelist Mary Atworth revealed "
        "that she thinks the princess is a dull dresser. 'I think she is watching her back,' "
        "continued the 75-year-old author."
    )
    assert speakers(text, ATWORTH) == ["Mary Atworth"]


def test_described_subject_blocks_the_object_as_referent() -> None:
    text = (
        "Top seed Roberto Fenner had to save two match points at the Doha Open. Fenner was "
        "not worried despite being taken to three sets again. The world number one was forced "
        "to go the distance against Ivan Lubic in the Rotterdam final. \"I definitely had a "
        "slow start again,\" he said."
    )
    assert speakers(text, FENNER, LUBIC) == ["Roberto Fenner"]


def test_subjectless_cue_opening_a_sentence_keeps_the_speaker() -> None:
    text = (
        "Tara Jordan complained about the media. Ms Jordan insisted: \"We have a good track "
        "record.\" And continued: \"We can be proud of our record.\""
    )
    assert speakers(text, JORDAN) == ["Tara Jordan", "Tara Jordan"]


def test_bare_age_speaker_is_the_subject_of_the_sentence_before() -> None:
    text = (
        "Glasgow veteran Al Kellen will start at lock. The match ball will be presented by "
        "Kellen's dad and Dougie Hallam's mum along with Alistair Jonson, who was Kellen's best "
        "man. Having been a pro player for 13 years, Hallam admits it will be a strange "
        "feeling. 'You get to a point where you start thinking,' the 34-year-old said."
    )
    assert speakers(text, KELLEN, HALLAM, JONSON) == ["Dougie Hallam"]


def test_person_epithet_goes_to_the_recent_subject_not_the_main_person() -> None:
    text = (
        "Singer Ian Curtin died in 1980. Ian Curtin was a star. Mr Tom Wilder, who ran the "
        "label, said he would rather not appear in the film. He made a cameo appearance in "
        "an earlier film. \"I'm not an actor,\" said the record label founder."
    )
    assert speakers(text, CURTIN, WILDER) == ["Tom Wilder"]


ACME = Actor("Acme Cruise Lines", "organization", None, ())
WHO = Actor("World Health Organization", "organization", None, ())
RED_CROSS = Actor("Red Cross", "organization", None, ())
CARVELL = Actor("John Carvell", "person", "Newcastle manager", ("Carvell",))
REED = Actor("Peter Reed", "person", "former manager", ("Reed",))
COACH = Actor("United's head coach", "person", "head coach", ())


def test_they_after_an_organisation_spoke_is_the_organisation() -> None:
    text = (
        "Acme Cruise Lines in a statement said: 'Guests and crew are safe.' In a further "
        "statement placed on social media, they said: 'We are sorry to announce that the ship "
        "will not sail today.'"
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
        "Newcastle manager John Carvell said: 'Let us not start a war here.' Carvell, though, "
        "does have time for the likes of Peter Reed. 'I never listened to Peter when I was "
        "academy director here,' said United's head coach."
    )
    assert speakers(text, CARVELL, REED, COACH) == ["John Carvell", "John Carvell"]


def test_person_epithet_skips_the_subject_of_a_conjoined_clause() -> None:
    kane = Actor("Harry Kant", "person", None, ("Kant",))
    hazzard = Actor("Eden Hazzard", "person", None, ("Hazzard",))
    mulambo = Actor("Youssef Mulambo", "person", None, ("Mulambo",))
    text = (
        "Youssef Mulambo has cast his vote for the awards. The midfielder has chosen striker "
        "Kant for the top award while Chelsea wideman Hazzard is Mulambo's pick for young "
        "player of the year. The Baggies player posted an image of his voting slip and asked "
        "his followers: 'What do you think?!'"
    )
    assert speakers(text, mulambo, kane, hazzard) == ["Youssef Mulambo"]


def test_description_named_earlier_speaks_for_a_later_pronoun() -> None:
    text = (
        "A dog and a lizard played tag in a living room. The video maker, named Mia Maddox, can "
        "then be heard laughing as the lizard chases the dog. According to the video maker, "
        "who is believed to live in Canada, the pair love one another. The filmmaker can be "
        "heard laughing as the lizard chases the dog around the table She wrote in the comment "
        "section of the video: 'They seriously love to play together.' Ms Maddox also said the "
        "cat is left out."
    )
    assert speakers(text, MADDOX) == ["Mia Maddox"]


def test_inverted_cue_ends_at_the_person_the_tagger_read_as_a_body() -> None:
    ulm = Actor("Ulf Carlsson", "person", "union official", ("Carlsson",))
    text = '"It looks pretty grim," said Swedish trades union official Ulf Carlsson.'
    assert speakers(text, ulm) == ["Ulf Carlsson"]


def test_inverted_cue_reads_through_a_firm_named_with_and() -> None:
    mehta = Actor("Sanjay Mehta", "person", None, ("Mehta",))
    text = '"Growth could ignite interest," added Ernst and Young\'s Sanjay Mehta.'
    assert speakers(text, mehta) == ["Sanjay Mehta"]


def test_a_caption_run_into_the_text_is_no_speaker_of_the_quote_after_it() -> None:
    oneill = Actor("Jonjo O'Neill", "person", "trainer", ("O'Neill",))
    horse = Actor("Shutthefrontdoor", "organization", None, ())
    text = (
        "O'Neill continued: 'We are very happy with the way things have gone. "
        "Shutthefrontdoor, pictured with O'Neill (right) is the favourite for the race "
        "'Shutthefrontdoor is a lovely horse and loves racing.'"
    )
    assert speakers(text, oneill, horse) == ["Jonjo O'Neill", "Jonjo O'Neill"]
