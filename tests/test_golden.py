"""Whole briefings against golden files, and the committed content/ against a fresh run.

Regenerate the golden files after a reviewed change with:
    BRIEFINGS_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py
then review `git diff tests/data/golden`.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.pipeline import generate

GOLDEN = Path(__file__).parent / "data" / "golden"
UPDATE = bool(os.environ.get("BRIEFINGS_UPDATE_GOLDEN"))


def _compare(produced: Path, golden: Path) -> None:
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(produced, golden)
    assert golden.exists(), f"no golden file {golden}: run with BRIEFINGS_UPDATE_GOLDEN=1"
    assert produced.read_text(encoding="utf-8") == golden.read_text(encoding="utf-8")


def test_seed_briefing_matches_golden(in_root: Path, tmp_path: Path) -> None:
    report = generate(Path("seeds"), tmp_path)
    assert report.ok, report.refused
    produced = tmp_path / "000_ae4ffa75ccf7d439.md"
    _compare(produced, GOLDEN / "000_ae4ffa75ccf7d439.md")


def test_dated_seed_briefing_matches_golden(
    in_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed as Markdown with a publication date: dates resolve."""
    text = (in_root / "seeds" / "000_ae4ffa75ccf7d439.txt").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # source.path is then "seeds/iran-calls.md" wherever tmp is
    Path("seeds").mkdir()
    Path("seeds/iran-calls.md").write_text(
        f"---\ntitle: Iran restores some international calls\ndate: 2026-01-13\n---\n{text}",
        encoding="utf-8",
    )
    assert generate(Path("seeds"), Path("content")).ok
    _compare(tmp_path / "content" / "iran-calls.md", GOLDEN / "iran-calls.md")


COMMITTED = sorted(p.name for p in (GOLDEN.parent.parent.parent / "content").glob("*.md"))


@pytest.mark.parametrize("page", COMMITTED)
def test_committed_content_is_reproduced_byte_for_byte(
    in_root: Path, tmp_path: Path, page: str
) -> None:
    generate(Path("seeds"), tmp_path)
    fresh = tmp_path / page
    if not fresh.exists():
        pytest.skip(f"{page} is not a generated briefing")
    assert fresh.read_bytes() == (in_root / "content" / page).read_bytes()


def test_second_run_changes_no_byte(in_root: Path, tmp_path: Path) -> None:
    generate(Path("seeds"), tmp_path)
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.glob("*.md")}
    report = generate(Path("seeds"), tmp_path)
    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.glob("*.md")}
    assert report.written == []
    assert before == after
