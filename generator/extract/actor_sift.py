"""Name mentions that are no actor's name: words of a headline in Title Case, and a generic
head word listed apart from the longer name it belongs to ("Council" beside "Security Council").

A headline or subheading set in Title Case capitalises every word, so spaCy reads runs of them
as one name ("Daily Ledger Smear Piece Targets Local Farmer"). A mention on such a line is
kept only when the same name also occurs in the body of the article.
"""

from __future__ import annotations

import re

from generator.extract.actor_words import ORG_HEADS
from generator.extract.speaker_gender import first_name_sex

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_SMALL = 3  # words this short ("of", "the", "to") may stay lower case in a title
_MAX_TITLE_WORDS = 25
_LONG_TITLE = 8


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, or a line's lead-in before a colon ("Veto Power Impedes
    Peace Efforts: …"), set in Title Case: every word longer than three letters capitalised
    (one exception allowed in a long title)."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        colon = line.find(": ")
        for seg in (line, line[:colon] if 0 < colon <= 100 else ""):
            if _title_case(seg):
                out.append((m.start(), m.start() + len(seg)))
                break
    return out


def _title_case(seg: str) -> bool:
    words = _WORD.findall(seg)
    long = [w for w in words if len(w) > _SMALL]
    if len(long) < 2 or len(words) > _MAX_TITLE_WORDS:
        return False
    lower = sum(not w[0].isupper() for w in long)
    return lower == 0 or (lower == 1 and len(long) >= _LONG_TITLE)


SIGNED_PROSE = 20  # words of the paragraph a signature closes


class TitleLines:
    """Which mentions lie on Title Case lines, and which names the body repeats."""

    def __init__(self, text: str):
        self.text = text
        self.lines = title_case_lines(text)

    def on_title_line(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self.lines)

    def in_body(self, name: str) -> bool:
        """True when ``name`` occurs, as written, outside every Title Case line."""
        pat = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        return any(not self.on_title_line(*m.span()) for m in pat.finditer(self.text))

    def keep(self, start: int, end: int, label: str) -> bool:
        """False for a name of several words on a Title Case line that the body never uses; a person
        named by a common first name and a surname the body uses is kept ("Hillary Clinton")."""
        if not self.on_title_line(start, end):
            return True
        name = self.text[start:end]
        words = name.split()
        if len(words) == 1 and name[1:].islower() and self._lowercase_in_body(name):
            return False  # "… Way' On Biofuel" where the body writes "biofuel"
        if len(words) == 1 or self.in_body(name):
            return True
        return (
            label == "PERSON"
            and 2 <= len(words) <= 3
            and first_name_sex(name) is not None
            and (self.in_body(words[-1]) or self._byline(start, end))
        ) or (label == "PERSON" and self._signature(start, end))

    def _lowercase_in_body(self, word: str) -> bool:
        """True when the body writes ``word`` in lowercase outside Title Case lines."""
        pat = re.compile(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])")
        return any(not self.on_title_line(*m.span()) for m in pat.finditer(self.text))

    def _signature(self, start: int, end: int) -> bool:
        """The name alone on its line after a paragraph of prose: a letter's writer signing
        ("… to vote for her.\n\nAna Ruiz.")."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line = self.text[line_start:line_end if line_end >= 0 else len(self.text)]
        if line_start != start or line.strip().rstrip(".,") != self.text[start:end]:
            return False
        before = self.text[:line_start].rstrip().rsplit("\n", 1)[-1]
        closing = before.rstrip("\"'\u201d\u2019")[-1:]
        return len(before.split()) >= SIGNED_PROSE and closing in ".!?"

    def _byline(self, start: int, end: int) -> bool:
        """The name alone opens its line before a colon ("Ana Ruiz: Why I Quit"): the
        columnist, or whoever the piece quotes."""
        opens = start == 0 or self.text[start - 1] == "\n"
        return opens and self.text[end : end + 2] == ": "


def sub_names(names: list[str], kinds: list[str]) -> set[int]:
    """Indices of organisation names that are the generic head or the tail of a longer
    organisation's name: "Council" beside "Security Council"."""
    out = set()
    for i, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        tails = (f" for the {name}", f" of the {name}")
        if kind == "organization" and any(n.endswith(tails) for n in names):
            out.add(i)  # "Northern Division" beside "Regional Tribunal for the Northern Division"
            continue
        if kind != "organization" or " " in name or name.lower() not in ORG_HEADS | {"state"}:
            continue
        longer = [n for j, n in enumerate(names) if j != i and " " in n and n.split()[-1] == name]
        if longer:
            out.add(i)
    return out
