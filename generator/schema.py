"""The briefing schema, checked on a page's front matter with the line of every problem."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml

from generator.frontmatter import FrontMatterError, Parsed, line_of
from generator.ownership import CONTRACT, GENERATED, PINNED

KINDS = ("person", "organization", "place", "group")


@dataclass(frozen=True)
class Problem:
    """One problem in a page: where, what, and how to fix it."""

    line: int | None
    field: str
    what: str
    fix: str

    def __str__(self) -> str:
        return f"{self.field}: {self.what}; {self.fix}"


class SchemaError(FrontMatterError):
    """A page whose front matter parses but breaks the schema."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        n = len(problems) - 1
        more = f" (and {n} more: run `briefings check`)" if n else ""
        super().__init__(f"{first}{more}", first.line)
        self.problems = problems


def _found(value: Any) -> str:
    if isinstance(value, bool):
        return (f"{str(value).lower()}, a truth value (YAML reads an unquoted "
                "yes/no/on/off/y/n as true/false)")
    if value is None:
        return "nothing (null)"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"a {'date and time' if isinstance(value, dt.datetime) else 'date'}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return repr(value[:40] + ("…" if len(value) > 40 else ""))
    return f"{type(value).__name__}"


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_opt_str(v: Any) -> bool:
    return v is None or isinstance(v, str)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_count(v: Any) -> bool:
    return _is_int(v) and v >= 0


def _is_opt_int(v: Any) -> bool:
    return v is None or _is_int(v)


def _is_opt_number(v: Any) -> bool:
    return v is None or (isinstance(v, int | float) and not isinstance(v, bool))


def _is_opt_date(v: Any) -> bool:
    if v is None or (isinstance(v, dt.date) and not isinstance(v, dt.datetime)):
        return True
    if isinstance(v, str):
        try:
            dt.date.fromisoformat(v)
        except ValueError:
            return False
        return len(v) == 10
    return False


def _is_kind(v: Any) -> bool:
    return v in KINDS


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


Check = tuple[Callable[[Any], bool], str]
TEXT: Check = (_is_str, "text")
OPT_TEXT: Check = (_is_opt_str, "text or null")
DATE: Check = (_is_opt_date, "a date YYYY-MM-DD or null")
TEXT_LIST: Check = (_is_str_list, "a list of texts")

ITEMS: dict[str, dict[str, Check]] = {
    "actors": {"name": TEXT, "kind": (_is_kind, "one of " + ", ".join(KINDS)),
               "role": OPT_TEXT, "aliases": TEXT_LIST,
               "mentions": (_is_count, "a whole number, 0 or more")},
    "numbers": {"value": (_is_opt_number, "a number or null"), "text": TEXT, "unit": OPT_TEXT,
                "about": TEXT, "qualifier": OPT_TEXT, "source": OPT_TEXT, "sentence": TEXT},
    "quotes": {"text": TEXT, "speaker": OPT_TEXT, "sentence": TEXT},
    "timeline": {"date": DATE, "when": TEXT,
                 "day_offset": (_is_opt_int, "a whole number or null"), "event": TEXT,
                 "period": OPT_TEXT},
}
OPTIONAL_KEYS = frozenset({"period"})  # added after v1 of the contract: may be absent
SOURCE: dict[str, Check] = {"path": TEXT, "sha256": TEXT, "url": OPT_TEXT, "publisher": OPT_TEXT}
TOP: dict[str, Check] = {"title": TEXT, "date": DATE, "description": TEXT, "summary": TEXT,
                         "tags": TEXT_LIST}


class _Validator:
    def __init__(self, parsed: Parsed) -> None:
        self.parsed = parsed
        self.problems: list[Problem] = []

    def line(self, node: yaml.Node | None) -> int | None:
        return line_of(self.parsed.text, node.start_mark.index) if node is not None else None

    def add(self, node: yaml.Node | None, field: str, what: str, fix: str) -> None:
        self.problems.append(Problem(self.line(node), field, what, fix))

    def pairs(self, node: yaml.Node | None, name: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Key → (key node, value node) of a mapping node; a repeated key is a problem."""
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        if not isinstance(node, yaml.MappingNode):
            return out
        for k, v in node.value:
            key = str(k.value)
            if key in out:
                first = self.line(out[key][0])
                self.add(k, f"{name}{key}", f"appears twice (also on line {first}); "
                         "YAML keeps only the last", "keep one of them")
            out[key] = (k, v)
        return out

    def value(self, pair: tuple[yaml.Node, yaml.Node], value: Any, check: Check,
              field: str) -> None:
        ok, expected = check
        if ok(value):
            return
        items = pair[1]
        if check is TEXT_LIST and isinstance(value, list) and isinstance(items, yaml.SequenceNode):
            for i, (item, node) in enumerate(zip(value, items.value, strict=True)):
                self.value((node, node), item, TEXT, f"{field}[{i}]")
            return
        name = field.rsplit(".", 1)[-1]
        fix = "correct the value"
        if isinstance(value, bool | int | float | dt.date) and expected.startswith("text"):
            written = pair[1].value if isinstance(pair[1], yaml.ScalarNode) else "..."
            fix = (f"put it in quotes: \"{written}\"" if "[" in name
                   else f"put it in quotes: {name}: \"{written}\"")
        elif expected.startswith("a date"):
            fix = "write a real date as YYYY-MM-DD (e.g. 2026-01-31), or null"
        elif expected.startswith("a list"):
            fix = f"write a list ({name}: [] for none)"
        self.add(pair[0], field, f"expected {expected}, found {_found(value)}", fix)

    def mapping(self, node: yaml.Node, data: Any, checks: dict[str, Check], name: str,
                where: yaml.Node) -> None:
        if not isinstance(data, dict):
            self.add(where, name.rstrip("."), f"expected a mapping of keys, found {_found(data)}",
                     "write it as `key: value` lines, as the generator does")
            return
        pairs = self.pairs(node, name)
        for key, check in checks.items():
            if key not in data and key in OPTIONAL_KEYS:
                continue
            if key not in data:
                whole = "`source:` to hand it back" if name == "source." else "the whole entry"
                self.add(where, f"{name}{key}", "missing key",
                         f"add `{key}:` back (null if unknown), or delete {whole}")
            else:
                self.value(pairs[key], data[key], check, f"{name}{key}")


def validate(parsed: Parsed, *, require_all: bool = True) -> list[Problem]:
    """Every schema problem of a briefing's front matter, in page order.

    With ``require_all=False`` (generate), a missing contract field is not a problem: deleting
    a field hands it back to the generator.
    """
    v, data = _Validator(parsed), parsed.data
    pairs = v.pairs(parsed.node, "")
    for key in CONTRACT:
        if key not in data:
            if require_all:
                v.add(None, key, "missing key",
                      f"run `briefings generate` to fill it back in (or add `{key}:` yourself)")
            continue
        knode, vnode = pairs[key]
        if key in TOP:
            v.value(pairs[key], data[key], TOP[key], key)
        elif key == "source":
            v.mapping(vnode, data[key], SOURCE, "source.", knode)
        elif not isinstance(data[key], list):
            v.add(knode, key, f"expected a list, found {_found(data[key])}",
                  f"write a list ({key}: [] for none)")
        else:
            for i, (item, inode) in enumerate(zip(data[key], vnode.value, strict=True)):
                v.mapping(inode, item, ITEMS[key], f"{key}[{i}].", inode)
    if GENERATED in data and not isinstance(data[GENERATED], dict):
        v.add(pairs[GENERATED][0], GENERATED, "the generator's record is damaged",
              "delete the `generated:` key (edited fields are kept and reported for review)")
    if PINNED in data and not isinstance(data[PINNED], bool):
        v.add(pairs[PINNED][0], PINNED, f"expected true or false, found {_found(data[PINNED])}",
              "write `pinned: true` to keep the generator away from this page")
    return sorted(v.problems, key=lambda p: (p.line or 0))
