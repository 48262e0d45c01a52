"""Body signs from what a name owns or is called (sentences written here): "X's
shareholders", "X's head of sales", "X's Ann Lee", "a small firm, X,", "one of the largest
tin companies", "Leeds-based X" after a stray space, "X which" without a comma."""

from __future__ import annotations

from generator import nlp
from generator.extract.actor_kind_person import body_signs


def _span(doc: object, first: str, last: str) -> tuple[int, int]:
    toks = list(doc)  # type: ignore[call-overload]
    i = next(t.i for t in toks if t.text == first)
    j = next(t.i for t in toks if t.text == last and t.i >= i)
    return i, j + 1


def _signs(text: str, first: str, last: str) -> int:
    doc = nlp.parse(text)
    start, end = _span(doc, first, last)
    return body_signs(doc, start, end, doc.text)


def test_what_only_a_body_owns() -> None:
    text = "Harrow Tin's shareholders voted against the deal on Monday."
    assert _signs(text, "Harrow", "Tin") == 2
    text = "Pia Corran, Harrow Tin's head of sales, said prices would rise."
    assert _signs(text, "Harrow", "Tin") == 2
    assert _signs("Harrow Tin's mother said prices would rise.", "Harrow", "Tin") == 0


def test_a_member_named_in_full_after_the_possessive() -> None:
    text = '"We will be back," said Velvet Harrow\u2019s Tom Bradley.'
    assert _signs(text, "Velvet", "Harrow") == 3


def test_a_body_noun_in_apposition() -> None:
    text = "The bank will work with a small electronics firm, Dorrit Vale, to make the parts."
    assert _signs(text, "Dorrit", "Vale") == 2
    text = "The mine belonged to Harrow Tin, one of the largest tin companies in Wales."
    assert _signs(text, "Harrow", "Tin") >= 2


def test_based_after_a_stray_space_and_which_without_a_comma() -> None:
    text = "Leeds-based\u00a0Harrow Tin says that prices will rise."
    assert _signs(text, "Harrow", "Tin") == 2
    text = "Now Harrow Tin  which bought the mine last year  says prices will rise."
    assert _signs(text, "Harrow", "Tin") == 1


def test_no_sign_for_which_right_after_a_name_or_for_a_persons_work() -> None:
    text = "The film draws on a book by his widow Sue Lee which came out in 1995."
    assert _signs(text, "Sue", "Lee") == 0
    text = "The prize went to Sue Lee's Tom Cat, a story about a lost kitten."
    assert _signs(text, "Sue", "Lee") == 0
