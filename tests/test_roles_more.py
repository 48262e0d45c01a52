"""Roles from relative clauses, court reports, possessive bodies and sports positions; on
sentences written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, names, run


def test_who_served_as_gives_the_office_without_its_dates() -> None:
    found = run(
        "Dora Kell, who served as U.S. envoy to Peru from 2010 until last year, said the "
        "talks would resume. Kell left early."
    )
    assert by_name(found, "Dora Kell").role == "U.S. envoy to Peru"


def test_who_sits_on_a_board_and_who_is_a_title() -> None:
    found = run(
        "Ann Ambley, who sits on the executive of the Association of River Trusts, said the "
        "plan was weak. Ambley left. Tom Reyes, who is the league's chief executive, agreed."
    )
    assert by_name(found, "Ann Ambley").role == "executive of the Association of River Trusts"
    assert by_name(found, "Tom Reyes").role == "league's chief executive"


def test_counsel_in_a_court_report() -> None:
    found = run(
        "Sam Orbin, prosecuting, said the car was seen at 9pm. Ruth Calder, defending, said "
        "her client was sorry. Orbin and Calder left."
    )
    assert by_name(found, "Sam Orbin").role == "prosecuting"
    assert by_name(found, "Ruth Calder").role == "defending"


def test_a_title_before_a_comma_after_as_belongs_to_someone_else() -> None:
    found = run(
        "Leo Marsh will be more open as he begins his term as US President, Tom Blake has "
        "predicted. The prime minister said Mr Marsh had learned a lot. Mr Blake smiled."
    )
    assert by_name(found, "Tom Blake").role == "prime minister"


def test_a_possessive_party_is_a_role_only_where_no_other_is_given() -> None:
    found = run(
        "One percent support the Green Party's Jill Stanner. Stanner spoke. Labour's Mr Ross "
        "Vane spoke too, and the mayor said he would stay. Vane left."
    )
    assert by_name(found, "Jill Stanner").role == "Green Party"


def test_a_sports_position_read_as_an_adverb_is_still_a_title() -> None:
    found = run("The club confirmed the sale of teenage forward Robbie Muirfield. Muirfield left.")
    assert by_name(found, "Robbie Muirfield").role == "teenage forward"


def test_copular_office_rank_and_hyphenated_titles() -> None:
    found = run(
        "Omar Lutz was director of the National Grid Security Division within the agency. "
        "Mr Lutz left. Former world number two Tommy Hask is a doubt. Hask rested. Talk "
        "turned to under-fire manager Manuel Pellot. Pellot stayed."
    )
    assert by_name(found, "Omar Lutz").role == "director of the National Grid Security Division"
    assert by_name(found, "Tommy Hask").role == "Former world number two"
    assert by_name(found, "Manuel Pellot").role == "under-fire manager"


def test_an_office_before_a_comma_and_a_clergy_honorific() -> None:
    found = run(
        "Critics including the Bishop of Wexham, the Rt Rev Michael Scott-Jarne, said it would "
        "fail. Scott-Jarne argued. He played with 1988 Masters winner Sandy Lyall. Lyall won."
    )
    assert by_name(found, "Michael Scott-Jarne").role == "Bishop of Wexham"
    assert by_name(found, "Sandy Lyall").role == "1988 Masters winner"


def test_team_nouns_make_a_city_name_a_club() -> None:
    found = run(
        "Northam City players trained on Monday. Northam City striker Leo Varga was rested. "
        "Varga said Northam City qualify for Europe if they win."
    )
    assert by_name(found, "Northam City").kind == "organization"


def test_the_capitalised_title_refers_back_to_the_subject_before() -> None:
    found = run(
        "Daniel Camber will say today that high fees are unfair. Students get help, and "
        "the Prime Minister will make the argument for lower fees. Mr Camber will speak later."
    )
    assert by_name(found, "Daniel Camber").role == "Prime Minister"


def test_a_lead_that_describes_before_it_names() -> None:
    found = run(
        "Police are looking into a Tory MP after claims he tried to buy votes with pies. "
        "Jessie Normand allegedly handed out pies at a market. Ms Normand denies it."
    )
    assert by_name(found, "Jessie Normand").role == "Tory MP"


def test_no_forward_description_when_the_sentence_names_someone() -> None:
    found = run(
        "President Bart Oban answered a Gold Star mother on Wednesday.\n\nAt the town hall, "
        "Tina Hodges asked a question. Hodges sat down."
    )
    assert by_name(found, "Tina Hodges").role is None


def test_new_titles_and_what_the_text_calls_a_body() -> None:
    found = run(
        "Former Scotland international Finlay Calderwood fears a split. Calderwood said so. "
        "American astronaut Scott Kellan spoke. Kellan smiled. According to Russian state news "
        "agency Tess, six attempts were made. Tess said more would follow."
    )
    assert by_name(found, "Finlay Calderwood").role == "Former Scotland international"
    assert by_name(found, "Scott Kellan").role == "American astronaut"
    assert by_name(found, "Tess").role == "Russian state news agency"


def test_joined_as_and_a_title_before_a_comma_of_a_body() -> None:
    found = run(
        "Liverpool kept faith. Rick Parrow joined Liverpool as chief executive in March 2003. "
        "Parrow said no. It could reduce risk, said the study's author, Dr Urho Kujalo, of the "
        "University of Jyvaskyla. Dr Kujalo said more."
    )
    assert by_name(found, "Rick Parrow").role == "chief executive"
    assert by_name(found, "Liverpool").kind == "organization"
    assert by_name(found, "Urho Kujalo").role == "study's author"


def test_an_affiliation_after_from_and_a_scottish_given_name() -> None:
    found = run(
        "Brad Adamson, from Human Rights Watch, said it was bad. Adamson left. Chief Iain "
        "Duncan Smythe spoke, and Duncan Smythe left."
    )
    assert by_name(found, "Brad Adamson").role == "Human Rights Watch"
    assert "Iain Duncan Smythe" in names(found)


def test_a_copula_after_a_relative_clause_gives_the_office() -> None:
    found = run(
        "Kelvin Marrow, who moved to the club from Cardiff in 1971, is now the Saints football "
        "manager. Marrow said the squad was strong."
    )
    assert by_name(found, "Kelvin Marrow").role == "Saints football manager"


def test_a_plural_the_tagger_read_as_a_verb_stays_in_the_title() -> None:
    found = run("But Tory benefits chief Iain Morton Pryce questioned the figures. Pryce left.")
    assert by_name(found, "Iain Morton Pryce").role == "Tory benefits chief"


def test_a_count_before_a_name_is_no_title() -> None:
    found = run(
        "The inquiry found errors led to the deaths of 9 infants and one mother Maria "
        "Thewlis is the first of five nurses to face a hearing. Thewlis declined to attend."
    )
    assert by_name(found, "Maria Thewlis").role is None
    first = run("First Minister Jack McCrone has ordered a report. McCrone said so.")
    assert by_name(first, "Jack McCrone").role == "First Minister"


def test_a_sentence_opening_epithet_describes_the_person_just_named() -> None:
    found = run(
        "Jermain Dufrey says his derby winner justified his return. The former Toronto striker "
        "had scored just twice since January. Dufrey was the hero on Sunday."
    )
    dufrey = by_name(found, "Jermain Dufrey")
    assert dufrey.role == "former Toronto striker"


def test_titles_of_rugby_positions_joint_offices_and_offices_of_a_plural() -> None:
    found = run(
        "Northampton flanker Tom Wald is keen to win. England lock Cory Lawen is fit. "
        "Recording Academy president and CEO Nils Portner spoke. After a visit, chief "
        "inspector of prisons Chris Hardley wrote a report. Wald, Lawen, Portner and Hardley "
        "left."
    )
    assert by_name(found, "Tom Wald").role == "Northampton flanker"
    assert by_name(found, "Cory Lawen").role == "England lock"
    assert by_name(found, "Nils Portner").role == "Recording Academy president and CEO"
    assert by_name(found, "Chris Hardley").role == "chief inspector of prisons"


def test_the_first_lady_refers_back_to_the_woman_just_named() -> None:
    found = run(
        "Michelle Obama likes a busy schedule. On Wednesday the first lady planted spinach with "
        "pupils. \"We love it,\" the first lady said."
    )
    assert by_name(found, "Michelle Obama").role == "first lady"


def test_a_description_after_a_leading_clause_refers_to_its_subject() -> None:
    found = run(
        "As far as whether Bernard Sandell still senses anger among his supporters, the "
        "Oregon senator conceded that some people feel that way. Sandell left."
    )
    assert by_name(found, "Bernard Sandell").role == "Oregon senator"


def test_an_affiliation_after_from_or_a_partner_phrase() -> None:
    found = run(
        "\"It is useful,\" said Einar Bjorvik from Unosat, the UN mapping agency. \"A map "
        "works,\" explains Herbert Hanssen of Respond's Belgian partner Keyobs. Bjorvik and "
        "Hanssen agreed."
    )
    assert by_name(found, "Einar Bjorvik").role == "Unosat"
    assert by_name(found, "Herbert Hanssen").role == "Respond's Belgian partner Keyobs"


def test_an_address_is_no_role_and_its_street_no_actor() -> None:
    found = run(
        "Glenn Masterton, of Flamborough Close, Biggin Hill, denied fraud. Charges against "
        "Jeffrey Cato, of Court Road, Orpington, were dropped. Masterton and Cato left."
    )
    assert by_name(found, "Glenn Masterton").role is None
    assert not {"Flamborough Close", "Court Road"} & set(names(found))


def test_a_plural_apposition_after_two_names_is_both_roles() -> None:
    found = run(
        "Carver has time for the likes of Graeme Sowerby and Peter Reidy, the former managers "
        "of Newcastle. Sowerby and Reidy said so."
    )
    assert by_name(found, "Graeme Sowerby").role == "former manager of Newcastle"
    assert by_name(found, "Peter Reidy").role == "former manager of Newcastle"


def test_an_apposition_naming_a_body_after_of_and_a_list_of_names_is_no_role() -> None:
    found = run(
        "Ian Harwood, deputy editor of UK magazine Byte Weekly, said the device was cheap. "
        "Harwood left. Helen Clarkson, President Barack Obama and others spoke."
    )
    assert by_name(found, "Ian Harwood").role == "deputy editor of UK magazine Byte Weekly"
    assert by_name(found, "Helen Clarkson").role is None


def test_a_plural_title_with_modifiers_before_two_names() -> None:
    found = run(
        "Goodwin was courted by former prime ministers Tony Blaine and Gordon Browne. Browne "
        "and Blaine said so."
    )
    assert by_name(found, "Gordon Browne").role == "former prime minister"


def test_a_title_after_a_run_in_noun_phrase_and_a_title_already_held() -> None:
    found = run(
        "Labour staged a poster launch Tory co-chairman Liam Foxe called a stunt. Foxe left."
    )
    assert by_name(found, "Liam Foxe").role == "Tory co-chairman"
    held = run(
        "Tony Blane's feud with Gordon Browne is damaging, Tory leader Michael Howerd has "
        "claimed. Mr Blane dismissed the talk of splits. The Tory leader countered that deals "
        "had been struck. Browne and Blane left."
    )
    assert by_name(held, "Tony Blane").role is None
