"""Front matter in and out: Briefing → mapping → YAML, and pages → (mapping, body).

Only YAML's safe loader is used (a subclass that also records where comments are and refuses
impossible dates with their line); dumping is deterministic (fixed key order, no line
wrapping), so the same briefing always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from generator.model import Briefing, TimelineEvent

DELIMITER = "---"
BOM = "\ufeff"
_YAML_BREAKS = "\x85\u2028\u2029"  # line breaks to YAML; only safe inside double quotes


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
            _timeline_item(t)
            for t in b.timeline
        ],
    }


def _timeline_item(t: TimelineEvent) -> dict[str, Any]:
    """A timeline entry; a month or a year is a `period`, never passed off as a day."""
    day = t.date is not None and t.precision == "day"
    period = None
    if t.date is not None and t.precision == "month":
        period = t.date.strftime("%Y-%m")
    elif t.date is not None and t.precision == "year":
        period = t.date.strftime("%Y")
    return {
        # A quoted string: readers that serialise the page (JSON) get plain text.
        "date": t.date.isoformat() if day and t.date else None,
        "when": t.when,
        "day_offset": t.day_offset if day or t.date is None else None,
        "event": t.event,
        "period": period,
    }


class _Dumper(yaml.SafeDumper):
    """Safe dumper that never emits aliases (each value is written out in full)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    # PyYAML writes U+0085 raw inside single quotes, where it reads back as a space.
    style = '"' if any(ch in data for ch in _YAML_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _represent_str)


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


class _BadDate(ConstructorError):
    """A date-shaped value that is no date (2026-13-45)."""


class _Loader(yaml.SafeLoader):
    """The safe loader, recording the index of every comment and refusing impossible dates."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.comments: list[int] = []

    def scan_to_next_token(self) -> None:  # PyYAML's loop, noting where each comment starts
        if self.index == 0 and self.peek() == BOM:
            self.forward()
        found = False
        while not found:
            while self.peek() == " ":
                self.forward()
            if self.peek() == "#":
                self.comments.append(self.index)
                while self.peek() not in "\0\r\n" + _YAML_BREAKS:
                    self.forward()
            if self.scan_line_break():
                if not self.flow_level:
                    self.allow_simple_key = True
            else:
                found = True

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> dt.date:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as err:
            raise _BadDate(
                None, None,
                f"{node.value!r} is not a real date ({err}); write it as YYYY-MM-DD",
                node.start_mark,
            ) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


@dataclass(frozen=True)
class Parsed:
    """Front matter read with its layout: the text, the values, the node tree, the comments."""

    text: str
    data: dict[str, Any]
    node: yaml.MappingNode | None  # None for empty front matter
    comments: tuple[int, ...]  # character index of every '#' that starts a comment


def line_of(text: str, index: int) -> int:
    """1-based page line of a character index in front matter text (line 1 is '---')."""
    return text.count("\n", 0, index) + 2


def parse(text: str) -> Parsed:
    """Parse front matter YAML with the safe loader; it must be a mapping."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = line_of(text, mark.index) if mark is not None else None
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        bad_date = isinstance(err, _BadDate)
        what = problem if bad_date else f"front matter is not valid YAML: {problem}"
        raise FrontMatterError(what, line) from None
    finally:
        loader.dispose()
    if data is None:
        return Parsed(text, {}, None, tuple(loader.comments))
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise FrontMatterError("front matter must be a mapping of keys", 2)
    return Parsed(text, data, node, tuple(loader.comments))


def load(text: str) -> dict[str, Any]:
    """Parse front matter YAML with the safe loader; it must be a mapping."""
    return parse(text).data


def split_page(page: str) -> tuple[str | None, str]:
    """Split a page into (front matter YAML or None, body); a leading BOM is ignored."""
    page = page.removeprefix(BOM)
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
