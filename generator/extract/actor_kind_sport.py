"""A place's name used for its club or national side in a sports report: "a clash against
Rovington", "leaders Marbella, who host", "Rovington boss", "Rovington were beaten", "their
win at Oporto"."""

from __future__ import annotations

from spacy.tokens import Doc

# Words before a name that make it the other side in a fixture.
_FACE_WORDS = frozenset(
    {"against", "over", "beat", "beating", "beats", "face", "faces", "facing", "host", "hosts",
     "hosting", "visit", "visits", "visiting", "v", "vs", "rivals", "leaders", "champions",
     "holders", "outplayed", "thrashed", "hammered", "edged", "sides", "including"}
)
# Words after a name (or after its "'s") that belong to a side.
_SIDE_AFTER = frozenset(
    {"boss", "manager", "coach", "bench", "defence", "defense", "attack", "side", "squad",
     "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper",
     "captain", "fans", "supporters", "players", "player",
     "victory", "win", "defeat", "chances", "set-up", "lineup", "line-up", "academy",
     "youngster", "forward", "first-team", "shirt"}
)
# Verbs that take a side as their subject.
_SIDE_VERBS = frozenset(
    {"beat", "win", "lose", "draw", "play", "host", "face", "qualify", "visit", "concede",
     "lead", "trail", "thrash", "edge", "top", "climb", "finish"}
)
_SIDE_BE = frozenset({"were", "are", "have"})


def side_cues(doc: Doc, start: int, end: int) -> int:
    """How many words around the name at tokens ``start:end`` treat it as a side."""
    n = 0
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in _FACE_WORDS:
        n += 1
    if prev is not None and prev.lower_ in ("at", "to", "from") and start > 1:
        # "defeat at Oporto", "contracted to Rovington", "joined from Marbella"
        n += doc[start - 2].lower_ in ("defeat", "win", "loss", "draw", "contracted", "joined")
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.text in ("'s", "\u2019s", "'", "\u2019") and end + 1 < len(doc):
        nxt = doc[end + 1]  # "Rovington's defence", "Wales' try"
    if nxt is not None and nxt.lower_ in _SIDE_AFTER:
        n += 1
    root = doc[end - 1]
    if root.dep_ == "nsubj" and (
        root.head.lemma_ in _SIDE_VERBS or root.head.lower_ in _SIDE_BE
    ):
        n += 1  # "Marbella played very well", "Slovakia are the surprise leaders"
    return n


def place_cues(doc: Doc, start: int) -> int:
    """How many words before the name at token ``start`` make it a place: "in", "near"."""
    prev = doc[start - 1] if start > 0 else None
    return int(prev is not None and prev.lower_ in ("in", "near", "outside", "around"))
