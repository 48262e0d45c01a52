"""A place's name used for its club or national side in a sports report: "a clash against
Rovington", "leaders Marbella, who host", "Rovington boss", "Rovington were beaten", "their
win at Oporto", "Wales' try", "a defeat by Wales", "they will play Marbella"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_countries import is_country
from generator.extract.actor_teams import national_team

# Words before a name that make it the other side in a fixture.
_FACE_WORDS = frozenset(
    {"against", "over", "beat", "beating", "beats", "face", "faces", "facing", "host", "hosts",
     "hosting", "visit", "visits", "visiting", "v", "vs", "rivals", "leaders", "champions",
     "holders", "winners", "finalists", "quarter-finalists", "semi-finalists", "outplayed",
     "thrashed", "hammered", "edged", "sides", "including"}
)
# Words after a name (or after its "'s") that belong to a side.
_SIDE_AFTER = frozenset(
    {"boss", "manager", "coach", "bench", "defence", "defense", "attack", "side", "squad",
     "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper",
     "captain", "fans", "supporters", "players", "player",
     "victory", "win", "defeat", "chances", "set-up", "lineup", "line-up", "academy",
     "youngster", "forward", "first-team", "shirt", "team-mates", "teammates"}
)
# Nouns a side's name owns or qualifies a few words on: "Spain's Davis Cup victory",
# "France's pack", "Wales' try", "England's camp" (words no person or town owns so).
_SIDE_HEADS = _SIDE_AFTER | frozenset(
    {"try", "tries", "pack", "scrum", "lineout", "forwards", "backs", "camp", "team-mates",
     "teammates", "title", "triumph", "campaign"}
)
# Verbs that take a side as their subject.
_SIDE_VERBS = frozenset(
    {"beat", "win", "lose", "draw", "play", "host", "face", "qualify", "visit", "concede",
     "lead", "trail", "thrash", "edge", "top", "climb", "finish"}
)
# Verbs that take a side as their object: "they will play Marbella", "Defoe joined Rovington".
_SIDE_OBJECT_VERBS = frozenset({"beat", "play", "face", "host", "visit", "thrash", "join"})
# "a defeat by Wales", "losing to Argentina", "signing for Marbella", "spells with Rovington".
_SIDE_LINKS = {
    "by": frozenset({"defeat", "beaten", "loss", "thrashing", "thrashed", "hammering"}),
    "to": frozenset({"defeat", "loss", "losing", "lost", "lose", "contracted"}),
    "for": frozenset({"signing", "signed", "sign", "played", "playing", "appearances"}),
    "with": frozenset({"spell", "spells", "draw"}),
    "at": frozenset({"defeat", "win", "loss", "draw"}),
    "from": frozenset({"joined", "signed", "signing"}),
}
_SIDE_BE = frozenset({"were", "are", "have"})


def side_cues(doc: Doc, start: int, end: int) -> int:
    """How many words around the name at tokens ``start:end`` treat it as a side."""
    n = 0
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in _FACE_WORDS:
        n += 1
    if prev is not None and prev.lower_ in _SIDE_LINKS and start > 1:
        n += doc[start - 2].lower_ in _SIDE_LINKS[prev.lower_]  # "defeat by Wales"
    root = doc[end - 1]
    if _owned_by_side(doc, end, root):
        n += 1
    plural = root.tag_.startswith("NNP") and _plural_verb(root.head)
    if root.dep_ == "nsubj" and (root.head.lemma_ in _SIDE_VERBS or plural):
        n += 1  # "Marbella played very well", "Slovakia are the surprise leaders"
    elif root.dep_ == "dobj" and root.head.lemma_ in _SIDE_OBJECT_VERBS:
        n += 1  # "they will play Marbella", "Defoe joined Rovington"
    if any(c.dep_ == "relcl" and (c.lemma_ in _SIDE_VERBS or _plural_verb(c))
           for c in root.children):
        n += 1  # "Rovington, who are proud of ...", "Marbella, who host ..."
    return n


def _owned_by_side(doc: Doc, end: int, root: Token) -> bool:
    """ "Rovington boss", "Wales' try", "Spain's Davis Cup victory": a side's noun follows."""
    i = end + 1 if end < len(doc) and doc[end].text in _OWNS else end
    if _word_at(doc, i) in _SIDE_AFTER:
        return True
    return root.dep_ in ("poss", "compound") and root.head.lower_ in _SIDE_HEADS and (
        0 < root.head.i - end <= 4
    )


def team_only(doc: Doc, start: int, end: int) -> bool:
    """Words around the name no person takes: a squad or staff after it ("Rovington boss",
    "Rovington's pack"), a plural title before it ("leaders Rovington"), a plural verb for
    a singular name ("Rovington were", "Rovington, who are"), "signing for Rovington"."""
    owned = end < len(doc) and doc[end].text in _OWNS
    if _word_at(doc, end + owned) in (_SQUAD if owned else _SQUAD | _STAFF):
        return True
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ in _PLURAL_TITLES:
        return True
    root = doc[end - 1]
    subject = root.dep_ in ("nsubj", "nsubjpass") and root.tag_.startswith("NNP")
    if subject and _plural_verb(root.head):
        return not any(c.dep_ == "conj" for c in root.children)  # "Rovington were beaten"
    if any(c.dep_ == "relcl" and _plural_verb(c) for c in root.children):
        return True
    return prev is not None and start > 1 and (
        (prev.lower_ == "for" and doc[start - 2].lower_ in ("signing", "signed", "played"))
        or (prev.lower_ == "with" and doc[start - 2].lower_ in ("spell", "spells"))
    )


_SQUAD = frozenset(
    {"squad", "players", "academy", "set-up", "side", "bench", "pack", "defence", "forwards",
     "backs", "tries", "supporters"}
)
_STAFF = frozenset(
    {"boss", "manager", "coach", "fans", "player", "captain", "skipper", "team-mates", "teammates"}
)
_PLURAL_TITLES = frozenset(
    {"leaders", "champions", "holders", "winners", "finalists", "quarter-finalists",
     "semi-finalists", "rivals", "visitors", "hosts", "runners-up", "strugglers"}
)


_OWNS = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _word_at(doc: Doc, i: int) -> str:
    """The lower-cased word at token ``i``, its hyphened pieces joined: "set-up"."""
    if i >= len(doc):
        return ""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
        return (doc[i].text + "-" + doc[i + 2].text).lower()
    return doc[i].lower_


def _plural_verb(verb: Token) -> bool:
    """A verb in the plural: "are", "were", "have", "look" (VBP), or one with such a helper."""
    if verb.lower_ in _SIDE_BE or verb.tag_ == "VBP":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SIDE_BE for c in verb.children)


def place_cues(doc: Doc, start: int) -> int:
    """How many words before the name at token ``start`` make it a place: "in", "near"."""
    prev = doc[start - 1] if start > 0 else None
    return int(prev is not None and prev.lower_ in ("in", "near", "outside", "around"))


def allied_side(doc: Doc, text: str, start: int, end: int) -> bool:
    """ "a choice between England and France": the name at tokens ``start:end`` is joined by
    "and"/"or" to a country's name that stands for a national side elsewhere in the text."""
    root = doc[end - 1]
    mates = [t for t in (*root.conjuncts, root.head) if t.i != root.i and t.ent_type_ == "GPE"]
    if root.dep_ != "conj":
        mates = [t for t in mates if t in root.conjuncts]
    for mate in mates:
        spans = [(t.i, t.i + 1) for t in doc if t.text == mate.text and t.ent_type_ == "GPE"]
        if is_country(mate.text) and national_team(doc, text, spans):
            return True
    return False
