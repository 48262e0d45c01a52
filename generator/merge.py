"""Merge a fresh briefing with the page on disk (placeholder: hand-edit awareness to come)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.frontmatter import dump, join_page, load, split_page


@dataclass(frozen=True)
class MergeResult:
    text: str  # the page to write
    review: tuple[str, ...] = ()  # fields kept from the editor that the article now disagrees with


def merge(on_disk: str | None, fresh: dict[str, Any]) -> MergeResult:
    """The page to write: fresh generated fields, the editor's extra keys and body kept."""
    if on_disk is None:
        return MergeResult(join_page(dump(fresh), ""))
    fm_text, body = split_page(on_disk)
    old = load(fm_text) if fm_text is not None else {}
    page = dict(fresh)
    for key, value in old.items():
        if key not in page:
            page[key] = value
    return MergeResult(join_page(dump(page), body))
