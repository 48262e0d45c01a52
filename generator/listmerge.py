"""Plan the merge of one generated list (tags, actors, numbers, quotes, timeline) item by item.

Pure: values in, a plan out. A page item whose checksum is in the record is the generator's
(updated or dropped as the article says); any other item is the editor's and stays. A recorded
item missing from the page was deleted or changed by the editor and is not brought back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.ownership import digest

Op = Literal["keep", "replace", "drop", "new"]


def _get(*keys: str) -> Callable[[Any], Any]:
    def identity(item: Any) -> Any:
        return tuple(item.get(k) for k in keys) if isinstance(item, dict) else item
    return identity


IDENTITY: dict[str, Callable[[Any], Any]] = {
    "tags": lambda tag: tag,
    "actors": _get("name"),
    "numbers": _get("text", "sentence"),
    "quotes": _get("text"),
    "timeline": _get("when", "event"),
}


@dataclass(frozen=True)
class Entry:
    op: Op
    page: int | None = None  # index in the page's list (keep, replace, drop)
    fresh: int | None = None  # index in the fresh list (replace, new, and a kept match)


@dataclass
class ListPlan:
    entries: list[Entry] = field(default_factory=list)
    review: list[int] = field(default_factory=list)  # page indices kept against the article

    def values(self, page: list[Any], fresh: list[Any]) -> list[Any]:
        """The merged list's values."""
        out = []
        for e in self.entries:
            if e.op == "keep":
                out.append(page[e.page])
            elif e.op in ("replace", "new"):
                out.append(fresh[e.fresh])
        return out


def plan_list(
    key: str,
    page: list[Any],
    commented: list[bool],
    fresh: list[Any],
    recorded: list[str] | None,
) -> ListPlan:
    """How to merge a page's list with the fresh one; see the module docstring."""
    identity = IDENTITY.get(key, lambda item: item)
    page_h, fresh_h = [digest(v) for v in page], [digest(v) for v in fresh]
    left = Counter(recorded or [])
    untouched = []
    for h, has_comment in zip(page_h, commented, strict=True):
        mine = not has_comment and left[h] > 0
        left[h] -= mine
        untouched.append(mine)
    known = set(recorded or [])
    match: dict[int, int] = {}  # page index -> fresh index
    new: list[int] = []
    plan = ListPlan()
    for j, h in enumerate(fresh_h):
        i = next((i for i in range(len(page)) if i not in match and page_h[i] == h), None)
        if i is None:
            ident = identity(fresh[j])
            i = next((i for i in range(len(page))
                      if i not in match and identity(page[i]) == ident), None)
            if i is not None and not untouched[i] and h not in known:
                plan.review.append(i)  # the editor changed it, and so did the article
        if i is None and h in known:  # edited in place? the edited item stands where it stood
            r = (recorded or []).index(h)
            if r < len(page) and r not in match and not untouched[r]:
                i = r
        if i is not None:
            match[i] = j
        elif h not in known:  # (a known one was deleted by the editor: it stays deleted)
            new.append(j)
    placed: dict[int, Entry] = {}
    for i in range(len(page)):
        j = match.get(i)
        if j is not None and untouched[i] and page_h[i] != fresh_h[j]:
            entry = Entry("replace", i, j)
        elif j is not None or not untouched[i]:
            entry = Entry("keep", i, j)
        else:
            entry = Entry("drop", i)
        plan.entries.append(entry)
        if j is not None:
            placed[j] = entry
    for j in new:
        before = [k for k in placed if k < j]
        at = plan.entries.index(placed[max(before)]) + 1 if before else 0
        placed[j] = Entry("new", fresh=j)
        plan.entries.insert(at, placed[j])
    return plan
