"""The `briefings` command line: generate, build, serve, check."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from generator import __version__
from generator.nlp import PipelineMissing

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def shown(path: object) -> str:
    """A path as printed: control characters (ESC, line breaks) escaped, never interpreted."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in str(path)
    )


def _echo_err(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
def main() -> None:
    """Turn news articles into a searchable static briefing site.

    \b
    Examples:
      briefings generate                  # seeds/ -> content/
      briefings generate ~/articles --out /tmp/briefs
      briefings build                     # generate, then build the site into site/
      briefings serve                     # live preview on http://127.0.0.1:8000
      briefings check                     # validate every page in content/

    Exit codes: 0 all well, 1 some file refused or a problem found, 2 usage error.
    """
    # Material's banner about a future MkDocs 2 says nothing about this site's build.
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@main.command()
@click.argument("seeds_dir", default="seeds", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default="content", show_default=True,
              type=click.Path(path_type=Path, file_okay=False),
              help="Folder for the briefings (created if missing).")
@click.option("--quiet", "-q", is_flag=True, help="Print only problems.")
@click.option("--force", "force", multiple=True, metavar="FIELD",
              help="Hand FIELD back to the generator on every page, overwriting hand edits "
                   "(a contract field such as quotes, source.url, or all). Repeatable.")
def generate(seeds_dir: Path, out_dir: Path, quiet: bool, force: tuple[str, ...]) -> None:
    """Write one briefing per article in SEEDS_DIR (default: seeds/).

    \b
    Articles: *.txt (UTF-8 text) and *.md (optional YAML front matter with
    title, date: YYYY-MM-DD, url, publisher, author). A refused file is named
    on stderr with the reason; every other article is still briefed.

    \b
    Hand edits are kept: a field or list item you changed stays as you left
    it, and is listed as "needs review" when the article changed it too.
    Delete a field, or pass --force FIELD, to hand it back; `pinned: true`
    in a page's front matter keeps the generator away from that page.

    \b
    Example:
      briefings generate seeds --out content
      briefings generate --force quotes    # retake every page's quotes
    """
    sys.exit(run_generate(seeds_dir, out_dir, quiet=quiet, force=force))


def run_generate(
    seeds_dir: Path, out_dir: Path, *, quiet: bool = False, force: tuple[str, ...] = ()
) -> int:
    """Generate and report; return the exit code."""
    from generator.ownership import forceable
    from generator.pipeline import generate as generate_all

    unknown = sorted(set(force) - set(forceable()))
    if unknown:
        _echo_err(f"--force {unknown[0]}: no such field; use one of {', '.join(forceable())}")
        return EXIT_USAGE

    if not seeds_dir.is_dir():
        _echo_err(
            f"{shown(seeds_dir)}: no such folder of seeds; pass the folder holding your articles"
        )
        return EXIT_USAGE

    def progress(i: int, n: int, path: Path) -> None:
        if not quiet and sys.stderr.isatty():
            click.echo(f"\r[{i}/{n}] {shown(path.name)[:60]:<60}", err=True, nl=False)

    try:
        report = generate_all(seeds_dir, out_dir, progress=progress, force=frozenset(force))
    except PipelineMissing as err:
        _echo_err(str(err))
        return EXIT_PROBLEMS
    if not quiet and sys.stderr.isatty():
        click.echo("", err=True)
    for path, reason in report.refused:
        _echo_err(f"{shown(path)}: refused: {reason}")
    for path, field_name in report.review:
        _echo_err(f"{shown(path)}: needs review: {field_name} was edited by hand and the article "
                  "changed it too; kept your version (delete it or use --force to take the "
                  "article's)")
    if not quiet:
        for path in report.orphaned:
            click.echo(
                f"{shown(path)}: orphaned: its seed is gone (kept; delete it by hand if unwanted)"
            )
        pinned = f", {len(report.pinned)} pinned" if report.pinned else ""
        click.echo(
            f"{len(report.written)} written, {len(report.unchanged)} unchanged{pinned}, "
            f"{len(report.refused)} refused -> {out_dir}"
        )
    return EXIT_OK if report.ok else EXIT_PROBLEMS


@main.command()
@click.option("--config-file", "-f", default="mkdocs.yml", show_default=True,
              type=click.Path(path_type=Path, dir_okay=False))
@click.option("--strict/--no-strict", default=True, show_default=True,
              help="Fail on any MkDocs warning.")
def build(config_file: Path, strict: bool) -> None:
    """Generate seeds/ into content/, then build the site into site/.

    \b
    Example:
      briefings build && python -m http.server -d site
    """
    code = run_generate(Path("seeds"), Path("content"))
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        config = load_config(str(config_file), strict=strict)
        mkdocs_build(config)
    except (Abort, ConfigurationError) as err:
        _echo_err(f"{config_file}: site build failed: {err}")
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"site built in {config['site_dir']}")
    sys.exit(code)


@main.command()
@click.option("--config-file", "-f", default="mkdocs.yml", show_default=True,
              type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dev-addr", "-a", default="127.0.0.1:8000", show_default=True)
def serve(config_file: Path, dev_addr: str) -> None:
    """Generate, then serve the site with live reload; a changed seed is briefed again.

    \b
    Example:
      briefings serve -a 127.0.0.1:8001
    """
    run_generate(Path("seeds"), Path("content"))
    from mkdocs.commands.serve import serve as mkdocs_serve

    os.environ["BRIEFINGS_REGENERATE"] = "1"
    mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True,
                 watch=["seeds"])


@main.command()
@click.argument("content_dir", default="content",
                type=click.Path(path_type=Path, file_okay=False))
def check(content_dir: Path) -> None:
    """Validate every briefing in CONTENT_DIR (default: content/).

    \b
    Checks the schema (types, required keys, dates), that each quote is
    still verbatim in its article (read from source.path, relative to the
    current folder or absolute) and each number's sentence still holds it,
    and lists pages whose article changed since they were generated.
    One line per problem (file:line: what; how to fix); exit 1 if any.

    \b
    Example:
      briefings check content
    """
    from generator.check import check_dir

    if not content_dir.is_dir():
        _echo_err(f"{content_dir}: no such folder of briefings")
        sys.exit(EXIT_USAGE)
    problems = check_dir(content_dir)
    for problem in problems:
        _echo_err(str(problem))
    if problems:
        pages = len({p.path for p in problems})
        _echo_err(f"{len(problems)} problem(s) in {pages} page(s)")
    else:
        click.echo(f"{content_dir}: all briefings are well")
    sys.exit(EXIT_PROBLEMS if problems else EXIT_OK)
