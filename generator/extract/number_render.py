"""A figure's ``about`` as one readable stretch of its sentence, in the sentence's order."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.number_words import is_number_word

FRACTION_WORDS = {"and", "a", "an", "half", "quarter", "tenth", "tenths", "hundredth",
                  "hundredths", "thousandth", "thousandths"}  # "four-and-a-half", "-hundredths"
DEMONSTRATIVES = {"those", "these"}  # "[20,000 of] those were from abroad": what is counted
EDGE_DROP = {"ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "DET", "PRON"}


def _words(doc: Doc, s: int, e: int, skip: set[int]) -> int:
    return sum(1 for i in range(s, e) if i not in skip and not doc[i].is_punct)


def render(doc: Doc, ranges: list[tuple[int, int]], budget: int = 14,
            skip: set[int] | None = None) -> str:
    """One stretch of the sentence, in its own words and order, around the kept ranges.

    Ranges come most important first; a range is kept while the stretch from the first kept
    word to the last stays within ``budget`` words. Words between kept ranges are kept too
    (a reader needs them), except a short run of auxiliaries and adverbs at a join, and a
    comma-set aside between two ranges. The figure's own tokens (``skip``) are left out.
    """
    skip = skip or set()
    if any(doc[i].text == "-" and not doc[i - 1].whitespace_ and i + 1 < len(doc)
           and doc[i + 1].is_alpha and not is_number_word(doc[i + 1].text)
           and doc[i + 1].lower_ not in FRACTION_WORDS
           and doc[i - 1].lower_ not in {"a", "an", "per"} for i in skip if i > 0):
        skip = set()  # "a 5-mile race", "a four-year deal": the figure is part of the words
    ranges = [(s, e) for s, e in ranges if s < e]
    if not ranges:
        return ""
    lo, hi = ranges[0]
    if _words(doc, lo, hi, skip) > budget:
        hi = lo
        while hi < ranges[0][1] and _words(doc, lo, hi + 1, skip) <= budget:
            hi += 1
        while lo < hi - 1 and hi < ranges[0][1] and not doc[hi - 1].whitespace_:
            hi -= 1  # never cut inside a word: "phishing e-mails" is not "phishing e"
    kept = [(lo, hi)]
    sides = _asides(doc, lo)
    commas = _comma_asides(doc, lo)
    for s, e in ranges[1:]:
        nlo, nhi = min(lo, s), max(hi, e)
        for pool in (sides, sides + commas):  # a comma-set clause is left out only for room
            gaps = [a for a in pool
                    if a[0] >= nlo and a[1] < nhi and not _touches(doc, a, kept, skip)]
            wide = _crosses_clause(doc, nlo, nhi, lo, hi, skip, gaps)
            if _words(doc, nlo, nhi, skip) - _aside_words(doc, gaps, skip) <= budget and not wide:
                lo, hi = nlo, nhi
                kept.append((s, e))
                sides += [a for a in gaps if a not in sides]
                break
    gaps = {i for a in sides if not _touches(doc, a, kept, skip) for i in range(a[0], a[1] + 1)}
    keep = [i for i in range(lo, hi) if i not in skip and i not in gaps]
    keep = _drop_dangling(doc, keep, skip)
    while keep and doc[keep[0]].dep_ != "neg" and not _demonstrative(doc[keep[0]]) and (
        doc[keep[0]].pos_ in EDGE_DROP or doc[keep[0]].is_punct
        or doc[keep[0]].dep_ in {"aux", "auxpass", "advmod"}
    ):  # "five had not done enough": the negation stays
        keep.pop(0)
    while keep and (doc[keep[-1]].pos_ in EDGE_DROP - {"PRON"} or doc[keep[-1]].is_punct
                    or doc[keep[-1]].dep_ in {"aux", "auxpass"}):
        keep.pop()
    return _join(doc, keep)


def _demonstrative(tok: Token) -> bool:
    """A pronoun that names what is counted: "[20,000 of] those were from abroad",
    "everyone else"."""
    if tok.pos_ == "PRON" and any(c.lower_ == "else" for c in tok.children):
        return True
    return tok.lower_ in DEMONSTRATIVES and tok.pos_ == "PRON"


def _crosses_clause(doc: Doc, lo: int, hi: int, klo: int, khi: int, skip: set[int],
                    gaps: list[tuple[int, int]]) -> bool:
    """Whether widening [klo, khi) to [lo, hi) pulls in a sentence break or a dash aside
    (a whole aside in ``gaps``, left out of the text, is no break)."""
    added = [i for i in range(lo, hi) if not klo <= i < khi and not {i - 1, i + 1} & skip
             and not any(a <= i <= b for a, b in gaps)]
    return any(doc[i].text in {";", ":", "--", "\u2014", "\u2013"} or "\n" in doc[i].text
               for i in added)


DASHES = {"--", "\u2014", "\u2013"}


def _asides(doc: Doc, at: int) -> list[tuple[int, int]]:
    """Paired parentheses and spaced dashes of the sentence at token ``at``: ("(", ")")
    token pairs, inclusive, that set words apart ("18.6 trillion pesos ($7.9bn; £4.3bn)")."""
    sent = doc[at].sent
    out: list[tuple[int, int]] = []
    opened: int | None = None
    dash: int | None = None
    for tok in sent:
        if tok.text == "(":
            opened = tok.i
        elif tok.text == ")" and opened is not None:
            out.append((opened, tok.i))
            opened = None
        elif tok.text in DASHES | {"-"} and tok.whitespace_ and doc[tok.i - 1].whitespace_:
            if dash is None:
                dash = tok.i
            else:
                out.append((dash, tok.i))
                dash = None
    return out


QUOTE_MARKS = {"'", "\"", "\u2019", "\u201d"}


def _comma_asides(doc: Doc, at: int) -> list[tuple[int, int]]:
    """Comma-set clauses describing a noun ("16 men, described by the group as enemies, were
    shot"), as (opening comma, closing comma) token pairs, inclusive."""
    sent = doc[at].sent
    out: list[tuple[int, int]] = []
    for tok in sent:
        if tok.dep_ not in {"acl", "relcl", "appos"} or tok.head.pos_ not in {"NOUN", "PROPN"}:
            continue
        left, right = tok.left_edge.i - 1, tok.right_edge.i + 1
        while right < sent.end and doc[right].text in QUOTE_MARKS:
            right += 1
        head = tok.head
        after_head = left - 1 == head.i or (  # "Shares in Acme, which ..., were up 2%"
            head.i < left - 1 and all(head.is_ancestor(t) for t in doc[head.i + 1:left]))
        if after_head and right < sent.end and doc[left].text == "," and (
            doc[right].text == ","
        ):
            out.append((left, right))
    return out


def _touches(doc: Doc, aside: tuple[int, int], kept: list[tuple[int, int]],
             skip: set[int]) -> bool:
    """Whether an aside holds kept words or the figure: then it is no aside to leave out."""
    a, b = aside
    if any(a <= i <= b for i in skip):
        return True
    # "men -- an aside -- hurt": a dash aside inside the first range is still left out
    inner = kept[0][0] < a and b + 1 < kept[0][1] and doc[a].text in DASHES
    return any(s <= b and a < e for s, e in (kept[1:] if inner else kept))


def _aside_words(doc: Doc, gaps: list[tuple[int, int]], skip: set[int]) -> int:
    return sum(_words(doc, a, b + 1, skip) for a, b in gaps)


def _drop_dangling(doc: Doc, keep: list[int], skip: set[int]) -> list[int]:
    """Leave out a preposition or "worth" whose object was the figure ("ranging from [5%]")."""
    out = []
    for i in keep:
        tok = doc[i]
        if tok.pos_ == "ADP" and i + 1 in skip and not any(
                c.i not in skip for c in tok.children if c.dep_ in {"pobj", "pcomp"}):
            continue
        if tok.dep_ == "det" and tok.head.i in skip and i + 1 in skip:
            continue  # "the [$5m] that went to charity": the figure's own article
        if tok.text == "," and i - 1 in skip:
            continue  # "five years" after a dropped "four-and-a-half,"
        if tok.text == "-" and not tok.whitespace_ and (i - 1 in skip or i + 1 in skip) and (
                not doc[i - 1].whitespace_):
            continue  # "28-nation" without its figure
        out.append(i)
    return out


def _join(doc: Doc, keep: list[int]) -> str:
    """Tokens as text with their own spacing; a gap left by a dropped token becomes a space."""
    parts: list[str] = []
    for k, i in enumerate(keep):
        nxt = keep[k + 1] if k + 1 < len(keep) else None
        word = doc[i].text
        if word.lower() in {"a", "an"} and nxt is not None and nxt != i + 1:
            word = _article(word, doc[nxt].text)  # "an [$850m] payout" -> "a payout"
        parts.append(word)
        if nxt is not None and (nxt != i + 1 or doc[i].whitespace_):
            parts.append(" ")
    text = "".join(parts)
    text = re.sub(r"\s+([,.;:)%])", r"\1", text)
    text = re.sub(r"([(])\s+", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r"\s*\(\s*\)", "", text)  # "support (35 percent) came": the figure's brackets
    if text.count("(") != text.count(")"):
        text = text.replace("(", "").replace(")", "")
    return re.sub(r"\s+", " ", text).strip(" ,")


def _article(word: str, after: str) -> str:
    """ "a" or "an" to suit the word now after it, once the figure between is left out."""
    right = "an" if after[:1].lower() in "aeiou" else "a"
    return right.capitalize() if word[0].isupper() else right
