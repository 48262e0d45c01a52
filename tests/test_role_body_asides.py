"""Body roles in an aside after the name: past a bracketed short form, owned by a common
noun ("the trade's watchdog") and set off by spaced dashes; on sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_actors import by_name, run


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Officials said the Northern Farming Board (NFB), the trade's watchdog, will "
            "look at the claims.",
            "trade's watchdog",
        ),
        (
            "Officials said the Northern Farming Board - the trade's watchdog in charge of "
            "feed - will look at the claims.",
            "trade's watchdog",
        ),
        (
            "Officials said the Northern Farming Board, the trade's watchdog, will look at "
            "the claims.",
            "trade's watchdog",
        ),
    ],
)
def test_a_body_aside(text: str, role: str) -> None:
    assert by_name(run(text), "Northern Farming Board").role == role


def test_a_bracketed_short_form_before_a_plain_aside() -> None:
    found = run("Hale Bank (HB), a small regional lender, said profits rose in the spring.")
    assert by_name(found, "Hale Bank").role == "small regional lender"


def test_a_dash_without_a_closing_dash_is_no_aside() -> None:
    found = run("Officials at the Northern Farming Board - the trade's watchdog said no.")
    assert by_name(found, "Northern Farming Board").role is None
