"""Slugs: safe file names from any seed name, distinct, and first come first served."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.slug import (
    MAX_SLUG_BYTES,
    RESERVED,
    assign_slugs,
    existing_slugs,
    is_safe_slug,
    slugify,
)

PERSIAN = "\u06af\u0632\u0627\u0631\u0634 \u0648\u06cc\u0698\u0647"


@pytest.mark.parametrize(
    ("stem", "slug"),
    [
        ("Iran-Protests", "iran-protests"),
        ("000_ae4ffa75ccf7d439", "000_ae4ffa75ccf7d439"),  # existing slugs keep their form
        ("../../etc/passwd", "etc-passwd"),
        ("..\\..\\windows", "windows"),
        ("ab\u200bcd\u202eef", "abcdef"),  # invisible characters never split or reach a slug
        (PERSIAN, "\u06af\u0632\u0627\u0631\u0634-\u0648\u06cc\u0698\u0647"),
        ("\u0939\u093f\u0928\u094d\u0926\u0940 news", "\u0939\u093f\u0928\u094d\u0926\u0940-news"),
        ("\uff21\uff11 wide", "a1-wide"),
        ("...", ""),
    ],
)
def test_slugify(stem: str, slug: str) -> None:
    assert slugify(stem) == slug


def test_long_names_are_cut_by_bytes_between_characters() -> None:
    assert len(slugify("x" * 1000).encode()) == MAX_SLUG_BYTES
    persian = slugify("\u0644" * 1000)
    assert len(persian.encode()) <= MAX_SLUG_BYTES and set(persian) == {"\u0644"}


def _names(tmp_path: Path, *names: str) -> list[Path]:
    return [tmp_path / n for n in names]


def test_reserved_and_empty_names_get_a_hashed_slug(tmp_path: Path) -> None:
    seeds = _names(tmp_path, "CON.txt", "index.md", "....txt", "lpt1.txt", "search.txt")
    slugs = assign_slugs(seeds)
    for path, slug in slugs.items():
        assert is_safe_slug(slug), (path, slug)
        assert slug.split("-")[0] in {"con", "index", "article", "lpt1", "search"}
        assert slug not in RESERVED
    assert len(set(slugs.values())) == len(seeds)


def test_names_differing_in_case_or_punctuation_never_share_a_page(tmp_path: Path) -> None:
    seeds = _names(tmp_path, "iran.txt", "Iran.txt", "iran!.txt", "IRAN.md", "iran.md")
    slugs = assign_slugs(seeds)
    # a name that already is its slug wins (of two, the first by name); the others are hashed
    assert slugs[tmp_path / "iran.md"] == "iran"
    assert all(s.startswith("iran-") for p, s in slugs.items() if p.name != "iran.md")
    assert len({s.casefold() for s in slugs.values()}) == len(seeds)


def _page(out: Path, slug: str, seed_name: str) -> None:
    out.mkdir(exist_ok=True)
    (out / f"{slug}.md").write_text(
        f"---\ntitle: T\nsource:\n  path: seeds/{seed_name}\n  sha256: x\n---\n", encoding="utf-8"
    )


def test_first_come_keeps_its_slug_when_a_clashing_seed_arrives(tmp_path: Path) -> None:
    out = tmp_path / "content"
    first = assign_slugs(_names(tmp_path, "Iran.txt"), out)
    assert first == {tmp_path / "Iran.txt": "iran"}
    _page(out, "iran", "Iran.txt")
    later = assign_slugs(_names(tmp_path, "Iran.txt", "iran.txt", "-iran.txt"), out)
    assert later[tmp_path / "Iran.txt"] == "iran"
    assert later[tmp_path / "iran.txt"].startswith("iran-")
    assert later[tmp_path / "-iran.txt"].startswith("iran-")
    assert len(set(later.values())) == 3


def test_a_page_whose_seed_is_gone_or_an_editor_page_is_never_taken(tmp_path: Path) -> None:
    out = tmp_path / "content"
    _page(out, "iran", "old-name.txt")
    (out / "about.md").write_text("# About us\n", encoding="utf-8")
    slugs = assign_slugs(_names(tmp_path, "iran.txt", "about.txt"), out)
    assert slugs[tmp_path / "iran.txt"] != "iran"
    assert slugs[tmp_path / "about.txt"] != "about"


def test_existing_slugs_reads_source_paths(tmp_path: Path) -> None:
    _page(tmp_path, "kept-slug", "Some Name.txt")
    (tmp_path / "broken.md").write_text("---\nsource: [\n---\n", encoding="utf-8")
    assert existing_slugs(tmp_path) == {"Some Name.txt": "kept-slug"}


def test_slugs_are_stable_across_runs_and_orders(tmp_path: Path) -> None:
    seeds = _names(tmp_path, "b.txt", "B.txt", "a b.txt", "A-B.md", "x.txt")
    assert assign_slugs(seeds) == assign_slugs(list(reversed(seeds)))


NAME_CHARS = st.sampled_from([*"aAbBcC.-_ /\\:*?<>|\"'", "\u202e", "\u200b", "\u0644"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(NAME_CHARS, st.characters(), st.sampled_from(["CON", "index", "../"])),
                max_size=300).map("".join))
def test_any_stem_gives_a_safe_slug_or_nothing(stem: str) -> None:
    slug = slugify(stem)
    assert slug == "" or is_safe_slug(slug) or slug in RESERVED
    assert "/" not in slug and "\\" not in slug and not slug.startswith(".")
    assert len(slug.encode("utf-8")) <= MAX_SLUG_BYTES
    assert slugify(slug) == slug


@settings(max_examples=100, deadline=None)
@given(st.sets(st.text(alphabet=NAME_CHARS, min_size=1, max_size=12).filter(
    lambda s: "/" not in s and "\\" not in s and s not in (".", "..")), min_size=1, max_size=12))
def test_any_names_get_distinct_safe_slugs(stems: set[str]) -> None:
    seeds = [Path("/seeds") / f"{s}.txt" for s in stems]
    slugs = assign_slugs(seeds)
    assert len({s.casefold() for s in slugs.values()}) == len(seeds)
    assert all(is_safe_slug(s) for s in slugs.values())
