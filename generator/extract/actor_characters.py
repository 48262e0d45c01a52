"""Names that stand for a character or a work, not for anyone in the story: the part an
actor plays or voices ("Hanks will play Tom Rowe"), a name used as a type ("a modern-day
Tom Rowe"), what people worked on ("worked together on Blue Lagoon")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_teams import sports_report
from generator.extract.actor_words import PERSON_NOUNS, TITLE_NOUNS, word_set
from generator.extract.doc_text import doc_text

# Verbs whose object is a part only an actor takes: "she will voice Ann", "he portrays Ann".
_PART_ONLY = frozenset({"voice", "portray", "impersonate"})
_PEOPLE_PRONOUNS = frozenset({"he", "she", "who", "i", "you", "they", "we"})
_SITES = frozenset({"street", "road", "avenue", "lane", "square", "hill", "broadway"})
_NOT_PEOPLE = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})


def _first_of_list(tok: Token) -> Token:
    """The first item of the list a token stands in ("Ann" in "Ann, Bob and Cy")."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _by_a_person(verb: Token, person: bool) -> bool:
    """The verb's subject is a person: a pronoun, a name spaCy reads as a person's or no
    body's (or a body's, when the object is a person's: the tagger's slip), a noun for
    people ("the actor who will voice ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head  # "the actor who will voice X"
    if subj.lower_ in _PEOPLE_PRONOUNS:
        return subj.lower_ != "who"
    if subj.pos_ == "PROPN" or subj.ent_type_ or subj.is_title:
        slip = person and subj.ent_type_ == "ORG"  # "Kombou plays Tom Rowe": Kombou read a body
        return slip or subj.ent_type_ not in _NOT_PEOPLE  # "Hanks will play ..." (a noun)
    return subj.lemma_.lower() in TITLE_NOUNS | PERSON_NOUNS


def played_part(doc: Doc, root: Token) -> bool:
    """A name that is the part a person plays or voices: "Hanks will play Tom Rowe", "she will
    voice Ann", "the actor who will voice Ann". "Play" is left to stories that are no sports
    report, where a player plays another ("Lee will play Kim in the final")."""
    tok = _first_of_list(root)
    verb = tok.head
    person = root.ent_type_ == "PERSON"
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or not _by_a_person(verb, person):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _PART_ONLY:
        return True
    return lemma == "play" and not sports_report(doc_text(doc))


def plays_a_part(doc: Doc, root: Token) -> bool:
    """The name is who voices or plays a part: "Ann Lee will voice the spider", "Lee plays Tom
    Rowe in the film" (no body does; not in a sports report, where players play each other;
    not "the US plays a key role")."""
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return False
    verb = root.head
    lemma = verb.lemma_.lower()
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in _PART_ONLY:
        return any(_a_part(o) for o in objs)  # not "Washington voiced concern"
    if lemma != "play" or sports_report(doc_text(doc)):
        return False
    return any(o.ent_type_ == "PERSON" for o in objs)  # not "play a key role": bodies do


# What is voiced that is no part: "voiced concern", "voiced their support".
_VIEWS = word_set(
    """
    concern concerns fear fears doubt doubts worry worries support opposition anger frustration
    objection objections criticism criticisms disappointment reservations dissatisfaction
    approval scepticism skepticism hope hopes optimism alarm displeasure opinion opinions
    view views outrage dismay regret sympathy solidarity confidence
    """
)


def _a_part(obj: Token) -> bool:
    """An object of "voice" that is a part: a name or "the spider", not "concern" or "their
    support"."""
    if obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN":
        return True
    owned = any(c.dep_ == "poss" for c in obj.children)
    return obj.pos_ == "NOUN" and obj.lemma_.lower() not in _VIEWS and not owned


def used_as_type(doc: Doc, start: int, end: int) -> bool:
    """A person's name used as a type, after "a" or "an" and perhaps adjectives, in a likeness:
    "likened to a contemporary Tom Rowe", "he is a modern-day Tom Rowe", "a political Golem"
    (not "a Tom Rowe film": it modifies; not "a nervous Ann Lee was back": she is there)."""
    root = doc[start:end].root
    if not _likened(root):
        return False  # "A nervous Ann Lee was back": a real person, described
    i = start - 1
    while i >= 0 and start - i <= 4 and (doc[i].is_lower or doc[i].text == "-"):
        glued = doc[i].text == "-" or doc[i + 1].text == "-" or doc[i - 1].text == "-"
        if not (doc[i].pos_ == "ADJ" or glued):
            break
        i -= 1  # "a contemporary X", "a modern-day X"
    if end - start < 2 and i == start - 1:
        return False  # one word after a bare "a" may be a real one: "he is a Kennedy"
    return i >= 0 and doc[i].lower_ in ("a", "an") and doc[i].head == root


def _likened(root: Token) -> bool:
    """The name is what something is likened to: "likened to X", "like X", "hailed as X",
    "he is X"."""
    if root.dep_ == "attr":
        return root.head.lemma_ == "be"
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in ("like", "as"):
        return True
    return prep.lower_ == "to" and prep.head.lemma_.lower() in ("liken", "compare")


def worked_on(root: Token) -> bool:
    """A name people worked on, a work or a project: "they worked together on Blue Lagoon and
    Red Sky", "worked with Ann Lee on Red Sky" (not a place: "worked on Wall Street")."""
    tok = _first_of_list(root)
    if tok.dep_ != "pobj" or tok.head.lower_ != "on" or root.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    if root.lower_ in _SITES:
        return False  # "Wall Street", read as a body at times
    verb = next((t for t in tok.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in ("work", "collaborate")
