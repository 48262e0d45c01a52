"""Rendering: whatever the article says, Markdown turns it into text, never into structure."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from generator.render import md_text, one_line, render_listing, render_page, safe_url, text

EXTENSIONS = ["toc"]  # as in mkdocs.yml

HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "data:text/html,<b>", "[x](javascript:alert(1))", "![i](data:image/svg+xml,x)", "<a href=",
    "\" onmouseover=\"alert(1)", "' onfocus='x", "{{ config }}", "{% raw %}", "---", "# ", "> ",
    "| a | b |", "`code`", "```", "    indented", "* ", "1. ", "- ", "+ ", "&lt;", "&#60;", "&amp;",
    "<!--", "-->", "<![CDATA[", "\\", "\n\n", "\r", "\t", "  \n", "<http://x.y>", "**", "__",
    "\u202e", "\u200b", "{: onclick=x}", "[^1]", "[link]: http://x.y", "===", "<div>", "</p>",
]
ARTICLE_TEXT = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=6), st.sampled_from(list("<>&\"'"))),
    max_size=12,
).map("".join)


class Structure(HTMLParser):
    """The tags and attributes of an HTML fragment (heading ids aside), and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(sorted(a for a in attrs if a[0] != "id"))))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.tags.append(("!--", ()))


def structure(md: str) -> Structure:
    parser = Structure()
    parser.feed(markdown.markdown(md, extensions=EXTENSIONS))
    parser.close()
    return parser


def page_meta(s: str) -> dict[str, object]:
    """A briefing whose every article-text field holds ``s``."""
    return {
        "title": s, "date": s, "description": s, "summary": s, "tags": [s, s],
        "source": {"path": s, "sha256": s, "url": "https://example.org/a", "publisher": s},
        "actors": [{"name": s, "kind": "person", "role": s, "aliases": [s], "mentions": s}],
        "numbers": [{"value": 1, "text": s, "unit": s, "about": s, "qualifier": s, "source": s,
                     "sentence": s}],
        "quotes": [{"text": s, "speaker": s, "sentence": s}],
        "timeline": [{"date": s, "when": s, "day_offset": 0, "event": s}],
    }


SKELETON = structure(render_page(page_meta("x"))).tags


@settings(max_examples=300, deadline=None)
@given(ARTICLE_TEXT)
def test_rendering_any_text_adds_no_html_structure(s: str) -> None:
    assume(one_line(s))
    assert structure(render_page(page_meta(s))).tags == SKELETON


@settings(max_examples=300, deadline=None)
@given(ARTICLE_TEXT)
def test_md_text_is_plain_text_in_markdown(s: str) -> None:
    assume(one_line(s))
    for md, wrapper in ((md_text(s), "p"), (f"# {md_text(s)}", "h1")):
        parsed = structure(md)
        assert [t for t, _ in parsed.tags] == [wrapper]
        assert "".join(parsed.text) == one_line(s)


@settings(max_examples=300, deadline=None)
@given(ARTICLE_TEXT)
def test_text_is_plain_text_inside_a_raw_html_block(s: str) -> None:
    parsed = structure(f'<p class="c">{text(s)}</p>')
    assert parsed.tags == [("p", (("class", "c"),))]
    assert "".join(parsed.text) == one_line(s)


@settings(max_examples=200, deadline=None)
@given(ARTICLE_TEXT)
def test_only_http_addresses_become_links(s: str) -> None:
    meta = {"title": "T", "source": {"url": s}}
    links = [attrs for tag, attrs in structure(render_page(meta)).tags if tag == "a"]
    for attrs in links:
        href = dict(attrs)["href"] or ""
        assert href.lower().startswith(("http://", "https://"))
        assert not any(name.startswith("on") for name, _ in attrs)
    assert bool(links) == (safe_url(s) is not None)


@settings(max_examples=200, deadline=None)
@given(ARTICLE_TEXT, ARTICLE_TEXT)
def test_listing_entries_are_one_link_each(title: str, description: str) -> None:
    assume(one_line(title) and one_line(description))
    entries = [{"url": "a b(1).md", "title": title, "description": description, "date": None}]
    parsed = structure(render_listing(entries))
    assert [t for t, _ in parsed.tags] == ["ul", "li", "a", "br", "span"]
    assert dict(parsed.tags[2][1]) == {"href": "a%20b%281%29.md"}


def test_hostile_strings_are_shown_as_written() -> None:
    s = "<script>alert(1)</script> {{ x }} [a](javascript:b) &lt;"
    html = markdown.markdown(render_page(page_meta(s)), extensions=EXTENSIONS)
    assert "<script>" not in html and "javascript:b" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ x }} [a](javascript:b) &amp;lt;" in html


def test_unsafe_urls_make_no_link() -> None:
    for url in ("javascript:alert(1)", "data:text/html,x", " JAVASCRIPT:x", "http://a b",
                'https://x/"onclick="y', "//example.org", "ftp://x"):
        assert safe_url(url) is None, url
    assert safe_url("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2"


def test_sections_and_labels() -> None:
    html = markdown.markdown(render_page(page_meta("Ali Rezaei")), extensions=EXTENSIONS)
    for heading in ("Key actors", "Numbers", "Quotes", "Timeline"):
        assert f">{heading}</h2>" in html
    assert '<span class="briefing-kind briefing-kind--person">person</span>' in html
    assert "according to Ali Rezaei" in html


def test_template_meta_escapes_once_and_never_leaves_the_title_empty() -> None:
    from generator.mkdocs_plugin import template_meta

    meta = template_meta({"title": " \x02 ", "description": '<img src=x onerror="a">',
                          "tags": "<b>x</b>", "subtitle": "&amp;"})
    assert meta == {"title": "Untitled briefing",
                    "description": "&lt;img src=x onerror=&quot;a&quot;&gt;",
                    "tags": ["&lt;b&gt;x&lt;/b&gt;"], "subtitle": "&amp;amp;"}


def test_undated_timeline_entries_show_what_is_known_of_their_day() -> None:
    from generator.render import render_timeline

    out = render_timeline([
        {"date": None, "when": "Thursday", "day_offset": -5, "event": "The port closed."},
        {"date": None, "when": "in May", "day_offset": None, "period": "2016-05",
         "event": "A vote."},
        {"date": None, "when": "today", "day_offset": 0, "event": "Talks resumed."},
        {"date": None, "when": "soon", "day_offset": None, "event": "A ruling."},
    ])
    cells = [c.split("</td>")[0] for c in out.split('<td class="briefing-date">')[1:]]
    assert cells == ["5 days before", "2016-05", "publication day", "—"]
