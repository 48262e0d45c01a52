"""Stable, safe file names for briefings.

A briefing's slug comes from its seed's file name: lowercase letters and digits of any script,
joined by '-', at most ``MAX_SLUG_BYTES`` bytes of UTF-8, never a path, a hidden name, a
reserved device name or a page the site itself uses.

Slugs are first come, first served: a seed that already has a briefing in the content folder
keeps that page's slug, and a new seed never takes a slug a page already holds. Among new seeds
the one whose file name already is its slug (``iran.txt`` → ``iran``) gets the plain slug, and
the others (``Iran.txt``, ``iran!.txt``) get the plain slug plus a hash of the file name. The
same seeds and content folder always give the same slugs.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml

MAX_SLUG_BYTES = 100
HASH_LEN = 8
WINDOWS_DEVICES = {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"} | {
    f"{d}{i}" for d in ("com", "lpt") for i in (*range(10), "¹", "²", "³")
}
SITE_NAMES = {"index", "archive", "tags", "search", "assets", "404", "sitemap", "site"}
RESERVED = WINDOWS_DEVICES | SITE_NAMES


def slugify(stem: str) -> str:
    """Lowercase words joined by '-': letters, marks and digits of any script kept, nothing
    invisible, nothing that walks paths; ``''`` when nothing is left."""
    text = unicodedata.normalize("NFKC", stem)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")  # Cf, Cc, Co, Cs
    text = unicodedata.normalize("NFC", text.lower())
    chars = [ch if ch == "_" or unicodedata.category(ch)[0] in "LMN" else " " for ch in text]
    text = "-".join("".join(chars).split()).strip("-_")
    return _truncate(text, MAX_SLUG_BYTES).strip("-_")


def _truncate(text: str, limit: int) -> str:
    """At most ``limit`` bytes of UTF-8, cut between characters, without a dangling mark."""
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    cut = data[:limit].decode("utf-8", errors="ignore")
    while cut and unicodedata.category(cut[-1])[0] == "M":
        cut = cut[:-1]
    return cut


def is_safe_slug(slug: str) -> bool:
    """True for a slug this module could have made: one plain name, nothing reserved."""
    return bool(slug) and slugify(slug) == slug and slug not in RESERVED


def hashed(plain: str, name: str, attempt: int = 0) -> str:
    """``plain`` with a short hash of the file name: distinct for distinct names."""
    key = name if attempt == 0 else f"{name}\x00{attempt}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:HASH_LEN]
    base = _truncate(plain, MAX_SLUG_BYTES - HASH_LEN - 1).strip("-_") or "article"
    return f"{base}-{digest}"


def assign_slugs(paths: Iterable[Path], out_dir: Path | None = None) -> dict[Path, str]:
    """A distinct slug per seed; with ``out_dir``, pages already there keep their slugs."""
    paths = list(paths)
    existing = existing_slugs(out_dir) if out_dir is not None else {}
    taken = {s.casefold() for s in existing.values()}
    if out_dir is not None and out_dir.is_dir():
        taken |= {p.stem.casefold() for p in out_dir.glob("*.md")}
    out: dict[Path, str] = {}
    claimed: set[str] = set()
    for path in sorted(paths, key=lambda p: p.name):
        slug = existing.get(path.name)
        if slug is not None and slug.casefold() not in claimed:
            out[path] = slug
            claimed.add(slug.casefold())
    taken |= claimed
    new = [p for p in paths if p not in out]
    for path in sorted(new, key=lambda p: (slugify(p.stem) != p.stem, p.name)):
        plain = slugify(path.stem)
        slug, attempt = plain, 0
        if not plain or plain in RESERVED or plain.casefold() in taken:
            slug = hashed(plain, path.name)
            while slug.casefold() in taken:
                attempt += 1
                slug = hashed(plain, path.name, attempt)
        out[path] = slug
        taken.add(slug.casefold())
    return out


def existing_slugs(out_dir: Path) -> dict[str, str]:
    """Seed file name → slug of its briefing, for every briefing page in ``out_dir``."""
    found: dict[str, str] = {}
    if not out_dir.is_dir():
        return found
    for page in sorted(out_dir.glob("*.md")):
        name = _seed_name(page)
        if name and name not in found and is_safe_slug(page.stem):
            found[name] = page.stem
    return found


def _seed_name(page: Path) -> str | None:
    """The file name in a briefing's ``source.path``, or None for any other page."""
    try:
        with page.open(encoding="utf-8") as fh:
            head = fh.read(65_536)
    except (OSError, UnicodeDecodeError):
        return None
    match = re.match(r"---\n(.*?\n)---\n", head, re.S)
    if not match or "\nsource:" not in "\n" + match.group(1):
        return None
    try:
        data = yaml.safe_load(match.group(1))
    except (yaml.YAMLError, ValueError):
        return None
    source = data.get("source") if isinstance(data, Mapping) else None
    path = source.get("path") if isinstance(source, Mapping) else None
    return path.replace("\\", "/").rsplit("/", 1)[-1] if isinstance(path, str) else None
