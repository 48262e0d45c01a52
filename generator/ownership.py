"""Who owns what in a briefing's front matter, and the record that tells hand edits apart.

The generator owns the contract's fields; the editor owns the page body, every other key, and
any generated field (or list item) they change. ``generated:`` records a short checksum of what
the generator last wrote for each field (``source`` per key, lists per item), as ``cog`` does
for generated regions: a value still matching its checksum is the generator's to update.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

GENERATED = "generated"  # the checksum record, rewritten on every run
PINNED = "pinned"  # `pinned: true`: the generator never touches the page
CONTRACT = (
    "title", "date", "description", "summary", "tags", "source",
    "actors", "numbers", "quotes", "timeline",
)
LIST_FIELDS = frozenset({"tags", "actors", "numbers", "quotes", "timeline"})
MAPPING_FIELDS = frozenset({"source"})
SOURCE_KEYS = ("path", "sha256", "url", "publisher")
ALL = "all"  # `--force all`: every generated field back to the generator

Record = dict[str, str]


def forceable() -> tuple[str, ...]:
    """Names `--force` accepts: every contract field, each `source.KEY`, and `all`."""
    return (*CONTRACT, *(f"source.{k}" for k in SOURCE_KEYS), ALL)


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.date):  # also datetime; '2026-01-05' quoted or not is one value
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def digest(value: Any) -> str:
    """A short checksum of a value (8 hex digits): equal values, equal digests."""
    canon = json.dumps(_canonical(value), sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(canon.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def record(fresh: Mapping[str, Any]) -> Record:
    """The checksums of a freshly generated briefing, one entry per field or source key."""
    out: Record = {}
    for key in CONTRACT:
        value = fresh.get(key)
        if key in LIST_FIELDS:
            out[key] = " ".join(digest(item) for item in value or [])
        elif key in MAPPING_FIELDS:
            for sub in SOURCE_KEYS:
                out[f"{key}.{sub}"] = digest((value or {}).get(sub))
        else:
            out[key] = digest(value)
    return out


def read_record(value: Any) -> Record:
    """The record on a page; a damaged one counts as absent (so nothing is overwritten)."""
    if not isinstance(value, Mapping):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def item_digests(rec: Record, key: str) -> list[str] | None:
    """The recorded checksums of a list field's items, or None when not recorded."""
    return rec[key].split() if key in rec else None


def is_pinned(data: Mapping[str, Any]) -> bool:
    return data.get(PINNED) is True


def is_forced(force: frozenset[str], name: str) -> bool:
    """True when `--force` hands ``name`` (or its parent field) back to the generator."""
    return ALL in force or name in force or name.split(".", 1)[0] in force
