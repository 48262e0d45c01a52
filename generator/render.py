"""Front matter → Markdown sections: a pure function, every article word escaped.

Article text is written as HTML-escaped text inside raw HTML blocks, which Markdown passes
through without interpreting, so nothing in an article can add markup, links or scripts.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")  # Python-Markdown's escapable set


def text(value: object) -> str:
    """Article text as HTML-safe inline text (one line; no markup survives)."""
    if value is None:
        return ""
    return html.escape(" ".join(str(value).split()), quote=True)


def md_text(value: object) -> str:
    """Article text for a Markdown context (link text, headings): escaped, no syntax left."""
    escaped = html.escape(" ".join(str(value or "").split()), quote=False)
    return MD_SPECIAL.sub(r"\\\1", escaped)


def _block(tag: str, inner: str, cls: str) -> str:
    return f'<{tag} class="{cls}">{inner}</{tag}>'


def _list(items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [i for i in items if isinstance(i, Mapping)]


def render_summary(meta: Mapping[str, Any]) -> str:
    summary = meta.get("summary")
    return _block("p", text(summary), "briefing-summary") if summary else ""


def render_meta_line(meta: Mapping[str, Any]) -> str:
    parts = []
    if meta.get("date"):
        parts.append(f"<time>{text(meta['date'])}</time>")
    source = meta.get("source") if isinstance(meta.get("source"), Mapping) else {}
    if source.get("publisher"):
        parts.append(text(source["publisher"]))
    url = str(source.get("url") or "")
    if re.match(r"^https?://", url, re.I):
        parts.append(f'<a href="{text(url)}" rel="nofollow noopener">original article</a>')
    return _block("p", " · ".join(parts), "briefing-meta") if parts else ""


def render_actors(actors: list[Mapping[str, Any]]) -> str:
    rows = []
    for a in actors:
        aliases = ", ".join(text(x) for x in a.get("aliases") or [])
        rows.append(
            f"<tr><td><strong>{text(a.get('name'))}</strong></td><td>{text(a.get('kind'))}</td>"
            f"<td>{text(a.get('role') or '')}</td><td>{aliases}</td>"
            f"<td>{text(a.get('mentions'))}</td></tr>"
        )
    head = "<tr><th>Name</th><th>Kind</th><th>Role</th><th>Also called</th><th>Mentions</th></tr>"
    return _block("table", f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody>", "briefing-actors")


def render_numbers(numbers: list[Mapping[str, Any]]) -> str:
    items = []
    for n in numbers:
        detail = [text(n.get("about"))]
        if n.get("qualifier"):
            detail.append(f"qualifier: {text(n['qualifier'])}")
        if n.get("source"):
            detail.append(f"according to {text(n['source'])}")
        items.append(
            f"<li><strong>{text(n.get('text'))}</strong> — {'; '.join(d for d in detail if d)}"
            f'<br><small class="briefing-sentence">{text(n.get("sentence"))}</small></li>'
        )
    return _block("ul", "".join(items), "briefing-numbers")


def render_quotes(quotes: list[Mapping[str, Any]]) -> str:
    blocks = []
    for q in quotes:
        speaker = text(q.get("speaker")) if q.get("speaker") else "unattributed"
        blocks.append(
            f"<blockquote><p>“{text(q.get('text'))}”</p><footer>— {speaker}</footer></blockquote>"
        )
    return _block("div", "".join(blocks), "briefing-quotes")


def render_timeline(timeline: list[Mapping[str, Any]]) -> str:
    rows = []
    for t in timeline:
        date = text(t.get("date")) if t.get("date") else "date unknown"
        rows.append(
            f"<tr><td>{date}</td><td>{text(t.get('when'))}</td><td>{text(t.get('event'))}</td></tr>"
        )
    head = "<tr><th>Date</th><th>As written</th><th>Event</th></tr>"
    return _block("table", f"<thead>{head}</thead><tbody>{''.join(rows)}</tbody>", "briefing-timeline")


SECTIONS = (
    ("actors", "Key actors", render_actors),
    ("numbers", "Numbers", render_numbers),
    ("quotes", "Quotes", render_quotes),
    ("timeline", "Timeline", render_timeline),
)


def render_page(meta: Mapping[str, Any], body: str = "") -> str:
    """The Markdown of a briefing page: title, meta line, summary, the editor's body, sections."""
    out = [f"# {md_text(meta.get('title') or 'Untitled briefing')}", ""]
    for piece in (render_meta_line(meta), render_summary(meta)):
        if piece:
            out += [piece, ""]
    if body.strip():
        out += [body.strip(), ""]
    tags = [t for t in meta.get("tags") or [] if t is not None]
    for key, heading, renderer in SECTIONS:
        items = _list(meta.get(key) or [])
        if items:
            out += [f"## {heading}", "", renderer(items), ""]
    if tags:
        chips = " ".join(f'<span class="briefing-tag">{text(t)}</span>' for t in tags)
        out += [_block("p", chips, "briefing-tags"), ""]
    return "\n".join(out)


def render_listing(entries: Iterable[Mapping[str, Any]]) -> str:
    """A Markdown list of briefings: link, date, description; ``entries`` carry ``url``."""
    lines = []
    for e in entries:
        date = f" <small>{text(e['date'])}</small>" if e.get("date") else ""
        desc = f"  \n{md_text(e['description'])}" if e.get("description") else ""
        lines.append(f"- [{md_text(e.get('title') or e['url'])}]({e['url']}){date}{desc}")
    return "\n".join(lines) + "\n"
