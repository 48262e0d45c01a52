"""Titles of works named as if they were actors, found by the cue that marks them: a genre
noun right before the name even when tagged an adjective ("US musical Sweet Charity"), a
genre noun set off by commas ("the band's debut, Suicide Alley,"), a work described after a
second title ("Jo Lee's Red Sky and Mr Blue, a novel about …"), a character's work ("as Elsa
from Frozen"), a show seen on Broadway; and every later mention of a name the text first
gives as a work ("Sweet Charity tells the story …")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actor_words import word_set
from generator.extract.actor_work_signs import WORK_NOUNS, described_as_work, screened
from generator.extract.actor_works_products import brought_out, product_named
from generator.extract.actor_works_shows import aired_show
from generator.extract.doc_text import doc_text
from generator.extract.given_names import is_given_name

# Genre and medium nouns that name a work right after them, beyond the shared work nouns.
_GENRES = WORK_NOUNS | word_set(
    "compilation debut ep lp soundtrack production cartoon videogame sketchbook miniseries"
)
# Words that open a noun phrase before a genre noun: "the band's debut", "a new film".
_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "'s", "\u2019s"})
# Verbs whose object on a stage is a show: "to see Les Amis on Broadway".
_SEEING = word_set("see watch catch stage revive produce direct attend")
_STAGES = ("on Broadway", "off Broadway", "off-Broadway", "in the West End")


def _genre(word: str) -> bool:
    """A genre noun, or its plural ("hits", "films")."""
    return word in _GENRES or (word.endswith("s") and word[:-1] in _GENRES)


def _genre_before(doc: Doc, start: int, end: int) -> bool:
    """A genre noun right before the name, whatever its tag ("US musical Sweet Charity", "the
    B-side compilation Lipstick Traces"; not "figures show Acme", "the story Acme ran")."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.pos_ == "NOUN" or nxt.tag_ == "POS"):
        return False  # "the film Acme studio", "the film Acme's staff"
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i < 0 or not doc[i].is_lower or not _genre(doc[i].lower_):
        return False
    compound = i > 0 and doc[i - 1].is_lower and doc[i - 1].pos_ == "NOUN"  # "box office hits"
    if doc[i].pos_ in ("VERB", "AUX") and not compound:
        return False  # "figures show Acme"
    if i > 0 and doc[i - 1].lower_ in ("to", "will"):
        return False  # "he will play Arsenal"
    root = doc[start:end].root
    return not (root.dep_ == "nsubj" and root.head.dep_ == "relcl" and root.head.head.i == i)


def _genre_aside(doc: Doc, start: int, end: int) -> bool:
    """A name set off by commas after a genre noun that opens with a determiner or an owner:
    "the band's self-financed debut, Paper Harbour, after …", "the West End musical, Bombay
    Dreams." (not "In the film, Jane Hale, 30, …": a given name first)."""
    if start < 2 or doc[start - 1].text != "," or end >= len(doc):
        return False
    if doc[end].text not in (",", ".") or is_given_name(doc[start].text):
        return False
    noun = doc[start - 2]
    if not noun.is_lower or noun.lower_ not in _GENRES or noun.pos_ in ("VERB", "AUX"):
        return False
    lead = doc[max(0, noun.i - 5) : noun.i]
    return any(t.lower_ in _OPENERS for t in lead) and not any(t.is_punct for t in lead[-1:])


def _described_pair(doc: Doc, end: int) -> bool:
    """The first half of a title joined by "and", then described as a work: "Jo Lee's Red Sky
    and Mr Blue, a novel about magic"."""
    if end >= len(doc) or doc[end].lower_ != "and":
        return False
    k = end + 1
    while k < len(doc) and k < end + 6 and doc[k].text[:1].isupper():
        k += 1
    return k > end + 1 and described_as_work(doc, k)


def _character_from(doc: Doc, start: int) -> bool:
    """The work a character comes from: "clips of herself as Mira from Snowfall and Princess
    Jas from Mirage" (not "as Jane Hale from Leeds": a place is tagged one)."""
    if start < 2 or doc[start - 1].lower_ != "from" or doc[start].ent_type_ in ("GPE", "LOC"):
        return False
    sent = doc[start].sent
    before = doc[sent.start : start - 1].text
    return re.search(r"\bas (?:[A-Z][\w'-]* )+from [A-Z]", before + " from X") is not None and (
        doc[start - 2].text[:1].isupper()
    )


def _seen_on_stage(doc: Doc, start: int, end: int) -> bool:
    """A show seen on Broadway or in the West End: "on their way to see Les Amis on Broadway"."""
    after = doc[end : end + 4].text
    if not any(after.startswith(s) for s in _STAGES):
        return False
    root = doc[start:end].root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _SEEING


def _titled_genre(doc: Doc, start: int, end: int) -> bool:
    """A title with its own capitalised "The" before its genre noun: "a song from The Red Door
    of the Moon movie" (not "the BBC film": a lower-case article)."""
    the = doc[start] if doc[start].text == "The" else doc[start - 1] if start else None
    if the is None or the.text != "The" or the.is_sent_start or end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.is_lower and nxt.lower_ in _GENRES and nxt.pos_ == "NOUN"


def _told_as_work(doc: Doc, start: int, end: int) -> bool:
    """A name set beside a genre noun ("Red Sky, Jo Lee's tale about a thief") or said to be
    shown ("Tin Town, which is shown around the world")."""
    root = doc[start:end].root
    told = (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    if any(c.lemma_ in WORK_NOUNS for c in told):
        return True
    return screened(root)


def work_cued(doc: Doc, start: int, end: int) -> bool:
    """True when the words around the name at tokens ``start:end`` mark it as a work's title."""
    return (
        _told_as_work(doc, start, end)
        or
        _genre_before(doc, start, end)
        or _titled_genre(doc, start, end)
        or _genre_aside(doc, start, end)
        or _described_pair(doc, end)
        or _character_from(doc, start)
        or _seen_on_stage(doc, start, end)
        or aired_show(doc, start, end)
    )


def _person_like(doc: Doc, words: list[str]) -> bool:
    """A name that may be a person's as well: a given name alone ("the film Ali … Ali said"),
    or a given name and a surname the text also uses alone."""
    if not is_given_name(words[0]):
        return False
    if len(words) == 1:
        return True
    last = re.escape(words[-1])
    return re.search(rf"(?<!{re.escape(words[0])} )\b{last}\b", doc_text(doc)) is not None


def named_as_work(doc: Doc, span: Span, name: str) -> bool:
    """True when this mention, or any mention of the same name in the text, is cued as a work
    ("US musical Sweet Charity … Sweet Charity tells the story"); a name that may be a
    person's is judged by this mention alone."""
    if work_cued(doc, span.start, span.end) or product_named(doc, span, name):
        return True
    words = name.split()
    if not words or _person_like(doc, words):
        return False
    for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", doc_text(doc)):
        toks = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if toks is None or toks.start == span.start:
            continue
        if work_cued(doc, toks.start, toks.end) or brought_out(doc, toks):
            return True  # "Keep, which Google launched" … "Keep makes up for that"
    return False
