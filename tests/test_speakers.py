"""Who speaks: pronouns by sex, descriptions, statements and shared surnames (own sentences)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from generator import nlp
from generator.extract.quotes import quotes
from generator.extract.speaker_gender import first_name_sex, noun_sex
from generator.extract.speakers import Speakers
from generator.model import Actor, Article, Quote

DIAZ = Actor("Ana Diaz", "person", None, ("Diaz",))
RUIZ = Actor("Tom Ruiz", "person", None, ("Ruiz",))
SATO = Actor("Kim Sato", "person", None, ("Sato",))
BELL = Actor("Joan Bell", "person", None, ("Bell",))
MINISTRY = Actor("Health Ministry", "organization", None, ())
ANA_RUIZ = Actor("Ana Ruiz", "person", None, ())
TOM_RUIZ = Actor("Tom Ruiz", "person", None, ())


def run(text: str, *actors: Actor) -> tuple[Quote, ...]:
    article = Article(path=Path("test.txt"), text=text, sha256="0")
    return quotes(article, nlp.parse(text), tuple(actors))


def speakers(text: str, *actors: Actor) -> list[str | None]:
    return [q.speaker for q in run(text, *actors)]


def test_first_names_and_nouns_give_a_sex() -> None:
    assert first_name_sex("Hillary Clinton") == "f"
    assert first_name_sex("Chris Christie") == "m"
    assert first_name_sex("Kim Sato") is None
    assert noun_sex("his daughter") == "f"
    assert noun_sex("press secretary") is None


def test_she_is_the_woman_who_was_the_subject_not_the_man() -> None:
    text = (
        "Ana Diaz criticized Tom Ruiz over the long delay at the port.\n"
        "“We waited three weeks for a plan,” she said."
    )
    assert speakers(text, DIAZ, RUIZ) == ["Ana Diaz"]


def test_he_skips_a_woman_who_was_the_subject() -> None:
    text = (
        "Ana Diaz criticized Tom Ruiz over the long delay at the port.\n"
        "“Nobody told us about the storm,” he said."
    )
    assert speakers(text, DIAZ, RUIZ) == ["Tom Ruiz"]


def test_pronoun_history_gives_a_sex_to_an_unknown_first_name() -> None:
    text = (
        "Kim Sato arrived in the city on Monday. He said the port was ready.\n"
        "Ana Diaz, the mayor, met Kim Sato later that day.\n"
        "“The cranes are too old for this work,” he said."
    )
    assert speakers(text, SATO, DIAZ) == ["Kim Sato"]


def test_a_name_in_apposition_beats_the_description() -> None:
    text = (
        "The trial ended on Friday.\n"
        "His lawyer, Joan Bell, defended him, saying, “There was no fraud here at all.”\n"
        "“He is much better now,” his sister, Ana Diaz, told reporters."
    )
    assert speakers(text, BELL, DIAZ) == ["Joan Bell", "Ana Diaz"]


def test_a_description_given_earlier_names_the_person() -> None:
    text = (
        "Tom Ruiz, the governor's former campaign strategist, spoke on Monday.\n"
        "“That was a serious mistake by the party,” the governor's former campaign strategist said."
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_the_statement_speaks_for_its_issuer_or_nobody() -> None:
    issued = (
        "The Health Ministry released a statement on Friday.\n"
        "“The talks will resume in May,” the statement said."
    )
    assert speakers(issued, MINISTRY) == ["Health Ministry"]
    unknown = "The talks stalled.\n“The talks will resume in May,” the statement said."
    assert speakers(unknown, MINISTRY) == [None]


def test_a_persons_office_is_the_speaker() -> None:
    text = "Mr. Ruiz's office said that he had “agreed to restore the old trade rules at once.”"
    assert speakers(text, RUIZ) == ["Ruiz's office"]


def test_the_verb_inside_according_to_speaks() -> None:
    text = (
        "Tom Ruiz told the minister that the delay was “a mistake that will not happen again,” "
        "according to the statement."
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_a_quote_over_three_paragraphs_keeps_its_speaker() -> None:
    text = (
        'Speaking in 1990, Tom Ruiz said of the crossing: "We planned to do it in ninety days.\n'
        '"There was a great feeling of relief among the whole team.\n'
        '"We were proud that our families knew about it at home."\n'
        "The book is due in May."
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"] * 3


def test_a_shared_surname_goes_to_the_one_named_in_full_last() -> None:
    text = (
        "Ana Ruiz and her husband were at the zoo on Saturday.\n"
        "“It was a very long fall for a child,” Ruiz told reporters.\n"
        "Tom Ruiz was standing at the gate.\n"
        "“I saw him slip over the rail,” Ruiz said."
    )
    assert speakers(text, ANA_RUIZ, TOM_RUIZ) == ["Ana Ruiz", "Tom Ruiz"]


def test_a_nickname_in_marks_in_a_one_line_text_is_not_a_quote() -> None:
    text = 'The guitar was built for the "King of the Swing." He played it for forty years.'
    assert run(text, RUIZ) == ()


def test_a_quote_without_a_cue_belongs_to_its_sentence_subject() -> None:
    text = "On Monday, Tom Ruiz dismissed the report as “a political stunt by the opposition.”"
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_a_governing_verb_beats_a_cue_in_the_next_sentence() -> None:
    text = (
        "Tom Ruiz wrote to Ana Diaz, telling her, “you are the best player we have!” "
        "She replied that it was an honour."
    )
    assert speakers(text, RUIZ, DIAZ) == ["Tom Ruiz"]


TRUMPET = Actor("Rex Trumpet", "person", None, ("Trumpet",), mentions=6)
CLAIRE = Actor("Claire Hollis", "person", None, ("Hollis",), mentions=5)
OILCO = Actor("Petrolex", "organization", None, ())
RIVCO = Actor("Rivgas", "organization", None, ())
WIRE = Actor("Global Press", "organization", None, ())
COURT = Actor("Court of Appeals", "organization", None, ())


def test_a_described_person_is_the_main_person_of_that_sex() -> None:
    text = (
        "Rex Trumpet and Claire Hollis met voters in Ohio on Monday.\n"
        '"We need a new start," the Chicago businessman said, to loud cheers.\n'
    )
    assert speakers(text, CLAIRE, TRUMPET) == ["Rex Trumpet"]


def test_the_oil_giant_is_the_main_organisation_named_before() -> None:
    text = (
        "Petrolex sold its stake in Rivgas last year.\n"
        '"We made a large return on the deal for our owners," the oil giant said.\n'
    )
    assert speakers(text, OILCO, RIVCO) == ["Petrolex"]


def test_the_wire_service_is_a_news_agency() -> None:
    text = (
        "The ministry paid for fans, Global Press reported, and Petrolex did the same.\n"
        '"The ministry spent a great deal on its page," the wire service reported.\n'
    )
    assert speakers(text, WIRE, OILCO) == ["Global Press"]


def test_the_ruling_speaks_for_the_court() -> None:
    text = (
        "The Court of Appeals ruled on Friday against the state.\n"
        '"A state cannot punish people who stay home," said the ruling.\n'
    )
    assert speakers(text, COURT) == ["Court of Appeals"]


def test_the_company_is_a_named_firm_even_when_not_an_actor() -> None:
    text = (
        "Global Press wrote about the fake accounts. Zentrix says it has teams for that. "
        '"When we find fake accounts, we remove them," the company reports on its website.\n'
    )
    assert speakers(text, WIRE) == ["Zentrix"]


def test_she_after_a_named_speaker_who_is_not_an_actor() -> None:
    text = (
        'Market director Jenna Pollock said: "The shops were full today."\n'
        'She said sales had moved online. "Online shopping has grown a lot," she said.\n'
    )
    assert speakers(text) == ["Jenna Pollock", "Jenna Pollock"]


def test_a_bare_surname_goes_to_the_main_person_not_a_relative() -> None:
    main = Actor("Tod Brack", "person", None, ("Brack",), mentions=9)
    wife = Actor("Lena Brack", "person", "wife", (), mentions=1)
    text = (
        "Tod Brack spoke in Austin. Rivals attacked his wife, Lena Brack, in May.\n"
        '"I will not back people who attack my family," Brack said in July.\n'
    )
    assert speakers(text, main, wife) == ["Tod Brack"]


def test_an_inanimate_subject_does_not_speak() -> None:
    lee = Actor("Lee Wen", "person", None, ("Wen",))
    text = (
        'Lee Wen, the new premier, said the dirty air had made him "very angry" and vowed to '
        '"act with great resolve and make every effort" to clean it up.\n'
    )
    assert speakers(text, lee) == ["Lee Wen"]


def test_a_group_of_people_is_those_people() -> None:
    text = (
        "A group of local parents sent a letter to the board.\n"
        '"Our children are doing well in these schools," the letter reads.\n'
    )
    assert speakers(text) == ["local parents"]


TOM_BELL = Actor("Tom Bell", "person", None, ("Bell",))
OMAR = Actor("Omar Haddad", "person", None, ("Haddad",))
JOAN_KEMP = Actor("Joan Kemp", "person", None, ("Kemp",))
LENA = Actor("Lena Cho", "person", None, ("Cho",))


def test_he_is_the_man_named_last_when_no_person_is_the_subject_since() -> None:
    text = (
        "Tom Ruiz said the bridge would need repairs. \"We will ask for money,\" he said. "
        "Omar Haddad said the city could pay.\n"
        "That offer did not impress Mr Ruiz.\n"
        "\"If the city wants to help, it should say how much,\" he said."
    )
    assert speakers(text, RUIZ, OMAR) == ["Tom Ruiz", "Tom Ruiz"]


def test_a_subject_reported_in_a_clause_does_not_take_the_next_he() -> None:
    text = (
        "\"The plan will pass,\" Tom Ruiz said on Monday.\n"
        "Council leader Omar Haddad, despite admitting that he had doubts, thinks Ruiz is "
        "right about the vote.\n"
        "\"I believe we have the numbers,\" he said."
    )
    assert speakers(text, RUIZ, OMAR) == ["Tom Ruiz", "Omar Haddad"]


def test_she_in_a_clause_about_a_womans_speech_is_that_woman() -> None:
    text = (
        "\"Kemp will win,\" Lena Cho said.\n"
        "Many teachers recall Joan Kemp's 2019 address in Leeds in which she declared: "
        "\"Every child deserves a library.\""
    )
    assert speakers(text, LENA, JOAN_KEMP) == ["Lena Cho", "Joan Kemp"]


def test_a_caption_fragment_is_not_a_speaker() -> None:
    text = (
        "Bell, pictured with Kemp in 2010, helped run the former Mayor's 2010 Friends for "
        "Joan Kemp drive Bell, pictured with Kemp in 2012, said: \"Joan Kemp is ready to lead "
        "this city.\""
    )
    got = speakers(text, TOM_BELL, JOAN_KEMP)
    assert got == ["Tom Bell"]


def test_a_passive_subject_speaks_for_the_verb_conjoined_to_it() -> None:
    text = (
        "Tom Ruiz took the stage on Friday. Ruiz was cheered by the crowd and joked, "
        "“You are all far too kind tonight.”"
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_a_speech_verb_used_as_a_modifier_is_not_a_cue() -> None:
    doc = nlp.parse("The mayor cited continued support from residents and the stated aim.")
    sp = Speakers(doc, (), [])
    assert [t.text for t in doc if sp.is_cue(t)] == []


def test_a_cue_hung_on_a_noun_that_cannot_speak_takes_the_subject_of_its_verb() -> None:
    # the parse is fixed by hand: "remarking" as a modifier of "reference", as spaCy may have it
    words = ["Diaz", "ended", "the", "talk", "with", "a", "reference", ",", "remarking", "."]
    doc = Doc(
        nlp.load().vocab,
        words=words,
        heads=[1, 1, 3, 1, 1, 6, 4, 6, 6, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct", "acl", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
        lemmas=["Diaz", "end", "the", "talk", "with", "a", "reference", ",", "remark", "."],
        tags=["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", ",", "VBG", "."],
    )
    assert Speakers(doc, (DIAZ,), []).speaker(doc[8]) == "Ana Diaz"


def test_a_relative_pronoun_speaks_for_its_antecedent() -> None:
    text = 'The harbour board, which reported "a record number of ferry crossings," met today.'
    assert speakers(text, Actor("harbour board", "organization", None, ())) == ["harbour board"]


def test_a_partial_quote_belongs_to_its_own_sentence_not_the_next() -> None:
    text = (
        'Norway branded the move an "act of open aggression against us." '
        'Sweden insisted that the talks "must go on without delay."'
    )
    norway, sweden = Actor("Norway", "place", None, ()), Actor("Sweden", "place", None, ())
    assert speakers(text, norway, sweden) == ["Norway", "Sweden"]


def test_an_apposed_name_speaks_for_a_descriptive_subject() -> None:
    text = 'Another critic, Ana Diaz, likened the rules to "burning the whole charter" at once.'
    assert speakers(text, DIAZ) == ["Ana Diaz"]


def test_a_dash_the_parser_takes_for_a_noun_is_no_speaker() -> None:
    text = (
        "When Diaz noted that Ruiz paid no tax \u2015 as his returns made public \u2015 "
        "Ruiz boasted, \u201cThat makes me very smart.\u201d"
    )
    assert speakers(text, DIAZ, RUIZ) == ["Tom Ruiz"]


def test_a_document_that_puts_it_or_finds_speaks_for_its_issuer() -> None:
    ministry = Actor("Health Ministry", "organization", None, ())
    office = Actor("Audit Office", "organization", None, ())
    text = (
        'The rule is a "lawful source of income for the family," as a Health Ministry memo '
        "put it.\n\nAn Audit Office report found that the money may come from "
        '"the drug trade or other crimes."'
    )
    assert speakers(text, ministry, office) == ["Health Ministry", "Audit Office"]


def test_the_owner_of_a_claim_speaks_its_words() -> None:
    text = "The site checked Ruiz\u2019s claim that there were \u201cthousands of shootings.\u201d"
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_a_full_stop_after_the_closing_mark_ends_the_sentence() -> None:
    text = (
        'Looking ahead, Ruiz saw profitable growth "with a margin in the upper teens, and more". '
        "Meanwhile, the Health Ministry said it would cut jobs."
    )
    assert speakers(text, RUIZ, MINISTRY) == ["Tom Ruiz"]


def test_words_quoted_in_an_aside_belong_to_its_subject() -> None:
    text = (
        "Kim was drifting off again, and as Tom Ruiz went on about \u201chow the system is "
        "rigged,\u201d and \u201cwounded American families\u201d and \u201cour own "
        "struggling citizens,\u201d Ana Diaz said yes, over and over again."
    )
    assert speakers(text, RUIZ, DIAZ) == ["Tom Ruiz", "Tom Ruiz", "Tom Ruiz"]


def test_a_party_description_does_not_go_to_the_other_party() -> None:
    kaine = Actor("Tom Ruiz", "person", "Democratic vice presidential nominee", ("Ruiz",))
    hale = Actor("Ana Diaz", "person", "Republican presidential nominee", ("Diaz",))
    text = (
        "Democratic vice presidential nominee Tom Ruiz spoke on Monday. Republican presidential "
        "nominee Ana Diaz spoke later. The Republican nominee vowed to punish "
        "\u201cthose who break the rules.\u201d"
    )
    assert speakers(text, kaine, hale) == ["Ana Diaz"]


def test_a_described_subject_with_a_role_already_is_that_person() -> None:
    from generator.extract.actors import actors

    text = (
        "If Tom Hale could earn cash from it, Oregon Sen. Ana Diaz is against it.\n\n"
        "The senator said she would \u201cintroduce a bill in the next session to fix it.\u201d"
    )
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    doc = nlp.parse(text)
    found = actors(article, doc)
    hale = next(a for a in found if a.name == "Tom Hale")
    assert hale.role is None
    assert [q.speaker for q in quotes(article, doc, found)] == ["Ana Diaz"]


def test_going_on_to_say_continues_the_speech_verb_before_it() -> None:
    """A broken parse leaves "say" without a subject: the finite "said" before it speaks."""
    words = ["Diaz", "said", ",", "going", "on", "to", "say", "that", "it", "grew", "."]
    doc = Doc(
        nlp.load().vocab,
        words=words,
        spaces=[True, False, True, True, True, True, True, True, True, False, False],
        tags=["NNP", "VBD", ",", "VBG", "RP", "TO", "VB", "IN", "PRP", "VBD", "."],
        pos=["PROPN", "VERB", "PUNCT", "VERB", "ADP", "PART", "VERB", "SCONJ", "PRON", "VERB",
             "PUNCT"],
        lemmas=["Diaz", "say", ",", "go", "on", "to", "say", "that", "it", "grow", "."],
        deps=["nsubj", "parataxis", "punct", "ROOT", "prt", "aux", "xcomp", "mark", "nsubj",
              "ccomp", "punct"],
        heads=[1, 3, 3, 3, 3, 6, 3, 9, 9, 6, 3],
    )
    found = Speakers(doc, (DIAZ,), [])
    assert found.speaker(doc[6]) == "Ana Diaz"



def test_a_name_parsed_as_the_root_is_still_the_subject() -> None:
    """ "Diaz, a scholar, compared him to …" parsed with "Diaz" as the sentence's root."""
    words = ["Diaz", ",", "a", "scholar", ",", "compared", "him", "to", "a", "coach", "."]
    doc = Doc(
        nlp.load().vocab,
        words=words,
        spaces=[False, True, True, False, True, True, True, True, True, False, False],
        pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PRON", "ADP", "DET", "NOUN",
             "PUNCT"],
        deps=["ROOT", "punct", "det", "appos", "punct", "acl", "dobj", "prep", "det", "pobj",
              "punct"],
        heads=[0, 0, 3, 0, 0, 0, 5, 5, 9, 7, 0],
        sent_starts=[True] + [False] * 10,
    )
    found = Speakers(doc, (DIAZ,), [])
    assert found.sentence_subject(doc[0:11], any_kind=True) == "Ana Diaz"
    assert found.sentence_subject(doc[0:11]) is None


def test_a_dateline_never_speaks_and_its_apposed_name_does(tmp_path: Path) -> None:
    from generator.read import read_article

    path = tmp_path / "dateline.txt"
    path.write_text(
        "Museum opens\n\nWASHINGTON -- President Tom Ruiz, opening the museum on Saturday, "
        "said it would tell a story of ''suffering and delight, of fear and of hope.''\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert [q.speaker for q in quotes(article, nlp.parse(article.text), (RUIZ,))] == ["Tom Ruiz"]


def test_a_body_speaks_through_its_spokesman_and_a_described_ministry() -> None:
    acme = Actor("Acme Phones", "organization", None, ())
    text = (
        "A spokesman for Acme Phones said: 'We give phones to those struggling every day.'\n\n"
        "The story prompted a denial from the Greek finance ministry. 'He never said any such "
        "thing about the teams,' the ministry said in its statement."
    )
    assert speakers(text, acme) == ["Acme Phones", "Greek finance ministry"]


def test_a_paragraph_ending_in_a_colon_introduces_the_quote_after_it() -> None:
    text = (
        "The site rated this statement by Tom Ruiz on June 11:\n\n"
        "\u201cIf you look at what is going on in this country, it is a disgrace.\u201d\n\n"
        "The site rated it false."
    )
    assert speakers(text, RUIZ) == ["Tom Ruiz"]


def test_a_bare_spokesman_speaks_for_the_body_named_just_before() -> None:
    trust = Actor("Animal Health Trust", "organization", None, ())
    text = (
        "The Animal Health Trust confirmed its vets now use an incubator. A spokesman said: "
        "'We were first to use scanners on horses back in the 1990s.'"
    )
    assert speakers(text, trust) == ["Animal Health Trust"]


def test_the_commission_is_the_body_whose_name_holds_the_word() -> None:
    union = Actor("European Union", "organization", None, ())
    commission = Actor("European Commission", "organization", None, ())
    text = (
        "The European Commission met ministers of the European Union. \"The two countries "
        'have done enough for now," the commission said.'
    )
    assert speakers(text, commission, union) == ["European Commission"]


def test_an_apposed_name_and_according_to_stay_the_speaker_for_he() -> None:
    guajardo = Actor("Pedro Guajardo", "person", None, ("Guajardo",))
    ham = Actor("Carl Ham", "person", None, ("Ham",))
    obama = Actor("Tom Oban", "person", None, ("Oban",))
    text = (
        "The minister of the economy, Pedro Guajardo, argues there is little point in a reply "
        "to Tom Oban's threats. ''We must not overreact to campaign talk,'' he told me.\n\n"
        "According to Carl Ham, many disagreed with Oban's policies.\n\n"
        "\u201cWe are on our fourth secretary of defense,\u201d he said."
    )
    assert speakers(text, guajardo, ham, obama) == ["Pedro Guajardo", "Carl Ham"]


def test_a_written_speaker_name_loses_its_nickname_party_tag_and_titles() -> None:
    text = (
        '"This is a huge year for our movement and for every one of us!" Ruiz\'s niece, state '
        'Del. Marcia "Cia" Pryor (D-Norfolk), yelled to the crowd.'
    )
    assert speakers(text, RUIZ) == ["Marcia Pryor"]


def test_a_name_parsed_as_a_compound_of_its_verb_is_still_the_subject_for_he() -> None:
    kidd = Actor("Quentin Kidder", "person", None, ("Kidder",))
    scott = Actor("Danny Scott", "person", None, ("Scott",))
    text = (
        '"He has not displayed a hunger for higher office," said Quentin Kidder, a scientist.\n\n'
        "Scott bristles at the notion that he won't be prepared. \"I've raised all I need to "
        'take 65 percent of the ballots," he said.'
    )
    assert speakers(text, kidd, scott) == ["Quentin Kidder", "Danny Scott"]


def test_an_aged_description_is_the_person_of_that_sex() -> None:
    text = (
        "Ana Diaz, the nominee's eldest daughter, noted the rule. Asked why the plan leaves "
        'out fathers, the 36-year-old mother of four replied, "It is meant to help the '
        'woman who has just had the baby." Tom Ruiz said nothing.'
    )
    assert speakers(text, DIAZ, RUIZ) == ["Ana Diaz"]


def test_an_age_given_with_a_name_identifies_the_aged_description() -> None:
    text = (
        "Ana Diaz, 34, and Joan Bell, 51, met the mayor on Monday. "
        '"We will not give up on this plan," the 51-year-old said.'
    )
    assert speakers(text, DIAZ, BELL) == ["Joan Bell"]
