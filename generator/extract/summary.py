"""Title, description and summary (placeholder: to be replaced)."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.model import Article


def _content_sentences(article: Article, doc: Doc) -> list[str]:
    return [s.text.strip() for s in doc.sents if s.text.strip() and not article.is_furniture(s.start_char, s.end_char)]


def title(article: Article, doc: Doc) -> str:
    """The seed's own title, else the lede's first sentence."""
    if article.title:
        return article.title
    sents = _content_sentences(article, doc)
    return sents[0] if sents else article.path.stem


def description(article: Article, doc: Doc) -> str:
    """One sentence."""
    sents = _content_sentences(article, doc)
    return sents[0] if sents else ""


def summary(article: Article, doc: Doc) -> str:
    """Two to four sentences taken from the article."""
    return " ".join(_content_sentences(article, doc)[:3])
