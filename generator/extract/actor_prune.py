"""Actor clusters dropped or re-kinded after kinds are known: families, lone surnames and
nationality words that never act."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_clusters import Cluster, honorific_sex, surname
from generator.model import ActorKind

TOPIC_MENTIONS = 3  # a people named this often is what the story is about


def families(kinds: list[ActorKind], clusters: list[Cluster]) -> list[ActorKind]:
    """ "the Ebelings" next to "Tom Ebeling": a family name in the plural is a group."""
    surnames = {
        surname(f).lower()
        for c, k in zip(clusters, kinds, strict=True)
        if k == "person"
        for f in c.forms
        if " " in f
    }
    out = list(kinds)
    for i, c in enumerate(clusters):
        forms = [f for f in c.forms if f]
        plural = [
            " " not in f and f.endswith("s") and {f[:-1].lower(), f[:-2].lower()} & surnames
            for f in forms
        ]
        if forms and all(plural):
            out[i] = "group"
    return out


def not_surnames(clusters: list[Cluster], kinds: list[ActorKind], text: str = "") -> list[int]:
    """Indices of clusters to keep: a lone "Stancil" (taken for a body, or for a second person)
    beside "Kenneth Morgan Stancil III" is that person's surname, found again by the scan;
    a "Mr. Obama" kept apart from "Michelle Obama" by his honorific stays."""
    surnames = {
        surname(f)
        for c, k in zip(clusters, kinds, strict=True)
        if k == "person"
        for f in c.forms
        if len(f.split()) > 1
    }
    return [
        i
        for i, (c, k) in enumerate(zip(clusters, kinds, strict=True))
        if not c.forms
        or any(f not in surnames for f in c.forms if f)
        or (k == "person" and any(honorific_sex(text, m.start) for m in c.mentions))
    ]


def passive_group(doc: Doc, c: Cluster) -> bool:
    """True for a nationality-like plural that is never a subject: "the latest Westerners" (not
    one the text names three times or more: the people a story is about)."""
    if any(m.label != "NORP" for m in c.mentions) or len(c.mentions) >= TOPIC_MENTIONS:
        return False
    return all(doc[m.tok_end - 1].dep_ not in ("nsubj", "nsubjpass") for m in c.mentions)
