"""A poll's results told over several sentences and paragraphs: "A Acme poll found ... 61
percent said no. // Only 14 percent were unsure. // Asked who ..., 48 percent named Lee." Each
share with no source of its own, in an unbroken run of sentences that all give shares, is the
poll's that the run starts from; a paragraph whose share names its own group ("41 percent of
teachers") starts no part of the run."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_cues import POLL_NOUNS

SHARE_WORDS = {"percent", "%", "cent", "pct"}
MAX_BACK = 6  # sentences a run may reach back


def _gives_share(sent: Span) -> bool:
    """Whether a sentence states a share ("14 percent", "9%")."""
    return any(t.lower_ in SHARE_WORDS or (t.text.endswith("%") and t.text[:1].isdigit())
               for t in sent)


def _own_group(sent: Span) -> bool:
    """Whether a share of the sentence names whom it is a share of ("41 percent of teachers")."""
    return any(t.lower_ in SHARE_WORDS and any(c.dep_ == "prep" and c.lower_ == "of"
                                               for c in t.children) for t in sent)


def _poll_words(sent: Span):
    return [t for t in sent if t.lemma_.lower() in POLL_NOUNS or t.lower_ in POLL_NOUNS]


def poll_run_source(sources, sent: Span, num: int) -> str | None:
    """The named poll a share belongs to when every sentence between it and the sentence citing
    that poll gives a share too (paragraph breaks allowed; quotations break the run)."""
    doc: Doc = sources.doc
    if sent.start == 0 or sources.inside_quote(doc[num].idx):
        return None
    cur = sent
    for _ in range(MAX_BACK):
        if cur.start == 0:
            return None
        prev = doc[cur.start - 1].sent
        if "\n" in doc[prev.end - 1:cur.start + 1].text and _own_group(cur):
            return None  # a new paragraph's "41 percent of teachers": maybe another count
        if sources.inside_quote(prev.start_char) or sources.inside_quote(prev.end_char - 1):
            return None
        polls = _poll_words(prev)
        for tok in polls:
            named = sources._owner_name(tok)
            if named is not None:
                return named
        if polls or not _gives_share(prev):
            return None  # an unnamed poll, or a sentence with no share: the run ends
        cur = prev
    return None
