"""Merge a fresh briefing with the page on disk: hand edits win, everything else is updated.

Pure: strings and mappings in, a page out. The page is rebuilt by splicing its own text: keys
the editor added, fields and list items the editor changed, comments and the body are copied
byte for byte; only units the generator still owns are written anew (see ``ownership``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.frontmatter import BOM, FrontMatterError, Parsed, dump, join_page, parse, split_page
from generator.layout import Unit, head_end, indent_of, is_block, units
from generator.listmerge import IDENTITY, plan_list
from generator.ownership import (
    CONTRACT,
    GENERATED,
    LIST_FIELDS,
    SOURCE_KEYS,
    Record,
    digest,
    is_forced,
    is_pinned,
    item_digests,
    read_record,
    record,
)
from generator.schema import SchemaError, validate


@dataclass(frozen=True)
class MergeResult:
    text: str  # the page to write (equal to the page on disk when nothing changed)
    review: tuple[str, ...] = ()  # fields kept from the editor that the article now disagrees with
    pinned: bool = False  # the page says `pinned: true`: left exactly as it is


def merge(
    on_disk: str | None, fresh: dict[str, Any], *, force: frozenset[str] = frozenset()
) -> MergeResult:
    """The page to write for ``fresh`` given the page on disk.

    Raises ``FrontMatterError`` (with the page line) when the page's front matter does not
    parse or breaks the schema: such a page must be left untouched.
    """
    rec = record(fresh)
    if on_disk is None:
        return MergeResult(join_page(_dump_page(fresh, rec), ""))
    bom = BOM if on_disk.startswith(BOM) else ""
    page, crlf = _to_lf(on_disk[len(bom):])
    fm_text, body = split_page(page)
    review: list[str] = []
    if fm_text is None:  # no front matter at all: the whole page is the editor's body
        text = join_page(_dump_page(fresh, rec), page)
    else:
        parsed = parse(fm_text)
        if is_pinned(parsed.data):
            return MergeResult(on_disk, pinned=True)
        problems = validate(parsed, require_all=False)
        if problems:
            raise SchemaError(problems)
        merger = _Merger(parsed, fresh, rec, force)
        text = join_page(merger.front_matter(), body)
        review = merger.review
    if crlf:
        text = text.replace("\n", "\r\n")
    return MergeResult(bom + text, tuple(review))


def _dump_page(fresh: dict[str, Any], rec: Record) -> str:
    return dump({**fresh, GENERATED: rec})


def _to_lf(page: str) -> tuple[str, bool]:
    if not page.startswith("---\r\n"):
        return page, False
    lf = page.replace("\r\n", "\n")
    if lf.replace("\n", "\r\n") != page:
        raise FrontMatterError("the page mixes Windows (CRLF) and Unix (LF) line endings; "
                               "save it with one kind", 1)
    return lf, True


def _indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def _item(key: str, value: Any, indent: int) -> str:
    """One list item as the generator writes it, its '-' at column ``indent``."""
    text = dump({key: [value]})
    return _indent(text[text.index("\n") + 1 :], indent)


def _subkey(key: str, value: Any, indent: int) -> str:
    """One key of the `source` mapping as the generator writes it, at column ``indent``."""
    text = dump({"source": {key: value}})
    return _indent("".join(line[2:] for line in text.splitlines(True)[1:]), indent)


def _snippet(key: str, item: Any) -> str:
    ident = IDENTITY[key](item)
    ident = ident[0] if isinstance(ident, tuple) else ident
    word = str(ident)
    return f' ("{word[:40]}{"…" if len(word) > 40 else ""}")'


class _Merger:
    """Splices one page's front matter; collects the fields to review."""

    def __init__(self, parsed: Parsed, fresh: dict[str, Any], rec: Record,
                 force: frozenset[str]) -> None:
        if parsed.node is not None and not is_block(parsed.node):
            parsed = parse(dump(parsed.data))  # a flow-style `{...}` mapping: lay it out in lines
        self.p, self.text, self.data = parsed, parsed.text, parsed.data
        self.fresh, self.rec, self.force = fresh, rec, force
        self.old = read_record(parsed.data.get(GENERATED))
        self.review: list[str] = []

    def front_matter(self) -> str:
        if self.p.node is None:  # empty (or only comments): every field handed back
            return self.text + _dump_page(self.fresh, self.rec)
        found = units(self.p, self.p.node, 0)
        entries: list[tuple[str, str]] = []
        for u in found:
            if u.key == GENERATED:
                entries.append((GENERATED, u.leading(self.text) + dump({GENERATED: self.rec})))
            elif u.key in CONTRACT:
                entries.append((u.key, u.leading(self.text) + self.field(u)))
            else:
                entries.append((str(u.key), self.text[u.start : u.end]))
        for n, key in enumerate(CONTRACT):
            if key not in self.data:  # deleted: handed back to the generator
                at = max((i + 1 for i, (k, _) in enumerate(entries) if k in CONTRACT[:n]),
                         default=0)
                entries.insert(at, (key, dump({key: self.fresh[key]})))
        if GENERATED not in self.data:
            entries.append((GENERATED, dump({GENERATED: self.rec})))
        return "".join(t for _, t in entries) + self.text[found[-1].end :]

    def take_fresh(self, name: str, page: Any, commented: bool, fresh: Any) -> bool:
        """Whether a unit goes to the generator's fresh value (else the page's text stays)."""
        if is_forced(self.force, name):
            return True
        if digest(page) == digest(fresh):
            return False  # already current: keep its text as it is
        recorded = self.old.get(name)
        if recorded is not None and digest(page) == recorded and not commented:
            return True  # untouched since the generator wrote it
        if recorded is None or digest(fresh) != recorded:
            self.review.append(name)
        return False

    def field(self, u: Unit) -> str:
        key, page, fresh = u.key, self.data[u.key], self.fresh[u.key]
        if key in LIST_FIELDS:
            return self.list_field(u, page, fresh)
        if key == "source":
            return self.source_field(u, page, fresh)
        keep = not self.take_fresh(key, page, u.commented, fresh)
        return u.content(self.text) if keep else dump({key: fresh})

    def list_field(self, u: Unit, page: list[Any], fresh: list[Any]) -> str:
        key, content = u.key, u.content(self.text)
        if is_forced(self.force, key):
            return dump({key: fresh})
        recorded = item_digests(self.old, key)
        if not is_block(u.node):
            if u.commented:  # a one-line list with a comment: the editor's as a whole
                if digest(page) != digest(fresh) and [digest(f) for f in fresh] != recorded:
                    self.review.append(key)
                return content
            plan = plan_list(key, page, [False] * len(page), fresh, recorded)
            self.review.extend(f"{key}[{i}]{_snippet(key, page[i])}" for i in plan.review)
            values = plan.values(page, fresh)
            return content if digest(values) == digest(page) else dump({key: values})
        items = units(self.p, u.node, head_end(self.p, u))
        plan = plan_list(key, page, [i.commented for i in items], fresh, recorded)
        self.review.extend(f"{key}[{i}]{_snippet(key, page[i])}" for i in plan.review)
        indent = indent_of(self.p, items[0])
        parts = []
        for e in plan.entries:
            if e.op == "new":
                parts.append(_item(key, fresh[e.fresh], indent))
                continue
            item = items[e.page]
            if e.op == "keep":
                parts.append(self.text[item.start : item.end])
            elif e.op == "replace":
                parts.append(item.leading(self.text) + _item(key, fresh[e.fresh], indent))
            else:  # dropped: the comments above it stay
                parts.append(item.leading(self.text))
        if all(e.op == "drop" for e in plan.entries):  # every item gone: an empty list
            return dump({key: []}) + "".join(parts)
        return self.text[u.content_start : items[0].start] + "".join(parts)

    def source_field(self, u: Unit, page: dict[str, Any], fresh: dict[str, Any]) -> str:
        if is_forced(self.force, "source"):
            return dump({"source": fresh})
        if not is_block(u.node):
            merged = dict(page)
            for sub in SOURCE_KEYS:
                if sub not in page or self.take_fresh(f"source.{sub}", page[sub], u.commented,
                                                      fresh[sub]):
                    merged[sub] = fresh[sub]
            return u.content(self.text) if merged == page else dump({"source": merged})
        subs = units(self.p, u.node, head_end(self.p, u))
        indent = indent_of(self.p, subs[0])
        entries: list[tuple[str, str]] = []
        for s in subs:
            if s.key in SOURCE_KEYS and self.take_fresh(
                    f"source.{s.key}", page[s.key], s.commented, fresh[s.key]):
                entries.append((s.key, s.leading(self.text) + _subkey(
                    s.key, fresh[s.key], indent)))
            else:
                entries.append((str(s.key), self.text[s.start : s.end]))
        for n, sub in enumerate(SOURCE_KEYS):
            if sub not in page:
                at = max((i + 1 for i, (k, _) in enumerate(entries) if k in SOURCE_KEYS[:n]),
                         default=0)
                entries.insert(at, (sub, _subkey(sub, fresh[sub], indent)))
        return self.text[u.content_start : subs[0].start] + "".join(t for _, t in entries)
