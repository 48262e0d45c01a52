"""`briefings check`: validate pages (placeholder: full schema and provenance checks to come)."""

from __future__ import annotations

from pathlib import Path

from generator.frontmatter import FrontMatterError, load, split_page

REQUIRED_KEYS = (
    "title", "date", "description", "summary", "tags", "source",
    "actors", "numbers", "quotes", "timeline",
)


def check_dir(content_dir: Path) -> list[str]:
    """One line per problem, each naming the file."""
    problems = []
    for page in sorted(content_dir.glob("*.md")):
        try:
            fm_text, _ = split_page(page.read_text(encoding="utf-8"))
            if fm_text is None:
                continue
            data = load(fm_text)
        except FrontMatterError as err:
            problems.append(f"{page}: {err}")
            continue
        if "source" not in data:
            continue  # not a briefing (e.g. a hand-written page)
        problems.extend(f"{page}: missing key {key!r}" for key in REQUIRED_KEYS if key not in data)
    return problems
