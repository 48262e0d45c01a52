"""Finding temporal expressions in text: ``find_dates(text) -> list[Timex]``.

Rule-based, in the manner of HeidelTime: each pattern names a kind of expression; where
matches overlap the longest wins. Expressions as written: "Thursday", "Monday night",
"late last July", "two weeks ago", "Jan. 5", "15:00 GMT Saturday". Durations ("for three
days", "the past two years") are matched only to keep their parts from being read as dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from generator.extract.dates import Timex

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
MODS = {"early": "START", "late": "END", "mid": "MID", "end": "END", "beginning": "START",
        "start": "START", "middle": "MID", "earlier": None, "later": None}  # fmt: skip
REL = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
COUNT_CONTEXT = {"in", "since", "by", "from", "to", "until", "till", "through", "of", "the",
                 "and", "or", "between", "before", "after", "during", "early", "late", "mid",
                 "fiscal", "year", "around", "circa"}  # fmt: skip
NAMED_DAYS = {"news", "black", "good", "cyber", "easter", "palm", "ash", "bloody", "holy",
              "giving", "maundy", "shrove", "super", "manic", "blue", "sunday"}  # fmt: skip
DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this"}
MONTH_CONTEXT = {"in", "on", "by", "since", "until", "till", "through", "during", "from",
                 "to", "of", "before", "after", "between", "late", "early", "mid", "and",
                 "or", "last", "next", "this", "every", "each", "throughout"}  # fmt: skip
MAY_CONTEXT = {"in", "since", "until", "till", "by", "of", "through", "during", "from", "before",
               "after", "late", "early", "mid", "last", "next", "this"}  # fmt: skip

_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = (
    r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_FULL_MONTH = _MONTH.split("|Jan")[0] + ")"
_DAYNUM = r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d|\d|%)"
_YEAR = r"(?P<y>1[7-9]\d\d|20\d\d)(?!\d)"
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_MOD = (
    r"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id|(?:[Tt]he\s+)?(?:end|beginning|start|middle)\s+of)"
    r"[\s-]+)"
)
_NUM = r"(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve" \
       r"|a couple of|a few|several)"  # fmt: skip
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
# After a four-digit number, these make it a clock time ("1900 GMT", "0830 hrs"), not a year.
_ZONE = r"(?:GMT|UTC|BST|EST|EDT|CET|CEST|PST|PDT|hrs|hours|h|local time)(?!\w)"


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])", flags)


def _mod(m: re.Match[str]) -> str | None:
    raw = (m.groupdict().get("mod") or "").lower().replace("the ", "").split()
    return MODS.get(raw[0]) if raw else None


def _month(m: re.Match[str]) -> int:
    return MONTHS[m.group("mon")[:3].lower()]


def _year(m: re.Match[str]) -> int | None:
    return int(m.group("y")) if m.groupdict().get("y") else None


def _wd(m: re.Match[str]) -> int | None:
    return WEEKDAYS.index(m.group("wd").lower()) if m.groupdict().get("wd") else None


def _part(m: re.Match[str]) -> str | None:
    return PARTS.get((m.groupdict().get("part") or "").lower())


def _rel(m: re.Match[str]) -> int | None:
    raw = (m.groupdict().get("rel") or "").lower().split()
    return REL.get(raw[-1]) if raw else None


Builder = Callable[[re.Match[str]], dict[str, object] | None]
_PATTERNS: list[tuple[re.Pattern[str], Builder]] = [
    (_rx(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)"),
     lambda m: dict(kind="date", year=int(m["y"]), month=int(m["m"]), day=int(m["d"]))),
    (_rx(rf"(?:{_WD},?\s+)?{_MONTH}\s+{_DAYNUM}(?:,?\s+{_YEAR})?{_PART}"),
     lambda m: dict(kind="date", month=_month(m), day=int(m["d"]), year=_year(m),
                    weekday=_wd(m), part=_part(m))),
    (_rx(rf"(?:{_WD},?\s+)?(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
     lambda m: dict(kind="date", month=_month(m), day=int(m["d"]), year=_year(m),
                    weekday=_wd(m))),
    (_rx(rf"{_MOD}?(?:(?P<rel>last|next|this|this past|this coming)\s+)?{_FULL_MONTH}"
         rf"(?:,?\s+(?:of\s+)?{_YEAR}|\s+(?:of\s+)?(?P<yrel>next|last|this)\s+year)?"),
     lambda m: dict(kind="date", month=_month(m), year=_year(m), mod=_mod(m),
                    shift=REL[m["yrel"]] if m["yrel"] else _rel(m),
                    unit="year" if m["yrel"] else None,
                    bare=not (m["mod"] or m["rel"] or m["y"] or m["yrel"]))),
    (_rx(rf"(?:{_MOD}|(?P<pre>[Ee]arlier|[Ll]ater)\s+)?"
         rf"(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]his past|[Tt]his coming|every|each)"
         rf"\s+)?{_WD}(?P<pl>s)?{_PART}"),
     lambda m: None if _named_day(m) else dict(kind="weekday", weekday=_wd(m), part=_part(m),
                    mod=(m["pre"] or "").upper() or None,
                    shift=None if m["rel"] is None else _rel(m),
                    recurring=bool(m["pl"]) or m["rel"] in ("every", "each"))),
    (_rx(rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<deic>today|yesterday|tomorrow|tonight)"
         rf"{_PART}", re.I),
     lambda m: None if _in_name(m) else _deictic_fields(m)),
    (_rx(r"(?P<rel>this|last)\s+(?P<part>morning|afternoon|evening|night)", re.I),
     lambda m: None if _in_name(m) else dict(  # not "CBS This Morning", a show
         kind="deictic", part=_part(m), shift=-1 if m["rel"].lower() == "last" else 0)),
    (_rx(rf"(?:{_MOD}|(?P<pre>earlier|later)\s+)?(?:(?P<rel>the past|the last|the previous|"
         r"last|next|this|this past|this coming)\s+)(?:fiscal\s+)?"
         r"(?P<unit>week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)", re.I),
     lambda m: dict(kind="season" if m["unit"].lower() in SEASONS else "rel",
                    unit=SEASONS.get(m["unit"].lower(), m["unit"].lower()), shift=_rel(m),
                    mod=_mod(m))),
    (_rx(r"(?P<mod>(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+(?:the\s+)?"
         r"(?P<unit>year|month|week)", re.I),
     lambda m: dict(kind="rel", unit=m["unit"].lower(), mod=_mod(m))),
    (_rx(rf"(?:(?:about|around|nearly|almost|some|more than|over)\s+)?{_NUM}\s+{_UNIT}\s+ago",
         re.I),
     lambda m: dict(kind="ago", unit=m["unit"].lower(),
                    shift=-int(m["n"]) if m["n"].isdigit() else -NUMBERS[m["n"].lower()])),
    (re.compile(rf"(?<!\w){_MOD}?(?:fiscal\s+(?:year\s+)?)?(?<![\w]){_YEAR}(?P<s>s)?"
                rf"(?!\w|-[A-Za-z])"), lambda m: _year_fields(m)),
    (_rx(r"(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)[\s-]+[Cc]entury"),
     lambda m: dict(kind="century", value=f"{int(m['c']) - 1:02d}")),
    (_rx(r"(?:right\s+now|now|currently|nowadays|these days|the past|at the time|the future)",
         re.I), lambda m: _ref_fields(m)),
    (_rx(rf"(?:in\s+)?(?:the\s+)?(?:past|last|next|previous|coming|following)\s+(?:{_NUM}\s+)?"
         r"(?:days|weeks|months|years|decades|hours)", re.I), lambda m: dict(kind="duration")),
    (_rx(rf"(?:for|over|during|throughout|within)\s+(?:the\s+)?(?:past|last|next|previous|"
         rf"coming|following)\s+(?:{_NUM}\s+)?{_UNIT}", re.I), lambda m: dict(kind="duration")),
    (_rx(rf"(?:for|over|during)\s+(?:about\s+|nearly\s+|more than\s+)?{_NUM}\s+{_UNIT}", re.I),
     lambda m: dict(kind="duration")),
    (_rx(r"(?<![:\d])(?:(?P<h>[01]?\d|2[0-3])(?::(?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m|[AP]M)"
         r"|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?!:\d)(?:\s*(?:GMT|UTC|BST|ET|EST|EDT|PT|PST|"
         rf"PDT|CET|local time))?(?:\s+(?:on\s+)?{_WD})?"
         rf"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)\s*{_ZONE})"),
     lambda m: _time_fields(m)),
]  # fmt: skip


def _ref_fields(m: re.Match[str]) -> dict[str, object] | None:
    word = m.group(0).lower()
    after = m.string[m.end() : m.end() + 6].lower()
    if word == "now" and after.startswith(" that"):
        return None
    value = {"the past": "PAST_REF", "at the time": "PAST_REF", "the future": "FUTURE_REF"}
    return dict(kind="ref", value=value.get(word, "PRESENT_REF"))


def _named_day(m: re.Match[str]) -> bool:
    """A name, not a day of the week: "Black Friday", "Fox News Sunday", "Super Tuesday"."""
    before = re.search(r"([A-Z][a-z]+)\s+$", m.string[max(0, m.start() - 20) : m.start()])
    return bool(before) and before.group(1).lower() in NAMED_DAYS  # type: ignore[union-attr]


def _deictic_fields(m: re.Match[str]) -> dict[str, object]:
    word = m["deic"].lower()
    part = _part(m) or ("NI" if word == "tonight" else None)
    return dict(kind="deictic", part=part, shift={"yesterday": -1, "tomorrow": 1}.get(word, 0))


def _in_name(m: re.Match[str]) -> bool:
    """ "USA Today", "Good Morning America": a capitalised word right before a capital."""
    before = m.string[max(0, m.start() - 30) : m.start()]
    after = m.string[m.end() : m.end() + 8]
    run_in = m.group(0).lower() in ("yesterday", "tomorrow")  # seldom in a name, unlike "Today"
    if run_in and re.match(r"\s+(?:he|she|they|it|we|i|the|a|police)\b", after):
        return False  # "called John Yesterday he was jailed": a caption run in, not a name
    word = re.search(r"[A-Z][\w.]*\s$", before)
    ends = word is not None and word.group(0).rstrip().endswith(".") and not re.fullmatch(
        r"(?:[A-Z]\.)+", word.group(0).rstrip())  # "on Sunday. This morning": a new sentence
    return (
        m.group(0)[0].isupper()
        and word is not None
        and not ends
        and not (re.search(r"[.!?:;\"“”]\s*[A-Z][\w.]*\s$", before))
    )


def _time_fields(m: re.Match[str]) -> dict[str, object]:
    hour = int(m["h"] or m["h2"] or m["h3"])
    minute = int(m["mi"] or m["mi2"] or m["mi3"] or 0)
    if (m["ap"] or "").lower().startswith("p") and hour < 12:
        hour += 12
    elif (m["ap"] or "").lower().startswith("a") and hour == 12:
        hour = 0
    return dict(kind="time", hour=hour, minute=minute, weekday=_wd(m))


def _words_before(text: str, pos: int, n: int = 1) -> list[str]:
    return re.findall(r"[\w'\u2019]+", text[max(0, pos - 40) : pos].lower())[-n:]


def _year_fields(m: re.Match[str]) -> dict[str, object] | None:
    text, start, end = m.string, m.start("y"), m.end()
    if text[max(0, start - 1) : start] in ("$", "£", "€", "#", ".", ",", "/", ":") or re.match(
        r"\s*(?:%|percent|per cent|[.,:/]\d)", text[end:]
    ):
        return None
    if m["s"]:
        return dict(kind="decade", value=m["y"][:3])
    prev = _words_before(text, m.start())
    if re.match(rf"\s*{_ZONE}", text[end:]) or (prev == ["at"] and int(m["y"][2:]) < 60):
        return None  # "1900 GMT", "at 1930": a clock time
    nxt = re.match(r"\s+([A-Za-z][\w-]*)", text[end:])
    nxt_word = nxt.group(1) if nxt else ""
    after_det = bool(prev) and (prev[0] in DETERMINERS or prev[0].endswith(("'s", "\u2019s")))
    if nxt_word.islower() and prev and not (prev[0] in COUNT_CONTEXT or after_det):
        return None  # "killed 2000 people": a count
    attributive = bool(nxt_word and not m["mod"] and after_det)
    return dict(kind="date", year=int(m["y"]), mod=_mod(m), attributive=attributive)


def _candidates(text: str) -> Iterator[tuple[int, int, int, dict[str, object]]]:
    for order, (rx, build) in enumerate(_PATTERNS):
        for m in rx.finditer(text):
            fields = build(m)
            if fields is not None:
                yield m.start(), m.end(), order, fields


def _bare_month_ok(text: str, start: int, month_word: str) -> bool:
    """A month name alone is a date only after a preposition ("in May", "since March")."""
    prev = _words_before(text, start)
    allowed = MAY_CONTEXT if month_word == "May" else MONTH_CONTEXT
    return bool(prev) and prev[0] in allowed


_KEEP_DOT = re.compile(r"[ap]\.m\.$|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


def find_dates(text: str) -> list[Timex]:
    """Every temporal expression in ``text``, in text order, longest match first."""
    chosen: list[tuple[int, int, dict[str, object]]] = []
    taken: list[tuple[int, int]] = []
    cands = sorted(_candidates(text), key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    for start, end, _, fields in cands:
        if any(s < end and start < e for s, e in taken):
            continue
        if fields.pop("bare", False) and not _bare_month_ok(text, start, text[start:end]):
            continue
        fields.pop("bare", None)
        taken.append((start, end))
        chosen.append((start, end, fields))
    chosen.sort(key=lambda c: c[0])
    out = []
    for start, end, fields in chosen:
        span = text[start:end]
        if span.endswith((".", ",")) and not _KEEP_DOT.search(span):
            end -= 1
        out.append(Timex(start=start, end=end, text=text[start:end], **fields))  # type: ignore[arg-type]
    return out
