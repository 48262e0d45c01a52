"""Seeds → Article: formats, encodings, front matter of .md seeds, refusals.

A seed that cannot be briefed raises ``SeedRefused`` whose reason names the problem and the fix;
the pipeline reports it and briefs the others. Refused: links out of the seeds folder, anything
but a regular file, empty or whitespace-only text, binary data (NUL bytes, UTF-16, control
characters), invalid UTF-8 (the byte offset is named), files or texts over the limits below,
and unsafe or malformed front matter (YAML tags, anchors and aliases, deep nesting, wrong types).

The limits keep one pathological file from stalling a run: spaCy's time grows with the number
of tokens, and its tokenizer is quadratic in the length of a run without spaces.

Text is normalised (``normalise``), so a UTF-8 BOM, CRLF line endings or invisible characters
give the same ``Article.text`` as the clean file; ``Article.sha256`` stays the hash of the
file's bytes, so a re-saved file changes only ``source.sha256`` in its briefing.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path

import yaml

from generator.frontmatter import as_date
from generator.furniture import furniture_spans
from generator.model import Article

SEED_SUFFIXES = (".txt", ".md")
MAX_SEED_BYTES = 1_000_000  # the file
MAX_TEXT_CHARS = 120_000  # the article text (a long read is 60,000)
MAX_TOKENS = 30_000  # an upper estimate of spaCy's tokens
MAX_LINE_CHARS = 20_000  # one paragraph (a one-paragraph article is under 15,000)
MAX_WORD_CHARS = 1_000  # one run without spaces (a long URL fits)
MAX_META_CHARS = 16_000  # the front matter of an .md seed
MAX_META_VALUE = 2_000  # one front-matter value
MAX_META_DEPTH = 8

META_KEYS = {"title": str, "date": dt.date, "url": str, "publisher": str, "author": str}

# Invisible characters that hide or reorder text: zero-width, bidi controls, BOM, soft
# hyphen, Arabic letter mark, Mongolian vowel separator, Unicode tag characters.
INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\U000e0000-\U000e007f]"
)
JOINER = re.compile("[\u200c\u200d]")  # ZWNJ, ZWJ: kept inside non-Latin words and emoji
# Zero-width spaces: kept beside white space (quotes stay verbatim), dropped inside words.
ZERO_WIDTH_SPACE = re.compile("\u200b")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f]")
LINE_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
TOKENS = re.compile(r"\w+|[^\w\s]|\n+")
LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
UTF16_32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class SeedRefused(ValueError):
    """A seed that cannot be briefed; ``str(err)`` says why and how to fix it."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def discover(seeds_dir: Path) -> list[Path]:
    """Seed files in ``seeds_dir`` by name; hidden files are skipped, links and folders kept
    so that ``read_article`` refuses them by name."""
    return sorted(
        p
        for p in seeds_dir.iterdir()
        if p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith(".")
    )


def read_article(path: Path) -> Article:
    """Read one seed into an Article, or raise SeedRefused naming the problem."""
    raw = read_bytes(path)
    text = LINE_BREAKS.sub("\n", decode(path, raw))
    meta: dict[str, object] = {}
    if path.suffix.lower() == ".md":
        meta, body = split_seed_front_matter(path, text)
        if body != text and not normalise(body).strip():
            raise SeedRefused(path, "no article text after the front matter: put the "
                              "article's paragraphs below the closing '---'")
        text = body
    text = normalise(text)
    check_text(path, text)
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


def read_bytes(path: Path) -> bytes:
    """The seed's bytes: a regular file inside its folder, at most MAX_SEED_BYTES long."""
    check_name(path)
    try:
        if path.is_symlink():
            target = path.resolve()
            if not target.is_relative_to(path.parent.resolve()):
                raise SeedRefused(path, f"is a link to {target}, outside the seeds folder: "
                                  "copy the article into the folder instead")
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise SeedRefused(path, "is a folder, not an article file: rename or move it")
        if not stat.S_ISREG(mode):
            raise SeedRefused(path, "is not a regular file (a pipe, socket or device): remove it")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            raw = fh.read(MAX_SEED_BYTES + 1)
    except OSError as err:
        raise SeedRefused(path, f"cannot read the file: {err.strerror or err}") from None
    if len(raw) > MAX_SEED_BYTES:
        raise SeedRefused(path, f"file is over the {MAX_SEED_BYTES:,}-byte limit: "
                          "split it or keep only the article's text")
    return raw


def check_name(path: Path) -> None:
    """A file name that can be written into a briefing and printed on one line."""
    try:
        path.name.encode("utf-8")
    except UnicodeEncodeError:
        raise SeedRefused(path, "the file name is not valid UTF-8: rename the file") from None
    if CONTROL.search(path.name) or LINE_BREAKS.search(path.name) or "\n" in path.name:
        raise SeedRefused(path, "the file name holds control characters or line breaks: "
                          "rename the file")


def decode(path: Path, raw: bytes) -> str:
    """UTF-8 (a BOM is dropped); refuse binary data and invalid bytes, naming the byte."""
    if raw.startswith(UTF16_32_BOMS):
        raise SeedRefused(path, "is UTF-16 or UTF-32 text: re-save the file as UTF-8")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise SeedRefused(path, f"binary file: NUL byte at byte {nul}; seeds are UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise SeedRefused(
            path, f"not valid UTF-8 at byte {err.start} (line {line}, byte "
            f"0x{raw[err.start]:02x}): re-save the file as UTF-8"
        ) from None
    controls = CONTROL.findall(text)
    if len(controls) > max(8, len(text) // 200):
        raise SeedRefused(path, f"binary file: {len(controls):,} control characters; "
                          "seeds are UTF-8 text")
    return text


def normalise(text: str) -> str:
    """NFC, LF line endings, no invisible or control characters, no trailing spaces.

    Zero-width joiners stay only between two letters of a non-Latin script or in emoji
    sequences (Persian words need them), and zero-width spaces only beside white space (so a
    quote stays verbatim); everywhere else they, bidi controls and the other invisible
    characters are removed, so they can neither hide text nor split a name.
    """
    text = LINE_BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    text = ZERO_WIDTH_SPACE.sub(_zero_width_space, text)
    text = JOINER.sub(_joiner, text)
    text = CONTROL.sub("", text).replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def _zero_width_space(match: re.Match[str]) -> str:
    s, i = match.string, match.start()
    before = s[i - 1] if i > 0 else " "
    after = s[i + 1] if i < len(s) - 1 else " "
    at_word_edge = before.isspace() != after.isspace()  # " \u200bword", not inside a word
    return match.group() if at_word_edge else ""


def _joiner(match: re.Match[str]) -> str:
    s, i = match.string, match.start()
    keep = 0 < i < len(s) - 1 and _joins(s[i - 1]) and _joins(s[i + 1])
    return match.group() if keep else ""


def _joins(ch: str) -> bool:
    cat = unicodedata.category(ch)
    if cat[0] in "LM":
        return ord(ch) > 0x24F and "LATIN" not in unicodedata.name(ch, "")
    return cat in ("So", "Sk") or ch == "\ufe0f"


def check_text(path: Path, text: str) -> None:
    """Refuse an empty text, or one too large or too odd to parse in bounded time."""
    if not text.strip():
        raise SeedRefused(path, "no article text: the file is empty or only whitespace; "
                          "put the article's paragraphs in it or delete it")
    if len(text) > MAX_TEXT_CHARS:
        raise SeedRefused(path, f"article text is {len(text):,} characters, over the "
                          f"{MAX_TEXT_CHARS:,} limit: keep only the article's text")
    long_line = next((i for i, ln in enumerate(text.split("\n"), 1)
                      if len(ln) > MAX_LINE_CHARS), None)
    if long_line is not None:
        raise SeedRefused(path, f"line {long_line} is over {MAX_LINE_CHARS:,} characters: "
                          "break the article into paragraphs, one per line")
    word = LONG_WORD.search(text)
    if word is not None:
        line = text.count("\n", 0, word.start()) + 1
        raise SeedRefused(path, f"line {line} has a run of {len(word.group()):,} characters "
                          f"without a space (the limit is {MAX_WORD_CHARS:,}): break it up "
                          "or remove it")
    tokens = sum(1 for _ in TOKENS.finditer(text))
    if tokens > MAX_TOKENS:
        raise SeedRefused(path, f"article has about {tokens:,} words and marks, over the "
                          f"{MAX_TOKENS:,} limit: keep only the article's text")


def split_seed_front_matter(path: Path, text: str) -> tuple[dict[str, object], str]:
    """Split an .md seed into its validated metadata and its article text.

    Only a ``---`` line at the very top opens front matter, and the first ``---`` or ``...``
    line closes it: later ``---`` lines are article text.
    """
    text = text.lstrip("\ufeff")
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return {}, text
    end = next((i for i, ln in enumerate(lines[1:], 1) if ln.rstrip() in ("---", "...")), None)
    if end is None:
        raise SeedRefused(path, "front matter opened with '---' on line 1 is never closed: "
                          "add a '---' line after it")
    block = "\n".join(lines[1:end])
    if len(block) > MAX_META_CHARS:
        raise SeedRefused(path, f"front matter is over {MAX_META_CHARS:,} characters: keep "
                          "only title, date, url, publisher and author")
    meta = safe_yaml(path, block)
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise SeedRefused(path, "front matter must be a mapping of keys (title: ..., "
                          "date: YYYY-MM-DD, url: ...)")
    return _check_meta(path, meta), "\n".join(lines[end + 1 :])


def safe_yaml(path: Path, block: str) -> object:
    """Plain YAML only: no tags (``!!python/...``), anchors or aliases, bounded nesting.

    The events are checked before anything is constructed, so a tag never builds an object
    and an alias bomb is refused before it expands.
    """
    depth = 0
    try:
        for event in yaml.parse(block, Loader=yaml.SafeLoader):
            line = event.start_mark.line + 2  # 1-based, after the '---' line
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise SeedRefused(path, f"front matter line {line} uses a YAML anchor or alias "
                                  "('&' or '*'): write each value out in full")
            tag = getattr(event, "tag", None)  # set only when written out: '!!str', '!x'
            if tag is not None:
                tag = tag.replace("tag:yaml.org,2002:", "!!", 1)
                raise SeedRefused(path, f"front matter line {line} uses the YAML tag {tag!r}; "
                                  "tags are not allowed: remove it and write plain text")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_META_DEPTH:
                    raise SeedRefused(path, f"front matter line {line} nests more than "
                                      f"{MAX_META_DEPTH} levels deep: use plain keys and values")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return yaml.safe_load(block)
    except SeedRefused:
        raise
    except ValueError as err:  # e.g. a date YAML recognises but Python cannot build
        raise SeedRefused(path, f"front matter has a value that cannot be read "
                          f"({str(err)[:80]}): write dates as YYYY-MM-DD, quote other "
                          "values") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "cannot be parsed"
        raise SeedRefused(path, f"front matter is not valid YAML{where} ({problem}): fix it or "
                          "remove it") from None


def _check_meta(path: Path, meta: dict[object, object]) -> dict[str, object]:
    """Known keys with the right types; unknown keys are ignored whatever their type."""
    out: dict[str, object] = {}
    for key, value in meta.items():
        wanted = META_KEYS.get(str(key))
        if wanted is None or value is None:
            continue
        if wanted is dt.date:
            value = _as_date(path, value)
        elif not isinstance(value, str):
            raise SeedRefused(path, f"front matter {key!r} must be text, got "
                              f"{type(value).__name__}: put the value in quotes")
        elif len(value) > MAX_META_VALUE:
            raise SeedRefused(path, f"front matter {key!r} is {len(value):,} characters, over "
                              f"the {MAX_META_VALUE:,} limit: shorten it")
        elif key == "url" and not re.match(r"https?://[^\s]+$", value.strip(), re.I):
            raise SeedRefused(path, "front matter 'url' must be an http:// or https:// address: "
                              "fix it or remove it")
        out[str(key)] = value
    return out


def _as_date(path: Path, value: object) -> dt.date:
    date = as_date(value.strip() if isinstance(value, str) else value)
    if date is not None:
        return date
    shown = repr(value) if len(repr(value)) < 60 else repr(value)[:57] + "..."
    raise SeedRefused(path, f"front matter 'date' must be a date as YYYY-MM-DD, got {shown}")


def _clean_meta(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(normalise(value).split())
    return value or None
