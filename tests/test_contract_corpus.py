"""The contract holds for briefings of real articles from ../shared/corpus samples."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import yaml

from generator.frontmatter import split_page
from generator.pipeline import generate
from tests.contract import contract_problems


def _write_samples(shared: Path, seeds: Path) -> list[str]:
    names = []
    with gzip.open(shared / "corpus/bbc-news/bbc_articles.jsonl.gz", "rt", encoding="utf-8") as fh:
        for rec in itertools.islice(fh, 0, 2225, 300):
            r = json.loads(rec)
            name = f"bbc-{r['id'].replace('/', '-')}.md"
            meta = yaml.safe_dump({"title": r["title"], "publisher": "BBC"})
            (seeds / name).write_text(f"---\n{meta}---\n{r['text']}", encoding="utf-8")
            names.append(name)
    cnn = shared / "corpus/cnndm-test-frank250/cnndm_test_250.jsonl.gz"
    with gzip.open(cnn, "rt", encoding="utf-8") as fh:
        for rec in itertools.islice(fh, 0, 250, 60):
            r = json.loads(rec)
            name = f"cnndm-{r['id'][-10:]}.txt"
            (seeds / name).write_text(r["article"], encoding="utf-8")
            names.append(name)
    for p in sorted((shared / "corpus/polnear/dev/text").glob("*.txt"))[::20]:
        (seeds / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        names.append(p.name)
    return names


def test_contract_holds_on_corpus_samples(shared: Path, tmp_path: Path) -> None:
    seeds, out = tmp_path / "seeds", tmp_path / "content"
    seeds.mkdir()
    names = _write_samples(shared, seeds)
    report = generate(seeds, out)
    assert report.refused == []
    pages = sorted(out.glob("*.md"))
    assert len(pages) == len(names)
    problems = {}
    for page in pages:
        fm_text, _ = split_page(page.read_text(encoding="utf-8"))
        fm = yaml.safe_load(fm_text or "")
        seed = Path(fm["source"]["path"]).name
        assert seed in names
        if found := contract_problems(fm, seed):
            problems[page.name] = found
        assert fm["title"].strip() and fm["summary"].strip()
    assert problems == {}
