"""Back-references that give a named person a role: "the <title>" opening the next sentence
as its subject, with any verb; on sentences written for these tests."""

from __future__ import annotations

from tests.test_actors import by_name, run


def test_the_title_opening_the_next_sentence_with_any_verb() -> None:
    found = run(
        "Hedda Morrow has opened a new bridge over the river.\n\n"
        "The prime minister was visiting the town for the first time. Ms Morrow smiled."
    )
    assert by_name(found, "Hedda Morrow").role == "prime minister"


def test_a_clause_set_off_by_commas_keeps_the_description() -> None:
    found = run(
        "Leeds United's Daniel Hart could miss six weeks with a knee injury.\n\n"
        "The striker, who is on loan from Fulham, hurt the knee in a match against Spain "
        "last week. Hart rested."
    )
    assert by_name(found, "Daniel Hart").role == "striker"


def test_an_adverb_before_the_description() -> None:
    found = run(
        "Tomas Reyl wants to forget the defeat he watched as a boy. "
        "Twice the teenage winger travelled to the final and saw his club lose. Reyl is ready."
    )
    assert by_name(found, "Tomas Reyl").role == "teenage winger"


def test_the_subject_named_again_leaves_the_description_to_the_other() -> None:
    found = run(
        "Maria Lopez reached the fourth round with a win over Elena Petrova. "
        "The 27th seed from Austria stayed with Lopez until the tie-break. Petrova left."
    )
    assert by_name(found, "Elena Petrova").role == "27th seed"
    assert by_name(found, "Maria Lopez").role is None


def test_a_description_with_a_possessive_is_not_a_back_reference() -> None:
    found = run(
        "Hedda Morrow has opened a new bridge over the river. "
        "The council's engineer was visiting the town. Morrow smiled."
    )
    assert by_name(found, "Hedda Morrow").role is None


def test_a_caption_role_counts_only_the_words_after_its_owner() -> None:
    from generator.extract.actor_captions import MAX_CAPTION_ROLE_WORDS, _core_length

    assert _core_length("North and South Rowing Union's managing director of coaching") == 4
    assert _core_length("Real Madrid striker") == 3
    assert _core_length("the club's coach and a friend of the old owner") > MAX_CAPTION_ROLE_WORDS


def test_a_title_with_of_right_after_the_name_without_a_comma() -> None:
    found = run('"The well is dry," Dr Alan Fitch head of drilling said. Fitch left.')
    assert by_name(found, "Alan Fitch").role == "head of drilling"


def test_a_lead_description_before_a_named_person_later_in_its_sentence() -> None:
    found = run(
        "A veteran Ohio high school coach has been suspended after he criticised President "
        "Barack Obama in class. Gary Mills will not coach again, the principal said. Mills left."
    )
    assert by_name(found, "Gary Mills").role == "veteran Ohio high school coach"


def test_a_lead_description_is_not_someone_named_in_its_own_sentence() -> None:
    found = run(
        "A Tory MP has been criticised by Daniel Hart over the vote. "
        "Daniel Hart said the vote was wrong. Hart left."
    )
    assert by_name(found, "Daniel Hart").role is None


def test_an_indefinite_title_with_an_adjective_after_it() -> None:
    found = run(
        "An artist critical of the new funding rules has denied comparing them to a "
        "dictatorship.\n\nMaria Lopez is worried that the council may close. Lopez left."
    )
    assert by_name(found, "Maria Lopez").role == "artist"


def test_a_list_of_subjects_after_a_name_is_no_apposition() -> None:
    found = run(
        "Daniel Hart, his two sons and the boys' mother fell ill on holiday in Spain. "
        "Hart is recovering."
    )
    assert by_name(found, "Daniel Hart").role is None


def test_a_described_name_between_dashes_is_no_list() -> None:
    found = run(
        "After the leak, Daniel Hart - a lawyer and legal commentator -suggests the email was "
        "copied by mistake. Hart said so."
    )
    assert "lawyer" in (by_name(found, "Daniel Hart").role or "")


def test_the_subject_of_an_as_clause_describes_the_main_subject() -> None:
    found = run(
        "Daniel Hart kept his nerve from the penalty spot as the former Leeds midfielder levelled "
        "for Fulham. Hart was pleased."
    )
    assert by_name(found, "Daniel Hart").role == "former Leeds midfielder"


def test_an_as_clause_after_two_people_describes_neither() -> None:
    found = run(
        "Daniel Hart watched Tom Brady closely as the former Leeds midfielder levelled for "
        "Fulham. Hart was pleased."
    )
    assert by_name(found, "Daniel Hart").role is None
    assert by_name(found, "Tom Brady").role is None
