"""Names whose shape in the text says they are no actor's: a place noun in capitals ("in
States like Ohio"), a headline word opening a description ("Underdog conservative Jo Dee
won"), a prefixed modifier ("Ex-BBC host"), a platform something is posted on ("wrote on
Instagram"), an event's name ("the Great Pillow Fight"), a title named only before its work
noun ("the Talking Point programme"), a character a show follows ("The drama follows Senator
Jo Dee") and an owned word in a headline ("Obama's Legacy")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import OUTLET_HEADS, word_set
from generator.extract.doc_text import doc_text, tokens_of

# Common nouns for kinds of places, capitalised in some texts ("swing States").
_PLACE_PLURALS = word_set("states nations countries provinces counties cities regions towns")
_PREFIXES = re.compile(r"(?:Ex|Pan|Anti|Pro|Non|Pre|Neo|Pseudo)-[A-Z]")
# Verbs and nouns of putting something on a platform: "wrote on X", "a post on X".
_POSTING = word_set(
    "write post share tweet upload publish blog announce reveal message caption comment"
)
_POSTS = word_set("post posts message messages video videos photo photos picture pictures page")
# Last words of names of events and of tracking tools, not of anyone who acts.
_EVENT_HEADS = word_set("debate debates fight fights showdown dashboard tracker podcast")
# Work nouns that may follow a title written without quotes: "the Talking Point programme".
_WORK_AFTER = word_set(
    "show programme program podcast debate series sitcom documentary drama"
)
_CHANNEL_HEADS = word_set(
    "news tv radio channel network television media broadcasting live service corporation"
)
# Works that "follow" the characters they tell of ("stars" takes a real actor).
_WORKS = word_set(
    "drama series show sitcom film movie novel book play comedy thriller soap saga"
)
_TELLING = word_set("follow chronicle depict centre center portray")  # not "stars"


def _occurrences(doc: Doc, word: str) -> list[int]:
    """Character offsets of every case-exact occurrence of ``word`` in the text."""
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc_text(doc))]


def _opens_sentence(text: str, at: int) -> bool:
    """True when offset ``at`` opens a line, a sentence or a quotation."""
    before = text[max(0, at - 4) : at]
    return at == 0 or re.search(r"(?:^|[\n.!?:;\"\u201c\u2018']\s*)$", before) is not None


def place_plural(doc: Doc, span: Span) -> bool:
    """A noun for kinds of places in capitals, not after "the": "in States like Ohio", "the ten
    swing States" ("moved to the States" names a country)."""
    if len(span) != 1 or span.text.lower() not in _PLACE_PLURALS or span.text.isupper():
        return False
    return span.start == 0 or doc[span.start - 1].lower_ != "the"


def opening_descriptor(doc: Doc, span: Span) -> bool:
    """A one-word name that only ever opens a sentence and there modifies an adjective: a
    headline word read as a name ("Underdog conservative Jo Dee won")."""
    if len(span) != 1 or span.label_ == "PERSON":
        return False
    tok = span[0]
    head = tok.head
    if tok.dep_ not in ("compound", "amod", "nmod") or head.tag_ != "JJ" or not head.is_lower:
        return False
    text = doc_text(doc)
    return all(_opens_sentence(text, at) for at in _occurrences(doc, span.text))


def prefixed_modifier(name: str) -> bool:
    """A one-word name under a prefix: "Ex-BBC host", "Pan-European group", "Anti-Trump"."""
    return " " not in name and _PREFIXES.match(name) is not None


def _posting_word(tok: Token) -> bool:
    return tok.lemma_.lower() in _POSTING or tok.lower_ in _POSTS


def posted_on(doc: Doc, span: Span) -> bool:
    """A platform things are put on, at every mention: "Jo wrote on Instagram", "in a post
    on Instagram" (not "Instagram said it would ...")."""
    if len(span) != 1 or span.label_ == "PERSON" or span.text.isupper():
        return False  # "wrote on Hot Air", "said on CNN": an outlet
    hits = [doc[i] for i in tokens_of(doc, span.text)]
    for t in hits or [span[0]]:
        before = doc[t.i - 1] if t.i > 0 else None
        if before is None or before.lower_ not in ("on", "via"):
            return False
        if not _posting_word(before.head):
            return False
    return True


def event_name(name: str) -> bool:
    """An event's or a tool's name by its last word: "the Great Debate Debate", "the
    International Pillow Fight", "the Race Tracker Dashboard"."""
    words = name.split()
    joined = any(w.islower() for w in words)  # "Commission on Presidential Debates": a body
    return len(words) > 1 and not joined and words[-1].lower() in _EVENT_HEADS


def title_before_work(doc: Doc, span: Span) -> bool:
    """A title named only before its work noun: "the BBC's Talking Point programme", "the
    ABC Democratic debate" (not a channel: "a Sky News program", "the BBC show")."""
    if span.label_ == "PERSON" or span.text.isupper() or any(c.isdigit() for c in span.text):
        return False
    last = span.text.split()[-1].lower()
    if last in _CHANNEL_HEADS or last in OUTLET_HEADS:
        return False
    text = doc_text(doc)
    found = _occurrences(doc, span.text)
    for at in found:
        after = re.match(r"\s+([a-z]+)\b", text[at + len(span.text) : at + len(span.text) + 20])
        if after is None or after.group(1) not in _WORK_AFTER:
            return False
    return bool(found)


def followed_character(doc: Doc, span: Span) -> bool:
    """A character a work follows: "The drama follows Secretary Jo Dee", "the series stars
    Jo Dee's rise"; every mention of the name so."""
    if span.label_ != "PERSON":
        return False
    tok = span.root
    while tok.dep_ in ("poss", "compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in _TELLING:
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _WORKS:
        return False
    return len(_occurrences(doc, span.text)) == 1


_SMALL = word_set("a an the of to in on for and or but at by with from as vs is")


def _title_case_line(text: str, at: int) -> bool:
    """True when the line holding offset ``at`` is a headline in title case."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[A-Za-z][\w'\u2019-]*", text[start : end if end >= 0 else None])
    big = [w for w in words if w.lower() not in _SMALL]
    return len(big) >= 4 and sum(w[0].isupper() for w in big) >= 0.8 * len(big)


def headline_word(doc: Doc, span: Span) -> bool:
    """A one-word name seen only in a title-case headline, owned or after a modal or "in":
    "Obama's Legacy", "The Move Could Backfire", "Keep Gains in Check"."""
    if len(span) != 1 or span.text.isupper() or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if prev.tag_ not in ("POS", "MD") and prev.lower_ not in ("in", "'s", "\u2019s"):
        return False
    text = doc_text(doc)
    found = _occurrences(doc, span.text)
    return bool(found) and all(_title_case_line(text, at) for at in found)


def junk_shape(doc: Doc, span: Span, name: str) -> bool:
    """Any shape above."""
    return (
        prefixed_modifier(name)
        or event_name(name)
        or place_plural(doc, span)
        or opening_descriptor(doc, span)
        or posted_on(doc, span)
        or title_before_work(doc, span)
        or followed_character(doc, span)
        or headline_word(doc, span)
    )
