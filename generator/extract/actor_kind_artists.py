"""Cues that a name is a music act's (a singer or a band, not a firm): "the Larks' latest
album", "new albums by the Larks", "Jo Dee's hit Paper Boats"; and a brand spelt with "!"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.actor_artists_recall import WIN_VERBS, artist_runs, music_story
from generator.extract.actor_words import word_set
from generator.extract.doc_text import doc_text

# What a music act puts out: "Jo Dee's new single", "albums by the Larks".
_RECORDS = word_set("album albums single singles song songs hit hits track tracks debut ep")
# What any maker puts out; a music act's only in a sentence about records.
_OFFERINGS = word_set("offering offerings release releases")
_MUSIC = word_set("album albums single singles song songs track tracks")
_PLAIN = frozenset({"ADJ", "NOUN", "NUM", "ADV"})


def _music_sentence(tok: Token) -> bool:
    return any(t.lower_ in _MUSIC for t in tok.sent)


def _record_noun(tok: Token) -> bool:
    """A record ("album") or, in a sentence about records, an offering ("latest offering")."""
    low = tok.lower_
    return low in _RECORDS or (low in _OFFERINGS and _music_sentence(tok))


def owns_a_record(doc: Doc, end: int) -> bool:
    """The name at tokens ending at ``end`` holds a record: "Jo Dee's latest album", "the
    Larks' 1990s hit", "Jo Dee's Paper Boats" (a quoted or titled work in a music sentence)."""
    if end >= len(doc) or doc[end].tag_ != "POS":
        return False
    k = end + 1
    while k < len(doc) and k < end + 4 and doc[k].is_lower and doc[k].pos_ in _PLAIN:
        if _record_noun(doc[k]):
            return True
        k += 1
    if k < len(doc) and doc[k].is_lower and _record_noun(doc[k]):
        return True  # "Jo Dee's hit": "hit" read as a verb
    if k != end + 1 or k >= len(doc):
        return False
    titled = doc[k].text[:1].isupper() and doc[k].ent_type_ in ("", "WORK_OF_ART")
    return titled and _music_sentence(doc[k])


def records_by(doc: Doc, start: int, end: int) -> bool:
    """The name is who made the records: "new albums by the Larks", "the single by Jo Dee"."""
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    by = root.head
    return root.dep_ == "pobj" and by.lower_ == "by" and by.head.lower_ in _RECORDS


# Words of a sentence about prizes for records: "shared the award with Jo Dee for Red Sky".
_PRIZE_WORDS = word_set("award awards best grammy grammys prize prizes")


def credited_for(doc: Doc, end: int) -> bool:
    """The name is credited with a titled record in a prize sentence: "shared the award with
    Jo Dee for Paper Boats", "went to Jo Dee for Daughters" (not "won gold for Britain")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for":
        return False
    title = doc[end + 1]
    if not title.text[:1].isupper() or title.ent_type_ in ("GPE", "NORP", "PERSON", "LOC"):
        return False
    return any(t.lower_ in _PRIZE_WORDS for t in title.sent)


def music_act(doc: Doc, start: int, end: int) -> bool:
    """Any cue that the name at tokens ``start:end`` is a singer's or a band's."""
    return owns_a_record(doc, end) or records_by(doc, start, end) or credited_for(doc, end)


def bang_brand(doc: Doc, end: int) -> bool:
    """A name spelt with a glued "!" before a noun is a brand or a title, not a place or a
    person: "a poll of Wham! magazine readers", "Zap! editor Jo Dee" (not "Help! and")."""
    if end + 1 >= len(doc) or doc[end].text != "!" or doc[end - 1].whitespace_:
        return False
    nxt = doc[end + 1]
    return nxt.is_alpha and nxt.is_lower and nxt.pos_ == "NOUN"


# Posts only a band has, after its name: "the Larks frontman Jo Dee", "Larks lead singer".
_BAND_POSTS = word_set("frontman frontwoman front-man")
_LEAD_POSTS = word_set("singer vocalist")
# Prize categories only a band wins: "picked up best international band".
_BAND_CATEGORIES = word_set("band bands group duo trio")


def _band_post(doc: Doc, end: int) -> bool:
    """A band post right after the name: "Larks frontman", "Larks lead singer"."""
    if end >= len(doc):
        return False
    if doc[end].lower_ in _BAND_POSTS:
        return True
    pair = doc[end : end + 2]
    return len(pair) == 2 and pair[0].lower_ == "lead" and pair[1].lower_ in _LEAD_POSTS


def _band_category(doc: Doc, start: int, end: int) -> bool:
    """The name wins a category only a band can: "the Larks picked up best Irish band"."""
    root = doc[start:end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in WIN_VERBS:
        return False
    window = doc[verb.i + 1 : verb.i + 6]
    for k, tok in enumerate(window):
        if tok.lower_ in _BAND_CATEGORIES and any(t.lower_ == "best" for t in window[:k]):
            return True
    return False


def band_cue(doc: Doc, start: int, end: int) -> bool:
    """A cue that the name at tokens ``start:end`` is a band's, however like a person's it
    reads: a frontman or lead singer after it, or a category only a band wins."""
    return _band_post(doc, end) or _band_category(doc, start, end)


# Nouns for one performer that open a name: "R&B star Jo Dee", "rapper Jo Dee".
_SOLO_NOUNS = word_set("rapper singer star singer-songwriter rocker diva crooner newcomer")


def solo_act(doc: Doc, start: int, end: int) -> bool:
    """A cue that the name at tokens ``start:end`` is one performer's: a solo noun right
    before it ("R&B star Jo Dee"), or, in a music story, one of a list of acts among people's
    names ("U2, Jo Dee, Ann Lee and Tom Reed got three each")."""
    if start and doc[start - 1].lower_ in _SOLO_NOUNS:
        return True
    if not music_story(doc):
        return False
    return any(s == start and e == end and lab == "PERSON" for s, e, lab in artist_runs(doc))


def solo_named(doc: Doc, forms: list[str]) -> bool:
    """In a music story, a name the text writes after a solo noun, "The" allowed between:
    "newcomer The Hound's debut", "rapper Ten Pence" (one performer, not a place)."""
    if not music_story(doc):
        return False
    nouns = "|".join(sorted(_SOLO_NOUNS | {"protege", "protégé"}))
    return any(
        re.search(rf"\b(?i:{nouns})\s+(?:The\s+)?{re.escape(f)}\b", doc_text(doc)) for f in forms
    )
