"""Roles of named people, read off the words around a name.

Four patterns, tried in order on one mention (a token span holding the bare name):
pre-name titles ("Iranian Foreign Minister Abbas Araghchi"), a title shared by a list of names
("Sens. Jon Tester and David Vitter"), a following apposition ("Chris Low, chief economist at
FTN Financial"; "Ian Taylor, of the Alliance of British Drivers") and a preceding apposition
("Pagliano's attorney, Mark MacDougall"; "his wife, Evana"). No pattern, no role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import (
    DESCRIPTOR_NOUNS,
    HONORIFICS,
    KIN_INVERSE,
    MONTHS,
    PARTY_WORDS,
    PERSON_NOUNS,
    PLURAL_TITLES,
    TITLE_NOUNS,
    WEEKDAYS,
    _words,
)

_DETS = _words(
    """
    the a an his her their its our my your this that these those
    """
)
_POSS_PRON = frozenset(["his", "her", "their", "its"])
_POSSESSIVE = frozenset({"'s", "\u2019s"})
_KIN_WORDS = frozenset(k for k, _ in KIN_INVERSE)
_STOP_AFTER = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "(",
        ")",
        "\u2014",
        "\u2013",
        "who",
        "whom",
        "which",
        "that",
        "whose",
        "where",
        "when",
    }
)
_SINGULAR = {
    "sens": "Sen.",
    "reps": "Rep.",
    "dels": "Del.",
    "senators": "senator",
    "govs": "Gov.",
}


def bare(word: str) -> str:
    """Lowercase without a final dot: "Sen." -> "sen"."""
    return word.lower().rstrip(".")


def is_title(tok: Token) -> bool:
    """True for a title or occupation word: "President", "Sen.", "economist"."""
    return bare(tok.text) in TITLE_NOUNS


def para_start(doc: Doc, i: int) -> int:
    """Index of the first token of the paragraph holding token ``i``."""
    while i > 0 and "\n" not in doc[i - 1].text and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    return i


def para_end(doc: Doc, i: int) -> int:
    """Index just past the last token of the paragraph holding token ``i``."""
    while i < len(doc) and "\n" not in doc[i].text:
        if "\n" in doc[i].whitespace_:
            return i + 1
        i += 1
    return i


def _clean(doc: Doc, s: int, e: int) -> str | None:
    """The text of tokens [s, e) without leading determiners or ages, if it holds a title."""
    while s < e and (doc[s].lower_ in _DETS or doc[s].is_punct or doc[s].pos_ in ("CCONJ", "ADP")):
        s += 1
    age = s
    while age < e and (doc[age].like_num or doc[age].lower_ in ("-", "year", "old", "years")):
        age += 1
    if age > s and doc[age - 1].lower_ in ("old", "year", "years"):
        s = age  # "43-year-old" is an age, not part of the role; "two-decade veteran" is
    while e > s and (
        doc[e - 1].is_punct
        or doc[e - 1].lower_ in ("and", "of", "at", "for")
        or doc[e - 1].pos_ == "ADV"
    ):
        e -= 1
    k = e
    while k > s and doc[k - 1].ent_type_ == "PERSON" and not is_title(doc[k - 1]):
        k -= 1  # "Rapper" tagged as part of "Rapper Eminem" is still a title
    if k < e and (k == s or doc[k - 1].pos_ != "ADP"):
        return None  # "Hillary Clinton, President Barack Obama": a list of names, not a role
    if s >= e or not any(_title_or_plural(t) for t in doc[s:e]):
        return None
    abbreviation = len(doc[e - 1].text) <= 4 and is_title(doc[e - 1])
    if e < len(doc) and doc[e].text == "." and not doc[e - 1].whitespace_ and abbreviation:
        e += 1  # "Lt" "." tokenised apart
    text = doc[s:e].text
    return _SINGULAR.get(bare(text), text)


def _pre_title(doc: Doc, name: Span) -> str | None:
    """Title words right before the name: "White House press secretary"."""
    sent_start = para_start(doc, name.start)
    i = name.start - 1
    while i >= sent_start and (bare(doc[i].text) in HONORIFICS or _blank(doc[i])):
        i -= 1  # "Mr", and a no-break space between title and name
    end = i + 1
    while i >= sent_start:
        t = doc[i]
        if t.text in _POSSESSIVE and i - 1 >= sent_start and doc[i - 1].text[:1].isupper():
            i -= 2
            continue
        if t.lower_ == "the" and i - 2 >= sent_start and doc[i - 1].lower_ == "of":
            if is_title(doc[i - 2]) and doc[i - 2].text[:1].isupper():
                i -= 2  # "Speaker of the House Newt Gingrich"
                continue
            break
        if t.lower_ == "of" and i + 1 < end and doc[i + 1].text[:1].isupper() and i > sent_start:
            if is_title(doc[i - 1]):
                i -= 1
                continue
            break
        if t.text == "-" and i > sent_start and not t.whitespace_:
            i -= 1
            continue
        if t.ent_type_ in ("DATE", "TIME") or bare(t.text) in WEEKDAYS | MONTHS:
            break  # "On Wednesday Irish Transport Minister ..."
        if t.pos_ in ("PROPN", "ADJ", "NOUN", "NUM") or is_title(t):
            plural_title = i == end - 1 and _title_or_plural(t)  # "Presidential candidates X"
            plural = t.pos_ == "NOUN" and not is_title(t) and t.tag_ == "NNS"
            if plural and t.dep_ != "compound" and not plural_title:
                break  # "protesters" ends the title; "operations" in "chief operations officer"
            i -= 1
            continue
        break
    s = i + 1
    last = end - 2 if end - 2 >= s and doc[end - 1].text == "." else end - 1
    if s >= end or (not _title_or_plural(doc[last]) and not _ends_in_title_phrase(doc, s, end)):
        return None
    return _clean(doc, s, end)


def _blank(tok: Token) -> bool:
    """A whitespace token within a line (a no-break space)."""
    return tok.is_space and "\n" not in tok.text


def _ends_in_title_phrase(doc: Doc, s: int, end: int) -> bool:
    """True for "Secretary of State"-like phrases: a title, "of", capitalised words."""
    for j in range(end - 1, s - 1, -1):
        if doc[j].lower_ == "of":
            return j > s and is_title(doc[j - 1])
        if doc[j].lower_ == "the" and j > s and doc[j - 1].lower_ == "of":
            continue  # "Speaker of the House"
        if not doc[j].text[:1].isupper():
            return False
    return False


def _shared_title(doc: Doc, name: Span) -> str | None:
    """A plural title before a list of names: "Sens. Jon Tester (D-Mont.) and David Vitter"."""
    i = name.start - 1
    while i >= para_start(doc, name.start):
        t = doc[i]
        if bare(t.text) in PLURAL_TITLES:
            return _SINGULAR.get(bare(t.text), t.text)
        if t.tag_ == "NNS" and _title_or_plural(t) and i < name.start - 1:
            first = i + 1  # "sprinters Kostas Kenteris and Katerina Thanou": the first name's
            while first < name.start and doc[first].ent_type_ != "PERSON":
                first += 1
            return _pre_title(doc, doc[first : first + 1]) if first < name.start else None
        if t.text == "." and i > 0 and not doc[i - 1].whitespace_ and is_title(doc[i - 1]):
            i -= 1  # "Sens" "." tokenised apart
            continue
        if t.text in (".", ";", ":", "!", "?"):
            return None
        if t.is_punct or t.lower_ == "and" or t.text[:1].isupper():
            i -= 1
            continue
        return None
    return None


def _post_apposition(doc: Doc, name: Span) -> str | None:
    """ ", chief economist at FTN Financial" or ", of the Alliance of British Drivers"."""
    i, sent_end = name.end, para_end(doc, name.end)
    if i < sent_end and doc[i].text == "(":  # "(R-Utah)"
        while i < sent_end and doc[i].text != ")":
            i += 1
        i += 1
    if i + 1 >= sent_end:
        return None
    dash = doc[i].text in ("-", "\u2013", "\u2014") and doc[i].whitespace_ != ""
    if doc[i].text != "," and not dash:
        return None
    i += 1
    if dash:  # "Bob Dudley - now the head of BP -"
        while i < sent_end and doc[i].lower_ in ("now", "then", "formerly", "currently"):
            i += 1
    if i + 1 < sent_end and doc[i].like_num and doc[i + 1].text == ",":  # "Scott, 43, ..."
        i += 2
    if i < sent_end and doc[i].pos_ == "CCONJ":
        return None  # "his wife, Heidi, and his father, Rafael": the next name's role
    if i < sent_end and doc[i].lower_ == "of":
        j = i + 1
        while j < sent_end and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < sent_end and (doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "and")):
            k += 1
        if k == j or not doc[j].text[:1].isupper():
            return None
        if all(t.ent_type_ in ("GPE", "LOC") or t.lower_ in ("of", "and") for t in doc[j:k]):
            return None  # "Roth, 48, of Massapequa": a home town, not a role
        return doc[j:k].text
    j = i
    while j < sent_end and doc[j].text not in _STOP_AFTER and doc[j].lower_ not in _STOP_AFTER:
        hyphen = doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_
        verb = doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ != "amod"  # "a retired general"
        if (verb and not is_title(doc[j])) or (
            doc[j].text == "-" and not hyphen  # "a two-decade veteran": a hyphen, not a dash
        ):
            break
        j += 1
    reach = 9 if i < sent_end and doc[i].lower_ == "one" else 6  # "one of the best climbers"
    if j == i or not any(_title_or_plural(t) for t in doc[i : min(j, i + reach)]):
        return None
    return _clean(doc, i, j)


def affiliation(doc: Doc, name: Span) -> str | None:
    """The body a name is tied to by "at"/"of" ("Dan Ruiz at the National Review said"): a
    role only where the text gives no other."""
    i, end = name.end, para_end(doc, name.end)
    if i + 1 >= end or doc[i].lower_ not in ("at", "of") or not doc[i - 1].whitespace_:
        return None
    j = i + 1
    while j < end and doc[j].lower_ == "the":
        j += 1
    k = j
    while k < end and doc[k].ent_type_ == "ORG" and (k == j or doc[k].ent_iob_ == "I"):
        k += 1
    return doc[j:k].text if k > j else None


_NP_WORDS = frozenset({"NOUN", "ADJ", "PROPN", "DET", "NUM", "PART"})


def _age_before(doc: Doc, start: int) -> int:
    """Where an age written right before a name begins ("19-year-old Ana Ruiz"), else start."""
    i = start
    if i >= 1 and doc[i - 1].lower_ == "old":
        i -= 1
        while i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ in ("-", "year", "years")):
            i -= 1
    return i


_PERSON_SUFFIXES = ("ologist", "ographer", "ician", "ist")
_NOT_PEOPLE = frozenset({"checklist", "playlist", "shortlist", "waitlist", "wishlist"})


def _title_or_plural(tok: Token) -> bool:
    """A title word, also in the plural ("developers", "Vermont developers, X and Y"), an
    occupation by its ending ("volcanologist", "physician") or a person noun with a
    modifier ("a homeless woman")."""
    if is_title(tok) or (tok.tag_ == "NNS" and bare(tok.text)[:-1] in TITLE_NOUNS):
        return True
    low = tok.lower_
    occupation = low.endswith(_PERSON_SUFFIXES) or low.rstrip("s").endswith(_PERSON_SUFFIXES)
    if tok.pos_ == "NOUN" and tok.is_lower and len(low) >= 6 and low not in _NOT_PEOPLE:
        return occupation or _modified_person(tok)
    return _modified_person(tok)


def _modified_person(tok: Token) -> bool:
    """ "a homeless woman": a person noun with a modifier before it."""
    low = tok.lower_
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    modified = prev is not None and prev.is_lower and prev.pos_ in ("ADJ", "NOUN")
    return low in PERSON_NOUNS and modified


def _pre_apposition_head(doc: Doc, name: Span) -> Token | None:
    """The title noun that the name stands in apposition to: "attorney" in "X's attorney, Y";
    "developers" for both names of "two developers, Ana Ruiz and Tom Hale"."""
    root = name.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_ == "PERSON":
        first = first.head  # "…, Ana Ruiz and Tom Hale": Tom Hale shares Ana Ruiz's head
    if first is not root:
        head = first.head
        if first.dep_ == "appos" and head.i < first.i and _title_or_plural(head):
            return head
        return None
    start = _age_before(doc, name.start)
    if start < 2 or doc[start - 1].text != ",":
        return None
    if root.dep_ == "appos":
        head = root.head
        for _ in range(3):  # "An attorney for Pagliano, Mark MacDougall": up from "Pagliano"
            if head.i < start and _title_or_plural(head) and head.pos_ in ("NOUN", "PROPN"):
                return head
            if head.dep_ not in ("pobj", "prep"):
                break
            head = head.head
    for child in root.children:
        if child.dep_ == "appos" and child.i < name.start and _title_or_plural(child):
            return child
    i = start - 2  # no parse to go by: the nearest title in a plain noun phrase
    while i >= max(para_start(doc, name.start), name.start - 9):
        t = doc[i]
        if _title_or_plural(t) and t.pos_ in ("NOUN", "PROPN"):
            return t
        np_word = t.pos_ in _NP_WORDS or t.tag_ == "PRP$"
        if not np_word and t.lower_ not in ("at", "of", "for", "'s", "\u2019s"):
            return None
        i -= 1
    return None


def _pre_apposition(doc: Doc, name: Span) -> str | None:
    """ "Pagliano's attorney, Mark MacDougall" -> "Pagliano's attorney"."""
    head = _pre_apposition_head(doc, name)
    if head is None:
        return None
    s = head.i
    floor = max(para_start(doc, name.start), name.start - 10)
    while s - 1 >= floor and (
        doc[s - 1].pos_ in _NP_WORDS or doc[s - 1].tag_ == "PRP$" or doc[s - 1].text in _POSSESSIVE
    ):
        s -= 1
    while s < head.i and (doc[s].like_num or doc[s].lower_ in ("another", "other", "both")):
        s += 1  # "two Vermont developers", "another volunteer": the kind, not the count
    first = name.root
    while first.dep_ == "conj" and first.head.i < first.i and first.head.ent_type_ == "PERSON":
        first = first.head
    comma = _age_before(doc, first.left_edge.i if first is not name.root else name.start) - 1
    return _clean(doc, s, comma if comma > head.i else head.i + 1)


def _descriptor(doc: Doc, name: Span) -> str | None:
    """A person noun with a modifier right before the name: "Queensland toddler",
    "pioneering tennis great", "Kent's lawyer" (the modifier is needed: "said toddler X"
    is no role)."""
    head = name.start - 1
    floor = para_start(doc, name.start)
    if head <= floor or doc[head].lower_ not in DESCRIPTOR_NOUNS or not doc[head].is_lower:
        return None
    i = head - 1
    while i >= max(floor, head - 3):
        t = doc[i]
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") or t.ent_type_ in ("PERSON", "DATE", "TIME"):
            break
        if t.is_lower and doc[i + 1].text[:1].isupper():
            break  # "video Tennis star": a caption run into the text
        i -= 1
    if i + 1 == head:
        return None
    return doc[i + 1 : head + 1].text


def role_of(doc: Doc, name: Span) -> str | None:
    """The role the text gives the person named by the token span ``name``, or None."""
    for pattern in (_pre_title, _shared_title, _descriptor, _post_apposition, _pre_apposition):
        role = pattern(doc, name)
        if role and pattern is not _post_apposition and bare(role.split()[-1]) in _KIN_WORDS:
            more = _post_apposition(doc, name)  # "her son Tom, one of the best climbers"
            return f"{role}, {more}" if more else role
        if role:
            return role
    prev = doc[name.start - 1] if name.start > 0 else None
    if prev is not None and prev.text[:1].isupper() and bare(prev.text) in PARTY_WORDS:
        return prev.text  # "Libertarian Gary Johnson"
    return None


def inverse_kin(doc: Doc, name: Span) -> tuple[int, str] | None:
    """For "X spoke with his son, Y": (token index of X, "father")."""
    head = _pre_apposition_head(doc, name)
    if head is None:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in _POSS_PRON), None)
    role = KIN_INVERSE.get((head.lower_, poss.lower_)) if poss is not None else None
    if role is None:
        return None
    verb = head
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ not in ("PERSON", "ORG", "GPE"):
        return None
    return subj.i, role
