"""Words before a name that spaCy splits at hyphens ("film-maker", "ten-year-old"), read
whole for an actor's kind; and initials that open a person's name ("EB White")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actor_words import COUNTRY_SYNONYMS, ORG_HEADS, TITLE_NOUNS

_PLACE_CODES = frozenset(w for g in COUNTRY_SYNONYMS for w in g if len(w) == 2)


def hyphened_before(doc: Doc, start: int) -> str:
    """The hyphenated word that ends right before token ``start``, lowercased ("film-maker"
    in "film-maker Ann Lee"); "" when the word before has no hyphen."""
    i = start - 1
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    j = i - 2
    while j >= 2 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_:
        if doc[j - 2].whitespace_:
            break
        j -= 2
    return doc[j : i + 1].text.lower()


def hyphened_title(doc: Doc, start: int) -> bool:
    """A person's title written with a hyphen before the name: "film-maker Ann Lee",
    "co-star Ann Lee" (not "car-maker Acme": its whole word is a body's)."""
    word = hyphened_before(doc, start)
    return bool(word) and (word in TITLE_NOUNS or word.replace("-", "") in TITLE_NOUNS)


_AGED = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old")


def aged_before(doc: Doc, start: int) -> bool:
    """An age right before the name: "Ten-year-old Ann Lee", "the 30-year-old Lee" (only a
    person, or an animal, is so described)."""
    word = hyphened_before(doc, start)
    if not word and start > 0:
        word = doc[start - 1].lower_  # "30-year-old" kept whole by the tokenizer
    return bool(_AGED.fullmatch(word))


def initials_first(form: str, text: str = "") -> bool:
    """Two capitals for initials, then a surname: "EB White", "JK Rowling" (not "UK Coal",
    "BT Group": a country's code or a body's head word); three for a stage name
    ("FKA Twigs") when the capitals never stand alone in ``text`` (not "BBC Three")."""
    words = form.split()
    if len(words) != 2 or not re.fullmatch(r"[A-Z]{2,3}", words[0]):
        return False
    if len(words[0]) == 3 and re.search(rf"\b{words[0]}\b(?! {re.escape(words[1])})", text):
        return False
    last = words[1]
    return (
        words[0].lower() not in _PLACE_CODES
        and bool(re.fullmatch(r"(?:Mc|Mac|O')?[A-Z][a-z]+", last))
        and last.lower() not in ORG_HEADS
    )
