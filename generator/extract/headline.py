"""Headlines: the seed's own top line when it is one, else a short one cut from the lede."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.model import Article

MAX_WORDS = 12
_WORD = re.compile(r"[^\W_][\w'\u2019.-]*")
# Words that open a subordinate clause: a headline stops before them.
_CLAUSE_OPENERS = frozenset(
    [
        *["after", "amid", "while", "because", "following", "despite", "but", "when", "since"],
        *["though", "although", "where", "before", "until", "unless", "whereas", "according"],
    ]
)
_RELATIVES = frozenset(["which", "who", "whom", "whose"])
_BREAKS = frozenset([",", ";", ":", "\u2014", "\u2013", "--", "(", "-"])
_GOOD_END = frozenset(["NOUN", "PROPN", "NUM", "ADJ", "VERB", "ADV"])
_NOUNS = frozenset(["NOUN", "PROPN", "NUM"])
_MINOR = frozenset(
    [
        *["a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with"],
        *["as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this"],
        *["its", "his", "her", "their", "our", "my", "your", "any", "some", "no"],
    ]
)


def headline_line(article: Article) -> str | None:
    """The first line, when it reads as a headline standing above body text."""
    text = article.text.lstrip()
    first, _, rest = text.partition("\n")
    first = first.strip()
    body = [ln.strip() for ln in rest.split("\n") if ln.strip()]
    if not body or not first[:1].isupper():
        return None
    start = article.text.find(first)
    if article.is_furniture(start, start + len(first)):
        return None
    words = _WORD.findall(first)
    if not 2 <= len(words) <= 20 or first.endswith((",", ";", ":")):
        return None
    caps = [w for w in words if len(w) > 3]
    title_case = bool(caps) and sum(w[0].isupper() for w in caps) >= 0.6 * len(caps)
    plain_end = not re.search(r"[.!?][\"'\u2019\u201d]?$", first)
    set_apart = rest.startswith("\n") or rest.startswith(" \n")  # a blank line follows
    longer_body = max(len(line) for line in body[:3]) > len(first)
    if not (plain_end or title_case or set_apart) or not longer_body:
        return None
    return re.sub(r"\s*[.,;:]+$", "", first)


def _breaks_here(tokens: list[Token], i: int) -> bool:
    """Whether a clause boundary falls before ``tokens[i]``."""
    tok = tokens[i]
    if tok.text in _BREAKS:
        # a hyphen inside a word ("ultra-short") is no boundary
        return tok.text not in "-\u2013" or bool(tokens[i - 1].whitespace_)
    if tok.lower_ in _RELATIVES:
        return True
    if tok.lower_ == "as":
        return tok.dep_ == "mark"
    return tok.lower_ in _CLAUSE_OPENERS and tok.dep_ in ("mark", "prep")


def _can_end(tokens: list[Token], end: int, nouns_only: bool) -> bool:
    """Whether a headline may stop after ``tokens[end - 1]``."""
    last = tokens[end - 1]
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and not last.whitespace_ and not nxt.is_punct:
        return False  # inside a word
    if nxt is not None and not last.whitespace_ and nxt.text in "-\u2013'\u2019":
        return False
    if nxt is not None and last.pos_ == "PROPN" and nxt.pos_ == "PROPN":
        return False  # inside a name
    if last.lower_ in _MINOR or last.is_punct:
        return False
    if last.dep_ in ("compound", "amod", "nummod", "poss") and last.head.i > last.i:
        return False  # inside a noun phrase: "a multi-million pound | loan"
    return last.pos_ in (_NOUNS if nouns_only else _GOOD_END)


def _cut(tokens: list[Token]) -> int:
    """How many tokens of the lede make the headline."""
    n = len(tokens)
    for i in range(1, len(tokens)):
        if sum(1 for t in tokens[:i] if not t.is_punct) >= 4 and _breaks_here(tokens, i):
            n = i
            break
    words = [i for i in range(n) if not tokens[i].is_punct]
    end = n if len(words) <= MAX_WORDS else words[MAX_WORDS - 1] + 1
    capped = end < n
    for nouns_only in (capped, False):
        for stop in range(end, 3, -1):
            if _can_end(tokens, stop, nouns_only):
                return stop
    return max(end, 1)


def headline_from_lede(lede: Span) -> str:
    """A short headline (at most ~12 words) cut from the lede at a clause boundary."""
    tokens = [t for t in lede if not t.is_space]
    if not tokens:
        return ""
    end = _cut(tokens)
    doc = lede.doc
    text = doc.text[tokens[0].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
    text = re.sub(r"[\s.,;:\u2014\u2013-]+$", "", text).strip()
    if text.count("\u201c") > text.count("\u201d"):
        text = text.replace("\u201c", "", 1)
    if text.count('"') % 2:
        text = text.replace('"', "", 1)
    return text[:1].upper() + text[1:]
