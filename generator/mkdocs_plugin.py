"""MkDocs plugin: renders each briefing's front matter into its page, and the home listing.

A thin adapter around ``generator.render``: rendering happens in ``on_page_markdown`` so the
sections land in ``page.content``, which is what Material's search indexes.
"""

from __future__ import annotations

import html
import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from generator.frontmatter import FrontMatterError, as_date, load, split_page
from generator.render import one_line, render_listing, render_page

log = logging.getLogger("mkdocs.plugins.briefings")

HOME = "index.md"
ARCHIVE = "archive.md"


class BriefingsConfig(base.Config):
    seeds = c.Type(str, default="seeds")
    home_limit = c.Type(int, default=50)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    """Render briefings; list them on the home page (newest first) and an archive page."""

    def __init__(self) -> None:
        self.briefings: list[dict[str, Any]] = []

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if os.environ.get("BRIEFINGS_REGENERATE"):
            from generator.pipeline import generate

            report = generate(Path(self.config.seeds), Path(config["docs_dir"]))
            for path, reason in report.refused:
                log.warning("%s: refused: %s", path, reason)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.briefings = []
        for file in files.documentation_pages():
            meta = self._front_matter(file)
            if meta is not None and "source" in meta:
                self.briefings.append(
                    {
                        "url": file.src_uri,
                        "title": meta.get("title"),
                        "date": as_date(meta.get("date")),
                        "description": meta.get("description"),
                    }
                )
        self.briefings.sort(key=lambda b: (b["date"] is not None, b["date"] or 0, b["url"]),
                            reverse=True)
        if files.get_file_from_path(HOME) is None:
            files.append(File.generated(config, HOME, content="# Briefings\n"))
        if files.get_file_from_path(ARCHIVE) is None:
            files.append(File.generated(config, ARCHIVE, content="# Archive\n"))
        return files

    def _front_matter(self, file: File) -> dict[str, Any] | None:
        if file.generated_by or not file.abs_src_path:
            return None
        try:
            fm_text, _ = split_page(Path(file.abs_src_path).read_text(encoding="utf-8"))
            return load(fm_text) if fm_text is not None else None
        except (FrontMatterError, UnicodeDecodeError) as err:
            line = getattr(err, "line", None)
            where = f" line {line}" if line else ""
            log.warning("%s%s: %s; the page is shown without its briefing",
                        file.src_uri, where, err)
            return None

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        src = page.file.src_uri
        if src == HOME:
            newest = self.briefings[: self.config.home_limit]
            more = f"\n[All {len(self.briefings)} briefings](archive.md)\n" if len(
                self.briefings) > len(newest) else ""
            return markdown + "\n" + render_listing(newest) + more
        if src == ARCHIVE:
            return markdown + "\n" + render_listing(self.briefings)
        if "source" not in page.meta:
            return None
        meta = dict(page.meta)
        page.meta.update(template_meta(meta))
        return render_page(meta, markdown)


def template_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """The front-matter values Material's templates print, as HTML text.

    Material prints ``page.meta.title`` raw in ``<title>`` and the header, and ``description``
    raw in ``<meta name="description">``; its search index and navigation take ``page.title``
    (the same value) as HTML too. So each is escaped exactly once here: the browser shows the
    article's characters and nothing is markup. The title is never empty, so Material never
    falls back to ``page.title | striptags``, which would unescape it.
    """
    out: dict[str, Any] = {
        "title": escape_text(meta.get("title")) or "Untitled briefing",
        "description": escape_text(meta.get("description")),
    }
    if "subtitle" in meta:
        out["subtitle"] = escape_text(meta["subtitle"])
    if "tags" in meta:  # Material's search index shows tags with innerHTML
        tags = meta["tags"] if isinstance(meta["tags"], list) else [meta["tags"]]
        out["tags"] = [escape_text(t) for t in tags if t is not None]
    return out


def escape_text(value: object) -> str:
    """One line of text, HTML-escaped (quotes too, so it is safe inside an attribute)."""
    return html.escape(one_line(value or ""), quote=True)
