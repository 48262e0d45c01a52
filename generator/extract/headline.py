"""Headlines: the seed's own top line when it is one, else a short one cut from the lede."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.furniture import wordset
from generator.model import Article

MAX_WORDS = 12
_WORD = re.compile(r"[^\W_][\w'\u2019.-]*")


# Words that open a subordinate clause: a headline stops before them.
_CLAUSE_OPENERS = wordset(
    "after amid while because following despite but when since though although where before "
    "until unless whereas according"
)
_RELATIVES = frozenset(["which", "who", "whom", "whose"])
_BREAKS = frozenset([",", ";", ":", "\u2014", "\u2013", "--", "(", "-"])
_GOOD_END = frozenset(["NOUN", "PROPN", "NUM", "ADJ", "VERB", "ADV"])
_NOUNS = frozenset(["NOUN", "PROPN", "NUM"])
_MINOR = wordset(
    "a an the and or of to in on at by for from with as is are was were be been has have had "
    "that this its his her their our my your any some no"
)


def headline_line(article: Article) -> str | None:
    """The first line, when it reads as a headline standing above body text."""
    text = article.text.lstrip()
    first, _, rest = text.partition("\n")
    first = first.strip()
    body = [ln.strip() for ln in rest.split("\n") if ln.strip()]
    if not body or not (first[:1].isupper() or first[:1].isdigit()):
        return None
    start = article.text.find(first)
    if article.is_furniture(start, start + len(first)):
        return None
    words = _WORD.findall(first)
    if not 2 <= len(words) <= 20 or first.endswith((",", ":")):
        return None
    caps = [w for w in words if len(w) > 3]
    title_case = bool(caps) and sum(w[0].isupper() for w in caps) >= 0.6 * len(caps)
    plain_end = not re.search(r"[.!?][\"'\u2019\u201d]?$", first)
    # set apart by a blank line, above a paragraph much longer than itself (a lede)
    lede_below = any(len(_WORD.findall(b)) >= max(20, 1.5 * len(words)) for b in body[:3])
    set_apart = rest.lstrip(" \t").startswith("\n") and lede_below
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


def _space_after(tokens: list[Token], k: int) -> bool:
    """Whether the headline puts a space after ``tokens[k]``."""
    if k + 1 < len(tokens) and tokens[k + 1].i != tokens[k].i + 1:
        return True  # a dropped clause lies between
    return bool(tokens[k].whitespace_)


def _join(tokens: list[Token]) -> str:
    return "".join(t.text + (" " if _space_after(tokens, k) else "") for k, t in enumerate(tokens))


def _can_end(tokens: list[Token], end: int, nouns_only: bool) -> bool:
    """Whether a headline may stop after ``tokens[end - 1]``."""
    last = tokens[end - 1]
    nxt = tokens[end] if end < len(tokens) else None
    glued = nxt is not None and not _space_after(tokens, end - 1)
    if glued and (not nxt.is_punct or nxt.text in "-\u2013'\u2019"):
        return False  # inside a word: "ultra|-short", "26|-year-old"
    if nxt is not None and last.pos_ == "PROPN" and nxt.pos_ == "PROPN":
        return False  # inside a name
    if last.lower_ in _MINOR or last.is_punct:
        return False
    if last.dep_ in ("compound", "amod", "nummod", "poss") and last.head.i > last.i:
        return False  # inside a noun phrase: "a multi-million pound | loan"
    return last.pos_ in (_NOUNS if nouns_only else _GOOD_END)


def _without_asides(lede: Span) -> list[Token]:
    """The lede's tokens less clauses set off by commas ("The mayor, who took office, ...")."""
    drop: set[int] = set()
    for tok in lede:
        if tok.dep_ not in ("relcl", "appos") or tok.head.i > tok.i:
            continue
        left, right = tok.left_edge.i, tok.right_edge.i
        doc = lede.doc
        inside = left - 1 >= lede.start and right + 1 < lede.end
        if inside and doc[left - 1].text == "," and doc[right + 1].text == ",":
            drop.update(range(left - 1, right + 2))
    return [t for t in lede if not t.is_space and t.i not in drop]


def _prefix_words(tokens: list[Token]) -> list[int]:
    """``out[i]`` is the number of words in ``_join(tokens[:i])``, in one pass."""
    out, words, gap = [0], 0, True
    for k, tok in enumerate(tokens):
        parts = tok.text.split()
        if parts:
            words += len(parts) - (0 if gap or tok.text[0].isspace() else 1)
            gap = tok.text[-1].isspace() or _space_after(tokens, k)
        else:
            gap = True
        out.append(words)
    return out


def _cut(tokens: list[Token], root: Token) -> int:
    """How many tokens of the lede make the headline."""
    n = len(tokens)
    words = _prefix_words(tokens)
    for i in range(1, len(tokens)):
        long_enough = words[i] >= 4
        if long_enough and _breaks_here(tokens, i) and (root.i < tokens[i].i or i >= 8):
            n = i
            break
    end = n
    while end > 1 and words[end] > MAX_WORDS:
        end -= 1
    capped = end < n
    has_root = [root.i <= tokens[stop - 1].i for stop in range(end + 1)]
    for nouns_only, need_root in ((capped, True), (False, True), (False, False)):
        for stop in range(end, 2, -1):
            if (has_root[stop] or not need_root) and _can_end(tokens, stop, nouns_only):
                return stop
    return max(end, 1)


def headline_from_lede(lede: Span) -> str:
    """A short headline (at most ~12 words) cut from the lede at a clause boundary."""
    tokens = _without_asides(lede)
    if not tokens:
        return ""
    end = _cut(tokens, lede.root)
    text = _join(tokens[:end])
    text = re.sub(r"[\s.,;:\u2014\u2013-]+$", "", text).strip()
    if text.count("\u201c") > text.count("\u201d"):
        text = text.replace("\u201c", "", 1)
    if text.count('"') % 2:
        text = text.replace('"', "", 1)
    return text[:1].upper() + text[1:]
