"""Quotation marks: pair them into quoted regions, paragraph by paragraph.

A paragraph is one line of ``Article.text``. Double marks (straight ``"`` and curly ``“ ”``)
are paired first; single marks (U+2018, U+2019, ``'``) only outside them, since an apostrophe
(``Iran\u2019s``)
is no quotation mark. A quote left open at the end of a paragraph runs to that end (news style
for a quote that continues in the next paragraph); an opening mark met while a quote is still
open closes the stray one, so unbalanced marks never swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_ONLY = "\u201c\u201e\u00ab"  # “ „ «
CLOSE_ONLY = "\u201d\u00bb"  # ” »
DOUBLE = OPEN_ONLY + CLOSE_ONLY + '"'
SINGLE_OPEN = "\u2018"  # left single mark
SINGLE_CLOSE = "\u2019"  # right single mark, also the apostrophe
_SPACED_S = re.compile(r" s(?=[ ,.;:!?])")
_TAG_AFTER = re.compile(r"(?:said|says|asked|asks|added|adds|he|she|the)\b")
_THOUGHT = re.compile(r"\b(?:think|thinking|thought|wonder|wondering|wondered|ask|asked)$")
SINGLE = SINGLE_OPEN + SINGLE_CLOSE + "'"
SENTENCE_END = ".?!"
STOPS = SENTENCE_END + "\u2026"  # an ellipsis also ends a quoted sentence: "… 'She …"
OPENING_CONTEXT = "([{\u2014\u2013-/:" + DOUBLE + SINGLE_OPEN


@dataclass(frozen=True)
class Region:
    """The inside of one pair of quotation marks: ``text[start:end]``."""

    start: int  # first character after the opening mark
    end: int  # the closing mark, or the paragraph end when the quote stays open
    closed: bool  # a closing mark ends it
    single: bool = False  # inside single marks


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in OPENING_CONTEXT) and not after.isspace()


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and not after.isalnum()


DOUBLE_MARK = re.compile("''|[" + DOUBLE + "]")  # '' stands for a double mark in some feeds


def _kind(text: str, i: int, j: int, lo: int, hi: int) -> str:
    """'open', 'close' or 'either' for the double mark ``text[i:j]``."""
    ch = text[i]
    if ch in OPEN_ONLY:
        return "open"
    before = text[i - 1] if i > lo else " "
    after = text[j] if j < hi else " "
    opens = (before.isspace() or before in OPENING_CONTEXT) and not after.isspace()
    closes = not before.isspace() and not after.isalnum()
    if ch in CLOSE_ONLY:
        if i == lo and j < hi and text[j:hi].strip():
            return "open"  # a paragraph that opens with a closing mark: a typo for “
        return "open" if opens and not closes and after.isalpha() else "close"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


LAST_STOP = re.compile(r".*[" + SENTENCE_END + r"](?=\s+\S)", re.S)


def _stray_end(text: str, lo: int, hi: int) -> int | None:
    """End of an unclosed quote cut short by a new opening mark at ``hi``: where it ends a
    sentence, or at its last full stop when text the mark never closed runs on after it
    (a caption run into the article: "'We won. Ruiz at the gala on Friday 'It was …")."""
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end > lo and text[end - 1] in STOPS:
        return end
    if end > lo and (text[end - 1] == "," or _THOUGHT.search(text, lo, end)):
        return None  # "I kept asking, 'How?'", "I think 'Why?'": a quote within the quote
    if not text[lo : lo + 1].isupper():
        return None  # not a quoted sentence: "so-called 'booth babes' designed to …"
    m = LAST_STOP.match(text, lo, end)
    return m.end() if m is not None and len(text[lo : m.end()].split()) >= 3 else None


_TITLE_LINKS = frozenset({"of", "the", "and", "a", "an", "in", "on", "to", "for", "at"})


def _title_inside(text: str, open_at: int, mark: re.Match[str], hi: int) -> bool:
    """A mark of the open quote's own style that opens a short capitalised title inside it,
    mid-sentence, with the quote going on after the title's close and closing later."""
    before = text[open_at : mark.start()].rstrip()
    if not before or not before.split()[-1].isalpha() or before[-1:] in STOPS:
        return False
    marks = list(DOUBLE_MARK.finditer(text, mark.end(), hi))
    if len(marks) < 2:
        return False
    words = text[mark.end() : marks[0].start()].split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _TITLE_LINKS for w in words):
        return False
    after = text[marks[0].end() : marks[0].end() + 12].lstrip()
    return after[:1].islower() or after[:2] == "--" or after[:1] in ("\u2014", "\u2013")


def _style(mark: str) -> str:
    return "straight" if mark in ('"', "''") else "curly"


def double_regions(text: str, lo: int, hi: int) -> list[Region]:
    """Regions inside double quotation marks in the paragraph ``text[lo:hi]``. A quote in the
    other style of marks inside an open one ("… the question: “Do you …?” Forty-three …")
    is part of it, not a new quote."""
    out: list[Region] = []
    open_at: int | None = None
    outer = nested = ""
    for m in DOUBLE_MARK.finditer(text, lo, hi):
        kind = _kind(text, m.start(), m.end(), lo, hi)
        style = _style(m.group())
        if nested:
            if style == nested and kind != "open":
                nested = ""  # the inner quote closes; the outer one runs on
                continue
            if style == nested:
                continue
            nested = ""  # the outer mark closes both
        if open_at is None:
            if kind != "close":
                open_at, outer = m.end(), style
        elif kind == "open" and (style != outer or _title_inside(text, open_at, m, hi)):
            nested = style  # "… the TV show "Kitchen Wars" -- and …": a title
        elif kind == "open":
            end = _stray_end(text, open_at, m.start())
            if end is not None:
                out.append(Region(open_at, end, closed=False))
            open_at, outer = m.end(), style
        else:
            out.append(Region(open_at, m.start(), closed=True))
            open_at = None
    if open_at is not None and open_at < hi:
        out.append(Region(open_at, hi, closed=False))
    return out


ELISION = re.compile(r"(?:em|til|cause|n|t|tis|twas|s|\d0s|\d\d)\b", re.I)


# Words that never follow a plural possessive: after "flags'" they show a closing mark.
_NEXT_WORD = re.compile(
    r"(?:for|to|in|of|and|or|but|on|at|with|by|from|as|that|is|are|was|were|which|who)\b"
)
CLIPPED = re.compile(r"(?:^|[\s'\u2018])(?:[Cc]os|[Cc]oz)$")


def _single_kind(text: str, i: int, lo: int, hi: int) -> str | None:
    """'open', 'close', 'either' or None (an apostrophe) for the single mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before.isalnum() and after.isalnum():
        return None  # an apostrophe inside a word: isn't
    if before.isalpha() and _SPACED_S.match(text, i + 1, hi):
        return None  # "That\u2019 s right": a contraction with a stray space
    if CLIPPED.search(text, max(lo, i - 4), i):
        return None  # the apostrophe of a clipped word: 'Cos' I'm …
    opens = _can_open(text, i, lo, hi) and not ELISION.match(text, i + 1)
    closes = _can_close(text, i, lo, hi) and not (
        before == "s"
        and after == " "
        and text[i + 2 : i + 3].islower()  # plural possessive: the players' union
        and _NEXT_WORD.match(text, i + 2, hi) is None  # not "'red flags' for immigration"
    )
    if ch == SINGLE_OPEN:
        return "open" if opens else None
    if ch == SINGLE_CLOSE:
        if opens and not closes and after.isalpha():
            return "open"  # a typo for the left mark, right after a colon or a space
        return "close" if closes else None
    return "either" if opens and closes else "open" if opens else "close" if closes else None


def _beside(r: Region, i: int, open_at: int | None) -> bool:
    """A single mark at ``i`` inside or touching the double-quoted region ``r``; not the mark
    that closes a quote opened before it: 'She said, "No."' """
    if i == r.end + 1 and r.closed and open_at is not None and open_at < r.start - 1:
        return False
    return r.start - 2 <= i <= r.end + 1


def _stray_double_close(text: str, i: int, lo: int, hi: int, skip: list[Region]) -> bool:
    """A straight double mark that closes no double-quoted region, right after a sentence
    ends: the typo that closes a single-quoted speech ('We won." Ruiz said)."""
    if text[i] != '"' or i == lo or text[i - 1] not in STOPS + ",":
        return False
    if any(r.start - 1 <= i <= r.end for r in skip):
        return False
    return _kind(text, i, i + 1, lo, hi) == "close"


def _possessive_in_straight(text: str, open_at: int, i: int, hi: int) -> bool:
    """A right single mark after an s and before a word, inside a quote opened with a
    straight mark that closes later in the paragraph: the text's apostrophe."""
    if text[i] != SINGLE_CLOSE or text[open_at - 1] != "'" or text[i - 1 : i] != "s":
        return False
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].isalnum():
        return False
    return "'" in text[i + 1 : hi]


def _shares_close(text: str, inner: Region, nxt: int) -> bool:
    """The nested quote's closing mark ends a sentence and nothing but space, or only the
    speech tag, follows before ``nxt``: one mark closes both quotes ('It felt like, 'I know
    it.' 'Then …'; 'I think 'Why me?' said Ruiz. 'Then …')."""
    rest = text[inner.end + 1 : nxt].strip()
    return text[inner.end - 1] in STOPS and (not rest or _TAG_AFTER.match(rest) is not None)


def single_regions(text: str, lo: int, hi: int, skip: list[Region]) -> list[Region]:
    """Regions inside single marks (curly or straight) outside the ``skip`` regions. A mark
    that opens mid-sentence inside an open quote nests in it ("'He said, 'go', and I went.'"):
    the outer quote closes at the next closing mark after the inner one's, or ends a sentence
    before a new opening mark; else the inner quote stands alone. A closed double-quoted
    region inside an open single quote is part of it ("'He said "no". 'Then …")."""
    out: list[Region] = []
    open_at: int | None = None
    outer: int | None = None  # where the quote around a nested one opened
    inner: Region | None = None  # the nested quote, once closed
    for i in range(lo, hi):
        if open_at is not None and outer is None and _stray_double_close(text, i, lo, hi, skip):
            out.append(Region(open_at, i, closed=True, single=True))  # 'We won." a typo
            open_at, inner = None, None
            continue
        if text[i] not in SINGLE or any(_beside(r, i, open_at) for r in skip):
            continue
        if open_at is not None and _possessive_in_straight(text, open_at, i, hi):
            continue  # 'The arrival of Acme Lines\u2019 ship …': an apostrophe, not the close
        if text[i] == "'" and "'" in (text[i - 1 : i], text[i + 1 : i + 2]):
            continue  # half of a '' double mark
        crossed = [r for r in skip if open_at is not None and open_at <= r.start < i]
        if crossed and not all(r.closed for r in crossed):
            open_at = outer = inner = None  # never across an open double-quoted region
        kind = _single_kind(text, i, lo, hi)
        if kind is None:
            continue
        if open_at is None:
            if kind != "close":
                open_at = i + 1
        elif kind == "open":
            end = _stray_end(text, open_at, i)
            if end is None and outer is None and inner is None:
                outer, open_at = open_at, i + 1  # a quote within the quote
                continue
            whole = text[open_at:i].rstrip().endswith(tuple(STOPS))
            if inner is not None and _shares_close(text, inner, i):
                out.append(Region(open_at, inner.end, closed=True, single=True))
            elif inner is not None and not whole:
                out.append(inner)  # the outer quote was no quote: only the inner one stands
            elif end is not None:
                out.append(Region(open_at, end, closed=False, single=True))
            open_at, outer, inner = i + 1, None, None
        elif outer is not None:
            inner = Region(open_at, i, closed=True, single=True)
            open_at, outer = outer, None
        else:
            out.append(Region(open_at, i, closed=True, single=True))
            open_at, inner = None, None
    if inner is not None and _shares_close(text, inner, hi):
        out.append(Region(open_at, inner.end, closed=True, single=True))
    elif inner is not None:
        out.append(inner)
    elif open_at is not None:
        end = _stray_end(text, open_at, hi)
        if end is not None:
            out.append(Region(open_at, end, closed=False, single=True))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def regions(text: str) -> list[Region]:
    """Every quoted region of ``text`` in order, trimmed of surrounding whitespace."""
    out: list[Region] = []
    for lo, hi in paragraphs(text):
        found = double_regions(text, lo, hi)
        found = sorted(found + single_regions(text, lo, hi, found), key=lambda r: r.start)
        for r in found:
            s, e = r.start, r.end
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append(Region(s, e, r.closed, r.single))
    return [r for r in out if not any(o.start < r.start and r.end <= o.end for o in out)]
