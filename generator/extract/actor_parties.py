"""Parties' short names the tagger left untagged: "The Lib Dems have appointed …",
"Labour and the Tories"."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_works import party_nickname


def party_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of a party's short name outside every entity, written capitalised."""
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not tok.is_title:
            continue
        if tok.text == "Labour" and (not tok.is_sent_start or tok.dep_ == "nsubj"):
            out.append((i, i + 1))  # "Labour and the Tories clashed"; not "Labour costs rose"
            continue
        for n in (2, 1):
            j = i + n
            if j <= len(doc) and not taken & set(range(i, j)) and party_nickname(doc[i:j].text):
                out.append((i, j))
                break
    return [sp for k, sp in enumerate(out) if k == 0 or out[k - 1][1] <= sp[0]]


_PARTY_SHORT = frozenset({"GOP", "Republican", "Democratic", "Democrat"})


def party_only_modifies(doc: Doc, name: str, spans: list[tuple[int, int]]) -> bool:
    """A party's short name used only before a noun ("GOP donors", "the GOP race"): the party
    as an adjective, never an actor of the story."""
    if name not in _PARTY_SHORT:
        return False
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        root = toks.root if toks is not None else None
        if root is None or root.dep_ not in ("compound", "nmod", "amod"):
            return False
        if root.head.pos_ not in ("NOUN", "PROPN") or root.head.i < root.i:
            return False
    return True
