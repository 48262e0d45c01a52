"""End to end: the real `briefings generate` on a small seed, edited by hand, run again."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.frontmatter import load, split_page

SEED = """---
title: Harbor bridge reopens after repairs
date: 2026-03-10
---
The Harbor Bridge reopened on Tuesday after 40 days of repairs, Mayor Alma Reyes said.

"We are back in business," Reyes told reporters at the ribbon cutting.

Council member Tomas Okafor said the repairs came in under budget.
"""
UPDATE = '\n"Traffic will ease by summer," Okafor said on Wednesday.\n'


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def _front(page: Path) -> dict:
    fm, _ = split_page(page.read_text(encoding="utf-8"))
    return load(fm)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "bridge.md").write_text(SEED, encoding="utf-8")
    code, out = _run("generate", "seeds", "--out", "content")
    assert code == 0, out
    return tmp_path


def test_hand_edits_survive_an_updated_article(project: Path) -> None:
    page = project / "content" / "bridge.md"
    text = page.read_text(encoding="utf-8")
    quote = _front(page)["quotes"][0]
    text = text.replace(f"  speaker: {quote['speaker']}\n",
                        "  speaker: Mayor Alma Reyes  # desk style\n", 1)
    text = text.replace("tags:\n", "desk: metro\ntags:\n", 1) + "\nEditor's analysis.\n"
    page.write_text(text, encoding="utf-8")
    with (project / "seeds" / "bridge.md").open("a", encoding="utf-8") as fh:
        fh.write(UPDATE)
    code, out = _run("generate", "seeds", "--out", "content")
    assert code == 0, out
    after = page.read_text(encoding="utf-8")
    data = _front(page)
    assert "  speaker: Mayor Alma Reyes  # desk style\n" in after
    assert "desk: metro\n" in after and after.endswith("\nEditor's analysis.\n")
    assert any(q["text"].startswith("Traffic will ease") for q in data["quotes"])
    assert data["source"]["sha256"] != _front(page)["generated"]["source.sha256"]
    mtime = page.stat().st_mtime_ns
    code, out = _run("generate", "seeds", "--out", "content")
    assert code == 0 and "0 written, 1 unchanged" in out
    assert page.stat().st_mtime_ns == mtime and page.read_text(encoding="utf-8") == after
    code, out = _run("check", "content")
    assert code == 0, out


def test_broken_page_is_refused_and_others_generated(project: Path) -> None:
    (project / "seeds" / "other.md").write_text(SEED.replace("Harbor", "River"), "utf-8")
    page = project / "content" / "bridge.md"
    text = page.read_text(encoding="utf-8")
    broken = text.replace("  kind: person\n", "  kind: 42\n", 1)
    line = broken.splitlines().index("  kind: 42") + 1
    page.write_text(broken, encoding="utf-8")
    code, out = _run("generate", "seeds", "--out", "content")
    assert code == 1
    assert f"bridge.md: refused: line {line}: actors[0].kind" in out
    assert page.read_text(encoding="utf-8") == broken
    assert (project / "content" / "other.md").exists()
    code, out = _run("check", "content")
    assert code == 1 and f"bridge.md:{line}: actors[0].kind" in out


def test_force_and_pin_and_orphan(project: Path) -> None:
    page = project / "content" / "bridge.md"
    text = page.read_text(encoding="utf-8")
    title = _front(page)["title"]
    page.write_text(text.replace(f"title: {title}", "title: My headline", 1), "utf-8")
    assert _run("generate", "seeds", "--out", "content")[0] == 0
    assert _front(page)["title"] == "My headline"
    assert _run("generate", "seeds", "--out", "content", "--force", "title")[0] == 0
    assert _front(page)["title"] == title
    code, out = _run("generate", "seeds", "--out", "content", "--force", "nonsense")
    assert code == 2 and "no such field" in out
    pinned = "pinned: true\n" + page.read_text(encoding="utf-8")[4:]
    page.write_text("---\n" + pinned, "utf-8")
    with (project / "seeds" / "bridge.md").open("a", encoding="utf-8") as fh:
        fh.write(UPDATE)
    code, out = _run("generate", "seeds", "--out", "content")
    assert code == 0 and "1 pinned" in out and page.read_text("utf-8") == "---\n" + pinned
    (project / "seeds" / "bridge.md").unlink()
    (project / "seeds" / "new.md").write_text(SEED, "utf-8")
    code, out = _run("generate", "seeds", "--out", "content")
    assert "bridge.md: orphaned" in out and page.exists()
