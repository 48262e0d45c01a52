"""A quote run on after a photo caption that lacks its full stop: "Ana Ruiz, pictured, called
it 'sad' 'We will win the next one, I am sure of it.'" The caption's verb and its subject do
not speak the quote; the speech it goes on from does (``quote_inherit``)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.quote_ends import CAPTION, PICTURED
from generator.extract.quote_owners import MARKS, run_into

SHORT_PHRASE = 3  # words of a quoted phrase, not a speech
OPENING = re.compile(r"(?:^|\s)['\"\u2018\u201c]([^'\"\u2018\u201c\u2019\u201d]*)$")


def after_caption(text: str, span: Span, end: int) -> bool:
    """The quote ``span`` (its words end at ``end``) opens right after a bare word, is a
    sentence of its own, and its parsed sentence holds a picture cue before it
    ("(pictured)", "pictured", ", left,")."""
    start = span.start_char
    if not bare_word_before(text, start) or not run_into(text, start, end):
        return False  # not "King, pictured, said: '…' 'Her career …'", a speech going on
    lo = span[0].sent.start_char
    return any(m.search(text, lo, start) for m in (CAPTION, PICTURED))


def bare_word_before(text: str, start: int) -> bool:
    """A word right before the quote's opening mark, or a short quoted phrase ("called it
    'shameful' 'We …'"), not a speech that goes on in new marks ("said: '…' 'Her …'")."""
    head = text[:start].rstrip(" \u00a0")
    head = head[:-1].rstrip(" \u00a0") if head[-1:] in MARKS else head  # the opening mark
    if head[-1:].isalnum():
        return True
    if head[-1:] not in MARKS:
        return False
    opened = OPENING.search(head[:-1])  # the mark that opens the phrase, not "it's"
    return opened is not None and len(opened.group(1).split()) < SHORT_PHRASE
