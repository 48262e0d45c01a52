"""Front matter → Markdown sections: a pure function, every article word escaped.

Article text is written as HTML-escaped text inside raw HTML blocks, which Markdown passes
through without interpreting, so nothing in an article can add markup, links or scripts. The
two places Markdown does read article words (the page's ``#`` title and the listing's link
text and description) go through ``md_text``, which escapes HTML and every Markdown character.
A link is made only from an ``http(s)://`` address, never from ``javascript:`` or ``data:``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!>])")  # Python-Markdown's escapable set
SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\]+$", re.I)
KINDS = {"person", "organization", "place", "group"}
CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def one_line(value: object) -> str:
    """Text on one line: whitespace runs collapsed, control characters dropped (Markdown
    uses STX/ETX as placeholders for the raw HTML it keeps)."""
    return " ".join(CONTROL.sub("", str(value)).split()) if value is not None else ""


def text(value: object) -> str:
    """Article text as HTML-safe inline text (one line; no markup survives)."""
    return html.escape(one_line(value), quote=True)


def md_text(value: object) -> str:
    """Article text for a one-line Markdown context (link text, a ``#`` heading): escaped,
    no syntax left."""
    return MD_SPECIAL.sub(r"\\\1", html.escape(one_line(value or ""), quote=False))


def safe_url(value: object) -> str | None:
    """An ``http(s)://`` address, HTML-escaped for an attribute; None for anything else."""
    url = str(value or "").strip()
    return html.escape(url, quote=True) if SAFE_URL.match(url) else None


def _block(tag: str, inner: str, cls: str) -> str:
    return f'<{tag} class="{cls}">{inner}</{tag}>'


def _list(items: object) -> list[Mapping[str, Any]]:
    if not isinstance(items, list | tuple):
        return []
    return [i for i in items if isinstance(i, Mapping)]


def _strings(items: object) -> list[str]:
    if not isinstance(items, list | tuple):
        return []
    return [str(i) for i in items if i is not None and str(i).strip()]


def render_summary(meta: Mapping[str, Any]) -> str:
    summary = meta.get("summary")
    return _block("p", text(summary), "briefing-summary") if summary else ""


def render_meta_line(meta: Mapping[str, Any]) -> str:
    """Date, publisher and a link to the original article, when known."""
    parts = []
    if meta.get("date"):
        parts.append(f"<time>{text(meta['date'])}</time>")
    found = meta.get("source")
    source: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    if source.get("publisher"):
        parts.append(f"<span>{text(source['publisher'])}</span>")
    url = safe_url(source.get("url"))
    if url:
        parts.append(f'<a href="{url}" rel="nofollow noopener noreferrer">original article</a>')
    return _block("p", " · ".join(parts), "briefing-meta") if parts else ""


def render_tags(meta: Mapping[str, Any]) -> str:
    chips = "".join(f'<span class="briefing-tag">{text(t)}</span>'
                    for t in _strings(meta.get("tags")))
    return _block("p", chips, "briefing-tags") if chips else ""


def _table(cls: str, head: Iterable[str], rows: Iterable[str]) -> str:
    ths = "".join(f"<th>{h}</th>" for h in head)
    table = (f'<table class="briefing-table {cls}"><thead><tr>{ths}</tr></thead>'
             f"<tbody>{''.join(rows)}</tbody></table>")
    return _block("div", table, "briefing-scroll")


def render_actors(actors: list[Mapping[str, Any]]) -> str:
    rows = []
    for a in actors:
        aliases = ", ".join(text(x) for x in _strings(a.get("aliases")))
        also = f'<br><small class="briefing-aliases">also {aliases}</small>' if aliases else ""
        kind = str(a.get("kind") or "")
        kind_cls = f" briefing-kind--{kind}" if kind in KINDS else ""
        rows.append(
            f"<tr><td><strong>{text(a.get('name'))}</strong>{also}</td>"
            f"<td>{text(a.get('role') or '')}</td>"
            f'<td><span class="briefing-kind{kind_cls}">{text(kind)}</span></td>'
            f'<td class="briefing-count">{text(a.get("mentions"))}</td></tr>'
        )
    return _table("briefing-actors", ("Name", "Role", "Kind", "Mentions"), rows)


def render_numbers(numbers: list[Mapping[str, Any]]) -> str:
    items = []
    for n in numbers:
        source = f' <span class="briefing-source">according to {text(n["source"])}</span>' if (
            n.get("source")) else ""
        items.append(
            f'<li><span class="briefing-figure">{text(n.get("text"))}</span> '
            f'<span class="briefing-about">{text(n.get("about"))}</span>{source}'
            f'<br><small class="briefing-sentence">{text(n.get("sentence"))}</small></li>'
        )
    return _block("ul", "".join(items), "briefing-numbers")


def render_quotes(quotes: list[Mapping[str, Any]]) -> str:
    blocks = []
    for q in quotes:
        speaker = text(q.get("speaker")) if q.get("speaker") else "unattributed"
        blocks.append(
            f"<blockquote><p>“{text(q.get('text'))}”</p>"
            f'<p class="briefing-speaker">— {speaker}</p></blockquote>'
        )
    return _block("div", "".join(blocks), "briefing-quotes")


def _relative_day(entry: Mapping[str, Any]) -> str:
    """What is known of an undated entry's day: its period, or its offset from publication."""
    if entry.get("period"):
        return text(entry["period"])
    offset = entry.get("day_offset")
    if isinstance(offset, int) and not isinstance(offset, bool):
        if offset == 0:
            return "publication day"
        days = "day" if abs(offset) == 1 else "days"
        return f"{abs(offset)} {days} {'before' if offset < 0 else 'after'}"
    return "—"


def render_timeline(timeline: list[Mapping[str, Any]]) -> str:
    rows = []
    for t in timeline:
        date = f"<time>{text(t.get('date'))}</time>" if t.get("date") else _relative_day(t)
        rows.append(
            f'<tr><td class="briefing-date">{date}</td><td>{text(t.get("when"))}</td>'
            f"<td>{text(t.get('event'))}</td></tr>"
        )
    return _table("briefing-timeline", ("Date", "When", "What happened"), rows)


SECTIONS = (
    ("actors", "Key actors", render_actors),
    ("numbers", "Numbers", render_numbers),
    ("quotes", "Quotes", render_quotes),
    ("timeline", "Timeline", render_timeline),
)


def render_page(meta: Mapping[str, Any], body: str = "") -> str:
    """The Markdown of a briefing page: title, meta line, tags, summary, the editor's body
    (Markdown the editor wrote, passed as it is), then the sections."""
    out = [f"# {md_text(meta.get('title') or 'Untitled briefing')}", ""]
    for piece in (render_meta_line(meta), render_tags(meta), render_summary(meta)):
        if piece:
            out += [piece, ""]
    if body.strip():
        out += [body.strip(), ""]
    for key, heading, renderer in SECTIONS:
        items = _list(meta.get(key))
        if items:
            out += [f"## {heading}", "", renderer(items), ""]
    return "\n".join(out)


def render_listing(entries: Iterable[Mapping[str, Any]]) -> str:
    """A Markdown list of briefings: link, date, description; ``entries`` carry ``url``."""
    lines = []
    for e in entries:
        # Inline HTML: Markdown still reads the text between the tags, so md_text it.
        date = f" <small>{md_text(e['date'])}</small>" if e.get("date") else ""
        desc = (f'<br><span class="briefing-description">{md_text(e["description"])}</span>'
                if one_line(e.get("description")) else "")
        url = quote(str(e["url"]), safe="/")  # a relative path: no scheme, no Markdown
        # One line per entry: a description can never turn the line above into a heading.
        lines.append(f"- [{md_text(e.get('title') or e['url'])}]({url}){date}{desc}")
    return "\n".join(lines) + "\n"
