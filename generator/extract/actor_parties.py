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
