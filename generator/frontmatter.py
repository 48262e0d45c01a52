"""Front matter in and out: Briefing → mapping → YAML, and pages → (mapping, body).

Only YAML's safe loader is used; dumping is deterministic (fixed key order, no line wrapping),
so the same briefing always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from generator.model import Briefing

DELIMITER = "---"


class FrontMatterError(ValueError):
    """A page whose front matter cannot be read; ``line`` is 1-based in the page, if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _number(value: float | int | None) -> float | int | None:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def to_mapping(briefing: Briefing) -> dict[str, Any]:
    """The contract's keys, in the contract's order."""
    b = briefing
    return {
        "title": b.title,
        "date": b.date,
        "description": b.description,
        "summary": b.summary,
        "tags": list(b.tags),
        "source": {
            "path": b.source.path,
            "sha256": b.source.sha256,
            "url": b.source.url,
            "publisher": b.source.publisher,
        },
        "actors": [
            {
                "name": a.name,
                "kind": a.kind,
                "role": a.role,
                "aliases": list(a.aliases),
                "mentions": a.mentions,
            }
            for a in b.actors
        ],
        "numbers": [
            {
                "value": _number(n.value),
                "text": n.text,
                "unit": n.unit,
                "about": n.about,
                "qualifier": n.qualifier,
                "source": n.source,
                "sentence": n.sentence,
            }
            for n in b.numbers
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "sentence": q.sentence} for q in b.quotes
        ],
        "timeline": [
            {"date": t.date, "when": t.when, "day_offset": t.day_offset, "event": t.event}
            for t in b.timeline
        ],
    }


class _Dumper(yaml.SafeDumper):
    """Safe dumper that never emits aliases (each value is written out in full)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(mapping: dict[str, Any]) -> str:
    """YAML text for a mapping: deterministic, unicode kept, no wrapping."""
    return yaml.dump(
        mapping,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
        default_flow_style=False,
    )


def load(text: str) -> dict[str, Any]:
    """Parse front matter YAML with the safe loader; it must be a mapping."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for 1-based, +1 for '---'
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise FrontMatterError(f"front matter is not valid YAML: {problem}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys", 2)
    return data


def split_page(page: str) -> tuple[str | None, str]:
    """Split a page into (front matter YAML or None, body)."""
    if not page.startswith(DELIMITER + "\n"):
        return None, page
    end = page.find("\n" + DELIMITER + "\n", len(DELIMITER))
    if end < 0:
        if page.endswith("\n" + DELIMITER):
            return page[len(DELIMITER) + 1 : -len(DELIMITER)], ""
        raise FrontMatterError("front matter opened with '---' on line 1 is never closed", 1)
    return page[len(DELIMITER) + 1 : end + 1], page[end + len(DELIMITER) + 2 :]


def join_page(front_matter_yaml: str, body: str) -> str:
    """A page from its front matter YAML and its body."""
    return f"{DELIMITER}\n{front_matter_yaml}{DELIMITER}\n{body}"


def as_date(value: object) -> dt.date | None:
    """A front-matter date value as a date (YAML may give a date or a string)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
