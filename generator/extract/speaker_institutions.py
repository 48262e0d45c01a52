"""An institution that a common noun stands for: "the college" for Westfield University named
before it, and "It said" or "The message read" right after "The school issued an apology".
``sp`` is the article's ``Speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

# a noun for a kind of institution → words one of its kind may carry in its name
_KINDS = """
school: school academy college institute instituto colegio escuela lycée gymnasium
college: college university institute school
university: university college institute universidad
hospital: hospital clinic infirmary
museum: museum gallery
church: church cathedral diocese parish
airline: airline airlines airways
"""
KINDS = {
    k: frozenset(v.split()) for k, v in (ln.split(":") for ln in _KINDS.strip().splitlines())
}
DETERMINERS = frozenset({"the", "this", "that"})


def institution(sp: Speakers, head: Token) -> str | None:
    """The organisation named last before "the school" / "the college" whose name holds a
    word of that kind of institution ("Westfield University" for "the college")."""
    words = KINDS.get(head.lemma_.lower())
    if words is None or head.pos_ != "NOUN":
        return None
    if not any(t.lower_ in DETERMINERS for t in head.lefts):
        return None
    for s, _e, actor in reversed(sp.mentions):
        if s >= head.idx or actor.kind != "organization" or sp.inside_quote(s):
            continue
        if words & set(actor.name.lower().split()):
            return actor.name
    return None


def previous_institution(sp: Speakers, tok: Token) -> str | None:
    """For "It" or "the message" opening the sentence after one whose subject is "the
    school" (or another institution noun): the organisation that noun stands for."""
    sent = tok.sent
    if sent.start == 0 or tok.i - sent.start > 2:
        return None
    prev = sp.doc[sent.start - 1].sent
    if prev.text.rstrip()[-1:] not in ".!?":
        return None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or sp.inside_quote(subj.idx):
        return None
    return institution(sp, subj)
