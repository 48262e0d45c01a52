"""`briefings check`: every page against the schema, and every fact against its article.

Each problem names the file, the line of the key where it can, what is wrong and how to fix it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.frontmatter import FrontMatterError, Parsed, line_of, parse, split_page
from generator.read import SeedRefused, read_article
from generator.schema import validate


@dataclass(frozen=True)
class Finding:
    """One problem with one page."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


def pages(content_dir: Path) -> list[Path]:
    """Every Markdown page under ``content_dir``, hidden folders skipped."""
    return sorted(
        p for p in content_dir.rglob("*.md")
        if not any(part.startswith(".") for part in p.relative_to(content_dir).parts)
    )


def check_dir(content_dir: Path) -> list[Finding]:
    """Every problem of every briefing in ``content_dir``, page by page."""
    findings: list[Finding] = []
    for page in pages(content_dir):
        findings.extend(Finding(page, line, msg) for line, msg in check_page(page))
    return findings


def check_page(page: Path) -> list[tuple[int | None, str]]:
    """(line, message) for each problem of one page; a page that is not a briefing has none."""
    try:
        fm_text, _ = split_page(page.read_bytes().decode("utf-8").replace("\r\n", "\n"))
        if fm_text is None:
            return []
        parsed = parse(fm_text)
    except UnicodeDecodeError:
        return [(None, "not UTF-8 text; save the page as UTF-8")]
    except FrontMatterError as err:
        return [(err.line, f"{err}; MkDocs would show this page without its briefing: fix the "
                           "YAML, or delete the front matter to have it generated again")]
    if "source" not in parsed.data:
        return []  # a hand-written page, not a briefing
    problems = validate(parsed, require_all=True)
    found = [(p.line, str(p)) for p in problems]
    if not problems:
        found.extend(provenance(parsed))
    return found


def resolve(path_text: str) -> Path:
    """The article a briefing came from: relative to the working folder, or absolute."""
    return Path(path_text) if Path(path_text).is_absolute() else Path.cwd() / path_text


def _flat(text: str) -> str:
    return " ".join(text.split())


def _contains(haystack: str, needle: str) -> bool:
    return needle in haystack or _flat(needle) in _flat(haystack)


def provenance(parsed: Parsed) -> list[tuple[int | None, str]]:
    """The article is there and unchanged; each quote and number is still in it."""
    data = parsed.data
    source_line = _line(parsed, "source", "path")
    seed = resolve(data["source"]["path"])
    if not seed.is_file():
        return [(source_line, f"source.path: the article {data['source']['path']!r} is not "
                              f"found (looked in {seed.parent}); restore it, correct the path, "
                              "or delete this orphaned briefing")]
    found = []
    if hashlib.sha256(seed.read_bytes()).hexdigest() != data["source"]["sha256"]:
        found.append((_line(parsed, "source", "sha256"),
                      "source.sha256: the article changed since this briefing was generated; "
                      "run `briefings generate` to bring the changes in (fields you edited are "
                      "kept and listed for review)"))
    try:
        text = read_article(seed).text
    except SeedRefused as err:
        return [*found, (source_line, f"source.path: the article cannot be read: {err}")]
    for i, q in enumerate(data["quotes"]):
        if not _contains(text, q["text"]):
            found.append((_line(parsed, "quotes", i, "text"),
                          f"quotes[{i}].text: not found verbatim in the article; copy the "
                          "quoted words exactly as the article has them, or delete the quote"))
    for i, n in enumerate(data["numbers"]):
        if not _contains(n["sentence"], n["text"]):
            found.append((_line(parsed, "numbers", i, "text"),
                          f"numbers[{i}].text: {n['text']!r} is not in its sentence; make "
                          "`text` the figure as written in `sentence`"))
        if not _contains(text, n["sentence"]):
            found.append((_line(parsed, "numbers", i, "sentence"),
                          f"numbers[{i}].sentence: not found verbatim in the article; copy the "
                          "sentence exactly as the article has it"))
    return found


def _line(parsed: Parsed, *path: Any) -> int | None:
    """Page line of the key at ``path`` (keys and list indices) in the front matter."""
    node: yaml.Node | None = parsed.node
    key_node = None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == step), None)
            if pair is None:
                break
            key_node, node = pair
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            key_node = node = node.value[step]
    return line_of(parsed.text, key_node.start_mark.index) if key_node is not None else None
