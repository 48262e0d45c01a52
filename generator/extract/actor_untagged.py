"""Names the tagger never tagged: a word the text writes as a name again and again outside
any entity ("the IAAF", "Blackpool fans", "a rare start for Blackpool") is a body's name; two
such words side by side are one name ("Wall Street")."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Token

from generator.extract.actor_spans import bare, is_junk_word
from generator.extract.actor_words import HONORIFICS, TIME_ZONES, TITLE_NOUNS

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_NOT_BODIES = frozenset(
    {"tv", "ok", "am", "pm", "ceo", "cfo", "dj", "mp", "mps", "dvd", "cd", "pc", "gdp", "id"}
)
_MARKET_WORDS = frozenset({"index", "futures", "shares", "stock", "stocks", "ticker"})


def untagged_names(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """One-word names outside every entity, written as a name at least twice (an acronym:
    "IAAF") or three times (a capitalised word: "Blackpool") away from a sentence's start,
    and never tagged anywhere: spaCy missed them, the repetition shows they are names."""
    tagged = {doc[i].lower_ for i in taken}  # "PENCE:" labels beside a tagged "Mike Pence"
    spots: dict[str, list[int]] = {}
    for tok in doc:
        if tok.i in taken or tok.lower_ in tagged or not _name_shaped(tok):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
            continue  # a transcript's speaker label, read by the quote step
        spots.setdefault(tok.text, []).append(tok.i)
    out = []
    counts = Counter({w: sum(not doc[i].is_sent_start for i in idx) for w, idx in spots.items()})
    for word, idx in spots.items():
        need = 2 if _ACRONYM.fullmatch(word) else 3
        if len(word) < 3 or 2 * sum(_modifies_noun(doc, i) for i in idx) >= len(idx):
            continue  # "OM"; "HSDPA systems", "the HSDPA solution": a thing's name
        if counts[word] >= need and not any(_market(doc, i) for i in idx):
            out += [(i, i + 1) for i in idx if not doc[i].is_sent_start]
    return _joined(doc, sorted(out))


def _joined(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent one-word names as one name: "Wall" + "Street"."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and out[-1][1] == s and doc[s - 1].whitespace_ == " ":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _name_shaped(tok: Token) -> bool:
    """A proper noun written as a name, and no title, weekday, time zone or common word."""
    word = bare(tok.text)
    if tok.pos_ != "PROPN" or (not tok.is_alpha and not _ACRONYM.fullmatch(tok.text)):
        return False
    if not (tok.is_title or _ACRONYM.fullmatch(tok.text)) or len(tok.text) < 2:
        return False
    if word in TITLE_NOUNS | HONORIFICS | _NOT_BODIES or tok.text in TIME_ZONES:
        return False
    return not is_junk_word(tok.text)


def _modifies_noun(doc: Doc, i: int) -> bool:
    """The word at ``i`` stands before a lowercase noun it modifies ("HSDPA systems") or
    before a capitalised title it is part of ("Prime Minister")."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None:
        return False
    return (nxt.is_lower and nxt.pos_ == "NOUN") or (
        nxt.is_title and bare(nxt.text) in TITLE_NOUNS
    )


def _market(doc: Doc, i: int) -> bool:
    """ "the VIX index", "$VIX": a ticker, not a body."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i else None
    ticker = prev is not None and prev.text == "$"
    return ticker or (nxt is not None and nxt.lower_ in _MARKET_WORDS)
