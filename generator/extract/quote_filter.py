"""Which quoted regions are someone's words: not a scare-quoted term, a title, a name used as
a modifier ("the "don't ask" policy") or a label ("a "fix it or ditch it" approach"). Single
marks hold a quote only when they hold a clause or a speech verb follows them. Also the speech
verb that governs a quote in the parse (``ancestor_cue``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.quote_marks import SENTENCE_END, Region
from generator.extract.quote_words import DOCUMENT_NOUNS
from generator.extract.speakers import Speakers

WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")
MIN_WORDS = 3
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
    ]
)
_SMALL = "a an the of and or nor but in on at to for by with from as into upon vs via de"
TITLE_SMALL = frozenset(_SMALL.split())
MOD_HEADS = frozenset({"compound", "nsubj", "dobj", "pobj"})
# a programme or publication named after "on"/"told" ("appeared on Channel Nine's "Up and At It."")
SHOWN_ON = re.compile(r"\b(?:on|told)(?:\s+[A-Z][\w.]*)*(?:['\u2019]s)?$")
WRITTEN = DOCUMENT_NOUNS | {"caption", "words", "headline"}  # what a colon can introduce
NAMING = re.compile(r"(?:so-called|dubbed|named|titled|entitled|nicknamed|known as)\s*$", re.I)


def is_quote(doc: Doc, r: Region, speakers: Speakers) -> bool:
    """Someone's words rather than a scare-quoted term, a title or a name: three words or
    more, a two-word clause, or a shorter quote ending reported speech (are “incompatible.”)."""
    text = speakers.text
    inner = text[r.start : r.end]
    words = WORD.findall(inner)
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if not words or span is None:
        return False
    ends_sentence = inner.rstrip(",")[-1:] in SENTENCE_END
    clause = any(t.dep_ in ("nsubj", "nsubjpass") for t in span)
    if (
        len(words) < MIN_WORDS
        and not clause
        and (r.single or not ends_sentence or ancestor_cue(speakers, span) is None)
        and not _short_reply(speakers, r, inner)
    ):
        return False
    long_words = [w for w in words if len(w) > 3]
    before = text[max(0, r.start - 40) : r.start - 1].rstrip()
    named = len(words) >= 2 and SHOWN_ON.search(before) is not None
    if (len(long_words) >= 2 or named) and _title_case(words):
        first_break = text.find("\n")  # a headline is a first line with more text after it
        headline = 0 <= r.start < first_break < len(text.rstrip())
        if not (headline and ends_sentence) and not (ends_sentence and _colon_cue(speakers, r)):
            return False  # a title: "The Art of the Deal", on "Fox and Friends."
    if NAMING.search(before):
        return False
    if r.single and (len(words) < MIN_WORDS or not (_clause(span) or _cued(speakers, r))):
        return False  # single marks: only a clause, or words a speech verb reports
    prev_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    nxt = doc.char_span(r.end + 1, min(len(text), r.end + 40), alignment_mode="expand")
    after = nxt[0] if nxt is not None and len(nxt) and not nxt[0].is_space else None
    modifier = after is not None and after.pos_ in ("NOUN", "PROPN") and after.dep_ in MOD_HEADS
    # a name used as a modifier: the "don't ask, don't tell" policy
    if prev_word in DETERMINERS and not ends_sentence and modifier:
        return False
    label = after is not None and after.pos_ == "NOUN" and after.text[:1].islower()
    # a label for a policy: a "fix it or ditch it" approach, unless a speech verb governs it
    return not (
        prev_word in ("a", "an")
        and label
        and not ends_sentence
        and ancestor_cue(speakers, span, max_depth=2) is None
    )


def _short_reply(speakers: Speakers, r: Region, inner: str) -> bool:
    """A whole short utterance with its cue right after it: "“Yes, sir,” he said." (it opens
    its sentence with a capital and ends with a comma or a stop, in double marks, and no
    quotation resumes after the cue)."""
    if r.single or not inner[:1].isupper() or inner.rstrip()[-1:] not in ",.?!":
        return False
    lead = speakers.text[max(0, r.start - 3) : r.start - 1].strip()
    if lead and lead[-1] not in ".?!\"\u201d":
        return False
    span = speakers.doc.char_span(r.start, r.end, alignment_mode="expand")
    sent_end = span[-1].sent.end_char if span is not None else r.end
    if any(ch in "\"\u201c" for ch in speakers.text[r.end + 1 : sent_end]):
        return False  # "“But,” he added, “…”": the opening words of a split quote
    return _cued(speakers, r)


def _clause(span: Span) -> bool:
    """The words hold a subject or a finite verb ("we won", "there is no …")."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    return any(
        t.dep_.startswith("nsubj") or t.dep_ in ("expl", "csubj") or t.tag_ in finite
        for t in span
    )


def _cued(speakers: Speakers, r: Region) -> bool:
    """A speech verb follows the closing mark within a few words ("…,' he said") or comes
    right before the opening one ("she says: 'Go home.'")."""
    text = speakers.text
    lead = text[max(0, r.start - 12) : r.start - 1]
    if lead.rstrip().endswith((":", ",")):
        before = speakers.doc.char_span(
            max(0, r.start - 60), r.start - 1, alignment_mode="expand"
        )
        words = [t for t in before or [] if not (t.is_punct or t.is_space)]
        if words and speakers.is_cue(words[-1]):
            return True
        if words and lead.rstrip().endswith(":") and words[-1].lemma_.lower() in WRITTEN:
            return True  # posted it with the caption: 'Best view in town.'
    if r.closed and text[r.start : r.end].rstrip()[-1:] in ",.?!":
        after = speakers.doc.char_span(
            r.end + 1, min(len(text), r.end + 50), alignment_mode="expand"
        )
        for tok in list(after or [])[:5]:
            if (tok.is_sent_start and tok.idx > r.end + 1) or tok.text in ".;":
                break
            if speakers.is_cue(tok):
                return True
    return False


def _colon_cue(speakers: Speakers, r: Region) -> bool:
    """A speech verb and a colon right before the opening mark: "Kerr added: 'Only in Leeds.'"
    is speech, not a title."""
    lead = speakers.text[max(0, r.start - 40) : r.start - 1].rstrip()
    if not lead.endswith(":"):
        return False
    span = speakers.doc.char_span(max(0, r.start - 40), r.start - 1, alignment_mode="expand")
    words = [t for t in span or [] if not (t.is_punct or t.is_space)]
    return bool(words) and speakers.is_cue(words[-1])


def _title_case(words: list[str]) -> bool:
    """A title's words are capitalised but for short function words ("The Art of the Deal");
    "This is not a Lehman" is a sentence."""
    return all(w[0].isupper() or w.lower() in TITLE_SMALL for w in words if w[0].isalpha())


def ancestor_cue(speakers: Speakers, span: Span, max_depth: int = 99) -> Token | None:
    """The nearest speech verb outside the quote that governs its words in the parse
    (at most ``max_depth`` steps up)."""
    inside = range(span.start, span.end)
    best: tuple[int, Token] | None = None
    for tok in span:
        if (tok.head.i in inside and tok.head != tok) or tok.is_quote:
            continue  # a nested quote's mark hangs on anything: 'He said, "Go."' Ruiz said …
        for depth, anc in enumerate(tok.ancestors):
            if anc.i in inside:
                continue
            if depth >= max_depth:
                break
            if speakers.is_cue(anc):
                if best is None or depth < best[0]:
                    best = (depth, anc)
                break
    return best[1] if best else None
