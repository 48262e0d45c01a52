"""Names spaCy misses or mislabels, found by a common given name; on sentences written here."""

from __future__ import annotations

from generator.extract.given_names import FEMALE_NAMES, GIVEN_NAMES, MALE_NAMES, UNISEX_NAMES
from tests.test_actors import by_name, names, run


def test_a_name_spacy_missed_is_a_person_when_it_starts_with_a_given_name() -> None:
    found = run(
        "Top seed Halep beat fellow Romanian Svetlana Korvalenka 6-2 6-3 on Monday. "
        "Korvalenka had won their last two meetings. Later, Halep thanked the crowd."
    )
    korvalenka = by_name(found, "Svetlana Korvalenka")
    assert korvalenka.kind == "person"
    assert "Korvalenka" in korvalenka.aliases


def test_a_given_name_before_a_surname_spacy_tagged_as_a_body_stays_in_the_name() -> None:
    found = run(
        "The Mexican president, Enrique Pelado Nuñez, met the envoy. Critics of "
        "Mr. Pelado Nuñez said the meeting failed."
    )
    assert by_name(found, "Enrique Pelado Nuñez").role == "Mexican president"


def test_a_given_name_does_not_turn_a_firm_or_place_into_a_person() -> None:
    found = run(
        "Shares in Victoria Holdings rose after the Jordan Valley project was approved. "
        "Victoria Holdings said the plan would create jobs."
    )
    assert by_name(found, "Victoria Holdings").kind == "organization"


def test_the_name_lists_are_disjoint_by_sex() -> None:
    assert not FEMALE_NAMES & MALE_NAMES
    assert not UNISEX_NAMES & (FEMALE_NAMES | MALE_NAMES)
    assert {"svetlana", "enrique", "harley"} <= GIVEN_NAMES


def test_a_lone_word_with_no_sign_of_a_person_is_a_body() -> None:
    found = run(
        "After the debate Factcheckr ran a review of the claim. Factcheckr then ruled that the "
        "claim was true. Factcheckr said more checks would follow."
    )
    assert by_name(found, "Factcheckr").kind == "organization"


def test_a_lone_word_with_a_title_before_it_stays_a_person() -> None:
    found = run(
        "Police arrested taxi driver Salimar on Friday. The driver, known as Salimar, denied "
        "the charge. Salimar was held overnight."
    )
    assert by_name(found, "Salimar").kind == "person"


def test_a_given_name_at_the_start_of_a_paragraph_opens_a_name() -> None:
    found = run("The critics spoke.\n\nMehmet Ozal \u2014 a surgeon \u2014 was praised. Ozal left.")
    assert by_name(found, "Mehmet Ozal").kind == "person"


def test_events_operations_awards_and_demonyms_are_not_actors() -> None:
    found = run(
        "Lena Ruiz won at the Eurovision Song Contest and later at the Oscars. Operation "
        "Blue Falcon began on Monday, a Frenchman said. Ruiz thanked the Acme Trust."
    )
    got = names(found) + [n for a in found for n in a.aliases]
    for junk in ("Eurovision Song Contest", "Oscars", "Operation Blue Falcon", "Frenchman"):
        assert junk not in got
    assert "Acme Trust" in got


def test_a_body_named_after_a_kind_of_body_is_found() -> None:
    found = run(
        "Graham Cole, senior consultant at security firm Sophira, told reporters it was "
        "positive. The agency bought a computer from the Canadian company Q-Wave Systems. The "
        "Daily Star and the Ganett newspaper chain filed a motion."
    )
    got = names(found)
    assert {"Sophira", "Q-Wave Systems", "Ganett"} <= set(got)


def test_a_first_name_used_alone_joins_the_one_person_of_that_name() -> None:
    found = run(
        "The triathlete Charlotte Rooker gave up normal clothes for Lent. Charlotte said the "
        "costumes drew stares. Charlotte wore a tiger suit to work in Charlotte, she added."
    )
    rooker = by_name(found, "Charlotte Rooker")
    assert rooker.kind == "person"


def test_a_stance_prefix_is_not_part_of_a_bodys_name() -> None:
    found = run(
        "In August, the pro-Lopez Progress First Action became the best-funded group. "
        "Progress First Action said it would spend more."
    )
    assert "Progress First Action" in names(found)


def test_team_nicknames_digits_and_human_acts_decide_kinds() -> None:
    found = run(
        "Leeds Rhinos signed a forward on Monday. The group Future47 spent heavily on ads, and "
        "Future47 said it would spend more. Parry, speaking to reporters, said the club was "
        "ready. Parry joined the club as chief executive in 1998. Parry said more would come."
    )
    assert by_name(found, "Leeds Rhinos").kind == "organization"
    assert by_name(found, "Future47").kind == "organization"
    assert by_name(found, "Parry").kind == "person"


def test_a_firm_name_may_start_with_an_adjective_or_a_verb() -> None:
    found = run("Cars were moved by Advanced Towing on Monday. Advanced Towing said so.")
    assert "Advanced Towing" in names(found)


def test_a_given_name_before_a_place_word_is_a_place() -> None:
    found = run(
        "Fans gathered across Stanley Park on Sunday. Stanley Park was full, and the club "
        "said Stanley Park would host more games."
    )
    assert by_name(found, "Stanley Park").kind == "place"


def test_a_bare_vague_group_that_never_speaks_is_not_a_key_actor() -> None:
    found = run(
        "Lawmakers renewed the visa scheme on Friday, though critics opposed it for years. "
        "Dana Ruiz, who runs a migrant centre, said the vote was welcome. Ruiz left."
    )
    assert not {"lawmakers", "critics", "Lawmakers"} & set(names(found))


def test_a_name_after_a_quote_closed_by_the_other_style_of_mark_is_outside_it() -> None:
    from generator.extract.actor_mentions import quoted_regions

    text = '\u201cDeals should not be a rule," Chairman Jay Chafton said. He left \u201cnow\u201d.'
    regions = [text[s:e] for s, e, _n in quoted_regions(text)]
    assert regions == ["Deals should not be a rule,", "now"]


def test_a_first_name_written_before_a_lone_surname_keeps_a_person() -> None:
    text = (
        "Jermaine Dufoe says his winner was a reply to critics. But Dufoe was the hero on "
        "Sunday. Striker Jermaine Dufoe believes the goal proved his worth."
    )
    from generator.extract.actor_kinds import _first_name_before

    assert _first_name_before(text, "Dufoe")
    assert not _first_name_before("Acme rose. Acme fell. Shares in Acme slid.", "Acme")


def test_short_forms_are_aliases_only_where_the_text_writes_them() -> None:
    found = run(
        "But Tory benefits chief Iain Morton Pryce questioned the figures on Monday. Mr Morton "
        "Pryce said they were unverified."
    )
    pryce = by_name(found, "Iain Morton Pryce")
    assert "Iain Pryce" not in pryce.aliases
    assert "Morton Pryce" in pryce.aliases


def test_an_honorific_before_a_first_name_of_another_person_is_a_surname() -> None:
    found = run(
        "Sacked MP Howard Fleet will not stand again. Mr Fleet said he was sad. Tory leader "
        "Michael Howerd had him removed, and Mr Howard was blamed. Party sources said Mr "
        "Howard acted fast."
    )
    fleet = by_name(found, "Howard Fleet")
    assert "Mr Howard" not in fleet.aliases


def test_an_honorific_before_a_family_name_written_first_still_joins() -> None:
    found = run(
        "Choi Min-ho, the secretary general of the Asian Trade Forum, spoke on Monday. Mr. Choi "
        "said the talks would go on, and Mr. Choi left early."
    )
    assert "Mr. Choi" in by_name(found, "Choi Min-ho").aliases
