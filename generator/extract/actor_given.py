"""Names spaCy missed that start with a common given name: "Vera Zvonareva", "June Carter
Cash" (not the month), "Director of Public Prosecutions Alison Saunders"."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_spans import bare, plain_name_word
from generator.extract.actor_words import HONORIFICS, MONTHS, PLACE_HEADS, TITLE_NOUNS
from generator.extract.given_names import GIVEN_NAMES


def given_name_runs(doc: Doc, persons: set[int]) -> list[tuple[int, int]]:
    """A name spaCy missed or mislabelled that starts with a common given name: "Vera
    Zvonareva", "Harley Levanic" (one or two more capitalised words, then no more)."""
    out = []
    for i, tok in enumerate(doc[:-1]):
        if i in persons or tok.pos_ != "PROPN" or not tok.is_title:
            continue
        if bare(tok.text) not in GIVEN_NAMES or (bare(tok.text) in MONTHS and _dated(doc, i)):
            continue
        k = i + 1
        while k < len(doc) and k not in persons and plain_name_word(doc[k]) and k - i < 3:
            k += 1
        if k == i + 1 and k < len(doc) and k in persons and doc[k].ent_iob_ == "B":
            k += 1  # "Mehmet" + "Oz", the surname alone tagged a person
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
        nxt = doc[k] if k < len(doc) else None
        ends = nxt is None or not nxt.text[:1].isupper() or nxt.is_punct
        ends = ends and bare(doc[k - 1].text) not in PLACE_HEADS
        prev = doc[i - 1] if i else None
        named_before = prev is not None and prev.text[:1].isupper() and prev.ent_type_ != "NORP"
        named_before = named_before and bare(prev.text) not in HONORIFICS | TITLE_NOUNS
        named_before = named_before and not _office_before(doc, i)
        glued = prev is not None and not prev.is_space and not prev.whitespace_
        named_before = named_before or glued  # "Mia-Rose"
        if k - i >= 2 and ends and not named_before:
            out.append((i, k))
    return out



def surname_led_runs(doc: Doc, persons: set[int]) -> list[tuple[int, int]]:
    """A given name spaCy left out before a surname it tags elsewhere, where the two are set
    before an apposition: "Zurab Kvaratse, the chess champion, … Kvaratse said"."""
    surnames = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    out = []
    for i, tok in enumerate(doc[:-3]):
        nxt = doc[i + 1]
        alone = nxt.ent_iob_ == "B" and doc[i + 2].ent_iob_ != "I"  # the surname tagged alone
        if i in persons or (i + 1 in persons and not alone) or nxt.text not in surnames:
            continue
        if tok.ent_type_ or not plain_name_word(tok) or bare(tok.text) in HONORIFICS | MONTHS:
            continue
        prev = doc[i - 1] if i else None
        if prev is not None and prev.text[:1].isupper() and not prev.is_sent_end:
            continue  # "Grand Master Kvaratse": more name or title before it
        if doc[i + 2].text == "," and doc[i + 3].lower_ in ("the", "a", "an"):
            out.append((i, i + 2))
    return out


def _office_before(doc: Doc, i: int) -> bool:
    """ "Director of Public Prosecutions" right before token ``i``: a title, then "of"."""
    j = i - 1
    while j > 0 and (doc[j].text[:1].isupper() or doc[j].lower_ == "the"):
        j -= 1
    return doc[j].lower_ == "of" and j > 0 and bare(doc[j - 1].text) in TITLE_NOUNS


_DATE_LEADS = frozenset(
    {"in", "on", "since", "of", "last", "next", "until", "by", "from", "early", "late", "mid",
     "end", "during", "this", "that", "before", "after", "through", "till", "to"}
)


def _dated(doc: Doc, i: int) -> bool:
    """A month name at token ``i`` that reads as the month ("in June", "June 5", "June's
    figures"), not a woman's given name ("June Carter Cash")."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    if nxt is None or nxt.like_num or not nxt.text[:1].isupper() or nxt.ent_type_ == "DATE":
        return True
    return prev is not None and (prev.lower_ in _DATE_LEADS or prev.like_num)
