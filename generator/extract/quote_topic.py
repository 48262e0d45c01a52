"""A "he said" or "added the Italian" whose quote talks about its referent in the third person.

"Coach Ana Ruiz warned that Lee Diaz needed a rest. Diaz, 21, has struggled. 'It's his first
year and he was great,' she said": the pronoun after the quote resolves to the last subject
(Diaz), but a quote that speaks of a person of the pronoun's sex as "he"/"his" is about that
person rather than by them. Likewise a quote that names the person a description ("the
Italian") or pronoun was resolved to: "'Diaz is not fit,' added the Italian". When someone else
(of the pronoun's sex) spoke, as the subject of a speech verb, more recently than the referent
and within reach, and reported something of the referent ("Ruiz warned that Diaz needed …")
while the referent never spoke, that person is the speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.extract.speaker_documents import TEXT_NOUNS
from generator.extract.speaker_pronouns import SPEECH_REACH

if TYPE_CHECKING:
    from spacy.tokens import Token

    from generator.extract.speakers import Speakers

THIRD = {
    "m": re.compile(r"\b(?:he|his|him|himself)\b", re.I),
    "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
}
NESTED = re.compile(r"[\"\u201c\u2018][^\"\u201c\u201d\u2018\u2019]*[\"\u201d\u2019]")


def topic_speaker(speakers: Speakers, cue: Token, name: str | None, words: str) -> str | None:
    """The earlier speaker who says ``words`` when the cue's pronoun or description resolved
    to ``name``, a person the quote speaks of in the third person; else None (keep ``name``)."""
    subj = speakers.subject(cue) if name is not None else None
    named = subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ != "NORP"
    if subj is None or named or subj.ent_type_ in ("PERSON", "ORG"):
        return None  # no speaker, or one named by the cue itself
    if subj.lemma_.lower() in TEXT_NOUNS:
        return None  # "the suit reads": a filing speaks of its author in the third person
    bare = NESTED.sub(" ", words)
    want = {"he": "m", "she": "f"}.get(subj.lower_)
    if not (want and THIRD[want].search(bare)) and not names_person(speakers, name, bare):
        return None
    pos = subj.idx
    before = [
        e
        for e in speakers.history
        if e.pos < pos and (want is None or speakers.sex.get(e.actor.name, want) == want)
    ]
    spoke = [e for e in before if e.speech and not e.reported]  # not "A said B needed"
    if any(e.actor.name == name for e in spoke):
        return None  # the referent has spoken: the quote may well be theirs
    reported = [e.pos for e in before if e.actor.name == name and e.reported]
    for e in reversed(spoke):
        if pos - e.pos >= SPEECH_REACH:
            return None
        if e.actor.name == name or (want is not None and speakers.sex.get(e.actor.name) != want):
            continue
        end = _sentence_end(speakers, e.pos)
        # "Ruiz warned that Diaz needed a rest": the referent is what this speaker reported
        return e.actor.name if any(e.pos < r < end for r in reported) else None
    return None


def _sentence_end(speakers: Speakers, pos: int) -> int:
    """End offset of the sentence at ``pos``."""
    span = speakers.doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[-1].sent.end_char if span is not None and len(span) else pos


def names_person(speakers: Speakers, name: str, words: str) -> bool:
    """The quote names the person ``name`` (by name, alias or surname)."""
    actor = speakers.actor_named(name)
    if actor is None or actor.kind != "person":
        return False
    forms = {name, name.split()[-1], *actor.aliases}
    return any(len(f) > 2 and re.search(rf"\b{re.escape(f)}\b", words) for f in forms)
