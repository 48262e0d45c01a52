"""A document that speaks stands for its author: "a report published by Acme said" → Acme,
"the book said" after "Ruiz wrote a memoir" → Ruiz, "the memo states" where the article says
"the document, prepared by the Acme Institute". ``sp`` is the article's ``Speakers``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.quote_words import DOCUMENT_NOUNS
from generator.extract.speaker_epithets import issuer
from generator.extract.speaker_nouns import sender

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

# verbs of making a text, whose agent or subject is its author
AUTHOR_VERBS = frozenset(
    [
        "prepare", "write", "publish", "produce", "compile", "draft", "author", "issue",
        "release", "commission", "pen", "draw", "file", "bring",
    ]
)
# verbs of sending a text, whose sender wrote it: "an email was sent from Ruiz"
SENDING_VERBS = AUTHOR_VERBS | frozenset(["send", "post", "circulate", "forward"])
# texts of one kind: a book is also "the memoir"; a memo is also "the document"
BOOKS = frozenset(["book", "memoir", "autobiography", "biography", "novel"])
PAPERS = frozenset(
    ["report", "memo", "document", "paper", "study", "analysis", "briefing", "dossier"]
)
ARTICLES = frozenset(["article", "editorial", "column"])  # written by a paper
SUITS = frozenset(["suit", "lawsuit", "complaint"])  # "the suit reads": whoever filed it
TEXT_NOUNS = DOCUMENT_NOUNS | BOOKS | PAPERS | ARTICLES | SUITS


def _family(lemma: str) -> frozenset[str]:
    for family in (BOOKS, PAPERS, ARTICLES, SUITS):
        if lemma in family:
            return family
    return frozenset({lemma})


def made_by(noun: Token) -> Token | None:
    """The author of a text noun in its own phrase: "a report published by Acme", "the
    document - prepared by Acme -"."""
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl") or child.lemma_.lower() not in AUTHOR_VERBS:
            continue
        for agent in (c for c in child.children if c.dep_ == "agent"):
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _wrote(noun: Token) -> Token | None:
    """ "Ruiz wrote a memoir": the subject of an authoring verb whose object is the text."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in AUTHOR_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _sent_from(noun: Token) -> Token | None:
    """ "an email was sent from the club's director, Ana Ruiz": who sent the text, the
    object of "from"/"by" on the passive verb whose subject it is."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.lemma_.lower() not in SENDING_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ in ("prep", "agent")):
        if prep.lower_ in ("from", "by"):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _paper(sp: Speakers, noun: Token) -> str | None:
    """The organisation named as an article's owner: "a Daily Post article", "the Post's
    column"."""
    if noun.lemma_.lower() not in ARTICLES:
        return None
    for child in noun.children:
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN":
            actor = sp.actor_at(child.idx, child.idx + len(child.text))
            if actor is not None and actor.kind == "organization":
                return actor.name
    return None


def actor_in(sp: Speakers, tok: Token | None) -> str | None:
    """The actor a noun phrase names: its head, else a name in it ("UK-based consultancy
    Acme"), never a place."""
    if tok is None or sp.inside_quote(tok.idx):
        return None
    heads = [tok] + [t for t in tok.subtree if t.pos_ == "PROPN" and t.i != tok.i]
    for t in heads:
        actor = sp.actor_at(t.idx, t.idx + len(t.text))
        if actor is not None and actor.kind != "place":
            return actor.name
    return None


def document_author(sp: Speakers, head: Token) -> str | None:
    """The actor who wrote the text ``head`` names: named in its own phrase, else the author
    of the last text of its kind before it, else the one author the article gives any text
    of its kind (named before or after). None when the article names no author."""
    lemma = head.lemma_.lower()
    own = actor_in(sp, made_by(head))
    if own is not None:
        return own
    family = _family(lemma)
    earlier, anywhere = None, set()
    for tok in sp.doc:
        if tok.lemma_.lower() not in family or sp.inside_quote(tok.idx) or tok.i == head.i:
            continue
        name = actor_in(sp, made_by(tok)) or actor_in(sp, _wrote(tok)) or _paper(sp, tok)
        if name is None:
            continue
        anywhere.add(name)
        if tok.i < head.i:
            earlier = name
    if earlier is not None:
        return earlier
    return anywhere.pop() if len(anywhere) == 1 else None


def sent_before(sp: Speakers, head: Token) -> str | None:
    """ "An email was sent from the club's director, Ana Ruiz. The email said …": the sender
    of the same kind of text in the two sentences before."""
    lemma = head.lemma_.lower()
    first = head.sent.start
    for _ in range(2):
        if first == 0:
            break
        first = sp.doc[first - 1].sent.start
    for tok in reversed(sp.doc[first : head.sent.start]):
        if tok.lemma_.lower() == lemma and not sp.inside_quote(tok.idx):
            name = actor_in(sp, _sent_from(tok))
            if name is not None:
                return name
    return None


def text_author(sp: Speakers, head: Token) -> str | None:
    """Who wrote the text that speaks: named in its phrase, the issuer of the statement,
    the sender of the message, else the article's author of a text of its kind."""
    own = actor_in(sp, made_by(head))
    if own is not None:
        return own
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        name = issuer(sp, head)
        if name is not None:
            return name
        actor = sender(sp, head)
        if actor is not None:
            return actor.name
    return document_author(sp, head)


# what "It read:" may point back to: a text, or a thing written on ("a fax", "a card")
WRITTEN = TEXT_NOUNS | frozenset(["fax", "card", "telegram", "sign", "placard"])
TEXT_VERBS = frozenset(["read", "say", "state", "add", "note", "warn", "conclude"])


def it_text_author(sp: Speakers, it: Token, depth: int = 0) -> str | None:
    """ "Ruiz faxed her children. It read: …": the author of the text the sentence before
    ends on (its last text noun), when "it" is the subject of reading or saying; through a
    chain of such sentences ("The report … states … It also states … It reads: …")."""
    verb = it.head
    if it.dep_ != "nsubj" or verb.lemma_.lower() not in TEXT_VERBS or it.sent.start == 0:
        return None
    before = sp.doc[it.sent.start - 1].sent
    nouns = [t for t in before if t.pos_ == "NOUN" and not sp.inside_quote(t.idx)]
    if not nouns or nouns[-1].lemma_.lower() not in WRITTEN:
        nouns = [t for t in nouns if t.dep_ in ("dobj", "nsubj", "nsubjpass")]
    text = next((t for t in reversed(nouns) if t.lemma_.lower() in WRITTEN), None)
    if text is None:
        again = next((t for t in before if t.lower_ == "it" and t.dep_ == "nsubj"
                      and t.head == before.root), None)  # "It also states …"
        return it_text_author(sp, again, depth + 1) if again is not None and depth < 3 else None
    author = text_author(sp, text)
    if author is None and (actor := sender(sp, text)) is not None:
        author = actor.name  # "sent a fax": whoever sent it
    return author

