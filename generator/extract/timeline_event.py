"""The sentence that tells a timeline event, trimmed of clutter, and what is no event.

``event_text`` narrows the parser's sentence to the one holding the date expression where
the parser ran two together (a lost full stop after a caption, "the U.S. Since 2007, ...")
and strips datelines and leading connectives. ``law_name`` tells a year that names a law
("the Voting Rights Act of 1965", "the 1964 Civil Rights Act") from an event's date.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Span, Token

from generator.extract.dates import Timex
from generator.extract.timeline_clip import quote_clip, repeat_extent
from generator.extract.timeline_context import enclosing_quote, quote_spans
from generator.furniture import DATELINE_DASHES, runon_boundaries
from generator.model import Article, TimelineEvent

_CONNECTIVE = re.compile(
    r"^(?:(?:meanwhile|but|and|separately|elsewhere)\b,?\s+|(?:however|also|still|yet|so|then|"
    r"in addition|moreover|indeed|furthermore|instead|nonetheless|nevertheless|now),\s+)+",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^(?:\(\w+\)\s*(?:--|[{DATELINE_DASHES}])?\s*|[A-Z][A-Z .,'-]{{2,40}}(?:\([\w ]+\))?\s*"
    rf"(?:--|[{DATELINE_DASHES}:])\s+)"
)

# A sentence end the parser missed ("at 7:30 p.m. Jordan was"); clause breaks in long ones.
_RUN_ON = re.compile(
    r"(?:(?<=[a-z]{3}[.!?])|(?<=[ap]\.m\.)|(?<=[.!?][\"'\u2019\u201d]))\s+(?=[A-Z])"
)
# After an initialism ("the U.S. Since 2007"), a capitalised function word opens a sentence.
_CLAUSE_STARTS = (
    "The|A|An|In|On|At|Since|But|And|However|After|Before|When|While|It|He|She|They|We|"
    "This|That|These|Those|There|His|Her|Their|Its|Our|If|As|Although|Though|Because|During|"
    "Last|Earlier|Later|Meanwhile|Some|Many|Most|Authorities|Officials|Police"
)
_INITIALISM_END = re.compile(rf"(?<=\b[A-Z]\.[A-Z]\.)\s+(?=(?:{_CLAUSE_STARTS})\b(?!\.))")
_CLAUSE = re.compile(r"(?<=;)\s+|\s+[\u2014\u2013]\s+(?=[A-Z])")


def drop_repeats(events: list[TimelineEvent]) -> tuple[TimelineEvent, ...]:
    """An entry whose event holds another's at the same time: a caption run into the text."""

    def core(e: TimelineEvent) -> str:
        return e.event.rstrip(".!?'\"\u2019\u201d ").lower()

    return tuple(
        e
        for i, e in enumerate(events)
        if not any(
            j != i
            and o.when == e.when
            and o.date == e.date
            and o.day_offset == e.day_offset
            and (len(core(o)) < len(core(e)) or (core(o) == core(e) and j < i))
            and core(o) in core(e)
            for j, o in enumerate(events)
        )
    )


def _piece(s: str, offset: int, boundary: re.Pattern[str]) -> str:
    """The part of ``s`` between two ``boundary`` matches that holds ``offset``."""
    cuts = [0, *(m.end() for m in boundary.finditer(s)), len(s)]
    for lo, hi in itertools.pairwise(cuts):
        if lo <= offset < hi:
            return s[lo:hi].strip()
    return s


# Capitalised after a lower-case word, these start a sentence rather than continue one.
_STARTS = {"NOUN", "PRON", "ADV", "AUX", "SCONJ"}


def _starts_sentence(tok: Token, text: str) -> bool:
    """``tok`` opens a sentence whose full stop was lost ("... the Court Family commitments")."""
    if not (tok.is_title and tok.is_alpha and len(tok) > 1) or tok.text == "I":
        return False
    prev = tok.nbor(-1)
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.is_title:
        return False  # a name or a title: "The New York Times", "Let's Move"
    if tok.pos_ == "DET":
        return (prev.is_alpha or prev.text == ",") and nxt is not None and nxt.is_lower
    if tok.pos_ not in _STARTS or not prev.is_lower or prev.pos_ in ("DET", "ADP"):
        return False
    # A word written capitalised after a lower-case word elsewhere too is a name ("Masters").
    return len(re.findall(rf"(?<=[a-z,] ){re.escape(tok.text)}\b", text)) < 2


def _caption_cut(
    sent: Span, timex: Timex, span: tuple[int, int], quotes: list[tuple[int, int]], text: str
) -> tuple[int, int]:
    """Narrow ``[start, end)`` to the sentence holding ``timex`` where a caption ran into it.

    CNN/Daily Mail texts lose the full stop between a photo caption and the next sentence
    ("... from 1991 until 1998 Family commitments will keep him away on Sunday"): a sentence
    start (see ``_starts_sentence``) outside quotation marks cuts the sentence there.
    """
    start, end = span
    for tok in sent[1:]:
        if enclosing_quote(quotes, tok.idx, tok.idx + len(tok)):
            continue
        if not _starts_sentence(tok, text):
            continue
        cut = tok.idx
        if start < cut <= timex.start:
            start = cut
        elif timex.end <= cut < end:
            end = cut
    return start, end


def event_text(
    article: Article, sent: Span, timex: Timex, quotes: list[tuple[int, int]] | None = None
) -> str:
    """The sentence telling the event, without furniture, dateline or leading connective."""
    start, end = sent.start_char, sent.end_char
    for fs, fe in article.furniture:
        if fs < end and start < fe:
            if fe <= timex.start:
                start = max(start, fe)
            elif fs >= timex.end:
                end = min(end, fs)
    text = article.text
    quotes = quote_spans(text) if quotes is None else quotes
    start, end = _caption_cut(sent, timex, (start, end), quotes, text)
    start, end = repeat_extent(text, timex, (start, end))
    if _one_block(text, start):
        start, end = _runon_cut(text, timex, (start, end))
    (start, end), prefix, suffix = quote_clip(sent.doc, timex, (start, end), quotes, text)
    s = _piece(text[start:end], timex.start - start, _RUN_ON)
    s = _piece(s, s.find(timex.text), _INITIALISM_END)
    if len(s.split()) > 45:
        s = _piece(s, s.find(timex.text), _CLAUSE)
    s = _DATELINE.sub("", s.strip()).rstrip(",;: ")
    s = _CONNECTIVE.sub("", s).strip()
    if s and (prefix or suffix):
        s = prefix + s.rstrip(",;: \u2014-") + suffix
    return s[:1].upper() + s[1:] if s else s


def _one_block(text: str, pos: int) -> bool:
    """``pos`` lies in a paragraph holding most of the text: a flattened Daily Mail page."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    return hi - lo >= max(800, 0.8 * len(text.strip()))


def _runon_cut(text: str, timex: Timex, span: tuple[int, int]) -> tuple[int, int]:
    """Cut ``span`` where a caption runs into the sentence without a full stop."""
    start, end = span
    for cut in runon_boundaries(text[start:end]):
        pos = start + cut
        if start < pos <= timex.start:
            start = pos
        elif timex.end <= pos < end:
            end = pos
    return start, end


_LAW = r"(?:Act|Acts|Law|Code|Treaty|Accords?|Convention|Amendments?|Bill|Statute|Protocol)"
_LAW_BEFORE = re.compile(rf"\b{_LAW} of\s+$")
_LAW_AFTER = re.compile(rf"^(?:\s+[A-Z][\w'-]*(?:\s+(?:of|and|on|for))?){{0,6}}?\s+{_LAW}\b")
_DATE_PREP = re.compile(r"\b(?:in|since|by|until|from|during|before|after)\s+$", re.IGNORECASE)


def law_name(text: str, timex: Timex) -> bool:
    """The year is part of a law's or treaty's name: "Act of 1993", "the 1964 Civil Rights Act"."""
    if timex.kind != "date" or timex.month is not None:
        return False
    before = text[max(0, timex.start - 20) : timex.start]
    if _LAW_BEFORE.search(before):
        return True
    after = text[timex.end : timex.end + 80]
    return not _DATE_PREP.search(before) and bool(_LAW_AFTER.match(after))
