"""Names that are not what spaCy's label says: titles of works, pageant titles, party
nicknames, generational suffixes, and one-word names that act like organisations."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_artists_works import record_title
from generator.extract.actor_characters import played_part, used_as_type, worked_on
from generator.extract.actor_countries import is_country
from generator.extract.actor_spans import bare
from generator.extract.actor_things import common_acronym, thing_noun_after
from generator.extract.actor_words import word_set
from generator.extract.actor_work_signs import (
    WORK_NOUNS,
    award_for,
    described_as_work,
    law_object,
    named_part,
    nicknamed,
    one_of_works,
    owned_about,
    part_of_work,
    plays_part,
    screened,
)
from generator.extract.actor_work_stars import star_vehicle
from generator.extract.actor_work_uses import used_as_work
from generator.extract.given_names import is_given_name

# Generational suffixes that end a person's name: "Martin Luther King Jr.", "John Smith III".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Plural nouns whose examples are works: "successes such as Reservoir Dogs".
_WORK_EXAMPLES = WORK_NOUNS | word_set(
    "hits successes classics products devices gadgets consoles games apps programs"
)
# Verbs and words that open a list of examples: "films include X, Y", "shows such as X".
_LIST_OPENERS = frozenset({"include", "includes", "included", "including", "like", "as"})
# Broadcasters whose possessive names a programme: "Channel 4's Supernanny".
_BROADCASTER = re.compile(
    r"^(?:BBC(?: (?:One|Two|Three|Four|1|2|3|4|Radio \w+|World))?|ITV\d?|Channel \d|E4|More4|"
    r"S4C|Sky(?: One| Atlantic| Arts)?|HBO|Netflix|Showtime|MTV|Nickelodeon|Five)$"
)
# News networks whose possessive names a show or one of their people: "CNBC's Money Hour",
# "CNN's Tapper" (a programme only where spaCy reads no person).
_NETWORK = re.compile(r"^(?:CNN|CNBC|MSNBC|NBC|ABC|CBS|PBS|NPR|Fox(?: News)?)$")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _listed_works(doc: Doc, start: int, end: int) -> bool:
    """A name in a list that follows "hits such as", "films including", "films include",
    "Other films in the category include …" (capitalised titles, commas, "and", owners)."""
    if end < len(doc) and doc[end].tag_ == "POS":
        return False  # "Arnaud Desplechin's Kings And Queen": the maker, not the work
    i = start - 1
    sent_start = doc[start].sent.start
    while i > sent_start and doc[i].lower_ not in _LIST_OPENERS:
        tok = doc[i]
        listed = tok.text in (",", "and", "'s", "\u2019s", "(", ")") or tok.like_num
        if not (listed or tok.text[:1].isupper() or tok.pos_ in ("NOUN", "ADJ", "DET", "ADP")):
            return False
        i -= 1
    if i <= sent_start or doc[i].lower_ not in _LIST_OPENERS:
        return False
    opener = doc[i]
    if opener.lower_ in ("include", "includes", "included"):
        subj = [c for c in opener.children if c.dep_ == "nsubj"]
        return bool(subj) and subj[0].lemma_.lower() in WORK_NOUNS and subj[0].tag_ == "NNS"
    j = i - 1 - int(opener.lower_ == "as" and doc[i - 1].lower_ == "such")
    while j > sent_start and doc[j].text == ",":
        j -= 1
    return j >= 0 and doc[j].tag_ == "NNS" and doc[j].lower_ in _WORK_EXAMPLES | {
        w + "s" for w in WORK_NOUNS
    }


def _broadcast(doc: Doc, start: int, end: int) -> bool:
    """A programme owned by a broadcaster: "Channel 4's Supernanny", "BBC Three's Flashmob"
    (not a presenter: "BBC's Nick Robinson" has a given name)."""
    if start < 2 or doc[start - 1].tag_ != "POS":
        return False
    owner_start = start - 2
    while owner_start > 0 and doc[owner_start - 1].text[:1].isupper() and start - owner_start < 4:
        owner_start -= 1
    owners = [doc[k:start - 1].text for k in range(owner_start, start - 1)]
    if any(_NETWORK.match(o) for o in owners):
        named = doc[start].ent_type_ in ("ORG", "GPE", "NORP") or is_given_name(doc[start].text)
        return end - start > 1 and not named  # not "CNN's Jake Tapper"
    if not any(_BROADCASTER.match(o) for o in owners):
        return False
    return not (doc[start].ent_type_ == "PERSON" and end - start > 1)


# Words after "Miss" that make a pageant title, not a woman's name: "Miss Universe".
_PAGEANT = frozenset({"universe", "world", "earth", "international", "usa", "america", "teen"})

# Short party names that spaCy reads as people: "the Lib Dems", "a Lib Dem spokesman".
PARTY_NICKNAMES = frozenset(
    {
        "lib dem", "lib dems", "libdem", "libdems", "dems", "tories", "conservatives",
        "liberal democrats", "greens", "ukip", "snp", "plaid cymru", "sinn fein", "dup",
    }
)

# Verbs whose one-word subject is a publisher or broadcaster: "Politifact published".
_OUTLET_VERBS = frozenset({"report", "publish", "broadcast", "air", "print", "stream", "post"})

# Nouns that call a body by what it is: "the company said", "Bertelsmann, the publisher".
BODY_NOUNS = word_set(
    """
    company firm network site website outlet broadcaster channel publisher newspaper paper
    magazine station group studio streamer platform service agency retailer maker
    """
)


def keeps_suffix(doc: Doc, j: int) -> bool:
    """True when the word after token ``j`` is a generational suffix ("King Jr."): the word
    is then part of a name, not a title to strip."""
    return j + 1 < len(doc) and bare(doc[j + 1].text) in NAME_SUFFIXES


def work_title(doc: Doc, span: Span) -> bool:
    """True for the title of a work: after "song/film/book" or set in quotation marks; and
    for a character named after the part an actor plays ("will play cult leader X")."""
    if span.label_ == "PERSON" and named_part(doc, span.start):
        return True
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].lower_ in ("the", "a", "his", "her", "their")):
        i -= 1
    if i >= 0 and doc[i].lower_ in WORK_NOUNS and doc[i].pos_ == "NOUN":
        return True
    titled = i >= 0 and i + 1 < span.start and doc[i + 1].text == "The"  # not at a line start
    if titled and doc[i].lower_ in WORK_NOUNS and doc[i - 1 if i else 0].pos_ in ("NOUN", "ADJ"):
        return True  # "radio quiz show The Brains Club": "show" read as a verb
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    quoted = before is not None and after is not None and before.is_quote and after.is_quote
    return quoted and span.label_ == "PERSON"


# Words that put a title of a work right after them: "his role in Vera Drake".
_WORK_LEADS = (
    ("role", "in"),
    ("roles", "in"),
    ("performance", "in"),
    ("starring", "in"),
    ("starred", "in"),
    ("stars", "in"),
    ("appeared", "in"),
    ("appears", "in"),
    ("screening", "of"),
    ("sequel", "to"),
    ("adaptation", "of"),
    ("remake", "of"),
    ("cast", "of"),
    ("portrayal", "of"),
    ("character", "of"),
    ("role", "as"),
)


# Makers of a work named right before them: "Friends actress Lisa Kudrow", "Wolf Hall author".
_MAKERS = frozenset(
    {"actress", "actor", "author", "novelist", "screenwriter", "playwright", "co-star", "co-writer"}
)
# Verbs whose object is a work: "He wrote Ring of Fire", "she directed Amelie".
_MAKING_VERBS = frozenset(
    {"write", "co-write", "direct", "compose", "pen", "film", "co-direct", "publish", "record"}
    | {"sing", "read"}
)
_ROLE_VERBS = frozenset({"play", "star", "appear"})


def made_work(doc: Doc, start: int, end: int) -> bool:
    """True when a name at tokens ``start:end`` is a work by what its makers do with it:
    before "actress" or ", starring"; what someone wrote or directed; the show someone played
    a part in; a list after "hits such as"."""
    nxt = doc[end] if end < len(doc) else None
    if (nxt is not None and nxt.lower_ in _MAKERS) or star_vehicle(doc, start, end):
        return True  # "Friends actress Lisa Kudrow", "Blue Lines star Ann Lee"
    if (
        nxt is not None
        and nxt.text == ","
        and end + 1 < len(doc)
        and doc[end + 1].lower_ == "starring"
    ):
        return True  # "The Aviator, starring Leonardo DiCaprio"
    year = doc[end + 1 : end + 3] if end + 3 <= len(doc) else None
    bracketed = year is not None and nxt is not None and nxt.text == "(" and year[1].text == ")"
    if bracketed and _YEAR.fullmatch(year[0].text):
        return True  # "My Left Foot (1989)": a work and its year
    if _broadcast(doc, start, end):
        return True
    if nxt is not None and nxt.lower_ == "by" and end + 1 < len(doc):
        by = doc[end + 1]
        lead = doc[start - 1] if start > 0 else None
        if by.pos_ == "PROPN" and by.is_title and (lead is None or lead.pos_ != "ADP"):
            return True  # "singing Super Bass by Nikki Minaj" (not "a foul on Ruiz by Hale")
    owner = nxt is not None and nxt.tag_ == "POS"  # "the movie version of Dan Brown's novel"
    versions = ("version", "versions", "copies", "edition", "editions")
    if start >= 2 and doc[start - 2].lower_ in versions and doc[start - 1].lower_ == "of":
        return not owner and doc[start].ent_type_ != "GPE"  # "her version of Giselle"
    root = doc[start:end].root
    if root.dep_ == "dobj" and root.head.lemma_ in _MAKING_VERBS and root.head.pos_ == "VERB":
        return True  # "He wrote Lantern Road with Mary Ellen Hart"
    if root.dep_ == "appos" and root.head.lemma_ in WORK_NOUNS and root.head.pos_ == "NOUN":
        return True  # "In his new book, Lawless World, …"
    if root.dep_ == "attr" and _work_subject(root.head):
        return True  # "One of the early tunes she wrote was Harrow Hill"
    if any(c.dep_ == "appos" and c.lemma_ in WORK_NOUNS for c in root.children):
        return True  # "Vera Drake, Mike Leigh's tale about …"
    copula = root.dep_ == "nsubj" and root.head.lemma_ == "be"
    if copula and any(c.dep_ == "attr" and c.lemma_ in WORK_NOUNS for c in root.head.children):
        return True  # "Boogeyman is a horror film"
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "in" else None
    if (
        verb is not None
        and verb.lemma_ in _ROLE_VERBS
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        return True  # "Kudrow, who played Phoebe in Friends"
    if part_of_work(root) or owned_about(doc, start, end) or nicknamed(doc, start):
        return True  # "episodes of Lost and Friends", "Ann Lee's Red Sky, about …"
    if award_for(root) or one_of_works(root):
        return True  # "took best song for Vanishing Point", "X was one of the top hits"
    if law_object(root) or screened(root):
        return True  # "the repeal of Healthcare Plus", "Tin Town, which is screened in …"
    if played_part(doc, root) or worked_on(root) or used_as_type(doc, start, end):
        return True  # "Hanks will play Tom Rowe", "worked on Blue Lagoon", "a modern Tom Rowe"
    if described_as_work(doc, end):
        return True  # "The Aviator, a film biography of …", "X, the pensions programme"
    if thing_noun_after(doc, doc[start:end]) or common_acronym(doc, start, end):
        return True  # "its Betamax video recorder", "radio frequency ID (RFID)"
    if used_as_work(doc, start, end) or record_title(doc, start, end):
        return True  # "her performance in Blue Harbour", "best rap song for Wide Awake"
    return _listed_works(doc, start, end) or _after_work_noun(doc, start, end)


def _work_subject(verb: Token) -> bool:
    """The subject of a copula is a work noun, or "one of" work nouns."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lemma_.lower() in WORK_NOUNS and subj.pos_ == "NOUN":
            return True
        of = [c for c in subj.children if c.lower_ == "of"]
        nouns = [g for o in of for g in o.children if g.dep_ == "pobj"]
        if subj.lower_ == "one" and any(n.lemma_.lower() in WORK_NOUNS for n in nouns):
            return True
    return False


def work_cue(doc: Doc, start: int, end: int) -> bool:
    """True when a name at tokens ``start:end`` that reads as a person's is used as a work's
    title: after "the film", or after "his role in", "starring in", "a sequel to" (no one has
    a role in a person), or as ``made_work`` finds."""
    if made_work(doc, start, end):
        return True
    nxt = doc[end] if end < len(doc) else None
    if doc[end - 1].dep_ == "compound" or (nxt is not None and nxt.pos_ == "NOUN"):
        return False  # "his role in the Clinton campaign": the name only modifies
    if nxt is not None and nxt.tag_ == "POS":
        return False  # "appeared in Brown's first book": the work is the author's
    root = first = doc[start:end].root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "roles in Closer and Red Sky": the list's first title
    i = (start if first is root else first.left_edge.i) - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i >= 1 and (doc[i - 1].lower_, doc[i].lower_) in _WORK_LEADS:
        return True
    return plays_part(doc, start)



def _after_work_noun(doc: Doc, start: int, end: int) -> bool:
    """A name right after a work noun: "the hit film Amelie" (not "the film Acme studio")."""
    nxt = doc[end] if end < len(doc) else None
    if doc[end - 1].dep_ == "compound" or (nxt is not None and nxt.pos_ == "NOUN"):
        return False
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i >= 0 and doc[i].lower_ in WORK_NOUNS and doc[i].pos_ in ("NOUN", "ADJ"):
        return True  # "the hit film Amelie", "the Abba musical Mamma Mia!"
    if i >= 1 and doc[i].lower_ in WORK_NOUNS and _owned_noun(doc[i - 1]):
        return True  # "Jo Dee's 1990s hit Paper Boats": "hit" read as a verb
    # "In her new book, Quiet Borders, Helen Marsh …", "his last album, Soul Company.": a work
    # set off by commas after one
    closing = nxt is not None and (nxt.text == "," or (nxt.text == "." and nxt.is_sent_end))
    enclosed = i >= 1 and doc[i].text == "," and closing
    noun = doc[i - 1] if i >= 1 else None
    owned = noun is not None and any(
        c.dep_ == "poss" or c.lower_ in ("new", "latest", "debut") for c in noun.children
    )
    # "appearing in a revue, Cabaret Nights, and ...": a body's name spaCy read, not a person's
    owned = owned or (noun is not None and doc[start].ent_type_ not in ("PERSON", "")
                      and any(c.lower_ in ("a", "an") for c in noun.children))
    return enclosed and owned and noun.lower_ in WORK_NOUNS


def _owned_noun(prev: Token) -> bool:
    """The word before a work noun makes it a noun: a possessive ("Jo Dee's"), a date ("1990s")
    or a determiner."""
    return prev.tag_ in ("POS", "PRP$", "DT") or prev.ent_type_ == "DATE"


def pageant_start(doc: Doc, s: int, e: int) -> int:
    """Skip a pageant title after "Miss" ("Miss Universe Olivia Culpo" -> "Olivia Culpo")."""
    if s > 0 and bare(doc[s - 1].text) == "miss" and s < e:
        word = doc[s].lower_
        if word in _PAGEANT or is_country(word) or doc[s].ent_type_ == "GPE":
            return s + 1
    return s


def party_nickname(name: str) -> bool:
    """True for a party's short name that spaCy takes for a person ("Lib Dems")."""
    return " ".join(name.lower().replace("-", " ").split()) in PARTY_NICKNAMES


def party_adjective(doc: Doc, span: Span) -> bool:
    """ "a Lib Dem spokesman": a singular party nickname before a noun is an adjective."""
    nxt = doc[span.end] if span.end < len(doc) else None
    singular = not span.text.endswith("s")
    return singular and nxt is not None and nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ")


def outlet_cue(doc: Doc, span: Span) -> bool:
    """A one-word name that acts like a body: subject of "report/publish", in apposition with
    "the company/network/site", or (unless spaCy reads a person) object of "told" or after
    "according to"."""
    if len(span) != 1:
        return False
    tok: Token = span[0]
    head = tok.head
    if tok.dep_ in ("nsubj",) and head.lemma_.lower() in _OUTLET_VERBS:
        return True
    if span.label_ != "PERSON":  # "she told Harvey", "according to Harvey": a person
        if tok.dep_ in ("dobj", "dative") and head.lemma_.lower() == "tell":
            return True  # "told Reuters"
        prev2 = doc[max(0, tok.i - 2) : tok.i]
        if [t.lower_ for t in prev2] == ["according", "to"]:
            return True
    nxt = doc[tok.i + 1 : tok.i + 4]
    words = [t.lower_ for t in nxt]
    return len(words) >= 3 and words[:2] == [",", "the"] and words[2] in BODY_NOUNS


# Portfolio words of a title: "Secretary of State", "Minister of Defence".
_PORTFOLIOS = word_set(
    """
    state defense defence finance justice health education energy agriculture commerce labor
    labour treasury interior transportation transport housing veterans war trade environment
    """
)


def portfolio(doc: Doc, span: Span, titles: frozenset[str]) -> bool:
    """True for "State" in "Secretary of State" or "Political Affairs" in "Undersecretary for
    Political Affairs Ann Roe": a portfolio inside a title, not a body."""
    s = span.start
    if s < 2 or doc[s - 1].lower_ not in ("of", "for") or bare(doc[s - 2].text) not in titles:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and nxt.is_title:
        return True  # "Undersecretary for Political Affairs Ann Roe": the title's field
    return len(span) == 1 and doc[s - 1].lower_ == "of" and span[0].lower_ in _PORTFOLIOS


_REGIONS = word_set("america americas europe asia africa oceania emea apac international")
_COMPASS = word_set("north south east west central latin eastern western northern southern")


def region_branch(k: str) -> bool:
    """True for a body's regional arm, "diageo north america" (a key): a name, then a region."""
    ws = k.split()
    return len(ws) >= 2 and ws[-1] in _REGIONS and ws[0] not in _COMPASS and ws[0] != "the"
