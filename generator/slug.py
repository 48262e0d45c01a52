"""Stable, safe file names for briefings."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

MAX_SLUG = 80
RESERVED = {"con", "prn", "aux", "nul", "index", "archive", "tags"} | {
    f"{d}{i}" for d in ("com", "lpt") for i in range(1, 10)
}


def slugify(stem: str) -> str:
    """Lowercase words joined by '-': letters of any script kept, nothing that walks paths."""
    text = unicodedata.normalize("NFKC", stem).lower()
    text = re.sub(r"[^\w]+", "-", text).strip("-_")
    text = text[:MAX_SLUG].strip("-_")
    if not text or text in RESERVED:
        text = f"{text or 'article'}-{_short_hash(stem)}"
    return text


def assign_slugs(paths: Iterable[Path]) -> dict[Path, str]:
    """A slug per seed, from its file name; a clash (case, punctuation) gets a hash suffix."""
    out: dict[Path, str] = {}
    taken: set[str] = set()
    for path in sorted(paths, key=lambda p: p.name):
        slug = slugify(path.stem)
        if slug in taken:
            slug = f"{slug[: MAX_SLUG - 9]}-{_short_hash(path.name)}"
        taken.add(slug)
        out[path] = slug
    return out


def _short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
