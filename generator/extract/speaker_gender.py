"""The sex a he/she can refer to: from honorifics, common first names and gendered role nouns.

``sexes`` maps an actor's canonical name to "m" or "f" where the text or the name says so:
an honorific before a mention ("Mr. Lowe", "Mrs. Ruiz"), a common English first name
("Hillary", "Chris") or a gendered noun in the role or apposition ("his daughter", "spokeswoman"),
else a possessive or reflexive pronoun bound by the person as the subject of its clause ("Ana
Ruiz lost her sight", "Diaz hurt himself").
Names used by both sexes (Jordan, Taylor, Alex) are in neither list.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from generator.extract.given_names import FEMALE_NAMES, MALE_NAMES
from generator.model import Actor

_FEMALE_NOUNS = """
woman women girl daughter wife mother sister aunt niece grandmother granddaughter widow
bride queen princess duchess lady actress spokeswoman chairwoman congresswoman
businesswoman councilwoman policewoman stepmother mom mum
"""
_MALE_NOUNS = """
man men boy son husband father brother uncle nephew grandfather grandson widower groom
king prince duke lord actor spokesman chairman congressman businessman councilman
policeman stepfather dad
"""
FEMALE_NOUNS = frozenset(_FEMALE_NOUNS.split())
MALE_NOUNS = frozenset(_MALE_NOUNS.split())
HONORIFIC_M = re.compile(r"\b(?:Mr|Sir|Lord)\.? $")
HONORIFIC_F = re.compile(r"\b(?:Mrs|Ms|Miss|Lady|Dame)\.? $")
BOUND = {"his": "m", "himself": "m", "her": "f", "herself": "f"}


# First names common for both sexes ("Lindsey Graham", "Tracy Morgan"): the pronouns the
# text binds to the person tell, not the name.
UNISEX_NAMES = frozenset(
    {"lindsey", "lindsay", "tracy", "tracey", "kerry", "leslie", "jody", "jamie", "terry",
     "shannon", "stacy", "carey", "courtney", "kelly", "robin", "dana", "sidney", "sydney",
     "jordan", "taylor", "casey", "morgan", "jean", "andrea", "ashley", "lynn", "marion"}
)


def first_name_sex(name: str) -> str | None:
    """ "m" or "f" for a name starting with a common first name of one sex, else None."""
    first = name.split()[0].lower().strip(".") if name.split() else ""
    if first in UNISEX_NAMES:
        return None
    if first in FEMALE_NAMES:
        return "f"
    return "m" if first in MALE_NAMES else None


def noun_sex(words: str) -> str | None:
    """ "m" or "f" when a role or description has a gendered noun ("his daughter")."""
    low = set(re.findall(r"[a-z]+", words.lower()))
    f, m = bool(low & FEMALE_NOUNS), bool(low & MALE_NOUNS)
    return "f" if f and not m else "m" if m and not f else None


def sexes(
    text: str,
    mentions: list[tuple[int, int, Actor]],
    doc: Doc | None = None,
    quoted: Callable[[int], bool] | None = None,
) -> dict[str, str]:
    """Canonical name → "m"/"f" for the persons whose sex the text or name makes plain;
    with the parse, also from the pronouns a person binds (``bound_sex``) outside quotes
    (``quoted`` tells whether an offset is inside one)."""
    out: dict[str, str] = {}
    for s, _e, actor in mentions:
        if actor.kind != "person":
            continue
        before = text[max(0, s - 6) : s]
        if HONORIFIC_M.search(before):
            out.setdefault(actor.name, "m")
        elif HONORIFIC_F.search(before):
            out.setdefault(actor.name, "f")
    for _s, _e, actor in mentions:
        if actor.kind == "person" and actor.name not in out:
            sex = first_name_sex(actor.name) or noun_sex(actor.role or "")
            if sex:
                out[actor.name] = sex
    for s, e, actor in mentions if doc is not None else []:
        if actor.kind != "person" or actor.name in out or (quoted and quoted(s)):
            continue
        span = doc.char_span(s, e, alignment_mode="expand")
        sex = bound_sex(span.root) if span is not None and len(span) else None
        if sex is not None:
            out[actor.name] = sex
    return out


def bound_sex(name: Token) -> str | None:
    """ "m"/"f" from the possessive or reflexive pronouns in the clause a name is the sole
    subject of ("Ana Ruiz, 25, lost her sight"); None when there are none or they differ,
    or when the subject is one of several joined by "and"."""
    if name.dep_ not in ("nsubj", "nsubjpass") or name.pos_ != "PROPN":
        return None
    if name.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in name.children):
        return None
    verb, found = name.head, set()
    for tok in verb.subtree:
        sex = BOUND.get(tok.lower_)
        if sex is None or tok.i < name.i or (tok.lower_ == "her" and tok.dep_ != "poss"):
            continue
        if _own_clause(tok, verb):
            found.add(sex)
    return found.pop() if len(found) == 1 else None


def _own_clause(tok: Token, verb: Token) -> bool:
    """No verb with a subject of its own lies between ``tok`` and the clause's ``verb``."""
    for anc in tok.ancestors:
        if anc.i == verb.i:
            return True
        if anc.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in anc.children
        ):
            return False
    return False
