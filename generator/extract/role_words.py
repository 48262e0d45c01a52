"""Words and helpers for reading roles: title nouns, paragraph bounds, role text cleanup."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import (
    HONORIFICS,
    KIN_INVERSE,
    PARTY_WORDS,
    PERSON_NOUNS,
    SHORT_TITLES,
    TITLE_NOUNS,
    word_set,
)

DETS = word_set(
    """
    the a an his her their its our my your this that these those
    """
)
POSS_PRON = frozenset(["his", "her", "their", "its"])
COUNT_WORDS = frozenset({"another", "other", "both", "the", "these", "those"})
POSSESSIVE = frozenset({"'s", "\u2019s"})
KIN_WORDS = frozenset(k for k, _ in KIN_INVERSE)
STOP_AFTER = frozenset(
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
SINGULAR = {
    "sens": "Sen.",
    "reps": "Rep.",
    "dels": "Del.",
    "senators": "senator",
    "govs": "Gov.",
}


# Ranks that are also common adjectives ("a major donor", "general election").
_ADJECTIVE_RANKS = frozenset({"major", "general", "private"})


def bare(word: str) -> str:
    """Lowercase without a final dot: "Sen." -> "sen"."""
    return word.lower().rstrip(".")


def is_title(tok: Token) -> bool:
    """True for a title or occupation word: "President", "Sen.", "economist", the "lady" of
    "first lady"."""
    word = bare(tok.text)
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if word == "lady":
        return prev is not None and prev.lower_ == "first"
    if word in _POSITIONS and prev is not None and prev.lower_ in _POSITION_SIDES:
        return True  # "left back", "centre half": a place in a team
    if word in _POSITIONS and prev is not None and prev.text == "-" and tok.i >= 2:
        side = doc[tok.i - 2]  # "Full-back Ana Ruiz" is tokenised "Full" "-" "back"
        if not side.whitespace_ and not prev.whitespace_ and side.lower_ in _POSITION_SIDES:
            return True
    if word == "seeded" and prev is not None and _ordinal(prev):
        return True  # "the 25th seeded American", "top seeded Ana Ruiz"
    if word == "mate" and prev is not None:
        return prev.lower_ in ("running", "-")  # "running mate", "team-mate"
    if word in _POSITION_SIDES and tok.i + 1 < len(doc):
        return bare(doc[tok.i + 1].text) in _POSITIONS or _centre(tok)
    if word in _PAIRED_TITLES:  # "civil servant", "shock jock", "law lord"
        return prev is not None and prev.lower_ in _PAIRED_TITLES[word]
    if word in _NAMING_TITLES:  # "Parliamentary watchdog Sir Tom Hale", not "the watchdog"
        return _names_next(tok)
    if word == "number":
        return _rank(tok)
    adjective = tok.is_lower and tok.dep_ == "amod" and tok.head.i > tok.i
    if word in _ADJECTIVE_RANKS and adjective and (prev is None or prev.text != "-"):
        return False  # "the major Super PAC", "a general election" (not "director-general")
    if word in SHORT_TITLES and tok.text.isupper():
        return False  # "ATTY", "PRES": an acronym, not "Atty." or "Pres."
    return word in TITLE_NOUNS or word in EXTRA_TITLES or _hyphened_title(tok) or _compound_title(
        word
    )


# Titles that stay a person's when a prefix is written solid before them ("neurosurgeon");
# not "contractor" ("subcontractor" is often a firm).
_SOLID_TITLE_ENDS = frozenset(
    {"surgeon", "scientist", "physician", "economist", "journalist", "historian", "strategist",
     "columnist", "specialist", "designer", "founder", "engineer", "researcher", "analyst",
     "musician", "photographer", "commentator", "campaigner", "activist", "politician",
     "novelist", "therapist", "psychologist", "biologist", "chemist", "physicist"}
)


def _compound_title(word: str) -> bool:
    """A title written solid after a prefix: "neurosurgeon", "neuroscientist" (one of a few
    person-only titles ends the word, three letters or more before it)."""
    return len(word) >= 9 and word.isalpha() and word.islower() and any(
        word.endswith(t) and len(word) - len(t) >= 3 for t in _SOLID_TITLE_ENDS
    )


def _hyphened_title(tok: Token) -> bool:
    """The last part of a word spaCy split at its hyphen that is a title whole: "film-maker"
    (written solid, "filmmaker", it is one), "law-maker", "decision-maker"."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return False
    first = doc[tok.i - 2]
    if first.whitespace_ or not first.is_alpha:
        return False
    word = bare(tok.text)
    if word in _HYPHEN_HEADS:
        return True
    joined = f"{first.lower_}-{word}"
    return joined in TITLE_NOUNS or joined.replace("-", "") in TITLE_NOUNS | EXTRA_TITLES


def _rank(tok: Token) -> bool:
    """ "number" in a player's ranking: "the British number two", "world number one" (a
    number word after it, a place or kind before it; not "number 10 Downing Street")."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or not doc[tok.i + 1].like_num:
        return False
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN") and after.text[:1].isalpha():
        return False  # "a number 10 shirt"
    prev = doc[tok.i - 1]
    return prev.pos_ in ("ADJ", "PROPN", "NOUN") and prev.lower_ != "of"


_HYPHEN_HEADS = frozenset({"maker"})  # "film-maker", "policy-maker"; not "car maker Toyota"


def _names_next(tok: Token) -> bool:
    """A person's name (or an honorific) follows the word straight after."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or not nxt.text[:1].isupper():
        return False
    return nxt.ent_type_ == "PERSON" or bare(nxt.text) in HONORIFICS


_PAIRED_TITLES = {
    "servant": frozenset({"civil", "public"}),
    "jock": frozenset({"shock"}),
    "lord": frozenset({"law"}),
    "holder": frozenset({"record", "title", "belt", "cup", "crown", "office"}),
}
_NAMING_TITLES = frozenset({"watchdog"})


_RANKED = frozenset({"member", "democrat", "republican"})


def title_gerund(tok: Token) -> bool:
    """A lowercase participle the tagger read as a verb inside a title, right before the
    title word: "managing" in "managing director", "presiding" in "presiding judge"."""
    doc = tok.doc
    if not tok.is_lower or tok.tag_ not in ("VBG", "VBN") or tok.i + 1 >= len(doc):
        return False
    if tok.lower_ == "ranking" and doc[tok.i + 1].lower_ in _RANKED:
        return True  # "ranking Democrat Ana Ruiz": the senior minority member, however parsed
    return tok.dep_ in ("amod", "compound", "nmod") and is_title(doc[tok.i + 1])


def _ordinal(tok: Token) -> bool:
    """ "25th", "second", "top": a rank before "seeded"."""
    low = tok.lower_
    return low in _RANKS or (low[:1].isdigit() and low[-2:] in ("st", "nd", "rd", "th"))


_RANKS = frozenset(
    {"top", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
)


def _centre(tok: Token) -> bool:
    """ "Wales centre", "the Lions centre", "centre Ana Ruiz": a rugby position after a team's
    name or right before a player's."""
    if tok.text != "centre" or tok.i == 0:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B":
        return True
    prev = tok.doc[tok.i - 1]
    return prev.text[:1].isupper() and prev.pos_ == "PROPN" and not prev.is_sent_start


_POSITIONS = frozenset({"back", "half"})
_POSITION_SIDES = frozenset({"left", "right", "full", "centre", "center"})
EXTRA_TITLES = frozenset(
    {
        "critic", "substitute", "impresario", "skipper", "tycoon", "magnate", "mogul",
        "billionaire", "millionaire", "screenwriter", "headteacher", "headmaster",
        "headmistress", "jockey", "rabbi", "imam", "lobbyist", "donor", "fundraiser",
        "consul", "molester", "paedophile", "pedophile", "understudy", "rower", "model",
        "mum", "mom", "dad", "stepfather", "stepmother", "stepson", "stepdaughter", "grandad",
        "sculptor", "painter", "illustrator", "graduate", "msp", "mla", "peer",
        "backbencher", "dj", "deejay", "retiree", "pensioner", "homemaker", "housewife",
        "shopkeeper", "cashier", "promoter",
    }
)


_BREAKS = "briefings_paragraph_breaks"  # key of the per-text paragraph index in Doc.user_data


def _breaks(doc: Doc) -> tuple[list[int], list[int]]:
    """Paragraph starts, and tokens that hold or end in a line break; found once per text."""
    found = doc.user_data.get(_BREAKS)
    if found is None:
        starts = [0] + [t.i + 1 for t in doc if "\n" in t.text or "\n" in t.whitespace_]
        ends = [t.i for t in doc if "\n" in t.text or "\n" in t.whitespace_]
        found = doc.user_data[_BREAKS] = (starts, ends)
    return found


def para_start(doc: Doc, i: int) -> int:
    """Index of the first token of the paragraph holding token ``i``."""
    starts = _breaks(doc)[0]
    return starts[bisect_right(starts, i) - 1] if i > 0 else i


def para_end(doc: Doc, i: int) -> int:
    """Index just past the last token of the paragraph holding token ``i``."""
    ends = _breaks(doc)[1]
    k = bisect_left(ends, i)
    if k == len(ends):
        return max(i, len(doc))
    j = ends[k]
    return j if "\n" in doc[j].text else j + 1


def under_title(doc: Doc, i: int) -> bool:
    """ "Under" opening a rank below a title: "Under Secretary", "Under-Secretary"."""
    nxt = i + 1 + int(i + 1 < len(doc) and doc[i + 1].text == "-")
    return doc[i].text == "Under" and nxt < len(doc) and is_title(doc[nxt])


def clean(doc: Doc, s: int, e: int) -> str | None:
    """The text of tokens [s, e) without leading determiners or ages, if it holds a title."""
    while s < e and (
        doc[s].lower_ in DETS or doc[s].is_punct or doc[s].is_space
        or doc[s].pos_ in ("CCONJ", "ADP")
    ):
        if doc[s].pos_ == "ADP" and s + 1 < e and doc[s + 1].text == "-" and not doc[s].whitespace_:
            break  # "under-fire manager"
        if under_title(doc, s):
            break  # "Under Secretary"
        s += 1
    while s + 1 < e and doc[s].lower_ in _NOW_WORDS and doc[s].whitespace_:
        s += 1  # "now chairman of the club"
    then = s + 2 < e and doc[s].lower_ == "then" and doc[s + 1].lower_ in DETS
    if then:
        s += 2  # "Wen Jiabao, then the prime minister": "then prime minister"
    age = s
    while age < e and (doc[age].like_num or doc[age].lower_ in ("-", "year", "old", "years")):
        age += 1
    if age > s and doc[age - 1].lower_ in ("old", "year", "years"):
        s = age  # "43-year-old" is an age, not part of the role; "two-decade veteran" is
    while e > s and (
        doc[e - 1].is_punct
        or doc[e - 1].lower_ in ("and", "of", "at", "for", "on", "in")
        or (doc[e - 1].pos_ == "ADV" and not is_title(doc[e - 1]))  # "teenage forward"
    ):
        e -= 1
    k = e
    while k > s and doc[k - 1].ent_type_ == "PERSON" and not title_in_name(doc[k - 1]):
        k -= 1  # "Rapper" tagged as part of "Rapper Eminem" is still a title
    if k < e and (k == s or not any(t.pos_ == "ADP" for t in doc[s:k])):
        return None  # "Hillary Clinton, President Barack Obama": a list of names, not a role
    if any(_listed(doc, t.i, e) for t in doc[s:k] if t.ent_type_ == "PERSON"):
        return None  # "…, President Barack Obama and others": a list, not a role
    if s >= e or not any(title_or_plural(t) for t in doc[s:e]):
        return None
    abbreviation = len(doc[e - 1].text) <= 4 and is_title(doc[e - 1])
    if e < len(doc) and doc[e].text == "." and not doc[e - 1].whitespace_ and abbreviation:
        e += 1  # "Lt" "." tokenised apart
    text = doc[s:e].text
    head, _, last = text.rpartition(" ")
    text = f"{head} {SINGULAR[bare(last)]}".strip() if bare(last) in SINGULAR else text  # "U.S.
    # Reps. Ana Ruiz and Tom Hale": each is a "U.S. Rep."
    return f"then {text}" if then else text


def title_in_name(tok: Token) -> bool:
    """A title the tagger took into a person's name: "Rapper", "Cinematographer"."""
    return is_title(tok) or _opening_occupation(tok)


_PLURAL_EXTRAS = frozenset(
    {"tycoon", "magnate", "mogul", "billionaire", "millionaire", "msp", "mla", "peer", "jockey"}
)  # not "critics", "donors", "models": groups more often than titles of a listed few
_NOW_WORDS = frozenset({"now", "currently", "also", "still"})


def _listed(doc: Doc, i: int, e: int) -> bool:
    """The name holding token ``i`` ends and is followed by "and" or a comma before ``e``."""
    if doc[i].ent_iob_ == "I" and i + 1 < e and doc[i + 1].ent_iob_ == "I":
        return False
    return i + 1 < e and doc[i + 1].ent_iob_ != "I" and doc[i + 1].lower_ in ("and", ",")


PERSON_SUFFIXES = ("ologist", "ographer", "ician", "ist")
NOT_PEOPLE = frozenset({"checklist", "playlist", "shortlist", "waitlist", "wishlist"})


def behind_noun(tok: Token) -> bool:
    """ "the man behind the Acme website": a person noun before "behind", the maker of a thing."""
    doc, i = tok.doc, tok.i
    if tok.lower_ not in _BEHIND_NOUNS or i + 2 >= len(doc) or doc[i + 1].lower_ != "behind":
        return False
    # a named thing: "behind the Acme website", "behind Acme"; not "behind him", "the counter"
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[i + 2 : i + 6])


_BEHIND_NOUNS = frozenset({"man", "woman", "person", "couple", "team", "brains", "mastermind"})


def title_or_plural(tok: Token) -> bool:
    """A title word, also in the plural ("developers", "Vermont developers, X and Y"), an
    occupation by its ending ("volcanologist", "physician") or a person noun with a
    modifier ("a homeless woman")."""
    single = bare(tok.text)[:-1]
    if is_title(tok) or (tok.tag_ == "NNS" and single in TITLE_NOUNS | _PLURAL_EXTRAS):
        return True  # "tycoons", "MSPs"
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if tok.lower_ == "international" and prev is not None and prev.ent_type_ in ("GPE", "NORP"):
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        before = tok.doc[tok.i - 2] if tok.i > 1 else None
        named = nxt is not None and nxt.pos_ == "PROPN"  # "Scotland international Finlay Calder"
        return named or (before is not None and before.lower_ in ("the", "an", "a", "former"))
    if tok.text[:1].isupper() and tok.pos_ in ("NOUN", "PROPN") and bare(tok.text) in PARTY_WORDS:
        return True  # "a prominent New York Democrat"
    if _opening_occupation(tok) or behind_noun(tok):
        return True
    low = tok.lower_
    doer = tok.tag_ == "NNS" and low.endswith(("ers", "ors")) and low not in _NOT_DOERS
    if doer and _one_of_before(tok):
        return True  # "Wang, one of the three kite flyers"
    occupation = low.endswith(PERSON_SUFFIXES) or low.rstrip("s").endswith(PERSON_SUFFIXES)
    if tok.pos_ == "NOUN" and tok.is_lower and len(low) >= 6 and low not in NOT_PEOPLE:
        return occupation or modified_person(tok)
    return modified_person(tok)


def _opening_occupation(tok: Token) -> bool:
    """An occupation by its ending, capitalised as a sentence's first word before a name:
    "Cinematographer Ana Ruiz", "Cardiologist Tom Hale"."""
    doc, low = tok.doc, tok.lower_
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not tok.is_sent_start or not tok.is_title or nxt is None or not nxt.is_title:
        return False
    return len(low) >= 8 and low.endswith(PERSON_SUFFIXES[:3]) and nxt.pos_ == "PROPN"


def modified_person(tok: Token) -> bool:
    """ "a homeless woman": a person noun with a modifier before it."""
    low = tok.lower_
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    modified = prev is not None and prev.is_lower and prev.pos_ in ("ADJ", "NOUN")
    return low in PERSON_NOUNS and modified


def without_honorific(doc: Doc, name: Span) -> Span | None:
    """The name without the honorific it starts with ("Mr Blair" → "Blair"), as the tagger
    marks names: a clause that checks who else is named then finds no one else."""
    start = name.start
    while start + 1 < name.end and bare(doc[start].text) in HONORIFICS:
        start += 1
    return doc[start : name.end] if start > name.start else None


_NOT_DOERS = frozenset({"others", "numbers", "papers", "letters", "matters", "orders", "errors"})


def _one_of_before(tok: Token) -> bool:
    """ "one of the three kite flyers": a plural doer picked out as one of a group."""
    i = tok.i - 1
    while i >= 1 and tok.i - i <= 5 and tok.doc[i].pos_ in ("DET", "NUM", "ADJ", "NOUN"):
        i -= 1
    return i >= 1 and tok.doc[i].lower_ == "of" and tok.doc[i - 1].lower_ == "one"
