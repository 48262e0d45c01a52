"""Quotation marks written carelessly: an ellipsis ending a quoted sentence, a right single
mark used to open, a quote nested at the very end of another; on sentences written here."""

from __future__ import annotations

from generator.extract.quote_marks import regions


def _texts(text: str) -> list[str]:
    return [text[r.start : r.end] for r in regions(text)]


def test_an_ellipsis_ends_a_quoted_sentence_before_the_next_opening_mark() -> None:
    text = (
        "She said: 'The house was cold and the roof leaked \u2026 "
        "'We fixed it ourselves in the spring.' Then she left."
    )
    assert _texts(text) == [
        "The house was cold and the roof leaked \u2026",
        "We fixed it ourselves in the spring.",
    ]


def test_a_right_single_mark_after_a_colon_opens_a_quote() -> None:
    text = "Ruiz said, smiling:\u2019It would be nice to start again, wouldn\u2019t it?\u2019 Then."
    assert _texts(text) == ["It would be nice to start again, wouldn\u2019t it?"]


def test_elisions_with_a_right_single_mark_are_not_quotes() -> None:
    text = "They played rock \u2019n\u2019 roll in the \u201990s and \u2019til dawn."
    assert _texts(text) == []


def test_a_single_quote_closes_right_after_a_nested_double_one() -> None:
    text = (
        "Ruiz recalled the visit. 'He looked at me and said, \"Sign it. Sign it now.\"' "
        "The mayor said the talks were over."
    )
    assert _texts(text) == ['He looked at me and said, "Sign it. Sign it now."']
