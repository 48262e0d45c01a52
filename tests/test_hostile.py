"""Hostile and broken seeds through the real `briefings generate`, one table per class.

Each case: the exit code, one stderr line naming the file and the fix, exactly which pages were
written, and nothing else touched.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from mkdocs.utils.meta import get_data

from generator.cli import main
from generator.frontmatter import load, split_page
from generator.lock import LOCK_NAME, content_lock

SOUND = (
    "Mayor Alma Reyes said on Tuesday that the harbor bridge would reopen next week.\n"
    "\n"
    '"We are back in business," Reyes told reporters at the ribbon cutting.\n'
)
GOOD_PAGE = "content/good.md"
LOCK = f"content/{LOCK_NAME}"


def generate() -> Result:
    return CliRunner().invoke(main, ["generate", "seeds", "--out", "content", "-q"])


def tree(root: Path) -> dict[str, bytes | str]:
    """Every file under ``root``: path → bytes (a link → its target)."""
    out: dict[str, bytes | str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            out[rel] = f"-> {os.readlink(path)}"
        elif path.is_file():
            out[rel] = path.read_bytes()
    return out


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with one sound seed, run from its folder."""
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "good.txt").write_text(SOUND, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.setenv("BRIEFINGS_LOCK_WAIT", "0.3")
    return root


def front(page: Path) -> dict:
    fm, _ = split_page(page.read_text(encoding="utf-8"))
    assert fm is not None
    return load(fm)


def assert_refused_alone(project: Path, name: str, fragment: str, before: dict) -> None:
    """The bad seed was refused by name with ``fragment``; only good.md was written."""
    result = generate()
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"seeds/{name}: refused: "), lines
    assert fragment in lines[0], lines
    after = tree(project)
    assert set(after) - set(before) == {GOOD_PAGE, LOCK}
    assert {k: v for k, v in after.items() if k in before} == before


BROKEN = [
    ("empty.txt", b"", "the file is empty or only whitespace"),
    ("blank.md", b"  \n\t\r\n", "the file is empty or only whitespace"),
    ("nul.txt", b"Reyes spoke.\x00\x01\x02", "NUL byte at byte 12"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
    ("utf16.txt", SOUND.encode("utf-16"), "re-save the file as UTF-8"),
    ("latin1.txt", "Mayor said caf\u00e9 is open.\n".encode("latin-1"),
     "not valid UTF-8 at byte 14"),
    ("huge.txt", b"Reyes spoke. " * 80_000, "over the 1,000,000-byte limit"),
    ("onemeg.txt", b"x" * 1_048_576, "over the 1,000,000-byte limit"),
    ("nospace.txt", b"x" * 15_000, "without a space"),
    ("brackets.txt", b"(" * 9_000 + b")" * 9_000, "without a space"),
    ("oneline.txt", b"Reyes spoke at length. " * 3_000, "break the article into paragraphs"),
    ("bad-yaml.md", f"---\ntitle: [unclosed\n---\n{SOUND}".encode(), "not valid YAML at line"),
    ("tag.md", f"---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n{SOUND}"
     .encode(), "tags are not allowed"),
    ("bomb.md", ("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                 + "".join(f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n"
                           for p, c in zip("abcdefgh", "bcdefghi", strict=True))
                 + f"---\n{SOUND}").encode(), "anchor or alias"),
    ("types.md", f"---\ntitle: {{a: 1}}\n---\n{SOUND}".encode(), "'title' must be text"),
    ("date.md", f"---\ndate: 10 March\n---\n{SOUND}".encode(), "YYYY-MM-DD"),
    ("open.md", f"---\ntitle: Bridge\n{SOUND}".encode(), "never closed"),
    ("only-meta.md", b"---\ntitle: Bridge\n---\n", "no article text after the front matter"),
    ("bidi-only.txt", "\u202e\u200b\u2066\n".encode(), "empty or only whitespace"),
]


@pytest.mark.parametrize(("name", "data", "fragment"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_seed_is_refused_and_the_rest_briefed(
    project: Path, name: str, data: bytes, fragment: str
) -> None:
    (project / "seeds" / name).write_bytes(data)
    before = tree(project)
    started = time.monotonic()
    assert_refused_alone(project, name, fragment, before)
    assert time.monotonic() - started < 60
    assert not (project / "pwned").exists()


def _outside_link(project: Path) -> str:
    secret = project.parent / "secret.txt"
    secret.write_text(SOUND, encoding="utf-8")
    (project / "seeds" / "link.txt").symlink_to(secret)
    return "outside the seeds folder"


def _fifo(project: Path) -> str:
    os.mkfifo(project / "seeds" / "link.txt")
    return "not a regular file"


def _folder(project: Path) -> str:
    (project / "seeds" / "link.txt").mkdir()
    (project / "seeds" / "link.txt" / "inner.txt").write_text(SOUND, encoding="utf-8")
    return "is a folder"


def _dangling(project: Path) -> str:
    (project / "seeds" / "link.txt").symlink_to(project / "seeds" / "missing.txt")
    return "cannot read the file"


@pytest.mark.parametrize("setup", [_outside_link, _fifo, _folder, _dangling])
def test_links_and_special_files_are_refused(project: Path, setup: Callable[[Path], str]
                                             ) -> None:
    fragment = setup(project)
    before = tree(project)
    assert_refused_alone(project, "link.txt", fragment, before)


def _page_without(page: dict) -> dict:
    """A page's front matter without what depends on the file's bytes."""
    page = {**page, "source": {**page["source"], "sha256": None}}
    generated = dict(page.get("generated") or {})
    generated.pop("source.sha256", None)
    return {**page, "generated": generated}


@pytest.mark.parametrize(
    "variant",
    [
        lambda s: b"\xef\xbb\xbf" + s.encode(),
        lambda s: s.replace("\n", "\r\n").encode(),
        lambda s: b"\xef\xbb\xbf" + s.replace("\n", "\r").encode(),
        lambda s: s.replace("Reyes", "Re\u200byes").replace("Alma", "\u2066Alma\u2069").encode(),
        lambda s: s.replace("\n", "   \n").replace(" ", "\u200e ").encode(),
    ],
    ids=["bom", "crlf", "bom-cr", "zero-width-bidi", "marks-trailing-spaces"],
)
def test_normalised_text_gives_the_same_briefing(
    project: Path, variant: Callable[[str], bytes]
) -> None:
    assert generate().exit_code == 0
    clean = front(project / GOOD_PAGE)
    (project / "seeds" / "good.txt").write_bytes(variant(SOUND))
    result = generate()
    assert result.exit_code == 0, result.stderr
    messy = front(project / GOOD_PAGE)
    assert _page_without(messy) == _page_without(clean)
    assert "Alma Reyes" in [a["name"] for a in messy["actors"]]


def test_persian_title_keeps_its_text_and_gets_a_safe_slug(project: Path) -> None:
    title = "\u06af\u0632\u0627\u0631\u0634 \u0648\u06cc\u0698\u0647 \u062a\u0647\u0631\u0627\u0646"
    (project / "seeds" / f"{title}.md").write_text(f"---\ntitle: {title}\n---\n{SOUND}",
                                                     encoding="utf-8")
    assert generate().exit_code == 0
    pages = sorted(p.name for p in (project / "content").glob("*.md"))
    slug = title.replace(" ", "-")
    assert pages == sorted(["good.md", f"{slug}.md"])
    assert front(project / "content" / f"{slug}.md")["title"] == title


NAMES = [
    ["CON.txt", "nul.md", "index.txt", "archive.txt"],
    ["Iran.txt", "iran.txt", "IRAN.md", "iran!.txt", "-iran-.txt"],
    ["x" * 240 + ".txt", "\u0644" * 120 + ".txt"],
    ["-.txt", "_.txt", "~.md", "(.).txt", "\u202e\u200b.txt"],
    ["a\u202egpj.txt", "a\u200bb.txt", "ab.txt"],
]


@pytest.mark.parametrize("names", NAMES, ids=["reserved", "case", "long", "dots", "invisible"])
def test_file_names_are_safe_and_never_overwrite(project: Path, names: list[str]) -> None:
    for name in names:
        (project / "seeds" / name).write_text(SOUND.replace("harbor", name[:20]),
                                              encoding="utf-8")
    before = tree(project)
    result = generate()
    assert result.exit_code == 0, result.stderr
    after = tree(project)
    written = sorted(set(after) - set(before))
    assert all(w.startswith("content/") and w.count("/") == 1 for w in written)
    pages = [w for w in written if w.endswith(".md")]
    assert len(pages) == len(names) + 1  # every seed has its own page, good.md too
    stems = [Path(p).stem for p in pages]
    assert all(len(s.encode()) <= 100 and s == s.lower() for s in stems)
    assert not {"con", "nul", "index", "archive"} & set(stems)
    sources = {front(project / p)["source"]["path"] for p in pages}
    assert sources == {f"seeds/{n}" for n in [*names, "good.txt"]}
    assert generate().exit_code == 0 and tree(project) == after  # stable across runs


def test_a_title_of_dot_dot_segments_writes_inside_content(project: Path) -> None:
    (project / "seeds" / "dots.md").write_text(
        f"---\ntitle: ../../../../etc/passwd\n---\n{SOUND}", encoding="utf-8")
    before = tree(project.parent)
    assert generate().exit_code == 0
    new = set(tree(project.parent)) - set(before)
    assert new == {f"project/{GOOD_PAGE}", "project/content/dots.md", f"project/{LOCK}"}


def test_an_added_seed_never_changes_an_existing_slug(project: Path) -> None:
    (project / "seeds" / "Bridge.txt").write_text(SOUND, encoding="utf-8")
    assert generate().exit_code == 0
    assert (project / "content" / "bridge.md").exists()
    for name in ("bridge.txt", "-bridge.txt", "BRIDGE.md"):
        (project / "seeds" / name).write_text(SOUND.replace("bridge", "tunnel"),
                                              encoding="utf-8")
    assert generate().exit_code == 0
    assert front(project / "content" / "bridge.md")["source"]["path"] == "seeds/Bridge.txt"
    assert len(list((project / "content").glob("bridge*.md"))) == 4


STRUCTURE = (
    "---\n"
    "# Not a heading\n"
    "> not a quote\n"
    "| not | a table |\n"
    "```\n"
    "{{ config.site_name }} and {% include 'x' %}\n"
    "...\n"
    "---\n"
    "<script>alert(1)</script> Mayor Alma Reyes said on Tuesday that the bridge reopened.\n"
)


def test_article_syntax_never_ends_or_escapes_the_front_matter(project: Path) -> None:
    title = "--- | # {{ x }} {% y %} ` > ... ---"
    (project / "seeds" / "syntax.md").write_text(
        f"---\ntitle: '{title}'\n---\n{STRUCTURE}", encoding="utf-8")
    (project / "seeds" / "syntax.txt").write_text(STRUCTURE, encoding="utf-8")
    result = generate()
    assert result.exit_code == 0, result.stderr
    pages = sorted((project / "content").glob("syntax*.md"))
    assert len(pages) == 2
    for page in pages:
        text = page.read_text(encoding="utf-8")
        ours = front(page)
        _, theirs = get_data(text)  # MkDocs' own front-matter reader agrees
        assert theirs == ours and theirs["source"]
        fm, body = split_page(text)
        assert body == ""
        assert yaml.safe_load(fm) == ours
    md_page = next(p for p in pages if front(p)["source"]["path"].endswith(".md"))
    assert front(md_page)["title"] == title


def test_a_second_run_refuses_clearly_while_the_first_holds_the_lock(project: Path) -> None:
    before = tree(project)
    with content_lock(project / "content", wait=0):
        result = generate()
    assert result.exit_code == 1
    assert result.stderr.startswith("content: refused: another briefings run (process ")
    assert "try again when it has finished" in result.stderr
    assert not (project / GOOD_PAGE).exists()
    assert set(tree(project)) - set(before) == {LOCK}


def test_a_second_run_waits_for_a_short_first_one(project: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFINGS_LOCK_WAIT", "20")
    held = threading.Event()

    def hold() -> None:
        with content_lock(project / "content", wait=0):
            held.set()
            time.sleep(0.5)

    thread = threading.Thread(target=hold)
    thread.start()
    held.wait(5)
    result = generate()
    thread.join()
    assert result.exit_code == 0, result.stderr
    assert (project / GOOD_PAGE).exists()


def test_a_deep_but_bounded_article_is_briefed_in_bounded_time(project: Path) -> None:
    deep = "(" * 400 + "aside" + ")" * 400
    (project / "seeds" / "deep.txt").write_text(f"{SOUND}\n{deep}\n" + "[" * 900 + "\n",
                                                encoding="utf-8")
    started = time.monotonic()
    result = generate()
    assert result.exit_code == 0, result.stderr
    assert (project / "content" / "deep.md").exists()
    assert time.monotonic() - started < 60
