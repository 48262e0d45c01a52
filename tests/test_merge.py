"""The hand-edit-aware merge: a pure function on strings and mappings (no extractors).

Golden cases live in tests/data/merge/<case>/: before.md (the page on disk, edited by hand),
after.md and review.txt (what the merge must give with tests/data/merge/fresh.yaml).
Regenerate them with `UPDATE_GOLDEN=1 pytest tests/test_merge.py` and review the diff.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from generator.frontmatter import FrontMatterError, dump, join_page, load, split_page
from generator.merge import merge
from generator.ownership import GENERATED

DATA = Path(__file__).parent / "data" / "merge"


def fresh(**changes: Any) -> dict[str, Any]:
    """A small briefing mapping written for these tests."""
    base = {
        "title": "Library opens a night reading room",
        "date": dt.date(2026, 4, 7),
        "description": "The city library opened a night reading room on Tuesday.",
        "summary": "The city library opened a night reading room on Tuesday. "
                   "Librarian Noor Haddad said 120 people came on the first night.",
        "tags": ["Noor Haddad", "City Library"],
        "source": {"path": "seeds/library.txt", "sha256": "ab" * 32, "url": None,
                   "publisher": "The Evening Post"},
        "actors": [
            {"name": "Noor Haddad", "kind": "person", "role": "Librarian",
             "aliases": ["Haddad"], "mentions": 2},
            {"name": "City Library", "kind": "organization", "role": None, "aliases": [],
             "mentions": 2},
        ],
        "numbers": [
            {"value": 120, "text": "120 people", "unit": "people", "about": "first-night visitors",
             "qualifier": None, "source": "Noor Haddad",
             "sentence": "Librarian Noor Haddad said 120 people came on the first night."},
        ],
        "quotes": [
            {"text": "Quiet is a public good", "speaker": "Noor Haddad",
             "sentence": "\"Quiet is a public good,\" Haddad said."},
        ],
        "timeline": [
            {"date": dt.date(2026, 4, 7), "when": "Tuesday", "day_offset": 0,
             "event": "The city library opened a night reading room on Tuesday."},
        ],
    }
    base.update(changes)
    return base


def front(page: str) -> dict[str, Any]:
    fm, _ = split_page(page)
    assert fm is not None
    return load(fm)


def edit(page: str, change: Any) -> str:
    """An editor's change made by rewriting the front matter from its values."""
    fm, body = split_page(page)
    data = load(fm)
    change(data)
    return join_page(dump(data), body)


# --- golden before/after pages -------------------------------------------------------------

CASES = sorted(p.name for p in DATA.iterdir() if p.is_dir()) if DATA.is_dir() else []


@pytest.mark.parametrize("case", CASES)
def test_golden_merge(case: str) -> None:
    folder = DATA / case
    before = (folder / "before.md").read_bytes().decode("utf-8")
    new = yaml.safe_load((DATA / "fresh.yaml").read_text(encoding="utf-8"))
    result = merge(before, new)
    review = "".join(f"{r}\n" for r in result.review)
    if os.environ.get("UPDATE_GOLDEN"):
        (folder / "after.md").write_bytes(result.text.encode("utf-8"))
        (folder / "review.txt").write_text(review, encoding="utf-8")
    assert result.text == (folder / "after.md").read_bytes().decode("utf-8")
    assert review == (folder / "review.txt").read_text(encoding="utf-8")
    assert merge(result.text, new).text == result.text  # a second run changes nothing


def test_golden_cases_exist() -> None:
    assert len(CASES) >= 8


# --- what the golden cases promise, asserted directly -------------------------------------

def test_new_page_is_the_deterministic_dump_with_a_record() -> None:
    page = merge(None, fresh()).text
    assert page == merge(None, fresh()).text
    data = front(page)
    assert data["quotes"][0]["speaker"] == "Noor Haddad"
    assert data[GENERATED]["tags"].count(" ") == 1  # one short checksum per tag
    assert len(data[GENERATED]["title"]) == 8


def test_untouched_fields_are_updated_and_the_body_kept() -> None:
    page = merge(None, fresh()).text + "\nOur analysis: *busy* nights ahead.\n"
    new = fresh(summary="A new summary sentence.")
    new["actors"][0]["mentions"] = 5
    result = merge(page, new)
    data = front(result.text)
    assert data["summary"] == "A new summary sentence."
    assert data["actors"][0]["mentions"] == 5
    assert result.text.endswith("---\n\nOur analysis: *busy* nights ahead.\n")
    assert result.review == ()


def test_edited_quote_speaker_stays_and_a_new_quote_is_added() -> None:
    page = merge(None, fresh()).text.replace("  speaker: Noor Haddad\n",
                                             "  speaker: Chief Librarian Noor Haddad\n")
    new = fresh()
    new["quotes"] = [*new["quotes"], {"text": "We will stay open late", "speaker": "City Library",
                                      "sentence": "\"We will stay open late,\" the library said."}]
    result = merge(page, new)
    quotes = front(result.text)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Chief Librarian Noor Haddad", "City Library"]
    assert result.review == ()  # the article did not change the edited quote


def test_edit_against_a_changed_article_is_kept_and_reported() -> None:
    page = merge(None, fresh()).text.replace("title: Library opens a night reading room",
                                             "title: Night reading room opens")
    result = merge(page, fresh(title="Library opens a late-night reading room"))
    assert front(result.text)["title"] == "Night reading room opens"
    assert result.review == ("title",)
    assert "<<<<" not in result.text and ">>>>" not in result.text
    assert merge(result.text, fresh(title="Library opens a late-night reading room")).review == ()


def test_edited_list_item_against_changed_article_is_reported_by_item() -> None:
    page = merge(None, fresh()).text.replace("role: Librarian", "role: Head librarian")
    new = fresh()
    new["actors"][0]["mentions"] = 3
    result = merge(page, new)
    assert front(result.text)["actors"][0] == {**fresh()["actors"][0], "role": "Head librarian"}
    assert result.review == ('actors[0] ("Noor Haddad")',)


def test_editor_keys_and_comments_are_kept_byte_for_byte() -> None:
    page = merge(None, fresh()).text
    page = page.replace("tags:\n", "desk:   {night: yes, owner: 'AB'}   # odd spacing kept\n"
                                   "# a comment above tags\ntags:\n")
    page = page.replace("  role: Librarian\n", "  role: Librarian  # per the staff page\n")
    new = fresh(summary="Changed summary.")
    new["quotes"] = []
    result = merge(page, new)
    assert "desk:   {night: yes, owner: 'AB'}   # odd spacing kept\n# a comment above tags\n" \
        in result.text
    assert "  role: Librarian  # per the staff page\n" in result.text
    assert "quotes: []\n" in result.text
    assert front(result.text)["summary"] == "Changed summary."


def test_a_deleted_field_is_handed_back() -> None:
    page = edit(merge(None, fresh()).text, lambda d: d.pop("summary"))
    data = front(merge(page, fresh()).text)
    assert data["summary"] == fresh()["summary"]
    assert list(data)[:5] == ["title", "date", "description", "summary", "tags"]


def test_a_deleted_list_item_stays_deleted() -> None:
    page = merge(None, fresh()).text.replace("- City Library\n", "", 1)
    result = merge(page, fresh())
    assert front(result.text)["tags"] == ["Noor Haddad"]
    assert result.text == page


def test_force_hands_a_field_back() -> None:
    page = merge(None, fresh()).text.replace("title: Library opens a night reading room",
                                             "title: Mine  # keep")
    assert front(merge(page, fresh(), force=frozenset({"title"})).text)["title"] == fresh()["title"]
    assert front(merge(page, fresh(), force=frozenset({"all"})).text)["title"] == fresh()["title"]
    assert front(merge(page, fresh(), force=frozenset({"quotes"})).text)["title"] == "Mine"


def test_pinned_page_is_never_touched() -> None:
    page = merge(None, fresh()).text.replace("title:", "pinned: true\ntitle:", 1)
    result = merge(page, fresh(title="Something else"))
    assert result.text == page and result.pinned


def test_page_without_a_record_keeps_differing_values_for_review() -> None:
    page = merge(None, fresh()).text
    page = page[: page.index(GENERATED + ":")] + "---\n"
    result = merge(page, fresh(title="New title"))
    assert front(result.text)["title"] == fresh()["title"] or result.review == ("title",)
    assert front(result.text)["title"] == "Library opens a night reading room"
    assert GENERATED in front(result.text)


@pytest.mark.parametrize(("bad", "line", "words"), [
    ("  role: Librarian\n", "  role: NO\n", "truth value"),
    ("  role: Librarian\n", "  role: 42\n", "the number 42"),
    ("date: 2026-04-07\n", "date: 2026-13-45\n", "not a real date"),
    ("  mentions: 2\n", "  mentions: many\n", "whole number"),
    ("  speaker: Noor Haddad\n", "", "missing key"),
    ("title: Library", "title: [Library", "not valid YAML"),
])
def test_broken_page_is_refused_with_its_line(bad: str, line: str, words: str) -> None:
    page = merge(None, fresh()).text.replace(bad, line, 1)
    with pytest.raises(FrontMatterError) as err:
        merge(page, fresh())
    assert words in str(err.value)
    assert err.value.line is not None and err.value.line > 1


def test_crlf_page_keeps_its_line_endings() -> None:
    page = (merge(None, fresh()).text + "\nBody line.\n").replace("\n", "\r\n")
    assert merge(page, fresh()).text == page
    updated = merge(page, fresh(summary="Short.")).text
    assert "summary: Short.\r\n" in updated and "\n" not in updated.replace("\r\n", "")


def test_page_without_front_matter_gets_one_and_keeps_its_text() -> None:
    result = merge("Notes an editor wrote.\n", fresh())
    assert result.text.endswith("---\nNotes an editor wrote.\n")
    assert front(result.text)["title"] == fresh()["title"]


# --- properties ----------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
TRAPS = st.sampled_from(["no", "NO", "yes", "on", "1e3", "012", "12:30", "2026-01-05", "---",
                         "#", ":", "a: b", "'", '"', "\x85", "\u2028", "\u2029", "שלום",
                         " lead", "trail ", "null", "~", "- x", "[x]", "{x}", "*a", "&a", "!x"])
STRINGS = st.one_of(TRAPS, TEXT)
OPT = st.one_of(st.none(), STRINGS)

FIELD_EDITS = st.one_of(
    st.tuples(st.just(("title",)), STRINGS),
    st.tuples(st.just(("summary",)), STRINGS),
    st.tuples(st.just(("description",)), STRINGS),
    st.tuples(st.just(("date",)), st.one_of(st.none(), st.dates())),
    st.tuples(st.just(("tags",)), st.lists(STRINGS, max_size=3)),
    st.tuples(st.just(("source", "url")), OPT),
    st.tuples(st.just(("source", "publisher")), OPT),
    st.tuples(st.just(("actors", 0, "role")), OPT),
    st.tuples(st.just(("actors", 1, "name")), STRINGS),
    st.tuples(st.just(("actors", 0, "mentions")), st.integers(0, 10**6)),
    st.tuples(st.just(("numbers", 0, "value")),
              st.one_of(st.none(), st.integers(), st.floats(allow_nan=False))),
    st.tuples(st.just(("quotes", 0, "speaker")), OPT),
    st.tuples(st.just(("quotes", 0, "text")), STRINGS),
    st.tuples(st.just(("timeline", 0, "day_offset")), st.one_of(st.none(), st.integers())),
)


def _set(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def _get(data: dict[str, Any], path: tuple[Any, ...]) -> Any:
    for step in path:
        data = data[step]
    return data


def _article_changes() -> st.SearchStrategy[dict[str, Any]]:
    """A fresh briefing, as after the article was updated (or not)."""
    return st.builds(
        lambda title, summary, mentions, extra: _changed(title, summary, mentions, extra),
        st.one_of(st.none(), STRINGS), st.one_of(st.none(), STRINGS),
        st.integers(1, 9), st.booleans(),
    )


def _changed(title: str | None, summary: str | None, mentions: int, extra: bool) -> dict:
    new = fresh()
    if title is not None:
        new["title"] = title
    if summary is not None:
        new["summary"] = summary
    new["actors"][0]["mentions"] = mentions
    if extra:
        new["quotes"].append({"text": "A second quote", "speaker": None,
                              "sentence": "\"A second quote,\" someone said."})
    return new


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(FIELD_EDITS, _article_changes())
def test_any_edit_survives_regeneration(field_edit: tuple, new: dict[str, Any]) -> None:
    path, value = field_edit
    page = merge(None, fresh()).text
    assume(_get(front(page), path) != value)  # writing back the same value is no edit
    edited = edit(page, lambda d: _set(d, path, value))
    result = merge(edited, new)
    assert _get(front(result.text), path) == value
    again = merge(result.text, new)
    assert again.text == result.text  # two runs in a row: nothing changes
    assert again.review == ()


@settings(max_examples=200, deadline=None)
@given(_article_changes(), _article_changes())
def test_untouched_page_follows_the_article_and_settles(one: dict, two: dict) -> None:
    page = merge(merge(None, one).text, two).text
    assert page == merge(None, two).text  # nobody edited it: exactly the fresh page
    assert merge(page, two).text == page


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_body_is_kept_byte_for_byte(body: str) -> None:
    page = merge(None, fresh()).text + body
    changed = copy.deepcopy(fresh(summary="Another summary."))
    assert split_page(merge(page, changed).text)[1] == body
