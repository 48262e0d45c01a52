"""Numbers: "according to" a described name and its reach, a report named in the sentence
before, "put ... at risk", "respectively", a figure's own relative clause, an appositive
figure, hedged "a week", world rankings, "N in a row", ages missing a comma, verb hedges."""

from __future__ import annotations

from tests.test_numbers_attach import by_value, run


def test_according_to_a_described_name_gives_the_name() -> None:
    f = by_value("According to the polling firm Brightline, 62% of renters plan to move.", 62)
    assert f.source == "Brightline"
    g = by_value("According to wire service Nordpress, nine ferries were cancelled on Monday.", 9)
    assert g.source is not None and "Nordpress" in g.source


def test_according_to_stops_at_another_speaker() -> None:
    text = ("The auditors reported that Bolt holds $4.2 billion abroad; Crane holds $1.1 billion "
            "abroad, and the filing says the firm has 88 shell units, according to its annual "
            "report.")
    assert by_value(text, 1_100_000_000).source == "auditors"


def test_according_to_at_the_end_covers_an_earlier_clause() -> None:
    text = ("The city's fleet stood at 4,000 buses in 1990 and has since grown to 6,500, "
            "according to the transit authority.")
    assert by_value(text, 4000).source == "transit authority"


def test_bare_poll_takes_the_report_named_just_before() -> None:
    text = ("Cyclists are twice as likely to vote Green, according to research by Pollwise. "
            "The share rose from 12 to 25 per cent among riders named Alan, the survey of "
            "8,000 adults found.")
    f = by_value(text, 25)
    assert f.source == "Pollwise"
    assert "named Alan" in f.about
    assert by_value(text, 8000).source == "Pollwise"


def test_put_at_risk_is_no_claim() -> None:
    f = by_value("The delay will not put the four lab staff at risk, the agency said.", 4)
    assert f.source == "agency"


def test_respectively_pairs_figures_with_names() -> None:
    text = ("Two donors, retired banker Ada Finch and shipping heir Carl Obi, lead the table, "
            "giving more than $12 million and $9 million, respectively.")
    first = by_value(text, 12_000_000)
    second = by_value(text, 9_000_000)
    assert "Finch" in first.about and first.qualifier == "more than"
    assert "Obi" in second.about


def test_figures_own_relative_clause_and_participle() -> None:
    f = by_value("That beats the $72.5 million that flowed into the fund during the 2014 season.",
                 72_500_000)
    assert "2014" in f.about and "flowed" in f.about
    g = by_value("The board had paid 91% of the £2.4bn claimed by farmers since 2010.",
                 2_400_000_000)
    assert "claimed by farmers" in g.about


def test_second_figure_of_a_to_pair_keeps_its_relative_clause() -> None:
    text = "In May, rural councils spent $8.1 million to $5.3 million that went to city councils."
    assert "city councils" in by_value(text, 5_300_000).about


def test_appositive_figure_is_read_by_the_noun_it_describes() -> None:
    f = by_value("Roughly half the budget -- $40.2 million -- in this plan went to roads.",
                 40_200_000)
    assert "budget" in f.about


def test_spaced_hyphen_aside_is_left_out() -> None:
    text = ("The deal will lift the yearly output of the mill - the region's oldest paper "
            "maker - to 90,000 tonnes.")
    assert "output of the mill" in by_value(text, 90000).about


def test_hedged_article_counts_one_unit() -> None:
    f = by_value("The probe will burn up in the atmosphere in about a week, officials said.", 1)
    assert (f.unit, f.qualifier) == ("weeks", "about")
    assert "atmosphere" in f.about
    assert run("About a year ago she moved to Lyon.") == ()
    assert run("A week later the shop closed.") == ()


def test_world_ranking_and_run_of_wins() -> None:
    f = by_value("Okafor was never troubled against the world No 4 on Tuesday.", 4)
    assert "No 4" in f.text
    g = by_value("The victory was her sixth in a row before the final.", 6)
    assert "victory" in g.about
    assert run("Ours was the second in a row of cottages.") == ()


def test_age_with_its_closing_comma_left_out() -> None:
    f = by_value("Marta Quill, 34, was hurt and Officer Dean Rusk, 29 was treated at the scene.",
                 29)
    assert (f.unit, f.about) == ("years", "age of Dean Rusk")
    g = by_value("On patrol: Officer Dean Rusk, 29 (pictured), was unhurt.", 29)
    assert g.about == "age of Dean Rusk"


def test_verb_hedges_and_maximum() -> None:
    assert by_value("The city's debt is nearing $3 billion.", 3_000_000_000).qualifier == (
        "nearing")
    f = by_value("The link allows transfers up to a maximum of 40Mbps in open country.", 40)
    assert f.qualifier == "up to"


def test_speech_tag_after_the_figure_names_the_nearest_subject() -> None:
    f = by_value("The cost of a new kitchen averages £14,300, Acme's report said, while many "
                 "people wait.", 14300)
    assert f.source == "Acme"


def test_lead_verb_misread_as_auxiliary_keeps_its_subject() -> None:
    text = ("A Northway poll shows that renters have left the party.\n\n"
            "Okafor beats Lindqvist by 47 percent to 38 percent, according to the poll.")
    f = by_value(text, 47)
    assert "Okafor" in f.about and f.source == "Northway"
