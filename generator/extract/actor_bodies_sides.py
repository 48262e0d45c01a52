"""Sides the tagger took for places or people: a name a rival beats or is beaten by ("if
Elmbury fail to beat Rovington")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_countries import is_country

# Verbs of a contest between sides: "Elmbury fail to beat Rovington", "they defeated Elmbury".
_CONTEST_VERBS = frozenset({"beat", "defeat", "thrash", "outplay", "overcome", "eliminate"})


def contested(doc: Doc, start: int, end: int) -> bool:
    """True when the name at tokens ``start:end`` (no country's) is a side in a contest with
    another name: subject or object of "beat" and the like ("Elmbury fail to beat Rovington",
    "Rovington defeated Elmbury")."""
    root = doc[end - 1]
    if is_country(doc[start:end].text) or root.dep_ not in ("nsubj", "dobj"):
        return False
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_.lower() not in _CONTEST_VERBS:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)  # "fail to beat"
    if verb.lemma_.lower() not in _CONTEST_VERBS:
        return False
    subject = verb.head if verb.dep_ == "xcomp" else verb
    args = [c for c in (*verb.children, *subject.children) if c.dep_ in ("nsubj", "dobj")]
    return any(c.i != root.i and c.pos_ == "PROPN" for c in args)


# Posts a side's name opens before the holder's name: "Rovington boss Ann Hale".
_POSTS = frozenset(
    {"boss", "manager", "coach", "chairman", "captain", "skipper", "striker", "midfielder",
     "defender", "goalkeeper", "keeper", "winger", "forward", "owner"}
)


def side_before_post(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Untagged proper-noun runs just before a lower-case post noun that a person's name
    follows: "Middlesbrough boss Steve McClaren" (the side is a body)."""
    out: list[tuple[int, int]] = []
    for tok in doc[1:-1]:
        post, nxt = tok, doc[tok.i + 1]
        if post.text not in _POSTS or nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B":
            continue
        end = start = post.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].i not in taken
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].text.isalpha()
        ):
            start -= 1
        if start < end:
            out.append((start, end))
    return out
