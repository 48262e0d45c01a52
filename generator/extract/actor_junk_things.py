"""Names of things that no actor bears: a language ("learning Hindi"), a condition or a ward
("TB", "A&E"), a half of the globe ("the Northern Hemisphere"), a storm named again without
its storm word ("Hurricane Mitch ... Mitch killed"), a thing owned and named after a person
("his Jack Russell"), a franchise ("the Harry Potter games"), a phrase opening with a
preposition the tagger took in ("Across Wales, pickets ...") and a breed ("a Suffolk ewe")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actor_words import word_set
from generator.extract.doc_text import doc_text

# Languages that are not also a people's name ("French" is both, and left alone).
_LANGUAGES = word_set(
    "hindi urdu mandarin cantonese swahili esperanto sanskrit latin tagalog farsi pashto "
    "punjabi bengali gujarati"
)
# Illnesses, conditions and hospital wards written as abbreviations.
_CONDITIONS = word_set(
    "tb hiv aids mrsa adhd a&e icu ivf bse sars copd ptsd ocd mri vcjd cjd"
)
_HALVES = word_set("hemisphere hemispheres")
_STORMS = r"(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Super Typhoon)"
_OWNERS = frozenset({"his", "her", "their", "its"})
_FRANCHISE_NOUNS = r"(?:games|films|movies|books|novels|franchise|series|stories)"
# Prepositions that open a sentence and may be read into the name after them.
_LEADING_PREPOSITIONS = word_set("across throughout around inside outside beyond along")


def language(span: Span) -> bool:
    """A language's name on its own: "she spent weeks learning Hindi"."""
    return len(span) == 1 and span.text.lower() in _LANGUAGES


def condition(name: str) -> bool:
    """An illness or a ward by its abbreviation: "cases of TB", "went to A&E"."""
    return name.lower() in _CONDITIONS


def globe_half(name: str) -> bool:
    """A half of the globe: "the Northern Hemisphere season"."""
    words = name.lower().split()
    return len(words) > 1 and words[-1] in _HALVES


def storm_name(doc: Doc, span: Span) -> bool:
    """A one-word name the text gives a storm elsewhere: "Hurricane Mitch" ... "Mitch killed
    10,000 people"."""
    if len(span) != 1 or span.label_ == "ORG":
        return False
    return re.search(rf"\b{_STORMS} {re.escape(span.text)}\b", doc_text(doc)) is not None


def owned_namesake(doc: Doc, span: Span) -> bool:
    """A person's name owned by someone: a thing named after a person ("his Jack Russell",
    "her Picasso"), never the person ("a nervous Jo Dee" is the person, so is "my Jo Dee"
    in a quote)."""
    if span.label_ != "PERSON" or span.start == 0 or len(span) < 2:
        return False
    return doc[span.start - 1].lower_ in _OWNERS


def franchise(doc: Doc, span: Span) -> bool:
    """A character's name the text uses for a franchise: "the Harry Potter games", "the
    James Bond films" (every mention of it)."""
    if span.label_ != "PERSON" or len(span) < 2:
        return False
    pattern = rf"\b[Tt]he {re.escape(span.text)} {_FRANCHISE_NOUNS}\b"
    return re.search(pattern, doc_text(doc)) is not None


def preposition_lead(doc: Doc, span: Span) -> bool:
    """A sentence-opening preposition read into the name: "Across Wales, pickets were held"."""
    first = doc[span.start]
    return len(span) > 1 and first.is_sent_start and first.lower_ in _LEADING_PREPOSITIONS


# Animals a place's name may set the breed of: "a Suffolk ewe", "the Jersey herd".
_ANIMALS = word_set(
    "lamb lambs sheep ewe ewes ram rams cow cows cattle bull bulls calf herd pig pigs sow "
    "horse horses pony ponies dog dogs terrier hen hens goat goats breed"
)


def breed(span: Span) -> bool:
    """A place's name setting an animal's breed: "the Suffolk black lamb", "Dales ponies"."""
    head = span.root
    for _ in range(3):
        if head.dep_ not in ("compound", "amod", "nmod") or head.head.i <= head.i:
            return False
        head = head.head
        if head.lower_ in _ANIMALS:
            return True
    return False


def thing_named(doc: Doc, span: Span, name: str) -> bool:
    """Any sign above that the name is a thing's."""
    return (
        language(span)
        or condition(name)
        or globe_half(name)
        or storm_name(doc, span)
        or owned_namesake(doc, span)
        or franchise(doc, span)
        or preposition_lead(doc, span)
        or breed(span)
    )
