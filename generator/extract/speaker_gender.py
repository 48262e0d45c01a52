"""The sex a he/she can refer to: from honorifics, common first names and gendered role nouns.

``sexes`` maps an actor's canonical name to "m" or "f" where the text or the name says so:
an honorific before a mention ("Mr. Lowe", "Mrs. Ruiz"), a common English first name
("Hillary", "Chris") or a gendered noun in the role or apposition ("his daughter", "spokeswoman").
Names used by both sexes (Jordan, Taylor, Alex) are in neither list.
"""

from __future__ import annotations

import re

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


def first_name_sex(name: str) -> str | None:
    """ "m" or "f" for a name starting with a common first name of one sex, else None."""
    first = name.split()[0].lower().strip(".") if name.split() else ""
    if first in FEMALE_NAMES:
        return "f"
    return "m" if first in MALE_NAMES else None


def noun_sex(words: str) -> str | None:
    """ "m" or "f" when a role or description has a gendered noun ("his daughter")."""
    low = set(re.findall(r"[a-z]+", words.lower()))
    f, m = bool(low & FEMALE_NOUNS), bool(low & MALE_NOUNS)
    return "f" if f and not m else "m" if m and not f else None


def sexes(text: str, mentions: list[tuple[int, int, Actor]]) -> dict[str, str]:
    """Canonical name → "m"/"f" for the persons whose sex the text or name makes plain."""
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
    return out
