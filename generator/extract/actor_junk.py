"""Names that are no actor's: awards, competitions, documents, named days, addresses,
compound modifiers, epithets, sentence-opening words, tickers."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_asides import bio_line
from generator.extract.actor_countries import is_demonym
from generator.extract.actor_junk_forms import act_with_record, no_actor_form
from generator.extract.actor_junk_shapes import junk_shape
from generator.extract.actor_junk_terms import (
    bracketed_term,
    defined_term,
    genre_of_works,
    scare_quoted,
)
from generator.extract.actor_junk_things import thing_named
from generator.extract.actor_slogans import slogan_word
from generator.extract.actor_spans import bare, is_junk_word
from generator.extract.actor_words import (
    HONORIFICS,
    NON_ACTOR_HEADS,
    NON_ACTOR_LEADS,
    ORG_DESCRIPTORS,
    REPORT_NOUNS,
    STREET_WORDS,
    TICKER_CUES,
    TITLE_NOUNS,
)
from generator.extract.actor_works_cues import named_as_work
from generator.extract.doc_text import doc_text
from generator.extract.given_names import GIVEN_NAMES

_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az)-[A-Z]")
_CAMEL_BRAND = re.compile(r"(?!i[A-Z])[a-z]{1,2}[A-Z][a-z]\w*")  # "eBay", "easyJet"; not "iPod"

_THING_PAIRS = frozenset(
    {
        ("champions", "league"),
        ("europa", "league"),
        ("league", "one"),
        ("league", "two"),
        ("grand", "prix"),
        ("super", "bowl"),
        ("six", "nations"),
        ("white", "paper"),
        ("green", "paper"),
    }
)


# Heads of non-actor names that are also common surnames, after a given name.
_SURNAME_HEADS = frozenset({"grant", "storm"})


_BODIES_OF = frozenset(
    {"board", "commission", "committee", "council", "department", "ministry", "agency", "bureau"}
    | {"office", "court", "tribunal", "institute", "association", "federation", "authority"}
)


# Words before "Time" in a spelled-out time zone ("Greenwich Mean Time", "Pacific Time").
_ZONE_WORDS = frozenset(
    {"summer", "standard", "daylight", "mean", "eastern", "western", "central", "pacific",
     "mountain", "atlantic", "universal", "european"}
)


def _body_of(words: list[str]) -> bool:
    """ "Illinois Board of Elections": a body's head word before "of" names what it runs."""
    low = [bare(w) for w in words]
    return "of" in low[1:] and (low[low.index("of", 1) - 1] in _BODIES_OF or _members_of(low))


def _members_of(low: list[str] | tuple[str, ...]) -> bool:
    """ "Western Conference of Sheriffs": a meeting's word before "of" and office holders after it
    name the body they form, not an event."""
    last = low[-1]
    return "of" in low[1:-1] and last.endswith("s") and last[:-1] in TITLE_NOUNS


# Nouns of a process, never an actor's name: "Westernisation", "Modernization".
_PROCESS_NOUN = re.compile(r"[a-z](?:isation|ization)s?$")
_STANCE_PREFIXES = frozenset({"anti", "pro", "non"})


def _stance_prefixed(doc: Doc, tok: Token) -> bool:
    """The word after a glued "anti-"/"pro-"/"non-": a stance, not the actor ("anti-Kosher";
    an actor so used is named elsewhere too, "pro-Ruiz" beside "Ruiz")."""
    i = tok.i
    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and (
        not doc[i - 2].whitespace_ and doc[i - 2].lower_ in _STANCE_PREFIXES
    )


_KINDS_OF_BODY = frozenset({"super pac", "pac"})


def is_junk(doc: Doc, span: Span, name: str) -> bool:
    """True when a cleaned name (``name``, as written) is not an actor's name."""
    words = name.split()
    capital = name[:1].isupper() or bool(_ARABIC_ARTICLE.match(name) or _CAMEL_BRAND.match(name))
    capital = capital or (span.label_ == "PERSON" and bool(re.match(r"\d+ [A-Z][a-z]", name)))
    capital = capital or bool(  # "6th Circuit", not "36th Street"
        re.match(r"\d+(?:st|nd|rd|th) [A-Z][a-z]", name) and bare(words[-1]) not in STREET_WORDS
    )
    if not words or not capital or not any(c.isalpha() for c in name):
        return True
    if name.lower().rstrip("s") in _KINDS_OF_BODY:
        return True  # "the major Super PAC backing Bush": a kind of committee, not its name
    titled = span.start > 0 and bare(doc[span.start - 1].text) in TITLE_NOUNS | HONORIFICS
    given = span.label_ == "PERSON" and len(words) > 1 and bare(words[0]) in GIVEN_NAMES
    named = given and (titled or bare(words[-1]) in _SURNAME_HEADS)  # "Hugh Grant", no grant
    if bare(words[-1]) in NON_ACTOR_HEADS and not named and not _body_of(words):
        return True  # "Jeff Sessions" is a person, "Board of Elections" a body
    if len(words) > 1 and bare(words[0]) in NON_ACTOR_LEADS:
        return True
    low = tuple(bare(w) for w in words)
    joint = next((k for k, w in enumerate(low) if w in ("of", "on", "for") and k > 0), None)
    if joint is not None and low[joint - 1] in NON_ACTOR_HEADS and not _members_of(low):
        return True  # "European Convention on Human Rights", "Treaty of Lisbon": documents
    award = " ".join((*low, *(t.lower_ for t in doc[span.end : span.end + 3])))
    sponsored = low[-3:] == ("barclays", "premier", "league")  # the competition, sponsored
    dated = len(low) > 1 and low[-1] == "day" and span.label_ != "PERSON"
    if dated and not act_with_record(doc, span):
        return True  # "Anzac Day", "Election Day": a day (not "Green Day's new single")
    if len(low) > 1 and low[-1] == "time" and low[-2] in _ZONE_WORDS:
        return True  # "British Summer Time", "Eastern Standard Time": a time zone spelled out
    if no_actor_form(doc, span, name):
        return True  # "an OBE", "every teacher, GP and nurse", "Athletics' ruling body"
    if thing_named(doc, span, name):
        return True  # "learning Hindi", "TB", "Hurricane Mitch ... Mitch", "his Jack Russell"
    if junk_shape(doc, span, name):
        return True  # "Ministers insist", "wrote on Instagram", "the Great Pillow Fight"
    if named_as_work(doc, span, name):
        return True  # "US musical Sweet Charity … Sweet Charity tells", "as Elsa from Frozen"
    if " of the year" in award or low[-2:] in _THING_PAIRS or sponsored:
        return True  # an award, a competition ("Champions League"), a paper ("White Paper")
    if len(low) > 1 and low[-1] in STREET_WORDS and span.start > 0:
        before = doc[span.start - 1]
        if before.lower_ == "of" or before.like_num:
            return True  # "Cato, of Robert Street, Plumstead": an address, no actor
    if bio_line(doc, span):
        return True  # the writer's biography closing the text: "Jane Roe is a columnist ..."
    if bracketed_term(doc, span) or defined_term(doc, span) or scare_quoted(doc, span):
        return True  # "the Public Works Initiative (PWI)", "the 'Old Coast' growers"
    if genre_of_works(doc, span):
        return True  # "music videos and Lollywood films"
    if slogan_word(doc, span):
        return True  # "to make America great again": a slogan's word, not the country
    if re.search(r"\w-(?:to|and|or|in|of)-\w", name):
        return True  # "a Clark-Kent-to-Superman change": a compound modifier, not a name
    det = span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an")
    if span.root.dep_ == "attr" and span.root.head.lemma_ == "be" and span.label_ == "ORG" and det:
        return True  # an epithet: "He was the King of Clubs" (not "The winner was Acme Air")
    if len(span) == 1:
        tok = span[0]
        if is_junk_word(tok.text) or is_demonym(tok.text):
            return True  # "the Briton outsprinted her": one person, named elsewhere
        if _PROCESS_NOUN.search(tok.text) or _stance_prefixed(doc, tok):
            return True  # "protests against Westernisation", "an anti-Kosher stance"
        caps = tok.text.replace(".", "").isupper()
        web = tok.tag_ == "ADD" and re.fullmatch(r"[A-Z][\w-]*\.[a-z]{2,4}", tok.text)
        plain = tok.tag_ not in ("NNP", "NNPS") and not _CAMEL_BRAND.fullmatch(tok.text)
        if span.label_ != "NORP" and not caps and not web and plain and not _used_as_name(doc, tok):
            return True
        lowered = rf"(?<![\w-]){re.escape(tok.lower_)}(?![\w-])"
        if tok.is_sent_start and re.search(lowered, doc_text(doc)):
            return True
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if caps and nxt is not None and nxt.lower_ in TICKER_CUES:
            return True
        kind = tok.lower_ in _MEDIA_WORDS and tok.head.i > tok.i  # not "Company magazine"
        if kind and tok.head.is_lower and tok.head.lemma_ in ORG_DESCRIPTORS:
            return True  # "the Television channel NY1": a kind of body, capitalised
    return False


_MEDIA_WORDS = frozenset({"television", "radio", "cable", "internet", "satellite", "online"})


def _used_as_name(doc: Doc, tok: Token) -> bool:
    """A capitalised word the tagger read as a common word that the text still uses as a name:
    never written in lower case, away from a sentence start, and named by a descriptor ("pop
    band Busted", "security firm Mirapoint") or capitalised mid-sentence at least twice; or,
    opening a sentence, the body a report comes from ("Treasury analysis shows")."""
    if tok.ent_type_ not in ("ORG", "PERSON") or not tok.text[:1].isupper():
        return False
    low = tok.lower_
    if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", doc_text(doc)):
        return False
    if tok.is_sent_start:  # "Treasury analysis shows …": the body behind a report
        source = tok.ent_type_ == "ORG" and tok.dep_ == "compound"
        return source and tok.head.i == tok.i + 1 and tok.head.lemma_ in REPORT_NOUNS
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.is_lower and prev.lemma_ in ORG_DESCRIPTORS:
        return True
    mid = [t for t in doc if t.text == tok.text and not t.is_sent_start]
    return len(mid) >= 2
