"""Roles from session 12 (run-on) rules: a role is cut back to its sound head when it runs on
into a clause, a phrase about another or the next list item, or the sentence before; it does
not swallow the first word of the name; a denial, a judgement or name-calling gives none; on
sentences written for these tests."""

from __future__ import annotations

import pytest

from generator import nlp
from generator.extract.role_vet import vetted
from tests.test_role_vet import _role


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "The crowd cheered Ana Lopez, the ship captain she plays in the new film, on stage.",
            "Ana Lopez",
            "ship captain",
        ),
        (
            "Carla Moss was also named best supporting actress on Sunday for the drama.",
            "Carla Moss",
            "best supporting actress",
        ),
        (
            "He will race Tom Price - runner-up behind him two years ago in Oslo - on Sunday.",
            "Tom Price",
            "runner-up",
        ),
        (
            '"I walk to work," said Dan Reyes, 31, a city bank clerk and one of the many who '
            "moved into the centre.",
            "Dan Reyes",
            "city bank clerk",
        ),
        (
            "The firm renamed itself Zorba Inc. Former Zorba chief executive Al Fenn faces trial.",
            "Al Fenn",
            "Former Zorba chief executive",
        ),
        (
            "Norwegian Trade Minister Gen Holm said the deal would help.",
            "Holm",
            "Norwegian Trade Minister",
        ),
        ("Ex-party chair Tom Del Monte is at 5 percent in the poll.", "Monte", "chair"),
        ("Ann Cole says rival Tom Bell took money from banks.", "Tom Bell", "rival"),
    ],
)
def test_a_run_on_role_is_cut_to_its_head(text: str, name: str, want: str) -> None:
    assert _role(text, name) == want


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He wrote to leaders including Tom Reed, the Queen of Spain as well as the Italian "
            "foreign office.",
            "Tom Reed",
        ),
        ('"I think Sara Lind is a stronger choice because of it," she said.', "Sara Lind"),
        ("'Max Roth is not a racist,' he told the crowd.", "Max Roth"),
        ("Max Roth is such a con artist, he told the crowd.", "Max Roth"),
        ("He spoke of his wife, Ann Lee, their two sons and his three sisters.", "Ann Lee"),
        ("He said more to his lover Ann Kirby than he should have.", "Ann Kirby"),
        ("The town's latest violent extremist, Omar Vale, was known to the police.", "Omar Vale"),
        ('"Who is the fraud here?" said Ken Bly, on a conference call with reporters.', "Ken Bly"),
    ],
)
def test_no_role_from_a_list_a_judgement_or_a_phrase(text: str, name: str) -> None:
    assert _role(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Former Fla. Gov. Jim Hart said he would run.", "Jim Hart", "Former Fla. Gov."),
        (
            "Last year, Tom Reed, a former army director and a senior commander in the "
            "conflict, spoke.",
            "Tom Reed",
            "former army director",
        ),
        (
            "Jo Fry, adviser for the Bly Group and the Daily Planet, said so.",
            "Jo Fry",
            "adviser for the Bly Group and the Daily Planet",
        ),
    ],
)
def test_a_sound_role_is_kept_whole(text: str, name: str, want: str) -> None:
    assert _role(text, name) == want


def test_names_in_a_list_are_no_role() -> None:
    text = "The gala will feature sets by Kip, Ruth Kane, Bobo and Blue Harbour."
    doc = nlp.parse(text)
    at = text.index("Ruth Kane")
    span = doc.char_span(at, at + len("Ruth Kane"))
    assert span is not None
    assert vetted(doc, span, "Bobo and Blue Harbour") is None
    assert vetted(doc, span, "singer") == "singer"
