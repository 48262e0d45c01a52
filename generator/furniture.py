"""Page furniture: the parts of a seed's text that are not article text.

Two kinds are found, both as ``(start, end)`` character offsets into the text:

* whole lines: related-link headlines pasted between paragraphs, embedded tweets, bylines,
  "This post has been updated", "Click here", share/follow prompts, photo credits;
* inline runs in one-paragraph texts (CNN/Daily Mail style): "Scroll down for video" and
  photo captions that run into the next sentence without a full stop.

A first line that reads as the article's headline is article text, never furniture. A "(CNN)"
dateline is not marked: it shares its line with the lede, which must stay content; a capitals
dateline run in with a dash ("WASHINGTON -- President ...") is, up to the dash.
"""

from __future__ import annotations

import re


def wordset(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string."""
    return frozenset(words.split())


_TERMINAL = ".!?\"'\u201d\u2019)]\u2026:;"

# Whole lines that are furniture wherever they stand.
_LINE_PATTERNS = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^<\s*tweet\b",
        r"pic\.twitter\.com/",
        r"https?://t\.co/",
        r"[\u2014\u2013-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+\w+\s+\d{1,2},?\s+\d{4}",
        r"^(?:this|the|an earlier version of this) (?:post|article|story|report|version)"
        r" (?:has been|was|have been|is being) (?:updated|revised|corrected|amended|changed)",
        r"^(?:correction|clarification|editor[\u2019']?s note)\s*[:\-\u2014]",
        r"^updated?\s*[:\-\u2014].*\b(?:this|the) (?:post|article|story|report|piece)\b",
        r"^updated?\s*[:\-\u2014][^.!?]*$",  # "UPDATE: 3pm": a label, not "UPDATE: The site …"
        r"^(?:published|last updated|updated)\s*:?\s*\d",
        r"^scroll down for (?:video|more)",
        r"^(?:click|tap) here\b",
        r"^(?:read|see|watch) (?:more|also|the full|the video|next)\b",
        r"^(?:see|view|browse) (?:the |more |our )?(?:photos?|pictures|images|slideshow|gallery)"
        r" (?:from|of|below|above)\b",
        r"^(?:related|more|recommended|also read|read next|see also|watch|video|photos?|gallery)"
        r"\s*[:|»>]",
        r"^(?:share|tweet|email) (?:this|on|via)\b",
        r"^follow (?:us|him|her|me|them|[A-Z]\w+(?: [A-Z]\w+)?) on (?:twitter|facebook|instagram)",
        r"\bfollow (?:us|him|her|me|them|[A-Z]\w+(?: [A-Z]\w+)?) on twitter\W+@\w+",
        r"^(?:abstract|full text|transcript)\.?$",
        r"^[A-Z]\.$",  # a lone letter left by an embed: "X."
        r"^advertisement\b|story continues below|^(?:trending|most popular|top|more) stories$",
        r"^(?:like us on facebook|sign up (?:for|to)|subscribe (?:to|for|now))\b",
        r"^(?:\(?(?:photo|image|picture|video)s?\)?\s*(?:credit)?\s*:)",
        r"^(?:getty|getty images|ap|ap photo|reuters|afp|epa|shutterstock|instagram|twitter)"
        r"(?:\s*/\s*\w+)*\s*\.?$",
    )
]

_BYLINE = re.compile(  # "By Jane Roe", "By Jane Roe, Staff Writer", "By . Jane Roe ."
    r"^By\s*\.?\s+[A-Z][\w.'\u2019-]+(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]+){0,4}"
    r"(?:,\s*[\w ]{1,40})?\s*\.?$"
)
_WORD = re.compile(r"[^\W_][\w'\u2019.-]*")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _ends_sentence(line: str) -> bool:
    return bool(line) and line.rstrip()[-1] in _TERMINAL


def _headline_like(line: str) -> bool:
    """A short line, capitalised, without a closing full stop: reads as a headline."""
    s = line.strip()
    words = _WORD.findall(s)
    return (
        2 <= len(words) <= 22
        and s[:1].isupper()
        and not s.endswith((".", ",", ";", ":"))
        and not s.lower().startswith(("by ", "<"))
    )


def _explicit(line: str) -> bool:
    s = line.strip()
    return any(p.search(s) for p in _LINE_PATTERNS) or bool(_BYLINE.match(s))


def _link_headline(lines: list[str], i: int, body: list[int]) -> bool:
    """A headline-like line standing between two body paragraphs (a pasted related link)."""
    s = lines[i].strip()
    if not _headline_like(s) or _ends_sentence(s):
        return False
    k = body.index(i)
    if k == 0 or k == len(body) - 1:
        return False
    prev, nxt = lines[body[k - 1]].strip(), lines[body[k + 1]].strip()
    if not re.search(r"[.!?\"\u201d\u2019']$", prev):
        return False  # an item of a list, or one of several short lines
    return len(_WORD.findall(nxt)) > len(_WORD.findall(s)) or _ends_sentence(nxt)


_COUNTER = re.compile(r"^\d{1,3}\.?$")


def _gallery_lines(lines: list[str], body: list[int]) -> list[int]:
    """A photo gallery's counter ("1." "of." "8." on lines of their own), the caption line
    after it (and up to two more where the gallery ends the page), and the gallery's title
    where it stands twice just before."""
    out: list[int] = []
    for k in range(len(body) - 2):
        a, b, c = (lines[body[k + j]].strip() for j in range(3))
        if not (_COUNTER.match(a) and b.lower() in ("of", "of.") and _COUNTER.match(c)):
            continue
        out += body[k : k + 4]
        if len(body) - (k + 4) <= 2:
            out += body[k + 4 :]  # the caption's second line, where the gallery ends the page
        if k >= 2 and lines[body[k - 1]].strip() == lines[body[k - 2]].strip():
            out += body[k - 2 : k]
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    """Whole furniture lines."""
    offsets = _lines(text)
    lines = [text[s:e] for s, e in offsets]
    body = [i for i, line in enumerate(lines) if line.strip()]
    marked: list[int] = []
    for k, i in enumerate(body):
        s = lines[i].strip()
        if k == 0 and not _explicit(s):
            continue  # the headline or the lede
        continuation = (
            marked
            and marked[-1] == body[k - 1]
            and s[:1].islower()
            and not _ends_sentence(lines[marked[-1]].strip())
        )
        if _explicit(s) or continuation or _link_headline(lines, i, body):
            marked.append(i)
    marked = sorted(set(marked) | set(_gallery_lines(lines, body)))
    spans = []
    for i in marked:
        start, _end = offsets[i]
        lead = len(lines[i]) - len(lines[i].lstrip())
        spans.append((start + lead, start + len(lines[i].rstrip())))
    return spans


# --- inline captions ---------------------------------------------------------------------------


_STOP = wordset(
    "a an the of to in on at by for from with and or but as than that which who whom whose is "
    "are was were be been his her their its our my your this these those said says told added "
    "explained into onto over about after before"
)
# Words that start sentences and are rarely capitalised inside one.
_STARTERS = wordset(
    "The He She It They We You But And His Her Their Its This These Those There Then Now "
    "After Before When While Although Though However Meanwhile Yet So If As In On At Last "
    "Earlier Later Today Yesterday According One Two Three Some Many Most All Both Police "
    "Officers Since During Despite Speaking Following Other Another Several Here Instead "
    "Under Over A An Each Every Among Almost About More Fewer Only"
)
_CALENDAR = wordset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "June July August September October November December"
)
_PRONOUNS = frozenset(["He", "She", "It", "They", "We", "You"])
_SENT_END = re.compile(
    r"[.!?\u2026][\'\u2019\"\u201d)]*\s+|[\'\u2019\"\u201d]\s+(?=[A-Z\u2018\u201c\'\"])"
)
# The dashes that close a dateline: hyphen, en and em dash, and the horizontal bar (U+2015)
# some feeds use. Shared by every dateline pattern.
DATELINE_DASHES = "-\u2013\u2014\u2015"
# "WASHINGTON -- ", "NEW YORK, N.Y. (AP) — ", "BEIRUT, Lebanon - ": a place in capitals and a dash
_CAPS_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?"
    rf"(?: \([A-Za-z. ]{{2,20}}\))? ?(?:--|[{DATELINE_DASHES}]) (?=[A-Z\"\u201c])"
)
_SCROLL = re.compile(r"\bScroll down for (?:video|more)s?\b[.:]?", re.IGNORECASE)
_LABEL = re.compile(
    r"(?<![\w,])([A-Z][\w'\u2019-]*(?:[ ,'\u2019-]+[\w'\u2019!-]+){0,6}[!?]?):\s+(?=[A-Z])"
)
_RUNON = re.compile(r"(?<=[A-Za-z0-9%)\]])(\s+)(?=([A-Z][\w'\u2019]*)\b)")
_POSITION = re.compile(
    r"\((?:pictured|left|right|centre|center|top|bottom|above|below|inset|front|back|file|"
    r"stock|second|far|middle|seen)[^)]{0,30}\)$",
    re.IGNORECASE,
)
_QUOTE_RUNON = re.compile(
    r"(?<=[A-Za-z0-9)])\s+(?=[\u2018\u201c\"'](?:I|I[\u2019'](?:d|m|ve|ll)|We|It|It[\u2019']s|"
    r"This|He|She|They|You|There|What|My|Our|If|When|But|And|So|Well|Yes|No|Now|Oh)\b)"
)
# Story text after a labelled caption: "... their hometown Vocativ reported that ...".
# A lowercase aside may stand between the name and its verb: "X one of its founders, wrote".
_STORY_RESUMES = re.compile(
    r"(?<=[a-z])\s+(?=[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}"
    r"(?:,?\s+(?:one|a|an|the|who)\s[a-z'\u2019 -]{2,50},)?\s+"
    r"(?:reported|said|says|told|added|announced|wrote|revealed|found|claimed|reports|"
    r"wasn[\u2019']t|isn[\u2019']t|hasn[\u2019']t|didn[\u2019']t|doesn[\u2019']t)\b)"
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|added|explained|wrote|asked|stated|insisted|are|is|was|were|include|"
    r"includes|including|follows)$",
    re.I,
)  # "…, are: Other measures …" introduces a list, not a caption


def runon_boundaries(seg: str) -> list[int]:
    """Offsets in ``seg`` where a new sentence begins without a full stop before it."""
    out = []
    for m in _RUNON.finditer(seg):
        left = seg[: m.start()]
        word = re.search(r"[\w'\u2019%)\]-]+$", left)
        lw = word.group(0) if word else ""
        nxt = m.group(2)
        after = seg[m.end() + len(nxt) :]
        is_label = bool(_LABEL.match(seg, m.end())) and not _SPEECH.search(
            _LABEL.match(seg, m.end()).group(1)
        )
        if lw.lower() in _STOP or not left.strip():
            continue
        if (is_label and not lw[:1].isupper() and len(left.split()) >= 4) or (
            _POSITION.search(left) and nxt[:1].isupper()
        ):
            out.append(m.end())
        elif nxt in _STARTERS and (
            lw[:1].islower() or lw[:1].isdigit() or lw.endswith(")") or lw in _CALENDAR
        ):
            if nxt not in _PRONOUNS and re.match(r"\s+[A-Z]", after):
                continue  # a name: "told The Sun", "winner Many Clouds"
            if nxt == "A" and (
                "-" in lw or not re.match(r"\s+(?!and\b|or\b|to\b)[a-z]{2,}", after)
            ):
                continue  # "infra-red A rays", "Plan A.", "images A and B"
            out.append(m.end())
    captioned = bool(out) and any(_LABEL.match(seg, b) for b in out)
    for m in _QUOTE_RUNON.finditer(seg):
        word = re.search(r"[\w'\u2019%)\]]+$", seg[: m.start()])
        lw = word.group(0) if word else ""
        plain = lw[:1].islower() or (captioned and m.start() > out[0])  # "… in Hull 'I got"
        if lw and lw.lower() not in _STOP and not _SPEECH.search(lw) and plain:
            out.append(m.end())
    return sorted(out)


def caption_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Captions and video prompts inside one line ``text[start:end]``."""
    line = text[start:end]
    spans: list[tuple[int, int]] = []
    seg_start = 0
    for m in [*_SENT_END.finditer(line), None]:
        seg_end = m.start() if m else len(line)
        seg = line[seg_start:seg_end]
        cuts = runon_boundaries(seg)
        if cuts:
            # everything before the last run-on boundary is caption text; a caption that opens
            # with a label ("Strictly business: ...") runs on to the end of the segment
            last = cuts[-1]
            if _LABEL.match(seg, last):
                story = _STORY_RESUMES.search(seg, last)
                last = story.start() if story else len(seg)
            spans.append((start + seg_start, start + seg_start + last))
        seg_start = m.end() if m else len(line)
    return spans


def furniture_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) offsets of page furniture in ``text``, sorted, not overlapping."""
    spans = line_spans(text)
    size = len(text.strip())
    for start, end in _lines(text):
        if any(s <= start < e for s, e in spans):
            continue
        line = text[start:end]
        spans.extend((start + m.start(), start + m.end()) for m in _SCROLL.finditer(line))
        dateline = _CAPS_DATELINE.match(line)
        if dateline and dateline.end() < len(line.rstrip()):
            spans.append((start, start + dateline.end()))
        if end - start >= max(800, 0.8 * size):  # one paragraph holds the whole article
            spans.extend(caption_spans(text, start, end))
    return tuple(merge_spans(spans))


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted (start, end) spans with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out
