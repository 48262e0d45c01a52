"""Reading seeds: decoding, normalisation, front matter of .md seeds, refusals (unit level)."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from generator.read import (
    MAX_SEED_BYTES,
    MAX_WORD_CHARS,
    SeedRefused,
    discover,
    normalise,
    read_article,
)

SOUND = (
    "Minister Ali Rezaei said on Monday that the talks in Tehran had failed.\n"
    "\n"
    "The ministry reported that 40 people were hurt on Sunday.\n"
)


def _seed(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(SeedRefused) as info:
        read_article(path)
    assert info.value.path == path
    return info.value.reason


def test_bom_and_crlf_give_the_clean_text(tmp_path: Path) -> None:
    clean = read_article(_seed(tmp_path, "clean.txt", SOUND))
    messy = read_article(_seed(tmp_path, "messy.txt",
                               b"\xef\xbb\xbf" + SOUND.replace("\n", "\r\n").encode()))
    assert messy.text == clean.text == SOUND
    assert messy.sha256 != clean.sha256  # the hash is of the file's bytes


def test_md_front_matter_with_bom_and_crlf(tmp_path: Path) -> None:
    data = "\ufeff---\r\ntitle: Talks fail\r\ndate: 2024-03-05\r\n---\r\n" + SOUND
    article = read_article(_seed(tmp_path, "a.md", data.replace("\n", "\r\n")))
    assert article.title == "Talks fail"
    assert article.date == dt.date(2024, 3, 5)
    assert article.text == SOUND


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Ali Re\u200bzaei met\u2060 them.", "Ali Rezaei met them."),
        ("The \u202egnissim\u202c report.", "The gnissim report."),
        ("Ali\u00adreza left.", "Alireza left."),
        ("A\u200dB and x\u200cy.", "AB and xy."),  # joiners inside Latin words go
        ("tab\there\x07 bell", "tab here bell"),
        ("one\u2028two\x85three", "one\ntwo\nthree"),
        ("cafe\u0301", "caf\u00e9"),  # NFC
        ("trailing   \n\n\n", "trailing"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected + "\n"


def test_persian_zero_width_non_joiner_is_kept() -> None:
    word = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a Persian word with ZWNJ
    assert normalise(f"{word} \u200f.") == f"{word} .\n"


def test_emoji_joiner_sequence_is_kept() -> None:
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert normalise(f"A family {family} here") == f"A family {family} here\n"


def test_zero_width_space_does_not_split_a_name(tmp_path: Path) -> None:
    article = read_article(_seed(tmp_path, "z.txt", "Abbas Arag\u200bhchi spoke in Te\u2060hran."))
    assert "Abbas Araghchi" in article.text and "Tehran" in article.text


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [
        ("empty.txt", b"", "empty or only whitespace"),
        ("blank.txt", b" \r\n\t\n\xe2\x80\x8b\n", "empty or only whitespace"),
        ("nul.txt", b"Hello\x00world", "NUL byte at byte 5"),
        ("utf16.txt", "Hello world".encode("utf-16"), "UTF-16"),
        ("latin1.txt", "Hello caf\u00e9 and more".encode("latin-1"),
         "not valid UTF-8 at byte 9 (line 1, byte 0xe9)"),
        ("line3.txt", b"one\ntwo\nthr\xffee", "at byte 11 (line 3"),
        ("controls.txt", bytes(range(1, 9)) * 20 + b" words", "control characters"),
        ("huge.txt", b"word " * (MAX_SEED_BYTES // 5 + 1), "byte limit"),
        ("run.txt", b"See " + b"(" * (MAX_WORD_CHARS + 5) + b" here.", "without a space"),
        ("line.txt", (b"Word " * 10_001), "line 1 is over"),
        ("tokens.txt", b"(a) (b) (c)\n" * 5_000, "words and marks"),
    ],
)
def test_broken_text_is_refused_with_its_reason(
    tmp_path: Path, name: str, data: bytes, fragment: str
) -> None:
    assert fragment in _refusal(_seed(tmp_path, name, data))


@pytest.mark.parametrize(
    ("front", "fragment"),
    [
        ("title: [unclosed", "not valid YAML at line"),
        ("title: !!python/object/apply:os.system ['echo pwned']",
         "YAML tag '!!python/object/apply:os.system'"),
        ("title: !!str plain", "tags are not allowed"),
        ("a: &a [x, x]\nb: *a", "anchor or alias"),
        ("title: [1, 2]", "'title' must be text"),
        ("publisher: 42", "'publisher' must be text"),
        ("date: 2024-13-45", "write dates as YYYY-MM-DD"),
        ("date: [2024]", "'date' must be a date as YYYY-MM-DD"),
        ("date: next week", "'date' must be a date as YYYY-MM-DD"),
        ("url: javascript:alert(1)", "'url' must be an http:// or https:// address"),
        ("- a list\n- not a mapping", "must be a mapping"),
        ("x: " + "[" * 50 + "]" * 50, "nests more than"),
        ("title: " + "x" * 3000, "over the 2,000 limit"),
        ("n: " + "9" * 5000, "cannot be read"),
    ],
)
def test_bad_front_matter_is_refused(tmp_path: Path, front: str, fragment: str) -> None:
    reason = _refusal(_seed(tmp_path, "bad.md", f"---\n{front}\n---\n{SOUND}"))
    assert fragment in reason
    assert "front matter" in reason


def test_billion_laughs_is_refused_before_expanding(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    started = time.monotonic()
    reason = _refusal(_seed(tmp_path, "bomb.md", "---\n" + "\n".join(lines) + "\n---\n" + SOUND))
    assert "anchor or alias" in reason and "line 2" in reason
    assert time.monotonic() - started < 2


def test_python_tag_never_constructs_anything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    monkeypatch.chdir(tmp_path)
    front = "title: !!python/object/apply:os.system ['touch pwned']"
    _refusal(_seed(tmp_path, "tag.md", f"---\n{front}\n---\n{SOUND}"))
    assert not (tmp_path / "pwned").exists()


def test_unclosed_front_matter_is_refused(tmp_path: Path) -> None:
    assert "never closed" in _refusal(_seed(tmp_path, "open.md", "---\ntitle: x\n" + SOUND))


def test_unknown_keys_are_ignored_whatever_their_type(tmp_path: Path) -> None:
    data = "---\ntitle: Talks\nlang: [en, fa]\nextra: {a: 1}\n---\n" + SOUND
    article = read_article(_seed(tmp_path, "ok.md", data))
    assert article.title == "Talks" and article.text == SOUND


def test_later_delimiters_are_article_text(tmp_path: Path) -> None:
    data = "---\ntitle: Talks\n---\nFirst line.\n---\ntitle: not metadata\n...\nLast line.\n"
    article = read_article(_seed(tmp_path, "d.md", data))
    assert article.title == "Talks"
    assert article.text == "First line.\n---\ntitle: not metadata\n...\nLast line.\n"


def test_quoted_iso_date_and_persian_title(tmp_path: Path) -> None:
    title = "\u06af\u0632\u0627\u0631\u0634 \u0648\u06cc\u0698\u0647"
    data = f'---\ntitle: "{title}"\ndate: "2024-03-05"\n---\n{SOUND}'
    article = read_article(_seed(tmp_path, "fa.md", data))
    assert article.title == title and article.date == dt.date(2024, 3, 5)


def test_symlink_outside_the_seeds_folder_is_refused(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    outside = _seed(tmp_path, "secret.txt", SOUND)
    link = seeds / "link.txt"
    link.symlink_to(outside)
    assert "outside the seeds folder" in _refusal(link)
    inside = _seed(seeds, "real.txt", SOUND)
    (seeds / "alias.txt").symlink_to(inside)
    assert read_article(seeds / "alias.txt").text == SOUND


def test_folders_and_pipes_are_refused_without_blocking(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    assert "is a folder" in _refusal(tmp_path / "folder.txt")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert "not a regular file" in _refusal(fifo)
    assert time.monotonic() - started < 2


def test_discover_keeps_links_and_folders_to_refuse_them_by_name(tmp_path: Path) -> None:
    for name in ("b.txt", "a.MD", ".hidden.txt", "notes.docx"):
        _seed(tmp_path, name, SOUND)
    (tmp_path / "dir.txt").mkdir()
    assert [p.name for p in discover(tmp_path)] == ["a.MD", "b.txt", "dir.txt"]


def test_pathological_file_is_refused_fast(tmp_path: Path) -> None:
    data = b"(" * 500_000 + b")" * 400_000
    started = time.monotonic()
    _refusal(_seed(tmp_path, "brackets.txt", data))
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        (os.fsdecode(b"caf\xe9.txt"), "file name is not valid UTF-8"),
        ("two\nlines.txt", "control characters or line breaks"),
        ("esc\x1b[31m.txt", "control characters or line breaks"),
    ],
)
def test_file_names_that_cannot_be_written_or_printed_are_refused(
    tmp_path: Path, name: str, fragment: str
) -> None:
    path = tmp_path / name
    path.write_bytes(SOUND.encode())
    assert fragment in _refusal(path)
