"""Title, description and summary, taken from the article's own sentences.

The summary is extractive and lede-based: the lede, then the next sentences in article order
that carry the story (central to the article's vocabulary, not a repeat of one already
taken), until the summary is near the length of a news desk's highlights. Page furniture,
run-in captions, bare quotation fragments and sentences that open on a pronoun whose
antecedent was left out are passed over. Every sentence is a verbatim slice of
``Article.text``; the title alone may drop an aside ("The mayor, who ..., resigned").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from generator.extract.headline import headline_from_lede, headline_line
from generator.furniture import DATELINE_DASHES, runon_boundaries, wordset
from generator.model import Article

# "(CNN)The ...", "New Delhi, India (CNN)As ...", "LOS ANGELES, Sept. 28 (UPI) — In ..."
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w.,' -]{0,40}?\s*)?\((?:[A-Z]{2,}\w*|Reuters|The Hollywood Reporter|"
    r"[A-Z]\w+ (?:News|Press|Reporter|Times))\)"
    rf"(?:\s*[{DATELINE_DASHES}]+\s*|(?=[A-Z\"\u201c]))"
)
_OPEN_QUOTES = "\"'\u2018\u201c"


_PRONOUN_START = wordset(
    "he she it they this these those his her their its him them such that there both"
)
_CONNECTIVE_START = wordset("but and however meanwhile also so yet still instead")
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|explained|wrote|writes|according|asked|claimed|"
    r"claims|insisted|revealed|stated|admitted|warned|declared|argued|reported)\b",
    re.IGNORECASE,
)
_END = re.compile(r"[.!?][\"'\u2019\u201d)]*$")


@dataclass(frozen=True)
class Sentence:
    """A candidate sentence: offsets into the article and what scoring needs."""

    start: int
    end: int
    text: str
    index: int  # position among the candidates
    words: tuple[str, ...]  # content lemmas, lowercased
    quoted: bool  # opens inside or on a quotation
    bare_quote: bool  # quoted, with no one said to say it
    dangling: bool  # opens on a pronoun or connective
    fragment: bool  # too short, or no closing punctuation


def _quote_starts(text: str) -> list[bool]:
    """For each character, whether it lies inside a quotation (per line)."""
    inside, out = False, []
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch == "\n":
            inside = False
        elif ch in "\u201c":
            inside = True
        elif ch in "\u201d":
            inside = False
        elif ch == '"':
            inside = not inside
        elif ch in "'\u2018" and not prev.isalnum() and nxt.isalnum():
            inside = True
        elif ch in "'\u2019" and not nxt.isalnum() and (prev.isalnum() or prev in ".,!?"):
            inside = False
        out.append(inside)
    return out


def _trim(article: Article, start: int, end: int) -> tuple[int, int]:
    """Drop a leading dateline ("(CNN)", "LONDON (Reuters) -") and surrounding blanks."""
    text = article.text[start:end]
    m = _DATELINE.match(text)
    if m and m.end() < len(text) and m.end() <= 80:
        start += m.end()
        text = article.text[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    return start, end


def _clean_part(article: Article, sent: Span) -> tuple[int, int] | None:
    """The sentence, or its part after overlapping furniture, when that part stands alone."""
    start, end = sent.start_char, sent.end_char
    for s, e in article.furniture:
        if s < end and start < e:
            if e >= end:
                return None
            start = e
    start, end = _trim(article, start, end)
    rest = article.text[start:end]
    if not rest or not (rest[0].isupper() or rest[0] in _OPEN_QUOTES or rest[0].isdigit()):
        return None
    return start, end


def sentences(article: Article, doc: Doc) -> list[Sentence]:
    """Content sentences in article order, with furniture left out."""
    inside = _quote_starts(article.text)
    out: list[Sentence] = []
    for sent in doc.sents:
        span = _clean_part(article, sent)
        if span is None:
            continue
        start, end = span
        text = article.text[start:end]
        part = doc.char_span(start, end, alignment_mode="expand") or sent
        toks = [t for t in part if not t.is_space and not t.is_punct]
        if not toks:
            continue
        words = tuple(
            t.lemma_.lower() for t in toks if t.is_alpha and not t.is_stop and len(t.text) > 1
        )
        first = toks[0].text.lower()
        mid_quote = start > 0 and inside[start - 1] and text[0] not in _OPEN_QUOTES
        quoted = text[0] in _OPEN_QUOTES or mid_quote
        open_end = inside[end - 1]  # the sentence stops inside a quotation
        out.append(
            Sentence(
                start=start,
                end=end,
                text=text,
                index=len(out),
                words=words,
                quoted=quoted,
                bare_quote=mid_quote or open_end or (quoted and not _SPEECH.search(text)),
                dangling=first in _PRONOUN_START or first in _CONNECTIVE_START,
                fragment=len(toks) < 6 or not _END.search(text) or bool(runon_boundaries(text)),
            )
        )
    return out


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    num = sum(v * b[k] for k, v in a.items() if k in b)
    den = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return num / den if den else 0.0


def select(
    cands: list[Sentence],
    *,
    target: int = 68,
    most: int = 4,
    window: int = 8,
    min_centrality: float = 0.15,
    duplicate: float = 0.6,
) -> list[Sentence]:
    """The lede, then the next informative sentences in article order, near ``target`` words.

    A sentence is passed over when it is a fragment or a bare quotation, opens on a pronoun
    whose antecedent was left out, says little of what the article is about (low cosine to
    the article's word centroid) or repeats a chosen one (a caption restating the lede).
    Selection stops at ``most`` sentences, or once a further one would take the summary
    further from ``target`` words than it is (two sentences at least). Tuned on FRANK's
    validation split with benchmarks/summary_rouge.py.
    """
    usable = (
        [s for s in cands if not s.fragment and not s.bare_quote]
        or [s for s in cands if not s.fragment]
        or cands
    )
    centroid: Counter[str] = Counter(w for s in cands for w in s.words)
    chosen: list[Sentence] = []
    words = 0
    for s in usable[:window]:
        if len(chosen) >= most:
            break
        bag = Counter(s.words)
        if chosen:
            if s.dangling and chosen[-1].index != s.index - 1:
                continue
            if _cosine(bag, centroid) < min_centrality:
                continue
            if max(_cosine(bag, Counter(c.words)) for c in chosen) > duplicate:
                continue
        size = len(s.text.split())
        if len(chosen) >= 2 and abs(words + size - target) >= abs(words - target):
            break
        chosen.append(s)
        words += size
    return chosen


def title(article: Article, doc: Doc) -> str:
    """The seed's own title; else a headline line at the top; else one made from the lede."""
    if article.title and article.title.strip():
        return article.title.strip()
    line = headline_line(article)
    if line:
        return line
    cands = sentences(article, doc)
    lede = next((s for s in cands if not s.quoted and not s.fragment), None) or (
        cands[0] if cands else None
    )
    if lede is None:
        return article.path.stem.replace("_", " ").replace("-", " ")
    part = doc.char_span(lede.start, lede.end, alignment_mode="expand")
    if part is None:
        return lede.text
    made = headline_from_lede(part)
    glued = article.text[part.start_char : lede.start]  # "CNN)" of "(CNN)Jurors found ..."
    if glued and made.startswith(glued):
        made = made[len(glued) :]
        made = made[:1].upper() + made[1:]
    return made


def description(article: Article, doc: Doc) -> str:
    """One sentence: the lede."""
    cands = [s for s in sentences(article, doc) if not _is_headline(article, s)]
    good = [s for s in cands if not s.quoted and not s.fragment]
    pick = good[0] if good else (cands[0] if cands else None)
    return pick.text if pick else ""


def summary(article: Article, doc: Doc) -> str:
    """Two to four sentences taken verbatim from the article, in article order."""
    cands = [s for s in sentences(article, doc) if not _is_headline(article, s)]
    return " ".join(s.text for s in select(cands))


def _is_headline(article: Article, s: Sentence) -> bool:
    """The top line of a seed that carries its headline is not part of the summary."""
    line = headline_line(article)
    return bool(line) and s.start < article.text.find(line) + len(line)
