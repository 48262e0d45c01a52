"""`briefings check`: schema, provenance and staleness, each problem with file and line."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from generator.check import check_dir
from generator.merge import merge
from tests.test_merge import fresh

ARTICLE = ("The city library opened a night reading room on Tuesday.\n"
           "Librarian Noor Haddad said 120 people came on the first night.\n"
           "\"Quiet is a public good,\" Haddad said.\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one article and its briefing, run from that folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "library.txt").write_text(ARTICLE, encoding="utf-8")
    source = dict(fresh()["source"], sha256=hashlib.sha256(ARTICLE.encode()).hexdigest())
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "library.md").write_text(merge(None, fresh(source=source)).text)
    (tmp_path / "content" / "about.md").write_text("# About\n\nNot a briefing.\n")
    return tmp_path / "content"


def _edit(site: Path, old: str, new: str) -> None:
    page = site / "library.md"
    text = page.read_text()
    assert old in text
    page.write_text(text.replace(old, new, 1))


def test_a_good_page_passes(site: Path) -> None:
    assert check_dir(site) == []


def test_schema_problem_names_file_line_and_fix(site: Path) -> None:
    _edit(site, "  role: Librarian\n", "  role: no\n")
    [finding] = check_dir(site)
    text = str(finding)
    assert text.startswith(f"{site / 'library.md'}:")
    assert finding.line == (site / "library.md").read_text().splitlines().index("  role: no") + 1
    assert "actors[0].role" in text and "quotes" in text


def test_missing_key_and_bad_date(site: Path) -> None:
    _edit(site, "  kind: organization\n", "")
    _edit(site, "date: 2026-04-07\n", "date: '2026-02-30'\n")
    messages = [str(f) for f in check_dir(site)]
    assert any("actors[1].kind: missing key" in m for m in messages)
    assert any("date: expected a date" in m for m in messages)


def test_unparsable_front_matter_is_reported(site: Path) -> None:
    _edit(site, "title: Library", "title: [Library")
    [finding] = check_dir(site)
    assert "not valid YAML" in str(finding) and finding.line


def test_quote_not_verbatim(site: Path) -> None:
    _edit(site, "- text: Quiet is a public good\n", "- text: Silence is a public good\n")
    [finding] = check_dir(site)
    assert "quotes[0].text: not found verbatim" in str(finding)


def test_number_text_not_in_its_sentence(site: Path) -> None:
    _edit(site, "  text: 120 people\n", "  text: 130 people\n")
    [finding] = check_dir(site)
    assert "numbers[0].text" in str(finding)


def test_changed_article_is_listed(site: Path) -> None:
    (site.parent / "seeds" / "library.txt").write_text(ARTICLE + "More news.\n")
    [finding] = check_dir(site)
    assert "source.sha256: the article changed" in str(finding)


def test_missing_article_is_an_orphan(site: Path) -> None:
    (site.parent / "seeds" / "library.txt").unlink()
    [finding] = check_dir(site)
    assert "is not found" in str(finding) and "orphaned" in str(finding)


def test_absolute_source_path(site: Path) -> None:
    absolute = str(site.parent / "seeds" / "library.txt")
    _edit(site, "  path: seeds/library.txt\n", f"  path: {absolute}\n")
    assert check_dir(site) == []
