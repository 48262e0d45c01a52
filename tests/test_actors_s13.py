"""Session 13 actor and role fixes: a title after a copula in a "One such X was" sentence, the
office-holder a "the Florida senator" description refers to, a counted plural before a list of
names, "Assemblywoman", a party's short name used only as an adjective, a body "of" a thing,
a plural apposition; on sentences written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, names, run


def test_a_title_after_such_a_subject_and_a_copula_is_a_role() -> None:
    text = (
        "Many leaders spoke about the speech on Friday. One such politician was President "
        "Alan Brock, who said the plan would fail. Brock spoke for an hour."
    )
    assert by_name(run(text), "Alan Brock").role == "President"


def test_a_judgement_after_the_copula_still_gives_no_role() -> None:
    text = "Critics called him names, but Jim Bell is such a fraud, said Ana Ruiz. Bell denied it."
    assert by_name(run(text), "Jim Bell").role is None


def test_an_office_description_goes_to_the_holder_of_that_title() -> None:
    text = (
        "The Daily Ledger reported on Monday that Sen. Marco Lupo could win the state. "
        "The latest polling in Florida shows Lupo closing the gap to within 5 points of Donald "
        "Brent. The Florida senator made a similar charge in Virginia before losing to Brent."
    )
    found = run(text)
    assert by_name(found, "Donald Brent").role is None
    assert by_name(found, "Marco Lupo").role == "Florida senator"


def test_a_counted_plural_before_a_list_gives_each_name_its_singular() -> None:
    text = (
        "Two objectors, Lawrence Moyle and William Trant, had challenged the bid with the "
        "board. Moyle said he would not appeal."
    )
    found = run(text)
    assert by_name(found, "Lawrence Moyle").role == "objector"
    assert by_name(found, "William Trant").role == "objector"


def test_a_plain_plural_before_a_list_gives_no_role() -> None:
    text = "The two men, Tom Hale and Jim Rolf, were arrested. Hale said nothing in court."
    assert by_name(run(text), "Tom Hale").role is None


def test_assemblywoman_is_a_title_not_part_of_the_name() -> None:
    text = "Assemblywoman Clara Tenby defeated a rival in the primary. Tenby thanked her voters."
    found = run(text)
    assert "Clara Tenby" in names(found)
    assert by_name(found, "Clara Tenby").role == "Assemblywoman"


def test_the_gop_used_only_before_nouns_is_no_actor() -> None:
    text = (
        "The Future45 group, funded by major GOP donors, is planning an ad. The GOP race is "
        "tight, and the GOP nominee will be picked in July, said Ana Ruiz."
    )
    assert "GOP" not in names(run(text))


def test_the_gop_acting_is_an_actor() -> None:
    text = "The GOP said it would win the seat. The GOP race is tight, said Ana Ruiz."
    assert "GOP" in names(run(text))


def test_a_board_of_elections_is_a_body() -> None:
    text = (
        "Sen. Tom Ruiz got a favorable decision from the Ohio Board of Elections, which ruled "
        "that he met the criteria. The Ohio Board of Elections was conclusive in its findings."
    )
    assert by_name(run(text), "Ohio Board of Elections").kind == "organization"


def test_a_plural_after_a_name_and_comma_is_no_role() -> None:
    text = (
        "Alan Brock, Republican candidates aren't that far apart on policy. The rhetoric of "
        "Republican candidates blasting President Alan Brock's approach suggests a divide."
    )
    assert by_name(run(text), "Alan Brock").role == "President"


def test_a_show_heard_on_a_network_is_no_actor() -> None:
    text = (
        "Tom Ruiz appeared on CNN's State of the Union on Sunday. Jake Tapper asked him about "
        "the plan, and Ruiz said on Fox News' Special Report that it would pass."
    )
    found = names(run(text))
    assert not any("State of the Union" in n or "Special Report" in n for n in found)
    assert "Jake Tapper" in found


def test_a_caption_run_in_does_not_glue_a_club_to_a_surname() -> None:
    text = (
        "Real Madrid will play seventh-placed Malaga. Real Madrid striker Karim Benzema has been "
        "ruled out of the match against Malaga Benzema rolls around on the floor during the "
        "clash. Malaga pulled off a stunning win over Barcelona in June."
    )
    found = run(text)
    assert "Malaga Benzema" not in names(found)
    assert by_name(found, "Karim Benzema").role == "Real Madrid striker"


def test_a_later_description_with_an_aside_clause_is_a_role() -> None:
    text = (
        "Ben Carlow spoke on Sunday. But he broke from his policy of not attacking Donald Brent "
        "to take a swipe at the businessman, who has hammered Carlow with insults."
    )
    found = run(text)
    assert by_name(found, "Donald Brent").role == "businessman"
    assert by_name(found, "Ben Carlow").role is None


def test_ag_before_a_surname_is_a_title() -> None:
    text = (
        "Ana Ward called for the impeachment of Attorney General Loretta Lynch on Friday. "
        "AG Lynch announced the lawsuit on Monday. Critics want to impeach AG Lynch now. "
        "Siemens AG said profits rose."
    )
    found = run(text)
    assert "AG Lynch" not in names(found)
    assert by_name(found, "Loretta Lynch").role == "Attorney General"
    assert by_name(found, "Siemens AG").kind == "organization"


def test_an_opening_as_phrase_gives_the_name_after_its_comma_a_role() -> None:
    found = run("As a New York senator, Hilda Crane voted in 2001 for the law. Crane later ran.")
    assert by_name(found, "Hilda Crane").role == "New York senator"
    found = run("As a result, Hilda Crane voted in 2001 for the law. Crane later ran.")
    assert by_name(found, "Hilda Crane").role is None


def test_an_acronym_of_a_pact_or_an_act_is_no_actor_wherever_it_stands() -> None:
    text = (
        "Tom Ruiz is seeking approval of the Trans-Pacific Partnership (TPP). Ana Lee was for "
        "the TPP before she was against it. Her aides ignored Freedom of Information Act (FOIA) "
        "requests, and a FOIA lawsuit followed. The Serious Fraud Office (SFO) said the SFO "
        "would act."
    )
    found = names(run(text))
    assert "TPP" not in found and "FOIA" not in found
    assert "Serious Fraud Office" in found


def test_a_bill_number_is_no_actor() -> None:
    text = "The state's HB2 took effect in March. Governor Pat Cory signed HB2 into law."
    assert "HB2" not in names(run(text))


def test_a_body_named_before_its_report_is_an_actor() -> None:
    text = (
        "Ben Carlow defended himself on Sunday against Tom Ruiz. He refuted a Politico story "
        "about his claim. Ruiz, who studied at Yale and then at Oxford, said Carlow lied about "
        "his past, and a CNN poll showed Carlow behind. He has 3,000 Twitter followers."
    )
    found = names(run(text))
    assert "Politico" in found and "CNN" in found
    assert "Twitter" not in found


def test_a_described_aside_is_not_the_main_subject() -> None:
    text = (
        "Mr Tony Blane talked about the manifesto - a move which seemed calculated to irritate "
        "the chancellor, who has long rejected the label."
    )
    assert by_name(run(text), "Tony Blane").role is None


def test_a_title_before_a_headline_colon_is_not_the_next_name_s() -> None:
    text = (
        "Former AG Mukaski at RNC: Clinton email scandal disqualifies her.\n\n"
        "Former Attorney General Michael Mukaski told delegates that Hillary Clinton should "
        "not be president. Clinton did not reply."
    )
    assert by_name(run(text), "Hillary Clinton").role is None


def test_a_marked_description_refers_back_to_the_one_named_before() -> None:
    text = (
        "The Daily Ledger reported on Monday that if Sen. Marco Lupo wins Florida, the nominee "
        "will be decided in July.\n\nThe latest polling in Florida shows Lupo closing the gap "
        "to within 5 points of Donald Brent. The Florida senator made a similar charge in "
        "Virginia before losing narrowly to Brent.\n\nMeanwhile in Ohio, John Kasten has also "
        "been surging and has pulled within 4 points of the GOP frontrunner, the polls show."
    )
    found = run(text)
    assert by_name(found, "Donald Brent").role == "GOP frontrunner"
    assert by_name(found, "John Kasten").role is None


def test_elected_as_and_resigned_as_give_the_office() -> None:
    text = (
        "The capital rejected an offer by allowing Sadiq Kahn. Kahn, a Muslim, was elected as "
        "mayor of London last week. David Blunt - who has resigned as home secretary - built "
        "his name as a plain-speaking man. Tom Hale, who stepped down as chairman in May, "
        "spoke. Ana Ruiz, who has said she would run, spoke."
    )
    found = run(text)
    assert by_name(found, "Sadiq Kahn").role == "mayor of London"
    assert by_name(found, "David Blunt").role == "home secretary"
    assert by_name(found, "Tom Hale").role == "chairman"
    assert by_name(found, "Ana Ruiz").role is None


def test_a_description_inside_a_name_refers_to_no_one() -> None:
    text = (
        "Top of the Pops has turned to the star of Elvin Presto musical Jailhouse Rock after "
        "the late rock legend scooped the 1,000th number one single.\n\nA Top of the Pops "
        'spokesperson said: "It is a very special number one."'
    )
    assert by_name(run(text), "Elvin Presto").role is None


def test_a_subject_of_the_sentence_before_keeps_an_office_description() -> None:
    text = (
        "Marco Lupo, who is third in many Iowa polls, stressed defense issues during an "
        "appearance with Sen. Joan Ernsting, R-Iowa.\n\nThe Florida senator told reporters he "
        "feels good about his campaign in Iowa."
    )
    found = run(text)
    assert by_name(found, "Joan Ernsting").role == "Sen."


def test_a_description_in_a_question_refers_to_no_one() -> None:
    text = (
        "Dan Trumbo claims he is worth $10 billion. Would a real billionaire be bilking old "
        "ladies out of their savings? Dan Trumbo is not a billionaire, I claim."
    )
    assert by_name(run(text), "Dan Trumbo").role is None


def test_an_office_description_goes_to_the_subject_unless_the_pronoun_says_otherwise() -> None:
    text = (
        "Hilda Crane sees the issue as a way to solidify her advantage over Sen. Bert Sandler. "
        "As the race turns south, Crane sees the issue as a way to solidify her advantage over "
        "Sandler. The senator has often cited his state's rural culture in defending his record."
    )
    found = run(text)
    assert by_name(found, "Hilda Crane").role is None


def test_a_ranking_description_does_not_look_back_a_sentence() -> None:
    text = (
        "Ivan Ljubo reached the semi-finals on Friday.\n\nThe win came after a 7-5 6-4 victory "
        "over the British number one. Tim Henmore had looked on course to level the match."
    )
    assert by_name(run(text), "Ivan Ljubo").role is None
