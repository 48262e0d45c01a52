"""Headlines: the seed's own top line when it is one, else a short one cut from the lede."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.model import Article

MAX_WORDS = 12
_WORD = re.compile(r"[^\W_][\w'\u2019.-]*")
# Words that open a subordinate clause: a headline stops before them.
_CLAUSE_OPENERS = frozenset(
    "after as amid while because following despite but which who whom whose when since though "
    "although where before until unless whereas according".split()
)
_BREAKS = frozenset([",", ";", ":", "\u2014", "\u2013", "--", "(", "-"])
_GOOD_END = frozenset(["NOUN", "PROPN", "NUM", "ADJ", "VERB", "ADV"])
_MINOR = frozenset(
    "a an the and or of to in on at by for from with as is are was were be been has have had "
    "that this its his her their our my your".split()
)


def headline_line(article: Article) -> str | None:
    """The first line, when it reads as a headline standing above body text."""
    lines = [ln.strip() for ln in article.text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return None
    first, body = lines[0], lines[1]
    start = article.text.find(first)
    if article.is_furniture(start, start + len(first)):
        return None
    words = _WORD.findall(first)
    if not 2 <= len(words) <= 20 or len(body) < len(first):
        return None
    caps = [w for w in words if len(w) > 3]
    title_case = bool(caps) and sum(w[0].isupper() for w in caps) >= 0.6 * len(caps)
    plain_end = not re.search(r"[.!?,;:][\"'\u2019\u201d]?$", first)
    if not (plain_end or title_case) or not first[0].isupper():
        return None
    return re.sub(r"\s*[.,;:]+$", "", first)


def _cut(tokens: list) -> int:
    """How many tokens of the lede make the headline."""
    n = 0
    for i, tok in enumerate(tokens):
        words_before = sum(1 for t in tokens[:i] if not t.is_punct)
        if words_before >= 4 and (
            tok.text in _BREAKS or (tok.lower_ in _CLAUSE_OPENERS and tok.dep_ in ("mark", "prep"))
        ):
            break
        n = i + 1
    words = [i for i in range(n) if not tokens[i].is_punct]
    if len(words) <= MAX_WORDS:
        end = n
    else:
        end = words[MAX_WORDS - 1] + 1
    # never stop on a function word or inside a name
    while end > 1:
        last, nxt = tokens[end - 1], tokens[end] if end < len(tokens) else None
        inside_name = (
            nxt is not None and last.pos_ == "PROPN" and nxt.pos_ == "PROPN" and nxt.text[:1].isupper()
        )
        if last.pos_ in _GOOD_END and last.lower_ not in _MINOR and not inside_name:
            break
        if last.is_punct and end < n:
            end -= 1
            continue
        end -= 1
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
