"""A spouse named only as "his wife" or "her husband": where the article names two people of
one surname, one of them of the possessor's sex by first name and the other not, the other is
the spouse ("Donald Keller … his wife got her papers … Melania Keller" makes Melania Keller
"wife")."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.speaker_gender import first_name_sex

SPOUSES = {"wife": "m", "husband": "f"}  # the spouse word and its possessor's sex
OWNERS = {"his": "m", "her": "f"}


def spouse_roles(
    doc: Doc, names: list[str], kinds: list[str], roles: list[str | None]
) -> dict[int, str]:
    """Person index → "wife"/"husband" for the one unroled person the text can mean."""
    told: set[str] = set()
    for tok in doc:
        owner = SPOUSES.get(tok.lower_)
        poss = [c.lower_ for c in tok.children if c.dep_ == "poss"]
        if owner is None or not poss or OWNERS.get(poss[0]) != owner:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and (after.pos_ == "PROPN" or after.text == ","):
            continue  # "his wife, Ana" or "his wife Ana": the name carries its own role
        told.add(tok.lower_)
    by_surname: dict[str, list[int]] = {}
    for i, (name, kind) in enumerate(zip(names, kinds, strict=True)):
        if kind == "person" and len(name.split()) >= 2:
            by_surname.setdefault(name.split()[-1], []).append(i)
    pairs = [p for p in by_surname.values() if len(p) == 2]
    out = {}
    for word in told:
        owner_sex, hits = SPOUSES[word], {}
        for pair in pairs:
            sexes = [first_name_sex(names[i]) for i in pair]
            for k in (0, 1):
                spouse = pair[1 - k]
                if sexes[k] == owner_sex and sexes[1 - k] != owner_sex and not roles[spouse]:
                    hits[spouse] = word
        if len(hits) == 1:  # one couple the words can mean
            out.update(hits)
    return out
