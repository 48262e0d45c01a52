"""A built site: Material's search index finds what the front matter holds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.pipeline import generate


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = Path(__file__).resolve().parent.parent
    tmp = tmp_path_factory.mktemp("site")
    content = tmp / "content"
    shutil.copytree(root / "content" / "assets", content / "assets")
    seeds = tmp / "seeds"
    seeds.mkdir()
    seed_text = (root / "seeds" / "000_ae4ffa75ccf7d439.txt").read_text(encoding="utf-8")
    (seeds / "iran.md").write_text(f"---\ndate: 2026-01-13\n---\n{seed_text}", encoding="utf-8")
    assert generate(seeds, content).ok
    config = load_config(str(root / "mkdocs.yml"), docs_dir=str(content),
                         site_dir=str(tmp / "site"), strict=True)
    build(config)
    return tmp / "site"


def _index_text(site: Path) -> str:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    return "\n".join(f"{d['title']} {d['text']}" for d in index["docs"])


def test_search_index_holds_quote_role_and_toll(built_site: Path) -> None:
    text = _index_text(built_site)
    assert "The president has an interest in exploring those messages" in text
    assert "Iranian Foreign Minister" in text
    assert "646" in text and "killed" in text


def test_home_page_lists_the_briefing(built_site: Path) -> None:
    home = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'href="iran/"' in home
    assert "2026-01-13" in home


def test_briefing_page_shows_sections(built_site: Path) -> None:
    page = (built_site / "iran" / "index.html").read_text(encoding="utf-8")
    for heading in ("Key actors", "Numbers", "Quotes", "Timeline"):
        assert f">{heading}<" in page
    assert "Abbas Araghchi" in page
