"""Which page furniture hides a figure: whole boilerplate lines do, run-in captions do not.

A one-paragraph article (news pages flattened into a line) carries its photo captions in the
running text ("Slow response: crews took 30 minutes to arrive"). Those captions are marked as
furniture so that they do not feed actors or quotes, but a figure in a caption is still a figure
of the story: only figures on boilerplate lines (link headlines, bylines, "Related:" lines) are
dropped.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity
from generator.furniture import line_spans, merge_spans
from generator.model import Article


def figure_furniture(article: Article) -> Article:
    """``article`` with only the furniture that hides figures: the furniture spans that overlap
    a boilerplate line (run-in captions and video prompts inside a paragraph are left out)."""
    if not article.furniture:
        return article
    lines = merge_spans(line_spans(article.text))
    kept = tuple((s, e) for s, e in article.furniture
                 if any(ls < e and s < le for ls, le in lines))
    return article if kept == article.furniture else replace(article, furniture=kept)


def repeat_key(doc: Doc, sent: Span, q: Quantity) -> tuple[str, ...]:
    """A figure's words with three words either side: equal keys mark a repeated sentence
    (news captions repeat a sentence of the story)."""
    before = [t.lower_ for t in doc[sent.start:q.start] if not t.is_punct][-3:]
    after = [t.lower_ for t in doc[q.end:sent.end] if not t.is_punct][:3]
    return (doc[q.start:q.end].text.lower(), *before, "|", *after)
