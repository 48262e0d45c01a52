"""Music acts the tagger misses or mislabels ("50 Cent" as money, "Green Day" as a date,
"Maroon 5" as an event, "Usher" untagged): names after an act noun ("rapper Ten Pence",
"pop act Maroon Five"), one untagged name in a list of people ("U2, Usher, Jo Dee and Ann
Lee"), an act holding a record in a chart sentence ("Green Fields' new single"), and the
winner of a "best ..." category ("Westwind won the award for best pop act")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_artists_works import chart_sentence
from generator.extract.actor_countries import is_country
from generator.extract.actor_spans import bare, is_junk_word
from generator.extract.actor_words import HONORIFICS, ORG_HEADS, TITLE_NOUNS, word_set

# Entity labels that already make a name an actor's; the rest may hide one ("50 Cent": MONEY).
_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# Nouns for a solo act, then for a band, that open its name: "rapper X", "pop rock act X".
_SOLO_NOUNS = word_set("rapper singer star singer-songwriter rocker diva crooner dj newcomer")
_BAND_NOUNS = word_set("band act group duo trio quartet outfit")
# Act nouns a tagger takes into the name they open: "Rapper Ten Pence" (not "Band Aid").
_LEAD_NOUNS = word_set("rapper singer singer-songwriter rocker diva crooner")
# Words of a music story: lists of names in one are lists of acts.
_MUSIC_WORDS = word_set(
    "album albums single singles song songs chart charts band bands singer singers rapper "
    "rappers track tracks gig gigs grammy grammys"
)
# Keys of what is worked out once per document, in ``doc.user_data``.
_MUSIC_KEY = "briefings.music_story"
_RUNS_KEY = "briefings.artist_runs"
# Verbs of winning a prize: "Jo Dee picked up best newcomer".
WIN_VERBS = word_set("win pick collect take scoop land receive")
# Verbs of beating rivals to a category: "Jo Dee beat Ann Lee to best female".
_BEATS = word_set("beat pip edge")


def _act_led(tok: Token) -> bool:
    """A token of an entity that opens with an act noun: "Rapper Ten Pence" read whole."""
    if tok.ent_type_ not in _NAMED or tok.ent_iob_ == "B":
        return False
    k = tok.i
    while k > 0 and tok.doc[k].ent_iob_ != "B":
        k -= 1
    return tok.doc[k].lower_ in _LEAD_NOUNS


def _free(tok: Token, placed: bool = False) -> bool:
    """A token no name entity holds, written as part of a name (``placed``: or one read as a
    place's, "Morrissey beat ..." taken for a town)."""
    misread = placed and tok.ent_type_ in ("GPE", "LOC")
    if tok.ent_type_ in _NAMED and not (_act_led(tok) or misread):
        return False
    word = bare(tok.text)
    if tok.is_stop or (len(tok.text) < 2 and not tok.is_digit):
        return False  # "They won best band", "Group A"
    if word in TITLE_NOUNS | HONORIFICS | _SOLO_NOUNS | _BAND_NOUNS or is_junk_word(tok.text):
        return False
    return tok.is_title or tok.text.isupper() or (tok.like_num and tok.is_digit)


def _run(doc: Doc, start: int, placed: bool = False) -> int:
    """The end of a run of name words from ``start``: title-case words and numbers, one of
    them a word ("50 Cent", "Maroon 5"), none holding a possessive."""
    k = start
    while k < len(doc) and k - start < 4 and _free(doc[k], placed) and doc[k].tag_ != "POS":
        k += 1
    if not any(t.is_alpha for t in doc[start:k]):
        return start
    return k


def _after_act_noun(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """A name after a lowercase act noun: "rapper Ten Pence", "pop rock act Maroon Five"."""
    noun = doc[i - 1] if i else None
    if noun is None or not (noun.is_lower or _act_led(doc[i])):
        return None
    solo, band = noun.lower_ in _SOLO_NOUNS, noun.lower_ in _BAND_NOUNS
    if not (solo or band) or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    end = _run(doc, i, placed=True)  # "pop act Maroon 9" read as a place
    if end == i or is_country(doc[i:end].text):
        return None
    return i, end, "PERSON" if solo else "ORG"


def _listed(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """One untagged name among people's names in a list: "U2, Usher, Jo Dee and Ann Lee"."""
    if doc[i].pos_ != "PROPN" or doc[i].is_sent_start or not _free(doc[i]):
        return None
    end = _run(doc, i)
    if end == i or end >= len(doc) or bare(doc[end - 1].text) in ORG_HEADS:
        return None  # "Dagenham and Redbridge Football Club"
    if any(t.text == ":" for t in doc[i].sent):
        return None  # a team sheet: "Everton: Wright, Pistone, Weir, ..."
    before, after = doc[i - 1], doc[end]
    if before.text not in (",", "and") or after.text not in (",", "and"):
        return None
    near = [doc[i - 2] if i >= 2 else None, doc[end + 1] if end + 1 < len(doc) else None]
    people = sum(t is not None and t.ent_type_ == "PERSON" for t in near)
    return (i, end, "PERSON") if people else None


def _owner_in_chart(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """An act holding a title or a record in a chart sentence: "Green Fields' Broken Roads is
    number two", "Westwind's new single" (the name not tagged as a name)."""
    if i and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start:
        return None  # the middle of a longer name
    end = _run(doc, i)
    if end == i or end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return None
    if doc[end].text in ("'", "\u2019") and not doc[end - 1].text.endswith("s"):
        return None  # "the blonde Filipino' Ms Moon": a closing quote
    nxt = doc[end + 1]
    if not (nxt.text[:1].isupper() or nxt.lower_ in ("new", "latest", "debut")):
        return None
    return (i, end, "ORG") if chart_sentence(doc[i]) else None


def _category_winner(doc: Doc, i: int) -> tuple[int, int, str] | None:
    """The untagged winner of a "best ..." category: "Westwind won the award for best pop
    act" (a band when the category is one for acts or bands)."""
    end = _run(doc, i, placed=True)
    if end == i:
        return None
    root = doc[i:end].root
    verb = root.head
    wins = verb.lemma_.lower() in WIN_VERBS | _BEATS
    if root.dep_ != "nsubj" or not wins or verb.i < end or is_country(doc[i:end].text):
        return None
    window = doc[verb.i + 1 : verb.i + 9]
    best = [k for k, t in enumerate(window) if t.lower_ == "best"]
    if not best:
        return None
    band = any(t.lower_ in _BAND_NOUNS for t in window[best[0] :])
    return i, end, "ORG" if band else "PERSON"


def music_story(doc: Doc) -> bool:
    """The text speaks of records, charts and bands three times or more (worked out once)."""
    found = doc.user_data.get(_MUSIC_KEY)
    if found is None:
        found = doc.user_data[_MUSIC_KEY] = sum(t.lower_ in _MUSIC_WORDS for t in doc) >= 3
    return found


def artist_runs(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of music acts' names the tagger missed or mislabelled, in text
    order: after an act noun in any text, by the other cues in a music story only (found
    once per document: the kind step asks again for every mention)."""
    found = doc.user_data.get(_RUNS_KEY)
    if found is None:
        found = doc.user_data[_RUNS_KEY] = tuple(_artist_runs(doc))
    return list(found)


def _artist_runs(doc: Doc) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    music = music_story(doc)
    i = 0
    while i < len(doc):
        found = None
        opens = _free(doc[i], True) and (i == 0 or not _free(doc[i - 1], True))
        if opens:
            found = _after_act_noun(doc, i)
        if music and found is None and _free(doc[i]) and (i == 0 or not _free(doc[i - 1])):
            found = _listed(doc, i) or _owner_in_chart(doc, i)
        if music and found is None and opens:
            found = _category_winner(doc, i)
        if found is not None:
            out.append(found)
            i = found[1]
            continue
        i += 1
    return out
