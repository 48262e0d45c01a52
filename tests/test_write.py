"""Atomic writes under faults: each page is old or new, never cut short; no temporary left."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from generator import pipeline
from generator.model import Article, Briefing, Source
from generator.write import TEMP_PREFIX, atomic_write, remove_stale_temporaries


def _enospc(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_write_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    atomic_write(page, "one\n")
    page.chmod(0o644)
    atomic_write(page, "two\n")
    assert page.read_text() == "two\n"
    assert stat.S_IMODE(page.stat().st_mode) == 0o644
    assert list(tmp_path.iterdir()) == [page]


def test_full_disk_during_write_leaves_old_page_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "a.md"
    page.write_text("old\n")
    monkeypatch.setattr(os, "fsync", _enospc)
    with pytest.raises(OSError) as err:
        atomic_write(page, "new " * 10_000)
    assert err.value.errno == errno.ENOSPC
    assert page.read_text() == "old\n"
    assert list(tmp_path.iterdir()) == [page]


def test_failed_rename_leaves_old_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "a.md"
    page.write_text("old\n")
    monkeypatch.setattr(os, "replace", _enospc)
    with pytest.raises(OSError):
        atomic_write(page, "new\n")
    assert page.read_text() == "old\n" and list(tmp_path.iterdir()) == [page]


def test_interrupt_mid_write_removes_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt
    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "a.md", "new\n")
    assert list(tmp_path.iterdir()) == []


def test_stale_temporaries_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    stale = tmp_path / f"{TEMP_PREFIX}abc123"
    stale.write_text("half a pa")
    keep = tmp_path / "page.md"
    keep.write_text("x")
    assert remove_stale_temporaries(tmp_path) == [stale]
    assert list(tmp_path.iterdir()) == [keep]


# --- the whole run, with the extractors replaced by a stub (no spaCy) -----------------------

def _stub_brief(article: Article, doc: object) -> Briefing:
    return Briefing(
        title=article.text.split("\n")[0][:60], date=None, description="d", summary="s",
        source=Source(path=article.path.name, sha256=article.sha256),
    )


@pytest.fixture
def stub_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline.nlp, "parse_many", lambda texts, **_: [None for _ in texts])
    monkeypatch.setattr(pipeline, "brief", _stub_brief)


def _seeds(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_full_disk_mid_run_leaves_each_page_old_or_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stub_run: None
) -> None:
    seeds = _seeds(tmp_path / "seeds", {f"s{i}.txt": f"Story {i} first.\n" for i in range(4)})
    out = tmp_path / "out"
    pipeline.generate(seeds, out)
    old = {p.name: p.read_bytes() for p in out.glob("*.md")}
    _seeds(seeds, {f"s{i}.txt": f"Story {i} second.\n" for i in range(4)})
    calls = {"n": 0}
    real_replace = os.replace

    def flaky_replace(src: str, dst: str) -> None:
        calls["n"] += 1
        if calls["n"] >= 3:  # the disk fills up after two pages
            _enospc()
        real_replace(src, dst)
    monkeypatch.setattr(os, "replace", flaky_replace)
    report = pipeline.generate(seeds, out)
    assert not report.ok and len(report.written) == 2 and len(report.refused) == 2
    assert all("No space left" in reason for _, reason in report.refused)
    for page in out.glob("*.md"):
        text = page.read_text()
        assert page.read_bytes() == old[page.name] or ("title: Story" in text and "second" in text)
        assert text.endswith("---\n")  # whole, never cut short
        assert ("second" in text) == (page in report.written)
    assert not list(out.glob(TEMP_PREFIX + "*"))  # no temporary left behind
    monkeypatch.setattr(os, "replace", real_replace)
    report = pipeline.generate(seeds, out)
    assert report.ok and len(report.written) == 2 and len(report.unchanged) == 2


def test_unchanged_run_writes_nothing(tmp_path: Path, stub_run: None) -> None:
    seeds = _seeds(tmp_path / "seeds", {"a.txt": "Alpha.\n", "b.txt": "Beta.\n"})
    out = tmp_path / "out"
    pipeline.generate(seeds, out)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.glob("*.md")}
    report = pipeline.generate(seeds, out)
    assert report.written == [] and len(report.unchanged) == 2
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.glob("*.md")} == before
