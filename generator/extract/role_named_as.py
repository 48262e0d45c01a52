"""A role from the noun a name is given to: "one resident, named only as Ana, told …" (Ana is
a resident), "a nurse identified as Ana Ruiz"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.role_words import clean, is_title

_NAMING = frozenset({"name", "identify", "know", "call"})
_PEOPLE_NOUNS = frozenset(
    {"resident", "man", "woman", "teenager", "boy", "girl", "worker", "nurse", "doctor",
     "soldier", "fighter", "student", "local", "villager", "witness", "victim", "mother",
     "father", "activist", "official", "farmer", "driver", "shopkeeper", "refugee", "pupil",
     "maker"}
)


def named_as(doc: Doc, name: Span) -> str | None:
    """The person noun a participle of naming gives this name to: "One resident, named only
    as Ana, said" → "resident" (the noun with its adjectives, no count or article)."""
    root = name.root
    as_ = root.head
    if root.dep_ not in ("pobj", "oprd", "attr") or as_.i >= root.i:
        return None
    verb = as_.head if as_.lower_ == "as" and root.dep_ == "pobj" else as_
    if verb.lemma_.lower() not in _NAMING or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or not (noun.lemma_.lower() in _PEOPLE_NOUNS or is_title(noun)):
        return None  # "a nurse identified as", "The video maker, named …"
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head == noun:
        start -= 1
    return clean(doc, start, noun.i + 1)
