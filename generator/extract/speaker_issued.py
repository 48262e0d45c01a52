"""A text or broadcast that speaks stands for whoever put it out: "Ruiz released an ad that
urges voters to …" → Ruiz, "a fundraising email sent out by Ruiz warned" → Ruiz, "Acme's
campaign sent out a mailer saying" → Acme's campaign. ``sp`` is the article's
``Speakers``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.quote_words import DOCUMENT_NOUNS
from generator.extract.speaker_nouns import MEDIA

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

# verbs of putting a text out, whose subject (or "by" agent) is the one it speaks for
ISSUE_VERBS = frozenset(
    [
        "release", "send", "issue", "air", "run", "post", "publish", "unveil", "launch",
        "write", "tweet", "add", "pen", "circulate", "distribute", "put", "share", "debut",
    ]
)
ISSUED_NOUNS = (DOCUMENT_NOUNS | MEDIA | {"spot", "mailer", "flyer", "text"}) - {
    "poll", "lawsuit", "suit", "complaint", "filing", "indictment", "ruling", "bill",
    "narrator", "transcript", "survey", "study", "analysis", "forecast", "outlook",
}


def _subject(verb: Token) -> Token | None:
    """The active subject of ``verb``, or the object of its "by" agent when passive."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _issuing_verb(head: Token) -> Token | None:
    """The issuing verb ``head`` hangs on: its object ("Ruiz released an ad") or the verb
    of a clause on it ("an email sent out by Ruiz")."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ISSUE_VERBS:
        return head.head
    for child in head.children:
        issuing = child.dep_ == "acl" and child.lemma_.lower() in ISSUE_VERBS
        if issuing and any(c.dep_ == "agent" for c in child.children):
            return child
    return None


def issued_by(sp: Speakers, head: Token) -> str | None:
    """The name of who put out the text ``head`` names, or None where the sentence does not
    say (or names no one the article knows)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ISSUED_NOUNS:
        return None
    verb = _issuing_verb(head)
    if verb is None or sp.inside_quote(verb.idx):
        return None
    subj = _subject(verb)
    if subj is None or subj.i == head.i or sp.inside_quote(subj.idx):
        return None
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in ISSUED_NOUNS:
        return None
    return sp.name_of(subj)
