"""Capitalised words that name no actor by the form of the phrase around them: an honour
("received an OBE"), an abbreviation listed among common nouns ("every teacher, GP and
nurse"), a field owning its governing body ("Athletics' ruling body"), an acronym spelt out in
brackets before the thing it names ("HDMI (High-Definition Multimedia Interface) connectors"),
the shops in general ("on the High Street") and a music act whose name ends in "Day"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_artists_works import chart_sentence
from generator.extract.actor_countries import is_country
from generator.extract.actor_words import word_set

# Honours and ranks written after a name or given to a person: never an actor themselves.
_HONOURS = word_set("obe mbe cbe kbe dbe gbe qc kc frs")
# Nouns for the body that runs a sport or a field: "Athletics' ruling body the IAAF".
_BODY_WORDS = word_set("body bodies authority federation")
_RULING = word_set("governing ruling sanctioning controlling world")
_LIST_JOINS = frozenset({",", "and", "or", "&"})
_ABBREVIATION = re.compile(r"[A-Z]{2,5}s?")
# Generic shopping streets: "the High Street" stands for shops in general.
_GENERIC_STREETS = frozenset({"high street", "high streets"})
_RECORD_WORDS = frozenset({"new", "latest", "debut", "hit", "single", "album"})


def honour(span: Span) -> bool:
    """An honour or a rank on its own: "who received an OBE in 2002", "an MBE"."""
    return len(span) == 1 and span.text.lower().replace(".", "") in _HONOURS


def _common_noun(tok: Token) -> bool:
    """A lowercase common noun: "teacher", "nurses"."""
    return tok.is_lower and tok.is_alpha and tok.tag_ in ("NN", "NNS")


def listed_with_nouns(doc: Doc, span: Span) -> bool:
    """An abbreviation listed between lowercase common nouns names a kind of person or thing,
    no one in particular: "every teacher, GP and nurse" (not "Acme, IBM and others")."""
    if len(span) != 1 or not _ABBREVIATION.fullmatch(span.text):
        return False
    i = span.start
    if i < 2 or i + 2 >= len(doc):
        return False
    left = doc[i - 1].lower_ in _LIST_JOINS and _common_noun(doc[i - 2])
    right = doc[i + 1].lower_ in _LIST_JOINS and _common_noun(doc[i + 2])
    return left and right


def field_of_body(doc: Doc, span: Span) -> bool:
    """A sport or a field named as the owner of its governing body: "Athletics' ruling body
    the IAAF", "swimming's world governing body" (the body is the actor)."""
    if span.label_ == "NORP" or is_country(span.text) or span.end + 2 >= len(doc):
        return False  # "Britain's governing body for the sport": the country counts
    if doc[span.end].tag_ != "POS":
        return False
    k = span.end + 1
    ruled = False
    while k < len(doc) and doc[k].lower_ in _RULING:
        ruled = True
        k += 1
    return ruled and k < len(doc) and doc[k].lower_ in _BODY_WORDS


def spelt_out(doc: Doc, span: Span) -> bool:
    """An acronym spelt out in brackets, then the common noun it qualifies: "HDMI
    (High-Definition Multimedia Interface) connectors" (a kind of thing, not a body)."""
    if len(span) != 1 or not _ABBREVIATION.fullmatch(span.text) or span.end >= len(doc):
        return False
    if doc[span.end].text != "(":
        return False
    k = span.end + 1
    while k < len(doc) and k < span.end + 10 and doc[k].text != ")":
        if doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in ("of", "and", "for"):
            return False  # not a spelt-out name
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ")":
        return False
    nxt = doc[k + 1]
    return nxt.is_lower and nxt.is_alpha and nxt.pos_ == "NOUN"


def generic_street(doc: Doc, span: Span, name: str) -> bool:
    """"The High Street": the shops in general, not a place of its own."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return name.lower() in _GENERIC_STREETS and (before == "the" or name.lower().startswith("the"))


def act_with_record(doc: Doc, span: Span) -> bool:
    """A name holding a record in a sentence about charts: "Blue Lane's Avenue of Faded
    Lights is number two", "Red Day's new single" (a music act, whatever its last word)."""
    end = span.end
    if end + 1 >= len(doc) or doc[end].tag_ != "POS":
        return False
    nxt = doc[end + 1]
    titled = nxt.text[:1].isupper() or nxt.lower_ in _RECORD_WORDS
    return titled and chart_sentence(doc[span.start])


def no_actor_form(doc: Doc, span: Span, name: str) -> bool:
    """Any form above that makes the name no actor's."""
    return (
        honour(span)
        or listed_with_nouns(doc, span)
        or field_of_body(doc, span)
        or spelt_out(doc, span)
        or generic_street(doc, span, name)
    )
