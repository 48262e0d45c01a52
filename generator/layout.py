"""Where each key and list item of front matter sits in its text, so a merge can splice.

A *unit* is one key of a block mapping, or one item of a block sequence: its ``leading``
text (blank and comment lines before it, kept wherever the unit goes) and its ``content``
(from the start of its first line to the end of its last line). Units of one collection,
with its head line, add up to the collection's text exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from generator.frontmatter import Parsed


@dataclass(frozen=True)
class Unit:
    key: Any  # the mapping key, or the item's position in its sequence
    node: yaml.Node  # the value node
    start: int  # index where ``leading`` starts
    content_start: int  # index of the first character of the unit's first line
    end: int  # index just after the unit's last line break
    commented: bool  # a comment inside the content (on its lines, not before them)

    def leading(self, text: str) -> str:
        return text[self.start : self.content_start]

    def content(self, text: str) -> str:
        return text[self.content_start : self.end]


def is_block(node: yaml.Node) -> bool:
    """A non-empty block-style mapping or sequence (whose parts can be spliced one by one)."""
    return (
        isinstance(node, yaml.MappingNode | yaml.SequenceNode)
        and not node.flow_style
        and bool(node.value)
    )


def _content_end(node: yaml.Node) -> int:
    """Index just after the last character of a node's content (comments excluded)."""
    if is_block(node):
        last = node.value[-1]
        return _content_end(last[1] if isinstance(node, yaml.MappingNode) else last)
    return node.end_mark.index


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    """Index just after the line break ending the line that holds ``index - 1``."""
    if index > 0 and text[index - 1] == "\n":
        return index
    found = text.find("\n", index)
    return len(text) if found < 0 else found + 1


def _first_index(text: str, node: yaml.Node, key_node: yaml.Node) -> int:
    """Where a key or an item starts: for an item, its '-' (which may stand on a line above)."""
    index = key_node.start_mark.index
    if isinstance(node, yaml.SequenceNode):
        i = index - 1
        while i >= 0 and text[i] in " \n":
            i -= 1
        if i >= 0 and text[i] == "-":
            return i
    return index


def units(parsed: Parsed, node: yaml.Node, start: int) -> list[Unit]:
    """The units of a block mapping or sequence, the first one's leading text from ``start``."""
    text, out = parsed.text, []
    for part in node.value:
        key_node, value = part if isinstance(node, yaml.MappingNode) else (part, part)
        content_start = _line_start(text, _first_index(text, node, key_node))
        end = _line_end(text, _content_end(value))
        commented = any(content_start <= c < end for c in parsed.comments)
        key = key_node.value if isinstance(node, yaml.MappingNode) else len(out)
        out.append(Unit(key, value, start, content_start, end, commented))
        start = end
    return out


def head_end(parsed: Parsed, unit: Unit) -> int:
    """End of a unit's first line (the ``key:`` line above a nested block collection)."""
    return _line_end(parsed.text, unit.content_start + 1)


def indent_of(parsed: Parsed, unit: Unit) -> int:
    """Column of a nested unit's first character ('-' of an item, first letter of a key)."""
    line = parsed.text[unit.content_start : unit.end]
    return len(line) - len(line.lstrip(" "))


def has_comment(parsed: Parsed, start: int, end: int) -> bool:
    return any(start <= c < end for c in parsed.comments)
