"""Name edges, names the tagger misreads, and roles around them (sentences written here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import nlp
from generator.extract.actor_focus import is_body_descriptor, modifies_only
from generator.extract.actor_mentions import Mention
from tests.test_actors import by_name, names, run


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Judge Peter Okafor QC will confirm the sum at a short hearing. Okafor said so.",
            "Peter Okafor",
            "Judge",
        ),
        (
            "Helen Marsh MP, the party's spokeswoman on housing, said the plan was wrong. "
            "Marsh left.",
            "Helen Marsh",
            "party's spokeswoman on housing",
        ),
        (
            "The scheme was backed by the chairman of BT Colin Dray. He said it worked.",
            "Colin Dray",
            "chairman of BT",
        ),
        (
            "Last year the Ambassador to the United Nations Karen Olsen criticised the deal. "
            "Olsen said so.",
            "Karen Olsen",
            "Ambassador to the United Nations",
        ),
        (
            "Then Director of Public Prosecutions Alison Hart said no charge would follow. "
            "Hart said so.",
            "Alison Hart",
            "Director of Public Prosecutions",
        ),
        (
            "She now meets seventh seed Russian Mikhail Orlov in the last eight. Orlov won.",
            "Mikhail Orlov",
            "seventh seed",
        ),
    ],
)
def test_letters_scores_and_bodies_stay_out_of_a_name(text: str, name: str, role: str) -> None:
    actor = by_name(run(text), name)
    assert actor.kind == "person"
    assert actor.role == role
    assert not any(a.name.endswith(("QC", "MP")) or "BT " in a.name for a in run(text))


def test_a_score_glued_to_a_name_is_cut_off() -> None:
    found = run("The Russian beat Germany's Rainer Holt 7-5 6-4 in the second round. Holt left.")
    assert by_name(found, "Rainer Holt").kind == "person"
    assert not any(any(c.isdigit() for c in a.name) for a in found)


def test_a_name_of_three_words_stays_whole_when_the_tagger_reads_a_person() -> None:
    found = run("Residents said Warsame Ali Hersi, 34, owned the shop. Police questioned him.")
    assert "Warsame Ali Hersi" in names(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chart-topping pop band Dazzle have said they plan to take a break. Fans wept.", "Dazzle"),
        ("A survey by security firm Mirapoint found that users click on spam. It was new.",
         "Mirapoint"),
        ("Shoppers turn to eBay for toys. Data collected by eBay shows prices rising.", "eBay"),
    ],
)
def test_a_firm_the_tagger_reads_as_a_common_word_is_kept(text: str, name: str) -> None:
    assert by_name(run(text), name).kind == "organization"


def test_an_apple_style_product_is_no_actor() -> None:
    found = run("Sales of the iPod rose. Fans bought the iPod in shops across Britain.")
    assert "iPod" not in names(found)


def test_a_person_named_in_full_only_inside_a_quote_is_an_actor() -> None:
    text = (
        'The MP said: "By raising the levy Martin Fowley has hurt young savers." '
        "The Treasury did not reply."
    )
    assert by_name(run(text), "Martin Fowley").kind == "person"


def test_a_national_government_named_as_an_object_is_a_body() -> None:
    found = run(
        "The company has vowed to take the Russian government to court. Analysts doubt it."
    )
    assert by_name(found, "Russian government").kind == "organization"


def test_a_french_given_name_makes_a_person_of_a_name_read_as_a_place() -> None:
    found = run(
        "The defensive duo of Mathieu Orleans and Luca Brandt will start. Hollis agreed."
    )
    assert by_name(found, "Mathieu Orleans").kind == "person"


def test_a_name_after_a_body_noun_and_the_body_s_name_splits() -> None:
    found = run(
        "Leaders of the council workers union Unison Ray Pelling criticised the plans. "
        "Pelling said so."
    )
    assert by_name(found, "Ray Pelling").kind == "person"


def test_a_country_is_its_national_side_in_a_sports_report() -> None:
    text = (
        "Ireland fly-half Ronan Keane praised his team's 19-13 win against England. "
        "Ireland coach Eddie Walsh said the 19-13 win was earned. Keane scored two tries."
    )
    found = run(text)
    assert by_name(found, "England").kind == "organization"
    assert by_name(found, "Ireland").kind == "organization"


def test_a_country_in_a_business_story_stays_a_place() -> None:
    found = run("The firm moved its plant to Spain last year. Spain has low costs, it said.")
    assert by_name(found, "Spain").kind == "place"


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Sitcom actress Jane Rowe is to return. Rowe, who played Molly in Homefront, "
         "co-wrote the pilot. Homefront ended its run in May.", "Homefront"),
        ("The Navigator, starring Tom Ellery as a pilot, took second place. Ellery was pleased.",
         "Navigator"),
        ("Carl Hobbs has died. He wrote Wichita Morning with Nora Vance, the singer. "
         "Nora Vance recorded it.", "Wichita Morning"),
        ("The festival launched hits such as Still Water, Hector Dynamo and Garden Gate. "
         "Organisers were pleased.", "Hector Dynamo"),
        ("Prize winner and Lantern Hall author Hilary Maddox spoke. Maddox said so.",
         "Lantern Hall"),
        ("Nora Bell, Mike Leach's tale about a wartime nurse, leads the field. Leach said so. "
         "Nora Bell is the obvious choice.", "Nora Bell"),
        ("Nightcrawl is a horror thriller about a haunted man. Nightcrawl took 1m pounds. "
         "The producers were pleased.", "Nightcrawl"),
        ("Reality shows did well, including Channel 4's Nanny Rescue. Nanny Rescue won.",
         "Nanny Rescue"),
        ("Other films in the running include Mill Street, Anna Kovac's Lantern Bay and "
         "Low Tide. Kovac was pleased.", "Lantern Bay"),
        ("He starred in Broken Harbour (1994) and later directed plays. He is 60.",
         "Broken Harbour"),
        ("In her new book, Quiet Borders, Helen Marsh looks back at her life. Marsh is 70.",
         "Quiet Borders"),
        ("One of the early songs he wrote was Copper Valley, which sold a million copies.",
         "Copper Valley"),
        ("In 1995 Mr Rowe published the bestselling Thinking Fast, a guide to computing.",
         "Thinking Fast"),
        ("Actor Sam Reid won a prize for his portrayal of Tommy Vance in the drama.",
         "Tommy Vance"),
        ("French actress Lena Moreau, star of hit film Odile, will play the lead. "
         "Bonnet directed Moreau in Odile in 2001.", "Odile"),
        ("It was the place he taped most of his final album, Quiet Company. The museum opens soon.",
         "Quiet Company"),
        ("Her version of The Firebird, all lightness and grace, is admired. Markova died in Bath.",
         "Firebird"),
        ("The stars sang Deep Bass by Nikki Minaj at the gala. Minaj was not there.", "Deep Bass"),
        ("The woman behind the pop musical Sunny Days! has entered a ranking of the rich. "
         "Ms Dorran developed Sunny Days! with a playwright.", "Sunny Days"),
    ],
)
def test_a_work_is_no_actor(text: str, work: str) -> None:
    assert work not in names(run(text))


def test_a_maker_named_before_a_listed_work_stays_an_actor() -> None:
    text = "Other films in the running include Mill Street and Anna Kovac's Lantern Bay."
    assert "Anna Kovac" in names(run(text))


def test_a_journal_something_appeared_in_is_still_a_body() -> None:
    found = run(
        "A study that appeared in the Western Medical Journal found it. "
        "The Western Medical Journal said so."
    )
    assert by_name(found, "Western Medical Journal").kind == "organization"


def test_june_before_a_surname_is_a_woman_not_the_month() -> None:
    found = run(
        "He wrote the song with June Carter Cash, the wife of Johnny Cash. "
        "June Carter Cash said it upset her husband. In June Smith was hired."
    )
    assert by_name(found, "June Carter Cash").kind == "person"
    assert "June Smith" not in names(found)


def test_labour_named_alone_is_the_party() -> None:
    found = run("Mr Dale will play a central part in Labour's campaign. Labour said so.")
    assert by_name(found, "Labour").kind == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Nikolay Petrov beat Fabrice Morel in the quarter-final. Petrov said so.",
         "Fabrice Morel", "person"),
        ("Belova lost to Adams 6-3 6-2. Belova said she was tired.", "Belova", "person"),
        ("The Barbarians lost 47-19 to the Kiwis at Twickenham. Barbarians coach Bob Dyer spoke.",
         "Barbarians", "organization"),
        ("Supporters will not fill the stands at Fenwick Road. Fenwick Road will be empty for the "
         "3-1 game.", "Fenwick Road", "place"),
        ("The pilot went so well that Telekom Austria is now planning more. Telekom Austria "
         "said so.", "Telekom Austria", "organization"),
        ("The mine is in Western Australia, officials said. Western Australia has many mines.",
         "Western Australia", "place"),
    ],
)
def test_kinds_from_name_shapes(text: str, name: str, kind: str) -> None:
    assert by_name(run(text), name).kind == kind


def test_a_state_s_formal_name_and_a_score_after_a_place() -> None:
    found = run(
        "Robbie Keane scored as the Republic of Ireland beat Croatia 1-0. "
        "The Republic of Ireland coach Brian Kerr was happy."
    )
    assert "Republic of Ireland" in names(found)
    assert "Croatia" in names(found)


def test_a_nun_keeps_her_title_as_an_alias() -> None:
    found = run("Sister Gerald said the nun had been kind. Sister Gerald added that police came.")
    assert "Sister Gerald" in (by_name(found, "Gerald").aliases)


def test_a_named_speaker_is_always_an_actor() -> None:
    from generator.brief import brief
    from generator.model import Article

    text = (
        "'You might want to get your facts straight,' reports the Fairway Channel. "
        "'It is wrong,' Prime Minister said. Fowler said so."
    )
    article = Article(path=Path("t.txt"), text=text, sha256="0")
    found = brief(article, nlp.parse(text))
    named = {n for a in found.actors for n in (a.name, *a.aliases)}
    assert any(q.speaker == "Fairway Channel" for q in found.quotes)
    assert all(q.speaker in named for q in found.quotes if q.speaker and q.speaker[0].isupper()
               and q.speaker != "Prime Minister")
    assert "Prime Minister" not in named
    channel = next(a for a in found.actors if a.name == "Fairway Channel")
    assert text[channel.spans[0][0] : channel.spans[0][1]] == "Fairway Channel"


def test_a_speaker_named_by_surname_takes_the_full_name_the_text_gives() -> None:
    from generator.extract.actor_speakers import _written_in_full

    text = "Yannos Papadakis, who led the panel, spoke. Later Papadakis said so."
    assert _written_in_full(text, "Papadakis") == "Yannos Papadakis"
    assert _written_in_full("Yesterday Papadakis said so.", "Papadakis") is None


def test_a_role_that_only_a_caption_gives_is_kept(tmp_path: Path) -> None:
    from generator.extract.actors import actors
    from generator.read import read_article

    seed = tmp_path / "a.txt"
    seed.write_text(
        "Karim Duval has been ruled out of the match against Malaga on Saturday, his club said."
        "\n\nReal Madrid striker Karim Duval rolls around on the floor during the quarter-final"
        "\n\nDuval hurt his knee in training and will miss two weeks, the club said.\n"
    )
    article = read_article(seed)
    assert article.furniture  # the caption line is furniture
    found = actors(article, nlp.parse(article.text))
    assert by_name(found, "Karim Duval").role == "Real Madrid striker"


def test_a_friendly_win_over_a_country_makes_it_a_side() -> None:
    found = run(
        "The coach was annoyed his team could not net more than once in their friendly "
        "win over Croatia. The team kept a clean sheet for a sixth game. Croatia were poor."
    )
    assert by_name(found, "Croatia").kind == "organization"


def test_a_town_s_police_before_an_officer_s_name_is_a_body() -> None:
    found = run(
        "Fairfield police Officer Kathryn Moss said: 'We do not know where he is.' "
        "The boy was found later."
    )
    assert by_name(found, "Fairfield police").kind == "organization"
    assert by_name(found, "Kathryn Moss").kind == "person"


def test_a_weekday_can_be_a_surname_but_not_after_on() -> None:
    found = run("England sevens coach Mike Friday said his side was ready. The team flew out.")
    assert by_name(found, "Mike Friday").role == "England sevens coach"
    assert "Mike Friday" not in names(run("I met Mike on Friday. Mike was tired and went home."))


def test_a_club_named_only_inside_a_quote_is_an_actor() -> None:
    found = run('He said: "Our reply to Real Madrid was identical. We tried." Alvarez left.')
    assert by_name(found, "Real Madrid").kind == "organization"


def test_a_model_is_a_role() -> None:
    found = run("Bikini model Alexis Rand posted a picture. Rand said she was happy.")
    assert by_name(found, "Alexis Rand").role == "Bikini model"


def test_a_guitar_model_named_after_a_woman_is_no_actor() -> None:
    found = run("It became a signature guitar model named Lucille, made for the star. He loved it.")
    assert "Lucille" not in names(found)


def test_an_initial_or_a_list_of_titles_is_not_a_body_run_into_a_name() -> None:
    found = run("Donors include J. Joe Ricketts, founder of a broker. Ricketts gave 5m dollars.")
    assert "J. Joe Ricketts" in names(found)
    titles = run(
        "The trilogy - Winter Roads, The Glass Lantern and The Silver Spyglass - tells a story. "
        "Critics loved it."
    )
    assert "Silver Spyglass" not in names(titles)


def test_a_body_named_once_after_its_kind_is_kept_whatever_the_tagger_says() -> None:
    doc = nlp.parse("Record company Castellan is in charge of the distribution.")
    start = doc.text.index("Castellan")
    for label in ("PERSON", "ORG"):
        m = Mention(start, start + 9, "Castellan", label, 2, 3)
        assert not modifies_only(doc, m)  # not "a modifier named once": it is the company
    shop = nlp.parse("The sports shop Acmeco sold out.")
    assert is_body_descriptor(shop[2])


def test_a_body_takes_its_role_from_an_apposition_after_its_name() -> None:
    found = run("Zurmond, a leading Dutch insurer, said it did not yet know its exposure.")
    assert by_name(found, "Zurmond").role == "leading Dutch insurer"
    found = run("Zurmond, a town in the north, was flooded. Zurmond was cut off.")
    assert by_name(found, "Zurmond").role is None


def test_a_firm_the_tagger_reads_as_a_nationality_or_product_speaks_as_a_body() -> None:
    found = run(
        "Symbian said that it could not tell whether the harm was deliberate. Nokia agreed."
    )
    assert by_name(found, "Symbian").kind == "organization"
    assert "French" not in names(run("The French said no to the plan. Paris agreed."))


def test_a_place_named_once_as_the_setting_is_an_actor_unless_there_are_many() -> None:
    found = run(
        "Tom Hale, 52, was attacked by a badger. Hale said he was shaken.\n\n"
        "The animal ran off.\n\nHale has lived in a cottage in Harwick for years."
    )
    assert by_name(found, "Harwick").kind == "place"
    many = run(
        "Tom Hale leads the inquiry into the storms. Hale began his work in France. "
        "Hale said so.\n\nStorms hit homes in Leeds, in York, in Hull, in Bath and in Derby."
    )
    assert "France" in names(many)
    assert not {"Leeds", "York", "Hull", "Bath", "Derby"} & set(names(many))


def test_the_author_of_a_version_s_source_and_a_country_stay_actors() -> None:
    found = run(
        "The film version of Ken Marlow's hit novel is being made by Ron Pike. "
        "RT is the American version of Russia Today. Russia denies it. Russia said so."
    )
    assert {"Ken Marlow", "Russia"} <= set(names(found))


def test_a_nationality_word_and_an_untagged_name_that_speaks_are_a_body() -> None:
    found = run("Munich Re said its claims were small. Swiss Re said the same. Swiss Re is big.")
    assert by_name(found, "Swiss Re").kind == "organization"
