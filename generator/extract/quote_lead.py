"""A quote introduced by a colon after a clause whose subject is a named person, with no
speech verb: "Ruiz apologised for the delay: “It was my mistake.”" (the subject speaks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

    from generator.extract.speakers import Speakers

# verbs whose subject takes in words of others, and linking verbs: no speaker
NOT_OWN = frozenset(
    {"ask", "hear", "receive", "get", "read", "see", "face", "find", "learn", "show", "include",
     "feature", "be", "seem", "become", "remain", "have", "watch", "listen", "meet", "greet"}
)
OTHERS_WORDS = frozenset(
    {"question", "questions", "headline", "sign", "signs", "banner", "slogan", "chant", "chants",
     "message", "messages", "letter", "note", "reply", "response", "answer", "warning"}
)


def colon_clause(sp: Speakers, start: int, lo: int) -> Span | None:
    """The clause before the colon right before the quote mark at ``start`` (``lo``: the
    paragraph start), or None when no colon stands there."""
    before = sp.text[lo : start - 1].rstrip()
    if not before.endswith(":") or sp.inside_quote(lo + len(before) - 1):
        return None
    colon = sp.token_at(lo + len(before) - 1)
    if colon is None or colon.text != ":":
        return None
    return colon.doc[colon.sent.start : colon.i]


def colon_subject(sp: Speakers, start: int, lo: int) -> str | None:
    """The person named as subject of the sentence that ends in a colon right before the
    quote mark at ``start`` (``lo``: the paragraph start), when its main verb is active and
    not one of taking in others' words ("was asked:", "read a sign:", "is Ruiz:")."""
    lead = colon_clause(sp, start, lo)
    if lead is None:
        return None
    tops = [t for t in lead if t.head.i == t.i or not lead.start <= t.head.i < lead.end]
    verbs = [t for t in tops if t.pos_ == "VERB"]
    if len(verbs) != 1 or verbs[0].lemma_.lower() in NOT_OWN:
        return None
    root = verbs[0]
    if any(c.dep_ in ("nsubjpass", "auxpass", "expl") for c in root.children):
        return None
    if any(c.dep_ in ("dobj", "attr") and c.lower_ in OTHERS_WORDS for c in root.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or sp.inside_quote(subj.idx):
        return None
    actor = sp.actor_at(subj.idx, subj.idx + len(subj.text))
    return actor.name if actor is not None and actor.kind == "person" else None
