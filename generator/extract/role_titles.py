"""Titles written right before a name: "Iranian Foreign Minister Abbas Araghchi", "Speaker
of the House Newt Gingrich", "Tory benefits chief X", "chief inspector of prisons X"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_countries import is_demonym
from generator.extract.actor_words import (
    DESCRIPTOR_NOUNS,
    HONORIFICS,
    MONTHS,
    ORG_DESCRIPTORS,
    PARTY_WORDS,
    PERSON_NOUNS,
    WEEKDAYS,
)
from generator.extract.role_words import (
    POSSESSIVE,
    bare,
    clean,
    is_title,
    para_start,
    title_gerund,
    title_or_plural,
    under_title,
)


def pre_title(doc: Doc, name: Span) -> str | None:
    """Title words right before the name: "White House press secretary"."""
    sent_start = para_start(doc, name.start)
    i = name.start - 1
    while i >= sent_start and (_honorific(doc[i]) or _blank(doc[i])):
        i -= 1  # "Mr", and a no-break space between title and name
    i = before_nickname(doc, i, sent_start)
    if i - 2 >= sent_start and doc[i].lower_ == "late" and doc[i - 1].lower_ == "the":
        i -= 2 if is_title(doc[i - 2]) else 0  # "actor the late Tom Hale": the title before
    if i > sent_start and doc[i].is_title and is_demonym(doc[i].text):
        i -= int(title_or_plural(doc[i - 1]))  # "cross country champion Briton Jo Hale"
    end = i + 1
    while i >= sent_start:
        t = doc[i]
        if t.text in (".", "!", "?") and doc[i + 1].is_sent_start:
            break  # "… said strategist Lin Wei. GOP nominee Dale Hart": another sentence
        if doc[i + 1].is_sent_start and t.is_upper and t.is_alpha and len(t.text) > 1:
            break  # "FIVE HURT IN BLAST Police Chief Ann Lee": a lead-in in capitals
        if t.text in POSSESSIVE and i - 1 >= sent_start and doc[i - 1].text[:1].isupper():
            i -= 2
            continue
        if t.lower_ == "the" and i - 2 >= sent_start and doc[i - 1].lower_ in ("of", "to"):
            if is_title(doc[i - 2]) and doc[i - 2].text[:1].isupper():
                i -= 2  # "Speaker of the House Newt Gingrich", "Ambassador to the UN X"
                continue
            break
        field = t.lower_ == "for" and not any(  # "Undersecretary for Management", but not
            is_title(x) or x.text[:1].islower() for x in doc[i + 1 : end]  # "aide for Sen."
        )
        office = t.lower_ == "of" or field
        if office and i + 1 < end and i > sent_start and _office_of(doc, i, end):
            if is_title(doc[i - 1]):
                i -= 1
                continue
            break
        if t.lower_ in ("and", "&") and i + 1 < end and i > sent_start:
            if is_title(doc[i - 1]) and is_title(doc[i + 1]):
                i -= 1  # "Film Guild president and CEO Dana Webb"
                continue
            break
        if t.text == "-" and i > sent_start and not t.whitespace_:
            i -= 1
            if not doc[i].whitespace_ and doc[i].is_alpha and i > sent_start:
                i -= 1  # "under-fire manager": the word glued before the hyphen too
            continue
        if under_title(doc, i):
            i -= 1  # "Treasury Under Secretary Tom Hale"
            continue
        if t.ent_type_ in ("DATE", "TIME") or bare(t.text) in WEEKDAYS | MONTHS:
            break  # "On Wednesday Irish Transport Minister ..."
        if t.pos_ == "VERB" and t.tag_ == "VB" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in t.children
        ):  # not "assistant to sculptor Ann Lee", "Leeds and Wexford lock Ed Hale"
            break  # "McConnell will shepherd Garland's bill": a verb after a modal
        if (
            t.pos_ in ("PROPN", "ADJ", "NOUN", "NUM")
            or is_title(t)
            or title_gerund(t)  # "managing director"
            or _misread_plural(doc, i, end)
        ):
            plural_title = i == end - 1 and title_or_plural(t)  # "Presidential candidates X"
            plural = t.pos_ == "NOUN" and not is_title(t) and t.tag_ == "NNS"
            modifier = i + 1 < end and is_title(doc[i + 1])  # "Tory benefits chief"
            office = i > sent_start and doc[i - 1].lower_ == "of"  # "inspector of prisons"
            if plural and t.dep_ != "compound" and not plural_title and not modifier and not office:
                break  # "protesters" ends the title; "operations" in "chief operations officer"
            named = any(t2.text[:1].isupper() and t2.pos_ == "PROPN" for t2 in doc[i + 1 : end])
            common = t.pos_ == "NOUN" and t.is_lower and not is_title(t)
            if named and common and t.lower_ not in _TITLE_MODIFIERS:
                break  # "… its rally Labour co-chairman Ian Moss": the title starts at "Labour"
            i -= 1
            continue
        break
    s = i + 1
    if s == end - 1 and bare(doc[s].text) in PARTY_WORDS and len(name) < 2:
        return None  # "for Labour Brown's speech": a party word before a surname alone
    if _after_as(doc, s, sent_start):
        return None  # "lost his job as the Acme Board's director Ana Ruiz": someone else's
    last = end - 2 if end - 2 >= s and doc[end - 1].text == "." else end - 1
    ranked = last > s and doc[last].like_num and doc[last - 1].lower_ in ("number", "no")
    if ranked:  # "world number two Tommy Haas"
        s += doc[s].lower_ in ("the", "a", "an")
        return doc[s:end].text
    nation = doc[last].ent_type_ == "NORP" or (doc[last].pos_ == "ADJ" and doc[last].is_title)
    if last > s and nation and title_or_plural(doc[last - 1]):
        end, last = last, last - 1  # "seventh seed Russian Mikhail Youzhny": title, nationality
    if s >= end or (not title_or_plural(doc[last]) and not _ends_in_title_phrase(doc, s, end)):
        return None
    year = len(doc[s].text) == 4 and doc[s].text.isdigit()  # "1988 Masters winner"
    count = doc[s].text.isdigit() or (doc[s].pos_ == "NUM" and doc[s].is_alpha)  # not "9/11"
    count = count and doc[s].ent_type_ != "ORDINAL"  # "First Minister Jack McConnell"
    count = count and not year and s + 1 < end and doc[s + 1].text != "-"
    count = count and not (doc[s].text.isdigit() and _unit_after(doc, s))  # "60m champion"
    if count and not _named_work(doc, s, last):
        return None  # "… 9 patients and one nurse Ellen Shaw": a count, not a title
    return clean(doc, s, end)


def _after_as(doc: Doc, s: int, floor: int) -> bool:
    """The title at ``s`` goes on a noun phrase that "as" opens: "as the England and Wales
    Board's director"."""
    i = s - 1
    while i >= max(floor, s - 6) and (
        doc[i].pos_ in ("PROPN", "DET", "CCONJ", "NOUN") or doc[i].text in POSSESSIVE
    ):
        i -= 1
    listing = i > 0 and doc[i - 1].lower_ in ("such", "well")  # "such as the Acme boss X"
    return i >= floor and i < s - 1 and doc[i].lower_ == "as" and not listing


def _honorific(tok: Token) -> bool:
    """ "Mr", "Prof.", "Professor": a form of address, not part of the role; a lowercase title
    ("law school professor Ann Roe") is the role itself."""
    return bare(tok.text) in HONORIFICS and not (tok.is_lower and is_title(tok))


def _unit_after(doc: Doc, s: int) -> bool:
    """A unit glued to the figure at ``s`` ("60m", "100kg"): a distance or weight class."""
    nxt = doc[s + 1]
    return not doc[s].whitespace_ and nxt.is_alpha and nxt.is_lower and len(nxt) <= 2


def _named_work(doc: Doc, s: int, last: int) -> bool:
    """A number starting a capitalised name, as in a work's title: "Three Kings" in "Three
    Kings film-maker X" (a count of more than one would not stand before a singular title)."""
    nxt = doc[s + 1]
    if doc[s].lower_ in ("one", "1") or last <= s + 1 or doc[last].tag_ not in ("NN", "NNP"):
        return False
    return nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN")


_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})


def before_nickname(doc: Doc, i: int, floor: int) -> int:
    """The index before a quoted nickname ending at ``i`` ("Reality star 'Mama' Jo Ruiz"), or
    ``i`` itself."""
    if i - 2 < floor or doc[i].text not in _QUOTES:
        return i
    j = i - 1
    while j > i - 4 and j > floor and doc[j].text[:1].isupper() and doc[j].text not in _QUOTES:
        j -= 1
    if j == i - 1 or doc[j].text not in _QUOTES:
        return i
    return j - 1


_TITLE_MODIFIERS = frozenset({"shadow", "deputy", "acting", "interim", "junior", "senior"})


def _office_of(doc: Doc, i: int, end: int) -> bool:
    """ "of" in a title before a name: "Secretary of State", "chief inspector of prisons"
    (one plural noun straight before the name)."""
    nxt = doc[i + 1]
    return nxt.text[:1].isupper() or (i + 2 == end and _field(nxt))


def _field(tok: Token) -> bool:
    """A lowercase noun for a field of work after a title's "of", right before the name:
    "prisons" in "chief inspector of prisons", "research" in "director of research" (no
    person noun: "the son of farmer X" is no title)."""
    if tok.tag_ == "NNS":
        return True
    return tok.tag_ == "NN" and tok.is_lower and not title_or_plural(tok) and not _person(tok)


def _person(tok: Token) -> bool:
    """A noun for a person: "farmer", "schoolgirl", "man"."""
    return tok.lower_ in DESCRIPTOR_NOUNS or tok.lower_ in PERSON_NOUNS


def _misread_plural(doc: Doc, i: int, end: int) -> bool:
    """ "Tory benefits chief": a plural noun the tagger took for a verb, between a name word
    and the title it modifies."""
    t = doc[i]
    return (
        t.tag_ == "VBZ"
        and t.is_lower
        and i + 1 < end
        and is_title(doc[i + 1])
        and i > 0
        and doc[i - 1].pos_ in ("PROPN", "ADJ")
    )


def _blank(tok: Token) -> bool:
    """A whitespace token within a line (a no-break space)."""
    return tok.is_space and "\n" not in tok.text


def _ends_in_title_phrase(doc: Doc, s: int, end: int) -> bool:
    """True for "Secretary of State"-like phrases: a title, "of" (or "for"), capitalised
    words."""
    for j in range(end - 1, s - 1, -1):
        if doc[j].lower_ in ("of", "for"):
            return j > s and is_title(doc[j - 1])  # "Undersecretary for Management"
        if doc[j].lower_ == "the" and j > s and doc[j - 1].lower_ in ("of", "to"):
            return j - 1 > s and is_title(doc[j - 2])  # "Ambassador to the United Nations"
        if doc[j].lower_ == "the" and j > s and doc[j - 1].lower_ == "of":
            continue  # "Speaker of the House"
        lone_plural = j == end - 1 and _field(doc[j]) and doc[j - 1].lower_ == "of"
        if not doc[j].text[:1].isupper() and not lone_plural:
            return False  # "Secretary of State", "chief inspector of prisons"
    return False


def office_of_body(doc: Doc, name: Span) -> str | None:
    """A title, "of", then a described body right before the name: "general secretary of the
    rail workers union Trackline Ana Ruiz" → everything from "general secretary" to "Trackline"."""
    floor = para_start(doc, name.start)
    i = name.start - 1
    while i >= floor and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN":
        i -= 1  # the body's name
    if i == name.start - 1:
        return None
    described = False
    while i >= floor and doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ"):
        described = described or doc[i].lower_ in ORG_DESCRIPTORS
        i -= 1  # "the public services union"
    if not described or i < floor + 2 or doc[i].lower_ != "the" or doc[i - 1].lower_ != "of":
        return None
    j = i - 2
    if j < floor or not is_title(doc[j]):
        return None
    while j - 1 >= floor and (is_title(doc[j - 1]) or doc[j - 1].lower_ in _TITLE_MODIFIERS):
        j -= 1  # "general secretary", "deputy general secretary"
    while j - 1 >= floor and doc[j - 1].pos_ == "ADJ" and doc[j - 1].is_lower:
        j -= 1
    return clean(doc, j, name.start)


def example_of(doc: Doc, i: int) -> str | None:
    """The singular of a plural title ending at token ``i`` (or before a comma there), for
    names given as examples: "choreographers such as X" → "choreographer"; "Labour MPs,
    such as X" → "Labour MP"."""
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].tag_ != "NNS" or not title_or_plural(doc[i]):
        return None
    word = doc[i].text
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    if not single:
        return None
    s = i
    while s > 0 and doc[s - 1].dep_ == "compound" and doc[s - 1].pos_ in ("NOUN", "PROPN"):
        s -= 1  # "Labour", "ballet" in "ballet choreographers"
    return " ".join([t.text for t in doc[s:i]] + [single])


def bracketed_title(doc: Doc, name: Span) -> str | None:
    """A title in brackets or quote marks right before the name, as quotes are glossed:
    "(coach) Ana Ruiz", "[Leeds coach] Ana Ruiz", "the "shock jock" Tom Hale"."""
    i = name.start - 1
    if i < 2 or not is_title(doc[i - 1]):
        return None
    close = doc[i].text
    opens = _OPENERS.get(close)
    if opens is None:
        return None
    j = i - 1
    while j > max(para_start(doc, name.start), i - 6) and doc[j].text not in opens:
        j -= 1
    if doc[j].text not in opens or j == i - 1:
        return None
    words = doc[j + 1 : i]
    if words[0].text == "The":
        return None  # "(The Narvia Reporter)Ann Lee": the source a story credits, a name
    if any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return None  # "\"we need a coach\" Tom Hale said": a quote, not a gloss
    quoted = close in _QUOTES and (len(words) > 3 or not all(t.is_lower for t in words))
    if quoted:
        return None  # "Reality star 'Mama' Jo Ruiz": a nickname, not a title
    return clean(doc, j + 1, i)


_OPENERS = {
    ")": ("(",),
    "]": ("[",),
    '"': ('"',),
    "'": ("'",),
    "\u201d": ("\u201c",),
    "\u2019": ("\u2018",),
}


_MAKERS = {
    "directed": "director",
    "produced": "producer",
    "composed": "composer",
    "coached": "coach",
    "founded": "founder",
}


def maker(doc: Doc, name: Span) -> str | None:
    """ "The film, directed by Ana Ruiz, …" → "director"; "Porto, coached by Spaniard Ana
    Ruiz" → "coach" (a nationality may stand between "by" and the name)."""
    i = name.start - 1
    if i >= 0 and doc[i].is_title and is_demonym(doc[i].text):
        i -= 1
    if i < 1 or doc[i].lower_ != "by" or doc[i - 1].tag_ != "VBN":
        return None
    return _MAKERS.get(doc[i - 1].lower_)
