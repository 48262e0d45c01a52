"""A first-person quote that names its resolved speaker in the third person is someone else's.

"The complaint came from his opponent, Ana Ruiz. She said: 'Diaz kept looking at my board'":
"she" resolved to Diaz, but a speaker who says "I"/"my" does not call herself "Diaz". The
speaker is then the last other person of the pronoun's sex named (as subject or not) in the
pronoun's sentence or the two before it, not named in the quote itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract.quote_topic import NESTED, names_person
from generator.extract.speaker_phrases import person_name
from generator.extract.speaker_pronouns import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Token

    from generator.extract.quote_marks import Region
    from generator.extract.speakers import Speakers

FIRST = re.compile(r"\b(?:I|my|me|myself|mine)\b")
# Words before a name that make it the speaker's own: "I am Ruiz", "I'm Ruiz", "my name is
# Ruiz", "the young Ana Ruiz".
_ONESELF = re.compile(r"(?:\bam|['\u2019]m|\bis|\bthe|\bthe \w+) $")
PRONOUN_SEX = {"he": "m", "she": "f"}


def self_named(speakers: Speakers, cue: Token, name: str | None, words: str) -> str | None:
    """The other person who says ``words`` when the cue's he/she resolved to ``name`` and the
    quote, spoken in the first person, names ``name``; else None (keep ``name``)."""
    subj = speakers.subject(cue) if name is not None else None
    if subj is None or name is None or subj.lower_ not in PRONOUN_SEX:
        return None
    bare = NESTED.sub(" ", words)
    if not FIRST.search(bare) or not names_person(speakers, name, bare):
        return None
    want = PRONOUN_SEX[subj.lower_]
    lo = sentence_start(speakers.doc, subj.idx, back=2)
    found = [(e.pos, e.actor.name) for e in speakers.history if e.actor.kind == "person"]
    for ent in speakers.doc.ents:  # a person named in full who is not an actor
        apposed = ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN"  # "his rival, X"
        person = ent.label_ == "PERSON" or (apposed and all(t.pos_ == "PROPN" for t in ent))
        outside = person and not speakers.inside_quote(ent.start_char)
        if outside and len(ent) > 1 and speakers.actor_at(ent.start_char, ent.end_char) is None:
            found.append((ent.start_char, person_name(ent)))
    for pos, other in sorted(found, reverse=True):
        if pos >= subj.idx or pos < lo:
            continue
        if other == name or name.endswith(" " + other.split()[-1]) or _said(speakers, other, bare):
            continue
        if speakers.sex.get(other, want) == want:
            return other
    return None


def _said(speakers: Speakers, other: str, words: str) -> bool:
    """The quote names ``other`` (an actor, or a person named in full who is not one)."""
    if speakers.actor_named(other) is not None:
        return names_person(speakers, other, words)
    return re.search(rf"\b{re.escape(other.split()[-1])}\b", words) is not None


def calls_self_by_name(speakers: Speakers, name: str, region: Region) -> bool:
    """A quote in the first person that names ``name`` in the third person ("I support Ed"):
    not ``name``'s own words, whoever says them."""
    words = re.sub(r"\[[^\]]*\]", "", speakers.text[region.start : region.end])  # insertions
    actor = speakers.actor_named(name)
    if actor is None or actor.kind != "person" or not FIRST.search(words):
        return False
    forms = {name, name.split()[-1], *actor.aliases}
    text = speakers.text
    before = text[max(0, region.start - 160) : region.start].split()[-12:]
    beside = " ".join(before + text[region.end : region.end + 80].split()[:5])
    if any(re.search(rf"\b{re.escape(f)}\b", beside) for f in forms if len(f) > 1):
        return False  # "'… Ana Ruiz is that candidate,' Ruiz said": named by the cue, or
        # just before ("Ruiz said. '… I'm not working for Ruiz.'")
    for f in sorted((f for f in forms if len(f) > 1 and f[:1].isupper()), key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(f)}\b(?! [A-Z])", words):
            signed = not words[m.end() :].strip(" .!-'\"\u2019\u201d") and bool(
                re.search(r"(?:[.!?]|[-\u2013\u2014])\s*$", words[: m.start()]))  # "… truth. Ruiz"
            if not signed and not _ONESELF.search(words, 0, m.start()):
                return True
            words = words[: m.start()] + " " * len(f) + words[m.end() :]  # "Ruiz" in it too
    return False  # not "I'm Ana Ruiz", "the young Ana Ruiz", "the Ana Ruiz Trust"
