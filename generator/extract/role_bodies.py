"""Roles of bodies and body ties of people: what the text calls a body before its name
("news agency Tass") and the body a person is tied to ("X at the National Review")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import ORG_DESCRIPTORS, PLACE_HEADS, STREET_WORDS
from generator.extract.role_both import both_title
from generator.extract.role_while import joined_while_title
from generator.extract.role_words import POSSESSIVE, bare, para_end, para_start


def affiliation(doc: Doc, name: Span) -> str | None:
    """A role only where the text gives no other: the body a name is tied to
    (``_affiliation``), a title a pair shares in the next sentence ("Both executives …")
    or a past office in a clause on a verb the name shares ("… and tried to when he was
    Home Secretary")."""
    return _affiliation(doc, name) or both_title(doc, name) or joined_while_title(doc, name)


def _affiliation(doc: Doc, name: Span) -> str | None:
    """The body a name is tied to by "at"/"of" ("Dan Ruiz at the National Review said") or a
    possessive ("the Green Party's Ana Ruiz"): a role only where the text gives no other."""
    owner = _possessive_body(doc, name.start)
    if owner:
        return owner
    i, end = name.end, para_end(doc, name.end)
    link = doc[i + 1].lower_ if i + 2 < end and doc[i].text == "," else ""
    if link in ("from", "of") or (link in _FOR_LINKS and doc[i + 2].lower_ == "the"):
        i += 1  # "Lena Ortiz, from Clean Rivers Trust, said"; "X, representing the NMC,"
    elif i + 1 >= end or doc[i].lower_ not in ("at", "of", "from") or not doc[i - 1].whitespace_:
        return None
    j = i + 1
    while j < end and doc[j].lower_ == "the":
        j += 1
    if j + 1 < end and doc[j].ent_type_ in ("GPE", "NORP") and doc[j + 1].ent_iob_ == "B":
        j += doc[j + 1].ent_type_ == "ORG"  # "from the UK National Tremor Foundation"
    owner = j
    while j < end and doc[j].pos_ == "PROPN" and doc[j].ent_type_ in ("", "ORG", "GPE"):
        j += 1  # "the UK's Animal Rights Watch": a country may own the body too
    if j == owner or j + 1 >= end or doc[j].text not in POSSESSIVE:
        j = owner  # no owner: "of Arsenal's Supporters Trust" has one
    else:
        j += 1
    k = j
    while k < end and doc[k].ent_type_ == "ORG" and (k == j or doc[k].ent_iob_ == "I"):
        k += 1
    if k == j:
        k = _unlabelled_body(doc, j, end)  # "Remy Colin of Aerial Messages said"
    if k > j and bare(doc[k - 1].text) in STREET_WORDS:
        return None  # "Glenn Mason, of Flamborough Close, Biggin Hill": an address
    owner -= owner > 0 and doc[owner - 1].text == "The" and not doc[owner - 1].is_sent_start
    return doc[owner:k].text if k > j else _partner_phrase(doc, j, end)


def _unlabelled_body(doc: Doc, j: int, end: int) -> int:
    """The end of a run of capitalised words from ``j`` that the tagger left unlabelled and
    that is no place ("of Aerial Messages in Leeds"; not "of Wickham, Kent"), else ``j``."""
    k = j
    while k < end and k - j < 8 and _unlabelled(doc[k]):
        k += 1
        if k + 1 < end and doc[k].lower_ in ("and", "&") and _unlabelled(doc[k + 1]):
            k += 1  # "of Smith and Jones Removals"
    if k - j == 1 and doc[j - 1].text == "The":
        return k  # "of The Ledger": a capital "The" mid-sentence opens a body's name
    if k - j == 1:
        return _described_body(doc, k, end) or j  # a lone word is as likely a home town
    if bare(doc[k - 1].text) in PLACE_HEADS:
        return j
    if k + 1 < end and doc[k].text == "," and doc[k + 1].ent_type_ in ("GPE", "LOC"):
        return j  # "Tom Hale of Upper Wickham, Kent": a home and its county
    return k


def _described_body(doc: Doc, k: int, end: int) -> int | None:
    """The end of a lone name's lowercase description as a body, up to the clause's end:
    "of the Unite trade union," (a home town is not called a "union"), else None."""
    m = k
    while m < end and m - k < 3 and doc[m].is_lower and doc[m].pos_ in ("ADJ", "NOUN"):
        m += 1
    if m == k or (m < end and not doc[m].is_punct) or doc[m - 1].lower_ not in ORG_DESCRIPTORS:
        return None
    return m


_FOR_LINKS = frozenset({"for", "representing"})  # "representing Mason": a client


def _unlabelled(tok: Token) -> bool:
    """A capitalised name word the tagger left without a label."""
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN") and not tok.ent_type_


def _partner_phrase(doc: Doc, j: int, end: int) -> str | None:
    """ "of Respond's Belgian partner Keyobs": a body's descriptor, then the body's name,
    up to the end of the clause."""
    k = j
    while k < end and k - j < 8 and not doc[k].is_punct and doc[k].pos_ != "VERB":
        k += 1
    words = doc[j:k]
    if len(words) < 2 or not words[-1].text[:1].isupper():
        return None
    if not any(t.lemma_.lower() in ORG_DESCRIPTORS | _MORE_BODIES for t in words[:-1]):
        return None
    return words.text


_MORE_BODIES = frozenset(
    {"partner", "bookmaker", "broker", "consultancy", "publisher", "regulator", "supplier"}
)
_BODY_WORDS = ORG_DESCRIPTORS | (_MORE_BODIES - {"partner"}) | {
    "restaurant", "hotel", "inspector"
}


def _possessive_body(doc: Doc, start: int) -> str | None:
    """ "the Green Party's Ana Ruiz" → "Green Party" (an organisation, never a place)."""
    if start < 2 or doc[start - 1].text not in POSSESSIVE or doc[start - 2].ent_type_ != "ORG":
        return None
    j = start - 2
    while j > 0 and doc[j - 1].ent_type_ == "ORG" and doc[j].ent_iob_ == "I":
        j -= 1
    j += doc[j].lower_ == "the"
    return doc[j : start - 1].text if j < start - 1 else None


def body_role(doc: Doc, name: Span) -> str | None:
    """What the text calls a body right before its name: "Russian state news agency Tass",
    "security firm Sophos" (lowercase words ending in a noun for a kind of body)."""
    i = name.start - 1
    floor = max(para_start(doc, name.start), name.start - 7)
    end = name.start
    if i >= 1 and doc[i].lower_ == "the" and doc[i - 1].is_lower:
        i, end = i - 1, i  # "civil liberties group the Open Rights Trust"
    elif i >= 1 and _dashed(doc, name):
        i, end = i - 1, i  # "a subsidiary company - Lifetime - employed"
    opening = i >= 0 and (i == floor or doc[i].is_sent_start) and doc[i].is_title
    if i < 0 or not (doc[i].is_lower or opening) or doc[i].lemma_.lower() not in _BODY_WORDS:
        return None  # "Charity Bite-Back reported …": a sentence's first word is capitalised
    while i - 1 >= floor:
        prev = doc[i - 1]
        glued = prev.text == "-" and not prev.whitespace_ and not doc[i - 2].whitespace_
        if glued and i - 2 >= floor and doc[i - 2].is_lower:
            i -= 2  # "anti-virus firm Sophos"
        elif prev.pos_ in ("ADJ", "NOUN", "PROPN") and (
            prev.is_lower or prev.ent_type_ in ("NORP", "GPE")
        ):
            i -= 1
        else:
            break
    first = doc[i - 1] if i - 1 >= floor else None
    if first is not None and first.is_sent_start and first.pos_ in ("ADJ", "NOUN"):
        i -= not first.ent_type_  # "Security firm Sophos said": capitalised as the first word
    return doc[i:end].text


def body_apposition(doc: Doc, name: Span) -> str | None:
    """What the text calls a body in apposition after its name: "Allianz, a leading German
    insurer, said" → "leading German insurer" (a noun for a kind of body closes it)."""
    i, end = name.end, para_end(doc, name.end)
    i = _past_acronym(doc, i, end)  # "the Office of Fair Trading (OFT), the watchdog, said"
    dashed = i < end and doc[i].text in _DASHES and doc[i].whitespace_ != ""
    if i + 2 >= end or (doc[i].text != "," and not dashed):
        return None
    j = k = first = i + 2
    owner = i + 1
    while owner < end and doc[owner].pos_ == "PROPN":
        owner += 1  # "Nordvik Re, Europe's sixth-largest shipping insurer, said"
    if owner > i + 1 and owner < end and doc[owner].text in POSSESSIVE:
        j, k = i + 1, owner + 1
        first = k
    elif doc[i + 1].lower_ not in ("a", "an", "the"):
        return None
    while k < end and k - first < 6 and (
        doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "ADV") or doc[k].tag_ in ("VBG", "VBN", "HYPH")
    ):
        k += 1
        if k + 1 < end and k - 1 == first and doc[k].text in POSSESSIVE:
            k, first = k + 1, k + 1  # "the profession's watchdog"
    while dashed and k - 1 > first and doc[k - 1].lemma_.lower() not in _BODY_WORDS:
        k -= 1  # "- the watchdog responsible for teachers -": the noun ends the name for it
    head = doc[k - 1] if k > j else None
    closed = k >= end or doc[k].text in (",", ".", ";") or (dashed and _dash_closes(doc, k, end))
    if head is None or not closed or head.lemma_.lower() not in _BODY_WORDS:
        return None
    return doc[j:k].text


_DASHES = ("-", "\u2013", "\u2014")


def _past_acronym(doc: Doc, i: int, end: int) -> int:
    """The index after a bracketed short form at ``i`` ("(OFT)"), else ``i``."""
    short = i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")"
    return i + 3 if short and doc[i + 1].text.isupper() else i


def _dash_closes(doc: Doc, k: int, end: int) -> bool:
    """A spaced dash closes the aside within a few words after ``k`` ("- the watchdog
    responsible for teachers -")."""
    return any(t.text in _DASHES and t.whitespace_ for t in doc[k : min(end, k + 8)])


def _dashed(doc: Doc, name: Span) -> bool:
    """The name stands between two spaced dashes: "a subsidiary - Lifetime - employed"."""
    dashes = ("-", "\u2013", "\u2014")
    before, after = doc[name.start - 1], doc[name.end] if name.end < len(doc) else None
    return (
        before.text in dashes
        and after is not None
        and after.text in dashes
        and bool(doc[name.start - 2].whitespace_)
        and bool(after.whitespace_)
    )


def org_role(doc: Doc, name: Span) -> str | None:
    """A body's role: what the text calls it before its name, else in apposition after it."""
    return body_role(doc, name) or body_apposition(doc, name)
