"""The briefing contract's keys and types, as a checker tests can share."""

from __future__ import annotations

import datetime as dt
from typing import Any

TOP = {
    "title": str, "date": (dt.date, type(None)), "description": str, "summary": str,
    "tags": list, "source": dict, "actors": list, "numbers": list, "quotes": list,
    "timeline": list,
}
OPT_STR = (str, type(None))
ITEMS = {
    "actors": {"name": str, "kind": str, "role": OPT_STR, "aliases": list, "mentions": int},
    "numbers": {"value": (int, float, type(None)), "text": str, "unit": OPT_STR, "about": str,
                "qualifier": OPT_STR, "source": OPT_STR, "sentence": str},
    "quotes": {"text": str, "speaker": OPT_STR, "sentence": str},
    "timeline": {"date": (str, type(None)), "when": str, "day_offset": (int, type(None)),
                 "period": OPT_STR,
                 "event": str},
}
KINDS = {"person", "organization", "place", "group"}


def contract_problems(fm: dict[str, Any], seed_name: str) -> list[str]:
    """Every way ``fm`` breaks the contract (empty when it holds)."""
    out = []
    for key, typ in TOP.items():
        if key not in fm:
            out.append(f"missing {key}")
        elif not isinstance(fm[key], typ) or isinstance(fm[key], bool):
            out.append(f"{key} has type {type(fm[key]).__name__}")
    src = fm.get("source") or {}
    if not str(src.get("path", "")).endswith(seed_name):
        out.append(f"source.path {src.get('path')!r} does not end in {seed_name}")
    if not (isinstance(src.get("sha256"), str) and len(src["sha256"]) == 64):
        out.append("source.sha256 is not a sha256")
    for k in ("url", "publisher"):
        if k not in src or not isinstance(src[k], OPT_STR):
            out.append(f"source.{k} missing or mistyped")
    for key, fields in ITEMS.items():
        for i, item in enumerate(fm.get(key) or []):
            for f, typ in fields.items():
                if f not in item:
                    out.append(f"{key}[{i}] missing {f}")
                elif not isinstance(item[f], typ) or isinstance(item[f], bool):
                    out.append(f"{key}[{i}].{f} has type {type(item[f]).__name__}")
    for i, a in enumerate(fm.get("actors") or []):
        if a.get("kind") not in KINDS:
            out.append(f"actors[{i}].kind {a.get('kind')!r}")
    dates = [str(t["date"]) for t in fm.get("timeline") or [] if t.get("date")]
    if dates != sorted(dates):
        out.append("timeline not in chronological order")
    return out
