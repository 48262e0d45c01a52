"""The built site, read as a browser would: nothing from an article runs or becomes markup.

Hostile seeds (and a hostile hand-made briefing, for fields the extractors would not fill
verbatim) are generated and built with the project's mkdocs.yml; then every HTML page and the
search index are checked: no script but the theme's, no ``on*`` attribute, no ``javascript:``
or ``data:`` URL, no tag from an article in the search index, and the article's words shown
as written in ``<title>``, ``<meta name=description>``, the header and the page.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator.pipeline import generate

ROOT = Path(__file__).resolve().parent.parent
XSS = [
    "<script>alert('x1')</script>", "<img src=x onerror=alert('x2')>",
    "[click](javascript:alert('x3'))", "<a href=\"data:text/html,<script>alert('x4')</script>\">",
    "![i](data:image/svg+xml,<svg onload=alert('x5')>)", "\" onmouseover=\"alert('x6')",
    "&lt;svg onload=alert('x7')&gt;", "&#106;avascript:alert('x8')", "<!-- x9 -->",
]
PAYLOAD = " ".join(XSS)
TITLE = "Bridge <b>reopens</b> {{ config.site_name }} {% raw %} & \"more\" " + XSS[1]
SEED = f"""---
title: '{TITLE.replace("'", "''")}'
date: 2026-03-10
publisher: '{XSS[0].replace("'", "''")}'
url: 'https://example.org/a?b="><script>alert(1)</script>'
---
Mayor Alma Reyes said on Tuesday that the bridge reopened. {PAYLOAD}

"We are back {XSS[0]} in business," Reyes told reporters at the ribbon cutting.

---
# Heading {XSS[1]}
> quote
| a | b |
|---|---|
```
{{{{ config.site_name }}}} {{% include 'x' %}}

The council said 40 people {XSS[2]} attended on Monday, according to {XSS[1]} officials.
"""
HAND_MADE = {
    "title": PAYLOAD, "date": "2026-03-09", "description": PAYLOAD, "summary": PAYLOAD,
    "tags": XSS,
    "source": {"path": "seeds/hand.txt", "sha256": "0" * 64, "url": "javascript:alert(1)",
               "publisher": PAYLOAD},
    "actors": [{"name": x, "kind": "person", "role": x, "aliases": [x], "mentions": 1}
               for x in XSS],
    "numbers": [{"value": 1, "text": x, "unit": x, "about": x, "qualifier": x, "source": x,
                 "sentence": x} for x in XSS],
    "quotes": [{"text": x, "speaker": x, "sentence": x} for x in XSS],
    "timeline": [{"date": None, "when": x, "day_offset": None, "event": x} for x in XSS],
}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "background",
             "cite", "srcset", "ping"}
BAD_SCHEME = re.compile(r"^(?:javascript|data|vbscript):", re.I)


class Page(HTMLParser):
    """Tags, attributes, inline scripts and the text of ``<title>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.inline_scripts: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("script", "title") and "src" not in dict(attrs) else None
        if self._in == "script":
            self.inline_scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "script":
            self.inline_scripts[-1] += data
        elif self._in == "title":
            self.title += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("hostile-site")
    content, seeds = tmp / "content", tmp / "seeds"
    shutil.copytree(ROOT / "content" / "assets", content / "assets")
    seeds.mkdir()
    (seeds / "bridge.md").write_text(SEED, encoding="utf-8")
    (seeds / "<img src=x onerror=alert(1)>.txt").write_text(SEED.split("---\n", 2)[2],
                                                           encoding="utf-8")
    from generator.frontmatter import dump, join_page

    (content / "hand.md").write_text(join_page(dump(HAND_MADE), ""), encoding="utf-8")
    report = generate(seeds, content)
    assert report.ok, report.refused
    config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(content),
                         site_dir=str(tmp / "site"), strict=True)
    build(config)
    return tmp / "site"


def _pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_the_site_has_every_briefing(site: Path) -> None:
    names = {p.parent.name for p in _pages(site)}
    assert {"bridge", "hand"} <= names and len(names) >= 5


def test_no_event_handler_or_unsafe_url_anywhere(site: Path) -> None:
    for path in _pages(site):
        for tag, attrs in parse(path).tags:
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name, value)
                if name in URL_ATTRS and value:
                    squeezed = re.sub(r"[\s\x00-\x1f]", "", html.unescape(value))
                    assert not BAD_SCHEME.match(squeezed), (path, tag, name, value)


def test_no_script_or_embedded_object_but_the_themes(site: Path) -> None:
    theme = parse(site / "404.html")
    theme_counts = {t: sum(1 for tag, _ in theme.tags if tag == t)
                    for t in ("script", "iframe", "object", "embed", "img", "base", "form")}
    for path in _pages(site):
        page = parse(path)
        counts = {t: sum(1 for tag, _ in page.tags if tag == t) for t in theme_counts}
        assert counts == theme_counts, path
        assert len(page.inline_scripts) == len(theme.inline_scripts), path
        for script in page.inline_scripts:
            assert "alert" not in script and "onerror" not in script, path
        for tag, attrs in page.tags:
            if tag == "script" and attrs.get("src"):
                assert re.match(r"^/?(\.\./)*(\./)?assets/", attrs["src"] or ""), attrs


def test_title_description_and_header_show_the_words_as_written(site: Path) -> None:
    page = parse(site / "bridge" / "index.html")
    assert page.title == f"{' '.join(TITLE.split())} - Briefings"
    raw = (site / "bridge" / "index.html").read_text(encoding="utf-8")
    description = next(a["content"] for t, a in page.tags
                       if t == "meta" and a.get("name") == "description")
    assert description and description.startswith("Mayor Alma Reyes said on Tuesday")
    assert html.escape(TITLE, quote=True) in raw  # the header: escaped once, shown as written
    assert "{{ config.site_name }} {% raw %}" in html.unescape(raw)


def test_article_syntax_stays_text(site: Path) -> None:
    page = parse(site / "hand" / "index.html")
    assert [t for t, _ in page.tags].count("h1") == 1
    body = (site / "hand" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert('x1')&lt;/script&gt;" in body
    assert "[click](javascript:alert('x3'))" in body


ALLOWED_IN_INDEX = {"p", "ul", "ol", "li", "code", "pre", "strong", "em", "small", "br",
                    "blockquote"}


def test_search_index_holds_no_markup_from_an_article(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any(d["location"].startswith("hand/") for d in index["docs"])
    for doc in index["docs"]:
        for field in ("title", "text", *(["tags"] if "tags" in doc else [])):
            values = doc[field] if isinstance(doc[field], list) else [doc[field]]
            for value in values:  # Material inserts these with innerHTML
                parsed = Page()
                parsed.feed(value)
                tags = {t for t, _ in parsed.tags}
                allowed = ALLOWED_IN_INDEX if field == "text" else set()
                assert tags <= allowed, (doc["location"], field, tags)
                assert all(not a for _, a in parsed.tags), (doc["location"], field)


def test_home_and_archive_list_titles_as_text(site: Path) -> None:
    for name in ("index.html", "archive/index.html"):
        page = parse(site / name)
        links = [a["href"] for t, a in page.tags if t == "a" and "bridge" in (a.get("href") or "")]
        assert links, name
        raw = (site / name).read_text(encoding="utf-8")
        assert "&lt;b&gt;reopens&lt;/b&gt;" in raw and "<b>reopens</b>" not in raw
