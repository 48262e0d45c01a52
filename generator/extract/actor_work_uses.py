"""Uses of a name that only a work or a product has: "The Long Road starring Jo Hale", "her
performance in Blue Harbour", "her debut in Red Sky", "Five's Late Talk show", "a new Two
Jacks series", "BBC hits Blue Harbour and Red Sky", "the 2017 Vextron Glide"; and names that
are no actor's: "Hurricane Mitch", "Burkitt's lymphoma"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.actor_countries import is_country
from generator.extract.actor_words import ORG_HEADS, word_set
from generator.extract.doc_text import doc_text

# Words before "in" that only a work follows: "her performance in X", "made his debut in X".
_SCREEN_LEADS = frozenset(
    {
        ("performance", "in"),
        ("performances", "in"),
        ("starring", "in"),
        ("starred", "in"),
        ("stars", "in"),
        ("debut", "in"),
        ("supporting", "role"),
        ("supporting", "roles"),
    }
)
# Work nouns that follow a title as its head: "Five's Late Talk show", "a new Two Jacks series".
_SHOW_HEADS = word_set("show series programme sitcom soap drama")
# Plural work nouns a broadcaster's name opens: "BBC hits X and Y", "ITV dramas X and Y".
_BROADCAST_PLURALS = word_set("hits shows dramas series programmes sitcoms soaps comedies")
_BROADCASTERS = re.compile(r"^(?:BBC|ITV|Channel \d|Sky|HBO|Netflix|CBS|NBC|ABC|Fox|PBS)$")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Kinds of storm whose names follow them: "Hurricane Mitch", "Typhoon Haiyan", "Storm Desmond".
_STORMS = word_set("hurricane typhoon cyclone storm")
# Conditions named after a person: "Burkitt's lymphoma", "Tourette's syndrome".
_EPONYM_HEADS = word_set("disease syndrome lymphoma sarcoma palsy disorder ataxia dystrophy")


def _list_head(doc: Doc, start: int) -> int:
    """The first token of a list of names that ends with the one at ``start``: "Closer and
    Blue Harbour" -> the index of "Closer"."""
    i = start
    while i > 0:
        prev = doc[i - 1]
        if prev.text in (",", "and") or (prev.text[:1].isupper() and not prev.is_sent_start):
            i -= 1
            continue
        break
    while i < start and doc[i].text in (",", "and"):
        i += 1
    return i


def _screen_lead(doc: Doc, start: int, end: int) -> bool:
    """A name (or a list of them) after "performance in", "starred in", "debut in",
    "supporting roles in" (not a place: "his debut in Paris")."""
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (nxt.pos_ == "NOUN" or nxt.tag_ == "POS"):
        return False  # "starred in a Pepsi advert", "debut in Brown's play"
    if is_country(doc[start:end].text):
        return False
    i = _list_head(doc, start) - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i < 1:
        return False
    pair = (doc[i - 1].lower_, doc[i].lower_)
    if pair[0] in ("performance", "performances", "debut"):
        # a person's performance or debut: "her debut in X" (not "the firm's performance in
        # Asia", "her debut in Paris": a place)
        owner = doc[i - 2].lower_ if i >= 2 else ""
        place = doc[start].ent_type_ in ("GPE", "LOC") and pair[0] == "debut"
        return owner in ("her", "his", "their") and not place
    if pair in _SCREEN_LEADS:
        return True
    return i >= 2 and doc[i].lower_ == "in" and (doc[i - 2].lower_, doc[i - 1].lower_) in {
        ("supporting", "role"),
        ("supporting", "roles"),
    }


def _show_head(doc: Doc, start: int, end: int) -> bool:
    """A title before its work noun after an owner or "new": "Five's Late Talk show", "a new
    Two Jacks series" (not "the BBC show": a body, with no owner before it)."""
    if end >= len(doc) or doc[end].lower_ not in _SHOW_HEADS or start < 1:
        return False
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and (after.pos_ == "NOUN" or after.lower_ in ("the", "a", "an")):
        return False  # "show" as a verb: "Acme figures show a rise"
    prev = doc[start - 1]
    return prev.tag_ == "POS" or (prev.lower_ == "new" and start >= 2 and doc[start - 2].is_lower)


def _broadcast_list(doc: Doc, start: int) -> bool:
    """A title after a broadcaster's plural work noun: "BBC hits Blue Harbour and Red Sky"."""
    i = _list_head(doc, start)
    if i < 2 or doc[i - 1].lower_ not in _BROADCAST_PLURALS:
        return False
    k = i - 2
    while k > 0 and doc[k - 1].text[:1].isupper() and i - 1 - k < 2:
        k -= 1
    return bool(_BROADCASTERS.match(doc[k : i - 1].text))


def _starring(doc: Doc, end: int) -> bool:
    """A work followed by its stars: "The Long Road starring Jo Hale"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "starring":
        return False
    return doc[end + 1].ent_type_ == "PERSON"


def _model_year(doc: Doc, start: int, end: int) -> bool:
    """A product named after its model year: "the 2017 Vextron Glide, made in Ohio" (not "the
    2016 Acme campaign": the name only modifies a noun; not "the 2005 Kestrel Film Festival")."""
    if start < 2 or not _YEAR.fullmatch(doc[start - 1].text) or doc[start - 2].lower_ != "the":
        return False
    if doc[end - 1].lower_ in ORG_HEADS:
        return False  # "the 2005 Kestrel Film Festival", "the 2012 Vextron Motors": bodies
    nxt: Token | None = doc[end] if end < len(doc) else None
    return nxt is None or not (nxt.is_lower and nxt.pos_ in ("NOUN", "PROPN", "ADJ"))


def _storm(doc: Doc, start: int) -> bool:
    """A storm's name: "after Hurricane Mitch" ("Storm" only capitalised: not "a storm Jo
    Hale saw")."""
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.lower_ in _STORMS and prev.text[:1].isupper()


def _eponym(doc: Doc, end: int) -> bool:
    """A person's name in a condition's: "who had Burkitt's lymphoma" (not "Jo Hale's disease",
    nor "Hale's disease" where the text names Jo Hale)."""
    if end + 1 >= len(doc) or doc[end].tag_ != "POS" or doc[end + 1].lower_ not in _EPONYM_HEADS:
        return False
    name = doc[end - 1]  # one word, never the surname of someone named in full
    full = re.search(rf"\b(?:[A-Z]\w*|[A-Z]\.) {re.escape(name.text)}\b", doc_text(doc))
    return (end < 2 or not doc[end - 2].text[:1].isupper()) and not full


def used_as_work(doc: Doc, start: int, end: int) -> bool:
    """True when a name at tokens ``start:end`` is used as a work or a product is: after
    "performance in" or "debut in", before "starring" or "show", after "BBC hits", after a
    model year; or as no actor's: a storm ("Hurricane Mitch"), a condition ("Burkitt's
    lymphoma")."""
    return (
        _screen_lead(doc, start, end)
        or _show_head(doc, start, end)
        or _broadcast_list(doc, start)
        or _starring(doc, end)
        or _model_year(doc, start, end)
        or _storm(doc, start)
        or _eponym(doc, end)
    )
