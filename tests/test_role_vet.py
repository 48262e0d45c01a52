"""Last checks on a role: its number fits one person, no word of a quoted nickname, no
dangling link word."""

from __future__ import annotations

from generator import nlp
from generator.extract.role_vet import vetted
from generator.extract.roles import role_of


def _role(text: str, name: str) -> str | None:
    doc = nlp.parse(text)
    at = text.find(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    return role_of(doc, span)


def test_shared_plural_title_is_made_singular() -> None:
    text = "Greek sprinters Kostas Demos and Maria Tellou have appeared before a panel."
    assert _role(text, "Kostas Demos") == "Greek sprinter"
    assert _role(text, "Maria Tellou") == "Greek sprinter"


def test_count_dropped_from_a_shared_plural() -> None:
    text = "The bid is being run by Mr Hale's two sons, Eli and Noah, the paper reports."
    assert _role(text, "Eli") == "Mr Hale's son"


def test_one_of_a_plural_is_one_person() -> None:
    text = "In a letter, one of the family's lawyers, Justin Bram, said the photos prove it."
    assert _role(text, "Justin Bram") == "family's lawyer"
    text = "Bernard Rhodes, one of the governor's closest advisers, recalled the meeting."
    assert _role(text, "Bernard Rhodes") == "one of the governor's closest advisers"


def test_lone_plural_run_into_a_name_is_no_role() -> None:
    text = "The horses are being checked by veterinary experts Kessler had been tearful about it."
    assert _role(text, "Kessler") is None
    text = "In 1969, during the student riots, Tom Rowan, a native New Yorker, became a symbol."
    assert _role(text, "Tom Rowan") is None


def test_plural_object_of_another_clause_is_no_role() -> None:
    text = (
        "In his flat, where he stays with one of his grown-up daughters, "
        "Mr Tanaka keeps a routine."
    )
    assert _role(text, "Mr Tanaka") is None


def test_list_heading_run_into_the_last_name_before_it() -> None:
    text = (
        "Defenders: Nat Clyne, John Terry, Jose Fonte, Cesar Azpi Midfielders: "
        "Yannick Bolas, Alexis Sanchez."
    )
    assert _role(text, "Jose Fonte") is None
    assert _role(text, "Yannick Bolas") == "midfielder"


def test_word_of_a_quoted_nickname_is_no_title() -> None:
    text = "Later, Dolan's younger brother - Lee 'Uncle Poodle' Dolan - told a magazine about it."
    assert _role(text, "Uncle Poodle' Dolan") is None
    assert _role(text, "Lee 'Uncle Poodle' Dolan") == "Dolan's younger brother"


def test_kin_roles_before_a_name_are_kept() -> None:
    assert _role("His mother Claire, 34, said the cream helped.", "Claire") == "mother"
    assert _role("He spoke with his wife, Evana, on Monday.", "Evana") == "wife"
    text = "Lena Ruiz, Ana Ruiz's mother, said she was proud."
    assert _role(text, "Lena Ruiz") == "Ana Ruiz's mother"


def test_dangling_link_word_and_full_stop_trimmed() -> None:
    doc = nlp.parse("The director of the firm, Ana Ruiz, spoke. Tom Hale is a fan.")
    ana = doc.char_span(26, 34)
    assert vetted(doc, ana, "director of") == "director"
    assert vetted(doc, ana, "fan.") == "fan"
    assert vetted(doc, ana, "Sen.") == "Sen."


def test_one_of_a_group_of_doers_is_a_role() -> None:
    text = "Wang Li, one of the four balloon pilots, said the balloon was huge."
    assert _role(text, "Wang Li") == "one of the four balloon pilots"
    assert _role("Tom Hale, one of the others, said no.", "Tom Hale") is None


def test_plural_possessive_and_quoted_titles_are_kept() -> None:
    text = "Tom Hale, the Saints' football manager, said the side was ready."
    assert _role(text, "Tom Hale") == "Saints' football manager"
    text = 'The paper sent its "national reporter" Ana Ruiz to the town.'
    assert _role(text, "Ana Ruiz") == "national reporter"


def test_plural_after_the_name_is_that_person_s() -> None:
    text = '"The logo is the way forward," said Dan Mercer, analysts with Strategy Metrics.'
    assert _role(text, "Dan Mercer") == "analyst with Strategy Metrics"
