"""Venues: a name where an event is played, staged or held is a place, not a body ("the
final will be played at Hollowfield", "the meeting was staged at Rovington Park instead of
Elmfield")."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from generator.extract.actor_bodies_sides import contested

# Verbs of an event happening somewhere: "played at", "staged at", "held at".
_EVENT_VERBS = frozenset(
    {"play", "stage", "host", "hold", "move", "switch", "relocate", "race", "run", "kick",
     "schedule", "shift", "perform", "sell", "ride", "dance",
     "sing", "celebrate", "protest", "march", "rally", "parade", "marry", "wed"}
)
_EVENT_FORMS = frozenset(
    {"played", "staged", "hosted", "held", "moved", "switched", "raced", "scheduled", "shifted",
     "rode", "danced", "sang", "marched", "married"}
)  # the tagger's lemmas slip on some ("staged" -> "stag")
# Nouns for an event happening somewhere: "the game at", "a concert at".
_EVENT_NOUNS = frozenset(
    {"game", "match", "final", "tie", "fixture", "clash", "race", "meeting", "concert", "gig",
     "derby", "semi-final", "quarter-final", "event", "championships", "tournament", "test",
     "encounter", "success", "triumph",
     "appearance", "festival", "rally", "ceremony", "celebration", "parade", "premiere",
     "wedding", "vigil", "protest", "show", "gala", "reception", "ball"}
)
# "at X instead of Y", "at X rather than Y": the other venue.
_ALTERNATIVES = (("instead", "of"), ("rather", "than"))


def _event_at(tok: Token) -> bool:
    """The preposition ``tok`` ("at") hangs off an event's verb or noun."""
    head = tok.head
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in _EVENT_VERBS or head.lower_ in _EVENT_FORMS
    return head.pos_ == "NOUN" and head.lemma_.lower() in _EVENT_NOUNS


def _preposition_before(doc: Doc, start: int) -> Token | None:
    """The preposition before a name, over a few adjectives or an owner's name: "at steamy
    Elmfield", "at Bray's Elm Park"."""
    i = start - 1
    while i > 0 and start - i <= 3 and (
        doc[i].pos_ == "ADJ"
        or (doc[i].lower_ == "the" and i == start - 1)
        or doc[i].tag_ == "POS"
        or (doc[i].pos_ == "PROPN" and doc[i + 1].tag_ == "POS")
    ):
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ == "ADP" else None


def venue_mention(doc: Doc, start: int) -> bool:
    """True when the name at token ``start`` is where an event takes place: after "at" bound
    to an event ("played at X", "the game at X"), or the venue it replaces ("at X instead of
    Y", where X is one)."""
    prev = doc[start - 1] if start > 0 else None
    if prev is None:
        return False
    at = _preposition_before(doc, start)
    if at is not None and at.lower_ == "at" and _event_at(at):
        return True  # "played at Elmfield", "played solidly at steamy Elmfield"
    if at is not None and at.lower_ == "of" and at.i >= 2 and (
        doc[at.i - 2].lower_, doc[at.i - 1].lower_) == ("in", "front"):
        return True  # "a dance in front of the Elm Arch"
    for a, b in _ALTERNATIVES:
        if start >= 3 and doc[start - 2].lower_ == a and prev.lower_ == b:
            i = start - 3
            while i > 0 and doc[i].text[:1].isupper() and doc[i - 1].text[:1].isupper():
                i -= 1  # the first word of the other venue's name
            return doc[i].text[:1].isupper() and venue_mention(doc, i)
    return False


def venue_count(doc: Doc, spans: list[tuple[int, int]]) -> int:
    """How many of the mentions at token ranges ``spans`` name a venue (an owner, as in "at
    the Acme's office", names none)."""
    owned = [e < len(doc) and doc[e].tag_ == "POS" for _, e in spans]
    return sum(venue_mention(doc, s) for (s, _), o in zip(spans, owned, strict=True) if not o)


# Nouns and verbs after which "in X" is a stake in a body, not a place: "shares in Acme".
_STAKES = frozenset(
    {"stake", "share", "shares", "holding", "interest", "invest", "investment", "role", "job",
     "rebellion", "division", "split", "revolt", "confidence", "faith", "trust"}
)


def located_count(doc: Doc, spans: list[tuple[int, int]]) -> int:
    """How many mentions are where something is: "in Elmbury" (not "shares in Acme", not
    "in Acme's results")."""
    n = 0
    for s, e in spans:
        at = _preposition_before(doc, s)
        owns = e < len(doc) and doc[e].tag_ == "POS"
        if at is None or at.lower_ != "in" or owns or at.i != s - 1:
            continue
        heads = (at.head.lemma_.lower(), at.head.lower_, doc[at.i - 1].lower_)
        n += not any(h in _STAKES for h in heads)
    return n


def setting_votes(
    doc: Doc, spans: list[tuple[int, int]], labels: Counter[str], person_like: bool
) -> Counter[str]:
    """Kind votes from where a name stands: a venue or a setting ("played at Elmfield",
    "schools in Hollowby") for a place, a contest's side ("fail to beat Rovington") for a
    body. A name shaped or cued as a person's takes no place votes."""
    votes: Counter[str] = Counter()
    if not person_like:
        votes["place"] += 4 * venue_count(doc, spans)
        located = located_count(doc, spans)
        if located * 2 >= len(spans):
            votes["place"] += 2 * located
    if labels["PERSON"] * 2 < sum(labels.values()):
        votes["organization"] += 4 * sum(contested(doc, s, e) for s, e in spans)
    return votes
