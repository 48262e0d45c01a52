"""What the sentence around a date says about it: tense, quotation, quoted documents.

``tense_at`` reads spaCy's parse: the verb the expression modifies, its tag and auxiliaries
("will meet", "plans to meet", "met", "has met", "is meeting"). ``quote_spans`` finds the
quoted stretches of a text; ``quoted_document`` tells a quoted e-mail or letter (whose
weekdays date the document's words, not the story's events) from quoted speech.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.dates import Tense
from generator.extract.doc_text import doc_text

# Verbs and adjectives whose infinitive complement lies ahead: "plans to meet on Friday".
FUTURE_HEADS = {
    "plan", "expect", "schedule", "set", "due", "intend", "aim", "prepare", "go", "likely",
    "poise", "slate", "hope", "want", "seek", "propose", "wish", "vow", "pledge", "promise",
    "threaten", "scheduled", "expected", "going", "about", "ready", "poised", "slated",
}  # fmt: skip
FUTURE_MODALS = {"will", "'ll", "\u2019ll", "wo", "shall", "may", "might", "should", "must"}
# Future seen from the past ("said it would meet on Friday"): the same day or a later one.
LATER_MODALS = {"would", "'d"}
DOCUMENT_WORDS = re.compile(
    r"\b(?:e-?mail(?:s|ed)?|letters?|memos?|memorandum|(?:text |voice)?messages?|wrote|writes|"
    r"written|tweets?|tweeted|posted|diary|postcard|cables?|faxe?d?|telegram|"
    r"(?:a|the|his|her|their) (?:hand-?written )?note)\b",
    re.IGNORECASE,
)
DEFERRAL_VERBS = {"postpone", "delay", "adjourn", "defer", "suspend", "push", "put",
                  "extend", "reschedule", "move", "close", "shut"}  # fmt: skip
EPISTEMIC_MODALS = {"may", "might", "could", "should", "must"}
SAY_VERBS = {"say", "tell", "note", "add", "insist", "claim", "argue", "write", "report",
             "announce", "state", "explain", "warn", "confirm", "deny", "acknowledge"}  # fmt: skip
UPCOMING_WORDS = {"upcoming", "next", "coming", "forthcoming", "planned", "scheduled"}
_OPEN = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'"}


def _verb_tense(v: Token, depth: int = 0) -> Tense | None:
    """The tense of the clause headed by ``v``."""
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_MODALS:
        return "future"
    if words & LATER_MODALS:
        return "present"
    if "to" in words and v.head.i != v.i and depth < 3:
        head = v.head
        if head.lemma_.lower() in FUTURE_HEADS or head.lower_ in FUTURE_HEADS:
            return "future"
        if v.dep_ != "xcomp":
            return None  # "a program to run through June": its time is its own
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            return _verb_tense(head, depth + 1) if head.pos_ != "ADJ" else _adj_tense(head)
    if v.dep_ == "xcomp" and v.tag_ == "VB" and not words and v.head.lemma_.lower() in FUTURE_HEADS:
        return "future"  # "scheduled to co-moderate": the "to" hangs from "co"
    if any(a.tag_ == "VBD" for a in auxes) or v.tag_ == "VBD":
        return "past"
    if v.tag_ == "VBN":
        if words & {"is", "are", "am", "'s", "'re"} and not words & {"has", "have", "been"}:
            return "present"
        return "past"
    if v.tag_ == "VBG":
        if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        if v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") and depth < 3:
            return _verb_tense(v.head, depth + 1)
        return None
    if v.tag_ in ("VBZ", "VBP"):
        return "present"
    if v.tag_ == "VB" and words & {"do", "does"}:
        return "present"
    if v.tag_ == "VB" and "did" in words:
        return "past"
    return None


def _adj_tense(adj: Token) -> Tense | None:
    """The tense of the copula in "was able to", "is due to"."""
    cop = [c for c in adj.children if c.dep_ in ("cop", "aux")] or (
        [adj.head] if adj.head.pos_ == "AUX" else []
    )
    if any(c.tag_ == "VBD" for c in cop):
        return "past"
    if any(c.tag_ in ("VBZ", "VBP") for c in cop):
        return "present"
    return None


def governing_verb(span: Span) -> Token | None:
    """The verb (or copula) the expression ``span`` depends on."""
    t = span.root
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and not span.start <= t.i < span.end:
            return t
        if t.head.i == t.i:
            return t if t.pos_ in ("VERB", "AUX") else None
        t = t.head
    return None


_DONE_PREPS = frozenset({"despite", "after", "following", "since"})


def _noun_between(span: Span, verb: Token) -> bool:
    """The day dates a noun that a preposition of something done governs, on the path up to
    the verb: "despite defeats on Tuesday", "after the attack on Sunday"."""
    t, noun = span.root.head, False
    while t.i != verb.i and t.head.i != t.i:
        noun = noun or t.pos_ == "NOUN"
        if noun and t.lower_ in _DONE_PREPS:
            return True
        t = t.head
    return False


def _hangs_from_noun(span: Span) -> bool:
    """The expression qualifies a noun: "Monday's debate", "the Monday night debate"."""
    root = span.root
    return root.dep_ in ("poss", "compound", "nmod", "amod") or any(
        t.tag_ == "POS" for t in root.children
    )


def tense_at(doc: Doc, start: int, end: int, text: str | None = None) -> Tense | None:
    """The tense of the clause the expression at ``[start, end)`` modifies, or None.

    ``text`` is the document's text (``Article.text``); pass it when calling in a loop, since
    ``doc.text`` rebuilds the whole string on every access.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = governing_verb(span)
    if verb is None:
        return None
    if _citation(span):
        return None  # "I stand with Ann Roe (a column, Thursday)": a citation, no tense
    adj = verb.head if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" else None
    tense = _verb_tense(verb)
    if tense is None and adj is not None:
        tense = _adj_tense(adj)
    if tense == "present" and (
        verb.lemma_.lower() in SAY_VERBS or _hangs_from_noun(span) or _noun_between(span, verb)
    ):
        tense = None  # "says Friday" (reporting), "during Monday's debate", "despite defeats
        # on Tuesday, X remains …": the day dates a past event, not the present verb
    hedged = {c.lower_ for c in verb.children if c.tag_ == "MD"} & EPISTEMIC_MODALS
    if tense == "future" and hedged and _hangs_from_noun(span):
        tense = None  # "Monday's debate might not move mountains": a judgement, not a plan
    before = (text if text is not None else doc_text(doc))[max(0, start - 7) : start].lower()
    if re.search(r"\b(?:until|till)\s+$", before) and verb.lemma_.lower() in DEFERRAL_VERBS:
        return "future"  # "has been postponed until Saturday"
    return tense


def _citation(span: Span) -> bool:
    """The day stands inside brackets with no verb of their own outside quotation marks."""
    doc, depth = span.doc, 0
    for i in range(span.start - 1, span.sent.start - 1, -1):
        tok = doc[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            if depth == 0:
                return not _has_verb(doc[tok.i + 1 : _closing_after(span)])
            depth -= 1
    return False


def _has_verb(inside: Span) -> bool:
    """A verb stands in ``inside`` outside any quotation marks."""
    quoted = False
    for tok in inside:
        if tok.text in ('"', "\u201c", "\u201d"):
            quoted = not quoted
        elif not quoted and tok.pos_ in ("VERB", "AUX"):
            return True
    return False


def _closing_after(span: Span) -> int:
    """The index of the ")" closing the bracket ``span`` stands in (the sentence's end if none)."""
    return next((t.i for t in span.doc[span.end : span.sent.end] if t.text == ")"), span.sent.end)


def qualified_noun(doc: Doc, start: int, end: int) -> Token | None:
    """The noun a day qualifies ("debate" in "Monday night's first debate"), else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or not _hangs_from_noun(span):
        return None
    head = span.root.head
    return head if head.pos_ in ("NOUN", "PROPN") and head.i != span.root.i else None


def upcoming(noun: Token, text: str) -> bool:
    """The article frames ``noun``'s event as ahead: "the upcoming debate", "ahead of debate".

    Cues in the noun phrase itself ("Monday's upcoming vote") or anywhere the noun recurs
    ("ahead of the debate", "pre-debate", "the next debate").
    """
    if any(t.lower_ in UPCOMING_WORDS for t in noun.subtree):
        return True
    word = re.escape(noun.lower_)
    return bool(
        re.search(
            rf"\b(?:ahead of|upcoming|in the run-up to|pre-)(?:\s+the|\s+this|\s+next)?\s*{word}",
            text,
            re.IGNORECASE,
        )
    )


def _opens(para: str, i: int) -> bool:
    """A straight single quote opens a quotation only after a space, not inside a word."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < len(para) else " "
    return (before.isspace() or before in "([:\u2014\u2013") and not after.isspace()


def _closes(para: str, i: int, close: str) -> bool:
    after = para[i + 1] if i + 1 < len(para) else " "
    if close == "\u2019":
        return not after.isalpha()  # not an apostrophe: "don\u2019t"
    if close == "'":
        return not after.isalnum() and not para[i - 1].isspace()
    return True


def _reopens(para: str, i: int) -> bool:
    """A straight double quote after a sentence end and a space, before a word: an opener."""
    after = para[i + 1] if i + 1 < len(para) else " "
    return i >= 2 and para[i - 1] == " " and para[i - 2] in ".!?" and after.isalnum()


def _mixed_close(para: str, i: int, close: str) -> bool:
    """A double mark closing a quote opened with a curly single one (an opening single mark,
    "A hundred people left in disgust." Others …): a slip, the quote ends here (not an inner
    quote's opening mark)."""
    after = para[i + 1] if i + 1 < len(para) else " "
    closing = not para[i - 1].isspace() and not after.isalnum()
    return close == "\u2019" and para[i] in '"\u201d' and closing


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch inside quotation marks, within a paragraph."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        open_at, close = -1, ""
        for i, ch in enumerate(para):
            if open_at < 0 and ch in _OPEN:
                if ch in "\u2018'" and not _opens(para, i):
                    continue
                open_at, close = i, _OPEN[ch]
            elif open_at >= 0 and ch == '"' == close and _reopens(para, i):
                # News style leaves a quote unclosed when the next sentence opens another:
                # 'mobbed. "Every week ...': this mark opens, the previous quote ends here.
                spans.append((pos + open_at + 1, pos + i - 1))
                open_at = i
            elif open_at >= 0 and (ch == close or _mixed_close(para, i, close)) and _closes(
                para, i, close
            ):
                spans.append((pos + open_at + 1, pos + i))
                open_at = -1
        if open_at >= 0 and close != "'":  # a quote running to the paragraph's end
            spans.append((pos + open_at + 1, pos + len(para)))
        pos += len(para) + 1
    return spans


def enclosing_quote(quotes: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The quoted stretch containing ``[start, end)``, if any."""
    return next(((s, e) for s, e in quotes if s <= start and end <= e), None)


def woven_quote(text: str, quote: tuple[int, int]) -> bool:
    """True when the quoted words run on from the writer's own clause, in lowercase ("the
    barman was 'sacked this morning'"): the writer tells their time as the story's."""
    qs, qe = quote
    before = text[max(0, qs - 3) : qs - 1]
    return (
        len(before) == 2 and before[0].islower() and before[1] == " "
        and text[qs : qs + 1].islower() and len(text[qs:qe].split()) <= 8
    )


def quoted_document(text: str, quote: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """True when the quoted stretch is an e-mail, letter or note, not speech.

    The cue ("wrote in an e-mail", "the letter said") stands in the sentence around the quote
    or in the text just before it, outside the quotation marks.
    """
    qs, qe = quote
    para_start = text.rfind("\n", 0, qs) + 1
    para_end = text.find("\n", qe)
    para_end = len(text) if para_end < 0 else para_end
    lo = max(para_start, min(qs, sentence[0]) - 200)
    if not text[para_start : qs - 1].strip():  # the quote opens its paragraph
        prev = text[max(0, para_start - 200) : max(0, para_start - 1)].rstrip()
        lo = para_start - 200 if prev.endswith(":") else lo
    around = text[max(0, lo) : qs - 1] + " " + text[qe + 1 : min(para_end, sentence[1] + 80)]
    return bool(DOCUMENT_WORDS.search(around))
