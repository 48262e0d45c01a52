"""Token-range fixes for name mentions: where spaCy's entity edges fall short or run over.

"A. Philip Randolph Institute", "Coalition for the Homeless", "North East Says No",
"St Enoch's" + "Shopping Centre", "led byWen Jiabao", "; Abdurahman Yasin Daud, 21;" and
"Syria Hanad Mustafe Musse" (a caption run into a name); "Select Committee on Benghazi"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.actor_countries import is_country, is_demonym
from generator.extract.actor_panels import halves, joins
from generator.extract.actor_teams import CLUB_OPENS
from generator.extract.actor_words import (
    DISCOURSE,
    HONORIFICS,
    KIN_INVERSE,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PARTY_WORDS,
    PERSON_NOUNS,
    TIME_ZONES,
    TITLE_NOUNS,
    WEEKDAYS,
)
from generator.extract.given_names import is_given_name

CAMPAIGN_VERBS = frozenset({"says", "say", "votes", "vote"})
SAINTS = frozenset({"st", "saint", "king", "queen"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def bare(word: str) -> str:
    """Lowercase without a final dot: "Sen." -> "sen"."""
    return word.lower().rstrip(".")


def is_junk_word(word: str) -> bool:
    """True for weekdays, months, time zones and sentence-opening function words."""
    w = bare(word)
    return w in WEEKDAYS or w in MONTHS or w in TIME_ZONES or w in DISCOURSE or w in NOT_NAMES


def extend_org(doc: Doc, s: int, e: int, taken: set[int]) -> int:
    """Extend an organisation over "and/of/for" + capitalised words: "Immigration and Customs"."""
    k = e
    while k < len(doc) and k not in taken and doc[k].tag_ == "NNP" and doc[k].is_title:
        k += 1
    if k > e and _headed(doc[k - 1]):
        e = k  # "the U.S." + "Chamber": the tagger stopped before the body's head noun
    i = e
    linked = any(t.lower_ in ("of", "for") for t in doc[s:e])
    while i + 1 < len(doc) and joins(doc, i) and i not in taken:
        j = i + 1
        the = doc[j].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
        the = the and doc[i].lower_ != "and"
        j += int(the)  # "Coalition for the Homeless"
        k = j
        headed = (_headed(doc[i - 1]) and doc[i].lower_ != "and") or halves(doc, i)
        after_place = doc[i].lower_ == "and" and _place(doc[i - 1])
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha:
            nationality = doc[j].ent_type_ == "NORP" and doc[i].lower_ == "of"
            nationality = nationality and j + 1 < len(doc) and doc[j + 1].text[:1].isupper()
            named = (the or headed) and doc[j].ent_type_ in _PART_LABELS
            if after_place and not _place(doc[j]):
                break  # "the Bank of England and Barclays": two bodies
            named = named or (after_place and linked)  # "of England and Wales"
            if j in taken and not named and not nationality:
                break  # "Board of Deputies of British Jews" takes in "British"
            j += 1
        if j == k or (doc[i].lower_ == "and" and e - s < 2):
            break
        if doc[i].lower_ == "and" and cut_before_named(doc, s, j) < j:
            break  # "Acme Action and Mind the Gap": two bodies
        e = i = j
        linked = True  # "of England" + "and Wales"
    if e + 1 < len(doc) and doc[e].lower_ == "on" and doc[e + 1].text == "Sunday" and (
        doc[e - 1].text in _SUNDAY_PAPERS
    ):
        return e + 2  # "The Mail on Sunday", "Scotland on Sunday": a Sunday paper's name
    return e


def cut_before_named(doc: Doc, s: int, e: int) -> int:
    """The end of the first of two bodies the tagger joined at "and" when the second's name
    runs on past the entity with "the": "Acme Action and Mind" + "the Gap"."""
    if e + 1 >= len(doc) or doc[e].lower_ != "the" or not doc[e + 1].is_title:
        return e
    ands = [k for k in range(s + 1, e - 1) if doc[k].lower_ == "and"]
    return ands[-1] if ands else e


_PART_LABELS = frozenset({"ORG", "NORP", "GPE", "LOC"})
# Names that take "on Sunday" as a paper's title ("won the Masters on Sunday" is a day).
_SUNDAY_PAPERS = frozenset(
    {"Mail", "Scotland", "Ireland", "Wales", "Times", "Express", "Mirror", "Telegraph", "Post",
     "Herald", "Independent", "People", "Star", "Sport", "Sun"}
)
_PLACES = frozenset({"GPE", "LOC"})
_COMPLEMENTED = frozenset({"chamber", "collective"})


def _place(tok: Token) -> bool:
    """A token of a place's name, by its tag or as a country."""
    return tok.ent_type_ in _PLACES or is_country(tok.text)


def _headed(tok: Token) -> bool:
    """A body's head noun that takes a complement: "Alliance (for Digital Access)",
    "Chamber (of Commerce)"."""
    return tok.is_title and bare(tok.text) in ORG_HEADS | _COMPLEMENTED


_KIN = frozenset(k for k, _ in KIN_INVERSE) | {"wife", "husband", "widow", "partner"}


def kin_named(doc: Doc, s: int, e: int) -> bool:
    """True for one name set off after a kin word: "his wife, Melania," or "his son Louis"
    (also with an age before the name)."""
    if e - s != 1 or s < 2 or not doc[s].is_title:
        return False
    k = s
    if k >= 7 and doc[k - 1].lower_ == "old" and doc[k - 3].lower_ in ("year", "years"):
        k -= 5  # "her son, 26-year-old Tywanza"
    while k > 2 and doc[k - 1].is_space:
        k -= 1
    comma = doc[k - 1].text == ","
    kin = doc[k - 2] if comma else doc[k - 1]
    after = doc[e] if e < len(doc) else None
    closed = after is None or after.is_punct or not comma
    owned = any(c.dep_ == "poss" for c in kin.children) or (
        kin.i > 0 and doc[kin.i - 1].text in _POSSESSIVE)  # "Ruiz' son", parsed loosely
    return kin.lower_ in _KIN and closed and owned


def campaign(doc: Doc, e: int, label: str, taken: set[int]) -> tuple[int, str]:
    """Take in a campaign's "Says No": "North East Says No" (end, label)."""
    yes_no = ("No", "Yes")
    if e < len(doc) and doc[e].text in yes_no and doc[e - 1].lower_ in CAMPAIGN_VERBS:
        return e + 1, "ORG"  # the entity ends in the verb: "Westmoor Says"
    verb = e + 1 < len(doc) and doc[e].is_title and doc[e].lower_ in CAMPAIGN_VERBS
    if verb and doc[e + 1].text in yes_no and e not in taken:
        return e + 2, "ORG"
    return e, label


def saint_names(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join "St Enoch's" + "Shopping Centre", entities that spaCy split at the possessive."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if out and out[-1][1] in (s, s - 1) and doc[s - 1].text in _POSSESSIVE:
            a = out[-1][0]
            if bare(doc[a].text) in SAINTS and bare(doc[e - 1].text) in ORG_HEADS:
                out[-1] = (a, e, "ORG")
                continue
        if doc[e - 1].text in _POSSESSIVE and any(bare(t.text) in SAINTS for t in doc[s : s + 2]):
            k = e
            while k < len(doc) and doc[k].is_title and doc[k].tag_ == "NNP":
                k += 1
            if k > e and bare(doc[k - 1].text) in ORG_HEADS:
                e, label = k, "ORG"  # "the St David's" + "Shopping Centre"
        out.append((s, e, label))
    return out


def possessive_lead(doc: Doc, s: int, e: int) -> int:
    """Take in an untagged name and its possessive before a body's name after "the": "the
    Parkinson's" + "Action Movement" (not "the Kremlin's" + "Security Council": a name)."""
    if s < 3 or doc[s - 1].text not in _POSSESSIVE or bare(doc[e - 1].text) not in ORG_HEADS:
        return s
    owner = doc[s - 2]
    one_entity = doc[s].ent_iob_ == doc[s - 1].ent_iob_ == "I"  # tagged whole with the owner
    plain = owner.tag_ == "NNP" and owner.is_title and (not owner.ent_type_ or one_entity)
    return s - 2 if plain and doc[s - 3].lower_ == "the" and not doc[s - 2].whitespace_ else s


def extend_initial(doc: Doc, s: int) -> int:
    """Take in an initial left out of the entity: "A. Philip Randolph Institute"."""
    if s > 0 and re.fullmatch(r"[A-Z]\.", doc[s - 1].text) and doc[s - 1].whitespace_:
        return s - 1
    return s


def extend_opening(doc: Doc, s: int, e: int, label: str) -> int:
    """Take in the sentence's first word when the tagger left it out of a name: a given
    name before a person's ("Ana" + "Ruiz"), or a name word before a body's plural head
    ("Sea" + "Salt Vacations")."""
    prev = doc[s - 1] if s > 0 else None
    if prev is None or not prev.is_sent_start or prev.ent_type_ or not prev.is_title:
        return s
    if not prev.is_alpha or prev.tag_ != "NNP" or prev.dep_ != "compound":
        return s
    if not s <= prev.head.i < e:
        return s
    word = bare(prev.text)
    if word in TITLE_NOUNS | HONORIFICS | NOT_NAMES | PARTY_WORDS or is_junk_word(prev.text):
        return s
    if is_country(prev.text) or is_demonym(prev.text):
        return s
    if label == "PERSON" and e - s == 1 and is_given_name(prev.text):
        return s - 1  # "Ana Ruiz" with "Ana" left out
    plural_head = doc[e - 1].tag_ == "NNPS" and e - s >= 2
    common = word in PERSON_NOUNS | ORG_DESCRIPTORS  # "Consultancy Prism Metrics"
    if plural_head and not word.endswith(("s", "ing")) and not common:
        return s - 1  # "Sea Salt Vacations"
    return s


def extend_given_names(doc: Doc, s: int, taken: set[int]) -> int:
    """Take in a capitalised name part left out of a person's entity: "; Abdurahman Yasin Daud"."""
    while s > 0 and s - 1 not in taken:
        t = doc[s - 1]
        if t.lower_ in NAME_PARTICLES and s > 1 and doc[s - 2].is_title and s - 2 not in taken:
            s -= 1  # "Gérard de Cortanze": the particle, then the given name before it
            continue
        opens = t.is_sent_start and not t.ent_type_ and _lone_surname(doc, s)  # "Jermain Defoe"
        plain = t.tag_ == "NNP" and t.is_title and t.is_alpha and (opens or not t.is_sent_start)
        if not plain or bare(t.text) in TITLE_NOUNS | HONORIFICS | PARTY_WORDS:
            break
        if is_junk_word(t.text) or t.ent_type_ == "NORP":
            break
        s -= 1
    return s


def _lone_surname(doc: Doc, s: int) -> bool:
    """The person's entity at ``s`` is one word and a verb follows: "X Defoe says"."""
    nxt = doc[s + 1] if s + 1 < len(doc) else None
    return doc[s].ent_iob_ == "B" and nxt is not None and nxt.ent_iob_ != "I" and nxt.pos_ in (
        "VERB",
        "AUX",
    )


def extend_surname(doc: Doc, e: int, taken: set[int]) -> int:
    """Take in a last name left out of a person's entity: "Sally Quillian Yates" when spaCy
    stops at "Quillian" (one more capitalised proper noun, not the start of another name)."""
    if e >= len(doc) or e in taken or not doc[e - 1].whitespace_:
        return e
    t = doc[e]
    plain = t.tag_ in ("NNP", "NNPS") and t.is_title and t.is_alpha and not t.is_sent_start
    if not plain or bare(t.text) in TITLE_NOUNS | HONORIFICS | ORG_HEADS or is_junk_word(t.text):
        return e
    nxt = doc[e + 1] if e + 1 < len(doc) else None
    if nxt is not None and _hyphened_given(doc, e) and plain_name_word(nxt) and (
        e + 2 >= len(doc) or not doc[e + 2].text[:1].isupper()
    ):
        return e + 2  # "Jean-luc" + "Ortega Ruiz": a given name, then two surnames
    if nxt is not None and (nxt.tag_ == "NNP" or nxt.text in ("'s", "\u2019s")):
        return e  # "Ana Ruiz Foundation", "Ana Ruiz Hale's": not a plain surname
    return e + 1


def _hyphened_given(doc: Doc, e: int) -> bool:
    """The entity ending before ``e`` is one given name whose second half is lowercase:
    "Jean-luc", "Marie-eve"."""
    return e >= 3 and doc[e - 1].is_lower and doc[e - 2].text == "-" and (
        not doc[e - 2].whitespace_ and not doc[e - 3].whitespace_ and doc[e - 3].is_title
        and (e - 3 == 0 or not doc[e - 4].is_title or doc[e - 4].is_sent_start)
    )


def _run_into_name(doc: Doc, s: int, e: int) -> bool:
    """Token ``s`` stands apart before two or more capitalised words: a full name after it."""
    rest = doc[s + 1 : e]
    return len(rest) >= 2 and all(t.is_title for t in rest) and bool(doc[s].whitespace_)


def drop_country(doc: Doc, s: int, e: int) -> int:
    """Drop a country run into a person's name by a caption: "Syria Hanad Mustafe Musse"."""
    named = _run_into_name(doc, s, e) and bare(doc[e - 1].text) not in ORG_HEADS | _LAND_HEADS
    return s + 1 if named and is_country(doc[s].text) else s


def drop_demonym(doc: Doc, s: int, e: int) -> int:
    """Drop a nationality noun the tagger ran into a person's name: "Briton Hayley Yelling",
    "Kenyan Paul Tergat" (a full name must follow)."""
    return s + 1 if _run_into_name(doc, s, e) and is_demonym(doc[s].text) else s


def extend_norp(doc: Doc, s: int, e: int) -> int:
    """Take in a nationality word that is part of an organisation's name: "Islamic State"."""
    linked = any(t.lower_ in ("of", "for", "on") for t in doc[s:e])  # "the English Collective of"
    if s == 0 or (e - s != 1 and not linked):
        return s
    prev = doc[s - 1]
    name_part = prev.ent_type_ in ("NORP", "LANGUAGE") and prev.ent_iob_ == "B"
    name_part = name_part and prev.text[:1].isupper()
    if name_part and prev.head.i == s and prev.dep_ in ("compound", "amod") and prev.whitespace_:
        return s - 1
    return s


# Last words of natural places the tagger may leave unnamed: "the Virgin Islands".
_LAND_HEADS = frozenset(
    {"islands", "island", "isles", "mountains", "peninsula", "canyon", "sea", "ocean", "gulf",
     "strait", "straits", "desert"}
)
_COUNTRY_PREFIXES = frozenset({"U.S.", "US", "UK", "U.K."})


def place_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of two or more capitalised proper nouns outside entities that end in a natural
    place's head ("the Virgin Islands", "the U.S. Virgin Islands" with its country)."""
    runs, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and doc[j].pos_ == "PROPN" and doc[j].is_title:
            j += 1
        if j - i >= 2 and bare(doc[j - 1].text) in _LAND_HEADS and not doc[i].is_sent_start:
            start = i - 1 if i > 0 and doc[i - 1].text in _COUNTRY_PREFIXES else i
            runs.append((start, j))
        i = max(j, i + 1)
    return runs


def propn_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns outside entities that read as an organisation's name:
    ending in an organisation head ("One World Labs"), a head continued by "for"/"of" ("the
    Commission for Racial Equality"), followed by "newspaper"-like nouns, a name with a digit
    inside ("Lesbians4Hillary"), "The Economist" as a subject, "the Islamic State", a court
    that "heard" ("the Old Bailey heard")."""
    runs, i = [], 0
    while i < len(doc):
        j = i
        if _number_word_start(doc, i, taken):
            j += 1  # "One World Labs"
        while j < len(doc) and j not in taken and _name_word(doc[j]):
            j += 1
        if j > i and _org_run(doc, i, j):
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def described_bodies(doc: Doc) -> list[tuple[int, int]]:
    """A name spaCy missed or took for a product, after a noun for a kind of body: "security
    firm Sophos", "the Canadian company D-Wave Systems" (hyphenated parts stay in)."""
    out = []
    for i, tok in enumerate(doc[:-1]):
        noun = tok.is_lower and tok.pos_ == "NOUN" and tok.lemma_ in ORG_DESCRIPTORS
        if not noun and not (tok.is_sent_start and tok.is_title and tok.lower_ in ORG_DESCRIPTORS):
            continue  # "security firm Sophos"; "Consultancy Strategy Analytics" opening a sentence
        j = i + 1
        while j < len(doc) and doc[j].ent_type_ in ("", "PRODUCT", "WORK_OF_ART"):
            t = doc[j]
            glued = t.text == "-" and not t.whitespace_ and not doc[j - 1].whitespace_
            if not (glued or (t.text[:1].isupper() and t.pos_ == "PROPN" and t.is_alpha)):
                break
            j += 1
        if j > i + 1 and doc[j - 1].text != "-":
            out.append((i + 1, j))
    return out


_DIGIT_NAME = re.compile(r"[A-Z][a-z]+\d+[A-Z][a-z]+")
_FOLLOWING = frozenset({"newspaper", "magazine", "paper", "tabloid", "website", "broadsheet"})


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun, or a name with a digit inside."""
    proper = tok.tag_ in ("NNP", "NNPS") and tok.is_title
    return proper or _DIGIT_NAME.fullmatch(tok.text) is not None


def _number_word_start(doc: Doc, i: int, taken: set[int]) -> bool:
    """A capitalised number word mid-sentence starting a name: "company One World Labs"."""
    t = doc[i]
    return (
        (t.pos_ == "NUM" or t.like_num)
        and t.is_title
        and i > t.sent.start
        and i + 1 < len(doc)
        and (i not in taken or t.ent_type_ == "CARDINAL")
        and i + 1 not in taken
        and _name_word(doc[i + 1])
    )


def _org_run(doc: Doc, i: int, j: int) -> bool:
    """Whether the proper-noun run [i, j) is an organisation's name by the rules above."""
    head = bare(doc[j - 1].text)
    nxt = doc[j] if j < len(doc) else None
    after = doc[j + 1] if j + 1 < len(doc) else None
    the = i > 0 and doc[i - 1].lower_ == "the"
    if j - i >= 2 and head in ORG_HEADS:
        return True
    if any(_DIGIT_NAME.fullmatch(t.text) for t in doc[i:j]):
        return True
    if j - i >= 2 and doc[i].lower_ in CLUB_OPENS:
        return True  # "Real Madrid", "Sporting Lisbon" the tagger left untagged
    continued = nxt is not None and nxt.lower_ in ("for", "of") and after is not None
    norp_the = i >= 2 and doc[i - 2].lower_ == "the"
    norp_the = norp_the and doc[i - 1].ent_type_ in ("NORP", "LANGUAGE")
    if (the or norp_the) and _headed(doc[j - 1]) and continued and after.is_title and (
        after.ent_type_ in _PART_LABELS | {""}
    ):
        return True  # "the Alliance for Digital Inclusion", "the English Collective of X"
    if j - i >= 2 and the and nxt is not None and nxt.lower_ in _FOLLOWING:
        return True
    if the and nxt is not None and nxt.lower_ == "heard" and after is not None and (
        after.is_punct or after.lower_ in ("that", "how")
    ):
        return True  # "…, the Old Bailey heard.": a court, as in "the court heard"
    if j - i == 1 and head not in TITLE_NOUNS | ORG_HEADS and i >= 2:
        prev = doc[i - 1]
        norp = prev.ent_type_ == "NORP" and doc[i - 1].dep_ in ("compound", "amod")
        if norp and doc[i - 2].lower_ == "the":
            return True  # "the Islamic State": the nationality word joins the name later
        start = prev.text == "The" and prev.i == prev.sent.start
        return start and doc[i].dep_ == "nsubj" and doc[i].head.pos_ == "VERB"
    return False


_GLUE = re.compile(r"(by|of|to|and|with|from|for|as|at|in|on)([A-Z][a-z]+)")


def glued_start(doc: Doc, s: int) -> int | None:
    """Offset of a name whose first part is glued to a function word: "led byWen Jiabao"."""
    tok = doc[s]
    m = _GLUE.fullmatch(tok.text)
    if m is not None:
        return tok.idx + m.end(1)
    prev = doc[s - 1] if s > 0 else None
    if prev is None or not prev.whitespace_ or prev.ent_type_:
        return None
    m = _GLUE.fullmatch(prev.text)
    return prev.idx + m.end(1) if m is not None else None


def join_people(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two person names side by side, a space apart, are one: "Christopher Arthur" +
    "Neville Kent" is "Christopher Arthur Neville Kent"."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        if out and label == "PERSON" and out[-1][2] == "PERSON" and out[-1][1] == s:
            ps, _, _ = out[-1]
            proper = all(t.text[:1].isupper() and t.is_alpha for t in doc[ps:e])
            if proper and doc[s - 1].whitespace_ == " " and e - ps <= 5:
                out[-1] = (ps, e, label)
                continue
        out.append((s, e, label))
    return out


def hyphen_tail(doc: Doc, e: int) -> int:
    """The end of a name cut at a hyphen: "Kyhesha" in "Kyhesha-Lee"."""
    glued = e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_
    if glued and not doc[e].whitespace_ and doc[e + 1].text[:1].isupper() and doc[e + 1].is_alpha:
        return e + 2
    return e


def titled_person_tails(doc: Doc) -> list[tuple[int, int]]:
    """A person's name at the end of an entity spaCy read whole with its title ("Acme
    spokesperson Ana Maria Ruiz" as a work of art): the capitalised words after the title."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON" or len(ent) < 3:
            continue
        for k in range(len(ent) - 2, 0, -1):
            tok = ent[k - 1]
            tail = ent[k:]
            if tok.is_lower and bare(tok.text) in TITLE_NOUNS and 2 <= len(tail) <= 4 and all(
                t.is_title and t.is_alpha and t.tag_ == "NNP" for t in tail
            ):
                out.append((tail.start, tail.end))
                break
    return out


def titled_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """A name spaCy did not tag, after a capitalised title: "Detective Constable Vanessa
    Lewis", "Chief Inspector Tom Hale" (two or three capitalised words, then no more)."""
    out = []
    for i, tok in enumerate(doc[:-2]):
        if not tok.text[:1].isupper() or bare(tok.text) not in TITLE_NOUNS | HONORIFICS:
            continue
        j = i + 1
        while j < len(doc) and bare(doc[j].text) in TITLE_NOUNS and doc[j].text[:1].isupper():
            j += 1  # "Detective Constable"
        k = j
        while k < len(doc) and k not in taken and plain_name_word(doc[k]) and k - j < 3:
            k += 1
        nxt = doc[k] if k < len(doc) else None
        if k - j >= 2 and (nxt is None or not nxt.text[:1].isupper() or nxt.is_punct):
            out.append((j, k))
    return out


def plain_name_word(tok: Token) -> bool:
    """A capitalised proper-noun word that can continue a name (no title, body or junk word)."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.is_alpha
        and bare(tok.text) not in TITLE_NOUNS | ORG_HEADS
        and not is_junk_word(tok.text)
    )


_PORTFOLIO_HEADS = frozenset(
    {"department", "ministry", "secretary", "minister", "office", "committee", "commission",
     "council"}
)


def portfolio_runs(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Join the portfolios of a ministry the tagger split: "the Department for Heritage",
    "Arts" and "Leisure" are one body ("Department for Heritage, Arts and Leisure")."""
    out = sorted(spans)
    for s, e, label in list(out):
        if label != "ORG" or e - s < 3 or doc[e - 2].lower_ not in ("for", "of"):
            continue
        if not any(t.lower_ in _PORTFOLIO_HEADS for t in doc[s : e - 2]):
            continue  # not "the Bank of England and Barclays": two bodies
        j = e
        while j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].is_title:
            j += 2  # ", Media"
        if not (j + 1 < len(doc) and doc[j].lower_ == "and" and doc[j + 1].is_title):
            continue
        end = j + 2
        if end < len(doc) and doc[end].is_title:
            continue  # "… for Education and Skills Funding Agency": the run goes on
        out = [sp for sp in out if not (e <= sp[0] and sp[1] <= end)]
        out = [(a, end if (a, b) == (s, e) else b, lab) for a, b, lab in out]
    return out
