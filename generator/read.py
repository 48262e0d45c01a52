"""Seeds → Article: formats, encodings, front matter of .md seeds, refusals."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from pathlib import Path

import yaml

from generator.furniture import furniture_spans
from generator.model import Article

SEED_SUFFIXES = (".txt", ".md")
MAX_SEED_BYTES = 2_000_000
META_KEYS = {"title": str, "date": dt.date, "url": str, "publisher": str, "author": str}
# Invisible characters that can hide text or reorder it: zero-width and bidi controls.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SeedRefused(ValueError):
    """A seed that cannot be briefed; ``str(err)`` says why and how to fix it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def discover(seeds_dir: Path) -> list[Path]:
    """Seed files in ``seeds_dir``, sorted by name; hidden files are skipped."""
    return sorted(
        p
        for p in seeds_dir.iterdir()
        if p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith(".")
    )


def read_article(path: Path) -> Article:
    """Read one seed into an Article, or raise SeedRefused naming the problem."""
    raw = path.read_bytes()
    if len(raw) > MAX_SEED_BYTES:
        raise SeedRefused(path, f"file is {len(raw):,} bytes, over the {MAX_SEED_BYTES:,} limit")
    text = decode(path, raw)
    meta: dict[str, object] = {}
    if path.suffix.lower() == ".md":
        meta, text = split_seed_front_matter(path, text)
    text = normalise(text)
    if not text.strip():
        raise SeedRefused(path, "no article text: the file is empty or only whitespace")
    return Article(
        path=path,
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        title=_clean_meta(meta.get("title")),
        date=meta.get("date"),  # type: ignore[arg-type]
        url=_clean_meta(meta.get("url")),
        publisher=_clean_meta(meta.get("publisher")),
        author=_clean_meta(meta.get("author")),
        furniture=furniture_spans(text),
    )


def decode(path: Path, raw: bytes) -> str:
    """UTF-8 (a BOM is dropped); refuse binary and invalid bytes, naming the byte."""
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise SeedRefused(path, f"binary file: NUL byte at byte {nul}; seeds are UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SeedRefused(
            path, f"not valid UTF-8 at byte {err.start}: re-save the file as UTF-8"
        ) from None


def normalise(text: str) -> str:
    """NFC, LF line endings, no invisible or control characters, trailing spaces trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\u0085", "\n")
    text = INVISIBLE.sub("", text)
    text = CONTROL.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def split_seed_front_matter(path: Path, text: str) -> tuple[dict[str, object], str]:
    """Split an .md seed into its validated metadata and its article text."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            break
    else:
        raise SeedRefused(path, "front matter opened with '---' on line 1 is never closed")
    try:
        meta = yaml.safe_load("\n".join(lines[1:i]))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise SeedRefused(path, f"front matter is not valid YAML{where}: fix or remove it") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise SeedRefused(path, "front matter must be a mapping of keys (title, date, url, ...)")
    return _check_meta(path, meta), "\n".join(lines[i + 1 :])


def _check_meta(path: Path, meta: dict[object, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in meta.items():
        wanted = META_KEYS.get(str(key))
        if wanted is None or value is None:
            continue  # unknown keys are ignored
        if wanted is dt.date:
            if isinstance(value, dt.datetime):
                value = value.date()
            if not isinstance(value, dt.date):
                raise SeedRefused(path, f"front matter 'date' must be YYYY-MM-DD, got {value!r}")
        elif not isinstance(value, str):
            raise SeedRefused(
                path, f"front matter {key!r} must be text, got {type(value).__name__}: quote it"
            )
        out[str(key)] = value
    return out


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(normalise(value).split())
    return value or None
