"""Where a quote whose closing mark is missing really ends.

A quote left open at its paragraph's end is news style when the next paragraph opens with a
quotation mark (the speech goes on there). Otherwise the closing mark was lost, and the region
may run on into the reporter's own sentences ("… to their lives. His gift follows …").
Such a region ends before the first later sentence that reads as narrative: no
first- or second-person word, and it opens with a third-person word ("He", "His", "The") or
holds a reporting verb ("said").
"""

from __future__ import annotations

import re

from generator.extract.quote_marks import DOUBLE, SINGLE_OPEN, Region

OPENING = DOUBLE + SINGLE_OPEN + "'"
SENTENCE = re.compile(r"[.?!](?=\s+[A-Z\"'\u2018\u201c])")
FIRST_SECOND = re.compile(
    r"\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|we've|us|our|ours|you|your|yours)\b"
    r"|\b(?:I|we|you)[\u2019']", re.I
)
THIRD_START = re.compile(r"(?:He|She|His|Her|They|Their|The|Its)\b")
REPORTING = re.compile(r"\b(?:said|says|told|added|announced|explained|confirmed)\b")


def _narrative(sentence: str) -> bool:
    """A sentence in the reporter's voice rather than the speaker's."""
    if FIRST_SECOND.search(sentence):
        return False
    return THIRD_START.match(sentence) is not None or REPORTING.search(sentence) is not None


SAID = re.compile(r"\b(?:said|says|told)\b")  # not "added": "when it is added to …"
# speech reported inside a condition or a question is the speaker's: "even if he said he is
# tired, maybe he rests?"
HYPOTHETICAL = re.compile(r"\b(?:if|unless|whether)\s+(?:\w+\s+){1,2}(?:said|says|told)\b", re.I)
CAPTION = re.compile(r"\((?:pictured|left|right|above|below|centre|center|inset)\b", re.I)
# a picture named without brackets: "Tom pictured at school", "Ana, left, with her son"
PICTURED = re.compile(r"\bpictured\b|, (?:left|right|centre|center),", re.I)


# a caption's label run into the text: "Family: Tom with his mother …", "Slow response: People"
LABEL = re.compile(
    r"(?!(?:I|He|She|We|They|You|It|This|That)\b)[A-Z][\w'\u2019-]*(?: [a-z][\w-]*)?: [A-Z]"
)


def _reported(sentence: str) -> bool:
    """A sentence surely in the reporter's voice: it reports speech (not in a question or a
    condition: "even if he said …"), names a picture or opens with a caption's label."""
    if FIRST_SECOND.search(sentence):
        return False
    marked = LABEL.match(sentence) or CAPTION.search(sentence) or PICTURED.search(sentence)
    if marked is not None:
        return True
    if sentence.rstrip("'\u2019\" ").endswith("?") or HYPOTHETICAL.search(sentence):
        return False
    return SAID.search(sentence) is not None


def _continued(text: str, end: int) -> bool:
    """The next paragraph (after the line that holds ``end``) opens with a quotation mark."""
    nl = text.find("\n", end)
    if nl < 0:
        return False
    rest = text[nl:].lstrip()
    return bool(rest) and rest[0] in OPENING


def trimmed(text: str, found: list[Region]) -> list[Region]:
    """The regions with every one left open at its paragraph's end and not continued in
    the next paragraph cut before its first narrative sentence. One cut short by a new
    opening mark in the paragraph is cut only before a sentence that reports speech or names
    a picture: "'We won. He was great. 'Then …" is one speaker's words."""
    out = []
    for r in found:
        line_end = text.find("\n", r.end)
        stray = text[r.end : line_end if line_end >= 0 else len(text)].strip() != ""
        if r.closed or (not stray and _continued(text, r.end)):
            out.append(r)
            continue
        end = r.end
        stops = list(SENTENCE.finditer(text, r.start, r.end))
        for k, m in enumerate(stops):
            upto = stops[k + 1].end() if k + 1 < len(stops) else r.end
            words = text[m.end() : upto].strip()
            if _reported(words) if stray else _narrative(words):
                end = m.end()
                break
        out.append(Region(r.start, end, False, r.single) if end != r.end else r)
    return out
