"""Where a name's tokens end: a slash inside a body's name, a possessive that is part of a
shop's name, the last word of an office title the tagger ran into a person's name."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import TITLE_NOUNS

# Photo agencies, whose names a slash joins in picture credits ("Getty/Instagram").
_PHOTO_CREDITS = frozenset(
    {"getty", "images", "ap", "reuters", "afp", "epa", "shutterstock", "instagram", "twitter",
     "facebook", "youtube", "pa", "rex", "corbis", "alamy", "splash"}
)


def slash_name(doc: Doc, i: int, label: str) -> bool:
    """True for a slash inside a body's name: "Nielsen/NetRatings", "Columbia/Sony Pictures"
    (not a picture credit such as "Getty/Instagram")."""
    if label != "ORG" or doc[i].text != "/" or doc[i].whitespace_ or doc[i - 1].whitespace_:
        return False
    before, after = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not (before.text[:1].isupper() and after.text[:1].isupper()):
        return False
    return before.lower_ not in _PHOTO_CREDITS and after.lower_ not in _PHOTO_CREDITS


def owns_nothing(doc: Doc, e: int) -> bool:
    """True when a body's name ends in "'s" that possesses nothing: "Moody's have", "Christie's
    sold", "at Sotheby's." (the "'s" is part of the name, not "Tesco's profits")."""
    if doc[e - 1].tag_ != "POS":
        return False
    nxt = doc[e] if e < len(doc) else None
    after = doc[e + 1] if e + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ in ("VBN", "VBG") and after is not None and after.pos_ in (
        "NOUN", "PROPN"
    ):
        return False  # "the Party's presumed nominee": a participle before the owned noun
    return nxt is None or nxt.pos_ in ("VERB", "AUX", "CCONJ", "ADP") or nxt.text in (".", ",", ";")


def office_word_start(doc: Doc, s: int, e: int) -> int:
    """Past the last word of a title "X of the Y" that the tagger read as a person's first
    name: "Speaker of the House Newt Gingrich" -> "Newt Gingrich"."""
    if e - s < 3 or s < 3 or doc[s - 1].lower_ != "the" or doc[s - 2].lower_ != "of":
        return s
    return s + 1 if doc[s - 3].lower_.rstrip(".") in TITLE_NOUNS else s
