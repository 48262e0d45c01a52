"""Front matter in and out: every value written is read back the same, traps included."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.frontmatter import FrontMatterError, dump, join_page, load, parse, split_page

TRAPS = ["no", "NO", "No", "yes", "off", "y", "n", "1e3", "012", "0x1F", "12:30", "1_000",
         "2026-01-05", "2026-13-45", "---", "...", "#", "# not a comment", "a #b", ":", "a: b",
         "'", '"', "''", "\x85", "a\x85b", "\u2028", "line\u2029end", "مرحبا بالعالم",
         "\u202eevil", " lead", "trail ", "  ", "", "~", "null", "- item", "[x]", "{x: 1}",
         "*alias", "&anchor", "!tag", "%dir", "@at", "`tick", "|", ">", "? q", "a\nb", "\t",
         "\r", "\ufeff", ".inf", "-.nan", "+1", "=", "<<"]

TEXT = st.text(st.characters(blacklist_categories=("Cs",)))
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.dates(), TEXT, st.sampled_from(TRAPS))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(TEXT, inner, max_size=4)), max_leaves=10)


@pytest.mark.parametrize("value", TRAPS)
def test_trap_strings_round_trip(value: str) -> None:
    assert load(dump({"k": value}))["k"] == value


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_any_value_written_is_read_back(value: Any) -> None:
    assert load(dump({"k": value})) == {"k": value}


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(TEXT, VALUES, max_size=4), TEXT)
def test_page_round_trip(mapping: dict[str, Any], body: str) -> None:
    page = join_page(dump(mapping), body)
    fm, rest = split_page(page)
    assert fm is not None and load(fm) == mapping and rest == body


def test_dump_is_deterministic_and_unwrapped() -> None:
    long = "word " * 400
    text = dump({"b": long, "a": dt.date(2026, 1, 5)})
    assert text == dump({"b": long, "a": dt.date(2026, 1, 5)})
    assert text.splitlines()[1] == "a: 2026-01-05" and len(text.splitlines()) == 2


def test_impossible_date_is_refused_with_its_page_line() -> None:
    with pytest.raises(FrontMatterError) as err:
        parse("title: x\nsummary: y\ndate: 2026-13-45\n")
    assert err.value.line == 4  # line 1 of the page is '---'
    assert "2026-13-45" in str(err.value) and "YYYY-MM-DD" in str(err.value)


def test_syntax_error_has_a_line() -> None:
    with pytest.raises(FrontMatterError) as err:
        parse("title: x\ntags: [a, b\nsummary: y\n")
    assert err.value.line is not None and "not valid YAML" in str(err.value)


def test_comments_are_located_and_hashes_in_text_are_not_comments() -> None:
    text = "# top\ntitle: 'a # b'  # why\nsummary: |\n  # inside a block\n"
    parsed = parse(text)
    assert [text[i : i + 5] for i in parsed.comments] == ["# top", "# why"]
    assert parsed.data == {"title": "a # b", "summary": "# inside a block\n"}


def test_front_matter_must_be_a_mapping() -> None:
    with pytest.raises(FrontMatterError):
        parse("- a\n- b\n")


def test_unclosed_front_matter_is_an_error() -> None:
    with pytest.raises(FrontMatterError) as err:
        split_page("---\ntitle: x\n")
    assert err.value.line == 1


def test_bom_is_ignored_when_splitting() -> None:
    assert split_page("\ufeff---\ntitle: x\n---\nbody") == ("title: x\n", "body")
