"""A poll's results told over several sentences and paragraphs: "A Acme poll found ... 61
percent said no. // Only 14 percent were unsure. // Asked who ..., 48 percent named Lee." Each
share with no source of its own, in a run of sentences that give shares or tell of "the
poll" again (one sentence with neither, on those asked, may stand among them), is the
poll's that the run starts from; a paragraph whose share names its own group ("41 percent of
teachers", but not "of likely voters") starts no part of the run."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.number_cues import POLL_NOUNS

SHARE_WORDS = {"percent", "%", "cent", "pct"}
MAX_BACK = 10  # sentences a run may reach back
MAX_GAPS = 1  # sentences in it that give no share


# Whom a poll asks: "48 percent of likely voters" is still the poll's share
RESPONDENTS = frozenset({"voters", "respondents", "adults", "those"})


def _gives_share(sent: Span) -> bool:
    """Whether a sentence states a share ("14 percent", "9%", "eight of 10 voters")."""
    doc = sent.doc
    return any(
        t.lower_ in SHARE_WORDS
        or (t.text.endswith("%") and t.text[:1].isdigit())
        or (t.like_num and t.i + 2 < sent.end and doc[t.i + 1].lower_ == "of"
            and doc[t.i + 2].like_num)
        for t in sent
    )


def _own_group(sent: Span) -> bool:
    """Whether a share of the sentence names whom it is a share of ("41 percent of teachers"),
    other than the people a poll asks ("of likely voters")."""
    return any(
        t.lower_ in SHARE_WORDS
        and any(c.dep_ == "prep" and c.lower_ == "of" and not _respondents(c) for c in t.children)
        for t in sent
    )


def _respondents(of: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lower_ in RESPONDENTS for c in of.children)


def _the_poll(polls: list[Token]) -> bool:
    """ "The poll indicates …": the poll already named, told of again."""
    return all(any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and not any(
        c.dep_ in ("compound", "poss", "amod") for c in t.children) for t in polls)


def _poll_words(sent: Span):
    return [t for t in sent if t.lemma_.lower() in POLL_NOUNS or t.lower_ in POLL_NOUNS]


def poll_run_source(sources, sent: Span, num: int) -> str | None:
    """The named poll a share belongs to when every sentence between it and the sentence citing
    that poll gives a share too (paragraph breaks allowed; quotations break the run)."""
    doc: Doc = sources.doc
    if sent.start == 0 or sources.inside_quote(doc[num].idx):
        return None
    cur, gaps = sent, MAX_GAPS
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
        if polls and not _the_poll(polls):
            return None  # another, unnamed poll: the run ends
        if not polls and not _gives_share(prev):
            if gaps == 0 or not any(t.lower_ in RESPONDENTS for t in prev):
                return None  # a sentence with no share, not on those asked: the run ends
            gaps -= 1  # "Among registered voters, Lee and Hill are tied."
        cur = prev
    return None
