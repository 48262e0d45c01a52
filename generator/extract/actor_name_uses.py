"""How a name is used around its mentions: a stage name's first word spaCy left out, a body
named after a person ("Jo's Cervical Cancer Trust"), a name that only ever qualifies a noun
("another Red Kite classic", "his Acme Frozen Pea campaign")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_spans import bare
from generator.extract.actor_words import HONORIFICS, ORG_HEADS, TITLE_NOUNS
from generator.extract.actor_work_signs import WORK_NOUNS
from generator.extract.given_names import is_given_name

_PERSON_FORMS = "actor_name_uses.person_forms"
_PERSONS_THINGS = WORK_NOUNS | {"role", "part", "movie", "film", "record", "hit"}


def _person_forms(doc: Doc) -> frozenset[str]:
    """Texts of the document's person entities, cached on the doc."""
    forms = doc.user_data.get(_PERSON_FORMS)
    if forms is None:
        forms = frozenset(e.text for e in doc.ents if e.label_ == "PERSON")
        doc.user_data[_PERSON_FORMS] = forms
    return forms


def fuller_person_start(doc: Doc, s: int, e: int) -> int:
    """Take in the word before a person's name when spaCy reads the two together as a person
    elsewhere in the text: "including XO Dee" beside "XO Dee has …" (a stage name)."""
    if s == 0:
        return s
    prev = doc[s - 1]
    word = bare(prev.text)
    if not prev.is_alpha or not prev.text[:1].isupper() or not prev.whitespace_:
        return s
    if word in TITLE_NOUNS | HONORIFICS or prev.ent_type_:
        return s
    return s - 1 if doc[s - 1 : e].text in _person_forms(doc) else s


def given_owner_body(doc: Doc, s: int, i: int, e: int) -> bool:
    """True when the possessive at token ``i`` is part of a body's name: a given name that
    opens the name, owning a name that ends in a body's head ("Jo's Cervical Cancer Trust")."""
    if i != s + 1 or e - i < 2:
        return False
    owner, last = doc[s], doc[e - 1]
    return owner.is_title and is_given_name(owner.text) and bare(last.text) in ORG_HEADS


def only_qualifies(doc: Doc, spans: list[tuple[int, int]], name: str) -> bool:
    """True when a name not opened by a given name only ever qualifies a common noun ("another
    Red Kite classic", "his Acme Frozen Pea campaign") or stands beside one ("the feature Red
    Kite,"): a series, a brand or a campaign, not a person."""
    words = name.split()
    if len(words) < 2 or is_given_name(words[0]) or not spans:
        return False
    qualifies = 0
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        if toks is None:
            return False
        last = toks[-1]
        head = last.head
        noun = head.i > last.i and head.is_lower and head.pos_ in ("NOUN", "PROPN", "ADJ")
        noun = noun and head.is_alpha and len(head) > 2 and bool(last.whitespace_)
        noun = noun and all(t.is_alpha for t in doc[last.i + 1 : head.i])  # not "et al."
        if noun and head.lemma_.lower() in _PERSONS_THINGS:
            return False  # "seven Jo Dee movies", "the Ann Lee role": a person's work or part
        beside = last.dep_ == "appos" and head.i < toks.start and head.pos_ == "NOUN"
        beside = beside and head.is_lower and bare(head.text) not in TITLE_NOUNS
        if last.dep_ == "compound" and noun:
            qualifies += 1
        elif not beside:
            return False
    return qualifies > 0


def listed_with_things(doc: Doc, start: int, end: int) -> bool:
    """True when the name at tokens ``start:end`` is listed only beside common nouns in the
    plural ("whether it is Zorbs, legwarmers or platform boots"): a product, not an actor."""
    root = doc[start:end].root
    others = [t for t in root.conjuncts if not (start <= t.i < end)]
    return len(others) >= 2 and all(
        t.tag_ == "NNS" and t.is_lower and not t.ent_type_ for t in others
    )


# Party members' nouns that stand before a surname: "Republican Trump and Democrat Clinton".
_PARTISANS = frozenset({"Republican", "Democrat", "Tory", "Libertarian"})


def partisan_name(doc: Doc, s: int, e: int) -> bool:
    """A two-word name opened by a party member's noun ("Republican Hale"): the person is the
    second word, not a body of both."""
    partisan = e - s == 2 and doc[s].text in _PARTISANS
    return partisan and doc[s + 1].tag_ == "NNP" and bare(doc[s + 1].text) not in ORG_HEADS
