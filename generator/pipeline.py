"""The generate run as one readable script: read, extract, plan every write, then write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator import budget, nlp
from generator.brief import brief
from generator.frontmatter import FrontMatterError, to_mapping
from generator.lock import content_locked
from generator.merge import merge
from generator.model import Article
from generator.read import SeedRefused, discover, read_article
from generator.slug import assign_slugs
from generator.write import atomic_write, remove_stale_temporaries

Progress = Callable[[int, int, Path], None]


@dataclass
class RunReport:
    """What a run did, for the CLI to print."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    refused: list[tuple[Path, str]] = field(default_factory=list)
    review: list[tuple[Path, str]] = field(default_factory=list)
    orphaned: list[Path] = field(default_factory=list)
    pinned: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refused


@dataclass(frozen=True)
class PlannedWrite:
    path: Path
    text: str


@content_locked(RunReport)
def generate(
    seeds_dir: Path,
    out_dir: Path,
    *,
    progress: Progress | None = None,
    force: frozenset[str] = frozenset(),
) -> RunReport:
    """Brief every seed in ``seeds_dir`` into ``out_dir``; refusals never stop the others.

    ``force`` names fields handed back to the generator on every page (`--force FIELD`).
    """
    report = RunReport()
    seeds = discover(seeds_dir)
    articles = read_all(seeds, report)
    slugs = assign_slugs(seeds, out_dir)
    plans = plan_all(articles, slugs, out_dir, report, progress, force)
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out_dir)
    for plan in plans:
        try:
            atomic_write(plan.path, plan.text)
        except OSError as err:  # a full disk, a read-only page: that page stays as it was
            report.refused.append((plan.path, f"cannot write: {err.strerror or err} "
                                              "(page left as it was)"))
            continue
        report.written.append(plan.path)
    report.orphaned = orphans(out_dir, set(slugs.values()))
    return report


def read_all(seeds: list[Path], report: RunReport) -> list[Article]:
    """Read every seed; a refused one is reported and skipped."""
    articles = []
    for path in seeds:
        try:
            articles.append(read_article(path))
        except SeedRefused as err:
            report.refused.append((path, err.reason))
        except OSError as err:
            report.refused.append((path, f"cannot read the file: {err.strerror}"))
    return articles


def plan_all(
    articles: list[Article],
    slugs: dict[Path, str],
    out_dir: Path,
    report: RunReport,
    progress: Progress | None,
    force: frozenset[str] = frozenset(),
) -> list[PlannedWrite]:
    """Extract and merge every article; nothing is written here."""
    plans = []
    docs = nlp.parse_many((a.text for a in articles), processes=nlp.worker_count(len(articles)))
    for i, (article, doc) in enumerate(zip(articles, docs, strict=True), start=1):
        if progress:
            progress(i, len(articles), article.path)
        target = out_dir / f"{slugs[article.path]}.md"
        try:
            with budget.time_budget(budget.ARTICLE_SECONDS):
                fresh = to_mapping(brief(article, doc))
        except budget.OverBudget:
            report.refused.append((article.path, f"briefing it took over "
                                   f"{budget.ARTICLE_SECONDS:g} s, so it was stopped (a rule is "
                                   f"stuck on this text); please report this file"))
            continue
        except Exception as err:  # a bug in an extractor must not cost the other articles
            report.refused.append((article.path, f"internal error while briefing it "
                                   f"({type(err).__name__}: {err}); please report this file"))
            continue
        try:
            on_disk = target.read_bytes().decode("utf-8") if target.exists() else None
            result = merge(on_disk, fresh, force=force)
        except UnicodeDecodeError:
            report.refused.append((target, "the page is not UTF-8 text (page left untouched)"))
            continue
        except FrontMatterError as err:
            line = f" line {err.line}:" if err.line else ""
            report.refused.append((target, f"{line} {err} (page left untouched)".strip()))
            continue
        report.review.extend((target, field_name) for field_name in result.review)
        if result.pinned:
            report.pinned.append(target)
        if result.text == on_disk:
            report.unchanged.append(target)
        else:
            plans.append(PlannedWrite(target, result.text))
    return plans


def orphans(out_dir: Path, slugs: set[str]) -> list[Path]:
    """Briefings in ``out_dir`` whose seed is gone (kept, only reported)."""
    if not out_dir.is_dir():
        return []
    return sorted(
        p
        for p in out_dir.glob("*.md")
        if p.stem not in slugs and _is_briefing(p)
    )


def _is_briefing(path: Path) -> bool:
    try:
        head = path.read_text(encoding="utf-8")[:4096]
    except (OSError, UnicodeDecodeError):
        return False
    return head.startswith("---\n") and "\nsource:" in head
