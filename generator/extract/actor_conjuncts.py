"""A body's name the tagger missed in a list of bodies it tagged: "Fitch and Moody's",
"Vodafone or Orange", "BT, Energis, NTT" (a list of bodies names bodies)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_JOINS = frozenset({"and", "or", "nor"})


def conjoined_bodies(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """One untagged proper noun joined to a tagged body by "and"/"or" on either side, or by
    commas to tagged bodies on both sides."""
    out = []
    for i, tok in enumerate(doc):
        if i in taken or not _bare_name(tok):
            continue
        after = doc[i + 1 : i + 3]
        before = doc[max(i - 2, 0) : i]
        first = len(after) == 2 and after[1].ent_type_ == "ORG" and after[1].ent_iob_ == "B"
        last = len(before) == 2 and before[0].ent_type_ == "ORG"
        if (first and after[0].lower_ in _JOINS) or (last and before[1].lower_ in _JOINS):
            out.append((i, i + 1))  # "Fitch and Moody's", "Moody's and Fitch"
        elif first and last and after[0].text == "," and before[1].text == ",":
            out.append((i, i + 1))  # "Deutsche Telekom, Energis, NTT"
    return out


def _bare_name(tok: Token) -> bool:
    """A capitalised proper noun of one word inside a sentence (not "All" + "Blacks")."""
    if tok.is_sent_start or tok.tag_ not in ("NNP", "NNPS") or not tok.text[:1].isupper():
        return False
    doc = tok.doc
    return not doc[tok.i - 1].is_title and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)


PLACE_LABELS = frozenset({"GPE", "LOC"})
NAME_LINKS = frozenset({"of", "for"})


def _one_place(tok: Token) -> bool:
    """A place of one word, as the tagger reads it: "Iraq"."""
    return tok.ent_type_ in PLACE_LABELS and tok.ent_iob_ == "B" and (
        tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def paired_place_bodies(doc: Doc) -> list[tuple[int, int]]:
    """A body named after two places: "Iraq and Afghanistan Veterans of America" (two places
    joined by "and", then untagged capitalised words, which may run on through "of"/"for")."""
    out = []
    for i in range(len(doc) - 3):
        if not (_one_place(doc[i]) and doc[i + 1].lower_ == "and" and _one_place(doc[i + 2])):
            continue
        k = i + 3
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title and not doc[k].ent_type_:
            k += 1
        if k == i + 3:
            continue
        while k + 1 < len(doc) and doc[k].lower_ in NAME_LINKS and doc[k + 1].is_title and (
                doc[k + 1].pos_ == "PROPN"):
            k += 2
            while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].is_title:
                k += 1
        out.append((i, k))
    return out


# heads of a site's name that pair up in one name: "Dam and Reservoir", "Museum and Library"
SITE_PAIRS = frozenset([
    "dam", "reservoir", "park", "gardens", "garden", "lake", "museum", "library", "gallery",
    "zoo", "aquarium", "forest", "reserve", "preserve",
])


def paired_site(doc: Doc, end: int) -> int:
    """The end of a site's name that goes on past "and" with a second head: "the Lee Dam" +
    "and Reservoir" (a name ending in a site head, then "and" and one capitalised head)."""
    k = end - 1 if end >= 2 and doc[end - 1].lower_ == "and" else end  # "and" tagged in
    if k < 1 or k + 1 >= len(doc) or doc[k - 1].lower_ not in SITE_PAIRS:
        return end
    second = doc[k + 1]
    if doc[k].lower_ != "and" or not second.is_title or second.lower_ not in SITE_PAIRS:
        return end
    after = doc[k + 2] if k + 2 < len(doc) else None
    return end if after is not None and after.is_title else k + 2

