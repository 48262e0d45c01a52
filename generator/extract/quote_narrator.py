"""The narrator of a first-person account: an article whose opening names one person who
remembers, recalls or looks back ("Ana Ruiz, the band's first manager, remembers the tour"),
then gives that person's words as quotes with no speech verb of their own (an interview with the
questions left out). Those quotes are the narrator's, not the people named inside them.

The rule holds only where the article names no other speaker: any quote with a cue of its own
that names someone else means the quotes are not one person's account.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.quote_marks import Region
from generator.extract.speakers import Speakers

ACCOUNT_LEMMAS = frozenset(
    {"remember", "recall", "reminisce", "recount", "reflect", "relive", "describe", "look"}
)
FIRST_PERSON = re.compile(r"(?<![\w'\u2019])(?:I|I'm|I've|I'd|my|me|we|our|us)(?![\w])")
LEAD_PARAGRAPHS = 2


def narrator(
    speakers: Speakers,
    doc: Doc,
    kept: list[Region],
    own: list[object],
    paras: list[tuple[int, int]],
    cueless: object,
) -> str | None:
    """The person whose account the article's cueless quotes give, or None.

    ``own`` holds each kept quote's speaker from its own cue (a name, None, or ``cueless``)."""
    if not kept or not any(o is cueless for o in own):
        return None
    lead_end = paras[min(LEAD_PARAGRAPHS, len(paras)) - 1][1] if paras else 0
    if kept[0].start < lead_end:
        return None  # the account opens with its framing, before any quote
    name = _lead_narrator(speakers, doc, lead_end)
    if name is None:
        return None
    if any(isinstance(o, str) and o != name for o in own):
        return None  # another speaker is quoted: not one person's account
    text = speakers.text
    if not any(FIRST_PERSON.search(text, r.start, r.end) for r in kept):
        return None  # an account is told in the first person
    return name


def _lead_narrator(speakers: Speakers, doc: Doc, lead_end: int) -> str | None:
    """The person who is the subject of an account verb in the lead ("Ruiz remembers …")."""
    found: set[str] = set()
    for tok in doc:
        if tok.idx >= lead_end:
            break
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in ACCOUNT_LEMMAS:
            continue
        if tok.lemma_.lower() == "look" and not any(c.lower_ == "back" for c in tok.children):
            continue  # "looks back on", not "looks at"
        name = _person_subject(speakers, tok)
        if name is not None:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _person_subject(speakers: Speakers, verb: Token) -> str | None:
    """The person actor that is the active subject of ``verb``."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return _opening_person(speakers, verb)
    if speakers.inside_quote(subj.idx):
        return None
    lo = min(t.idx for t in subj.subtree)
    hi = subj.idx + len(subj.text)
    actor = speakers.actor_at(subj.idx, hi) or speakers.actor_at(lo, hi)
    return actor.name if actor is not None and actor.kind == "person" else None


def _opening_person(speakers: Speakers, verb: Token) -> str | None:
    """A misparsed subject: the last person named at the start of a clause (after a comma or
    at the sentence start) before the verb: "To mark it, Ana Ruiz - his agent - recalls …"."""
    doc, sent = verb.doc, verb.sent
    best = None
    for tok in doc[sent.start : verb.i]:
        if tok.i > sent.start and doc[tok.i - 1].text != ",":
            continue
        actor = speakers.actor_at(tok.idx, tok.idx + len(tok.text))
        if actor is None or actor.kind != "person" or speakers.inside_quote(tok.idx):
            continue
        end = tok.i
        while end + 1 < verb.i and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].is_alpha:
            end += 1
        if end + 1 < len(doc) and doc[end + 1].lower_ in ("'s", "\u2019s"):
            continue  # "Ruiz's manager": a possessor, not the subject
        best = actor.name
    return best
