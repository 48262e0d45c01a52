"""Titles of records and films named around music acts: "best rap song for Wide Awake", "his
debut album, Long Way Home', narrowly ...", "Jo Dee's Paper Boats is number two in the chart",
"while Red Rain crept up from six to five", "her second collection The Quiet Hours", "box
office hits Blue Harbour and Red Sky" (the words a chart story or an awards list uses)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_spans import bare
from generator.extract.actor_words import ORG_HEADS, word_set
from generator.extract.actor_work_signs import WORK_NOUNS

# Words that make a sentence one about records and their charts.
_CHART_WORDS = word_set(
    "album albums single singles song songs track tracks chart charts hit hits ep lp"
)
# Nouns for a record that only a sentence about records gives that sense: "her second
# collection", "his debut".
_RECORDS = word_set("collection compilation debut ep lp record release mixtape")
# Category nouns of a music or film prize: "best rap song for X", "best vocal performance for X".
_CATEGORIES = WORK_NOUNS | word_set("recording video performance soundtrack score")
# Verbs of a record's move up or down a chart: "X crept up from six to five".
_CHART_MOVES = word_set("creep climb rise fall drop slip slide jump move leap sink soar")


def chart_sentence(tok: Token) -> bool:
    """The sentence of ``tok`` speaks of records or charts."""
    return any(t.lower_ in _CHART_WORDS for t in tok.sent)


def _best_category(doc: Doc, i: int) -> bool:
    """Token ``i`` is a prize category: a work noun with "best" shortly before it."""
    if doc[i].lower_ not in _CATEGORIES and doc[i].lemma_.lower() not in _CATEGORIES:
        return False
    return any(t.lower_ == "best" for t in doc[max(0, i - 4) : i])


def category_for(doc: Doc, start: int) -> bool:
    """A title a category is won for: "winning best rap song for Wide Awake", "best R&B album
    for Blue Notes" (the category noun within a few words before "for")."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    return any(_best_category(doc, k) for k in range(max(0, i - 3), i))


def set_off_title(doc: Doc, start: int, end: int) -> bool:
    """A title set off by commas after an owned record noun, its closing quote kept apart:
    "His debut album, Long Way Home', narrowly missed ..."."""
    k = end
    while k < len(doc) and (doc[k].is_quote or doc[k].text in ("'", "\u2019")):
        k += 1
    if k >= len(doc) or doc[k].text not in (",", ".") or k == end:
        return False
    if start < 2 or doc[start - 1].text != ",":
        return False
    noun = doc[start - 2]
    owned = any(c.dep_ == "poss" or c.lower_ in ("new", "latest", "debut") for c in noun.children)
    return noun.lower_ in WORK_NOUNS and owned


def owned_title(doc: Doc, start: int, end: int) -> bool:
    """A title held by its act in a chart sentence: "Jo Dee's Paper Boats is number two in the
    chart" (not a person: "Acme's Jo Dee")."""
    if start < 2 or doc[start - 1].tag_ != "POS" or not doc[start - 2].text[:1].isupper():
        return False
    if doc[start].ent_type_ in ("PERSON", "GPE", "NORP") or bare(doc[end - 1].text) in ORG_HEADS:
        return False  # "Acme's Jo Dee", "Britain's Official Charts Company"
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN":
        return False  # "EMI's Parlophone label": a body's arm
    return doc[start].text[:1].isupper() and chart_sentence(doc[start])


def record_noun_title(doc: Doc, start: int) -> bool:
    """A title after an owned record noun a chart sentence uses: "her second collection The
    Quiet Hours", "his debut Blue Notes" (the title's own "The" may lead)."""
    i = start - 1
    if i >= 1 and doc[i].text == "The":
        i -= 1
    if i < 1 or doc[i].lower_ not in _RECORDS or not chart_sentence(doc[i]):
        return False
    prev = doc[i - 1]
    return prev.tag_ in ("POS", "PRP$") or prev.ent_type_ == "ORDINAL" or prev.lower_ in (
        "new",
        "latest",
        "second",
        "third",
    )


def chart_mover(doc: Doc, start: int, end: int) -> bool:
    """A record moving up a chart: "while Red Rain crept up from six to five" (the subject of
    a verb of moving that goes from one number to another, in a chart story)."""
    root = doc[start:end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _CHART_MOVES:
        return False
    after = doc[verb.i + 1 : verb.i + 5]
    frm = [t for t in after if t.lower_ == "from"]
    numbered = bool(frm) and frm[0].i + 1 < len(doc) and doc[frm[0].i + 1].like_num
    return numbered and chart_sentence(verb)


def hits_as_verb(doc: Doc, start: int) -> bool:
    """A title after a plural work noun the parse reads as a verb: "box office hits Red Sky"."""
    if start < 2 or doc[start - 1].lower_ not in ("hits", "successes", "flops"):
        return False
    prev = doc[start - 2]
    return prev.is_lower and prev.pos_ == "NOUN"


def record_title(doc: Doc, start: int, end: int) -> bool:
    """Any sign above that the name at tokens ``start:end`` is a record's or a film's title."""
    return (
        category_for(doc, start)
        or set_off_title(doc, start, end)
        or owned_title(doc, start, end)
        or record_noun_title(doc, start)
        or chart_mover(doc, start, end)
        or hits_as_verb(doc, start)
    )
