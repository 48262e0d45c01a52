"""Two subjects the parse gets wrong before a speech verb, read back from the words.

- "A Top of the Town spokesperson said": a body's name with "of the" in it is parsed as the
  subject ("Top") with the spokesperson hung under its "of"; the body that speaks is the
  capitalised name between the article and the spokesperson noun.
- "Ruiz laughed off claims that her seat was at risk, saying …": the participle is hung on
  the embedded clause, whose subject ("her seat") cannot speak; who speaks is the subject of
  the clause that embeds it.
``sp`` is the article's ``Speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.speaker_nouns import speaker_noun

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

_LINKS = frozenset({"of", "the", "and", "&", "for", "on"})  # small words inside a body's name
_SUBJECTS = ("nsubj", "nsubjpass")
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you", "it"})
_EMBEDDED = ("acl", "ccomp", "relcl")


def named_spokesperson(sp: Speakers, head: Token) -> str | None:
    """The body a spokesperson speaks for when its several-word name became the subject:
    "A Top of the Town spokeswoman said" → Top of the Town (the actor of that name)."""
    if head.lower_.startswith("spokes"):
        return None
    last = head.right_edge
    if not last.lower_.startswith("spokes") or last.i <= head.i:
        return None
    start = head.left_edge.i
    doc = head.doc
    if doc[start].lower_ in ("a", "an", "the"):
        start += 1
    words = doc[start : last.i]
    if not len(words) or sp.inside_quote(words[0].idx):
        return None
    if not (words[0].text[:1].isupper() and words[-1].text[:1].isupper()):
        return None
    if not all(t.text[:1].isupper() or t.lower_ in _LINKS for t in words):
        return None
    actor = sp.actor_named(words.text)
    return actor.name if actor is not None else words.text


def _speaks(sp: Speakers, tok: Token) -> bool:
    """A subject that can be the one who speaks: a name, a personal pronoun, a noun for a
    person or body, or an actor's mention."""
    if tok.lower_ in _PERSONAL or tok.pos_ == "PROPN":
        return True
    if sp.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
        return True
    return tok.pos_ == "NOUN" and speaker_noun(tok)


def embedding_subject(sp: Speakers, cue: Token) -> Token | None:
    """For a participle cue ("saying") hung on an embedded clause whose subject cannot
    speak: the subject of the clause that embeds it ("Ruiz laughed off claims that her seat
    was at risk, saying …" → Ruiz)."""
    if cue.tag_ != "VBG" or cue.dep_ not in ("advcl", "xcomp"):
        return None
    clause = cue.head
    if clause.dep_ not in _EMBEDDED:
        return None
    subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subj is None or _speaks(sp, subj):
        return None
    verb = clause.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "claims that …": up from the noun to its verb
    if verb.pos_ not in ("VERB", "AUX") or verb.i > cue.i:
        return None
    owner = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if owner is None or sp.inside_quote(owner.idx) or not _speaks(sp, owner):
        return None
    return owner
