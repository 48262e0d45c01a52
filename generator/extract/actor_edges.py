"""Edges of a name span: letters after a name ("QC", "MP") and a score glued on ("Schuettler
7-5") belong to no name, a body run into a person's name ("BT Mike Rake") is not the person's,
and "Republic of" belongs to "Ireland"."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_spans import SAINTS, bare
from generator.extract.actor_words import (
    HONORIFICS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PLACE_HEADS,
    POST_NOMINALS,
    TITLE_NOUNS,
    WEEKDAYS,
)
from generator.extract.given_names import is_given_name


def name_tail(doc: Doc, s: int, e: int, label: str = "PERSON") -> int:
    """End of a person's (or a place's) name without post-nominal letters, a glued score or
    what a spaced dash adds ("Clive Griffiths - Wales")."""
    if label == "PERSON":
        dash = next((i for i in range(s + 2, e) if doc[i].text in ("-", "\u2013", "\u2014")
                     and doc[i - 1].whitespace_ and doc[i].whitespace_), None)
        e = dash if dash is not None else e
    while e - s > 2 or (e - s == 2 and doc[e - 1].text[:1].isdigit()):
        last = doc[e - 1]
        if bare(last.text) in POST_NOMINALS and last.text[:1].isupper() and label == "PERSON":
            e -= 1  # "Stephen Kramer QC", "Paul Boateng MP"
        elif any(c.isdigit() for c in last.text) or (last.text == "-" and e - s > 2):
            e -= 1  # "Rainer Schuettler 7-5": the score of the match, not the name
        else:
            break
    return e


def run_in_start(doc: Doc, s: int, e: int, label: str) -> int:
    """Start of a person's name when a body runs into it: "BT Mike Rake", "United Nations
    Samantha Power", "the union Unison Dave Prentis". The name starts at a common given name
    that a surname follows, when no word before it could open the name itself. Only an acronym,
    a name after a body noun, or two words of a body's span run in: "Warsame Ali Hersi" is one
    name."""
    described = s > 0 and doc[s - 1].is_lower and doc[s - 1].lemma_ in ORG_DESCRIPTORS
    if label == "ORG" and s > 0 and doc[s - 1].lower_ in ("at", "of"):
        return s  # "economist at JP Morgan Chase": one works at a body, not at a person
    for k in range(s + 1, e - 1):
        if not is_given_name(doc[k].text) or not doc[k].text[:1].isupper():
            continue
        acronyms = all(t.is_alpha and t.text.isupper() and len(t) > 1 for t in doc[s:k])
        if not (acronyms or described) and (label == "PERSON" or k - s < 2):
            return s  # "Warsame Ali Hersi", "J. Joe Ricketts" are one name; "BT Mike Rake" is not
        if any(t.lower_ in ("and", "the", "of", "&") for t in doc[s:k]):
            return s  # "The Glass Harbour and The Silent Orchard": a list of titles
        before = [bare(t.text) for t in doc[s:k]]
        rest = doc[k + 1 : e]
        if any(is_given_name(t.text) for t in doc[s:k]):
            return s  # "Mary Ann Smith", "Sarah Jessica Parker": given names in a row
        if any(w in HONORIFICS | NAME_PARTICLES | SAINTS for w in before):
            return s  # "Sir Elton John", "St Francis Hospital"
        if not all(t.text[:1].isupper() and t.is_alpha for t in rest):
            return s
        if any(bare(t.text) in ORG_HEADS | PLACE_HEADS for t in rest):
            return s  # "Aston Martin Racing": a body's name
        return k
    return s


# Words that open a state's or a region's formal name before "of": "Republic of Ireland".
_STATE_OPENERS = frozenset(
    {"republic", "kingdom", "isle", "isles", "commonwealth", "gulf", "principality", "emirate",
     "sultanate", "federation", "state", "states"}
)


def state_start(doc: Doc, s: int) -> int:
    """Start of a place's formal name that the tagger began at "of" or after it: "Republic of
    Ireland", "Isle of Man"."""
    of = s if doc[s].lower_ == "of" else s - 1
    if of < 1 or doc[of].lower_ != "of":
        return s
    opener = doc[of - 1]
    return of - 1 if opener.text[:1].isupper() and bare(opener.text) in _STATE_OPENERS else s


_DAY_LEADS = frozenset({"on", "last", "next", "this", "by", "until", "since", "from", "every"})
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "'s", "\u2019s"})


def weekday_surname(doc: Doc, s: int, e: int) -> int:
    """End of a given name whose surname is a weekday: "coach Mike Friday" (not "said Mike
    on Friday", "Mike Friday night")."""
    if e - s != 1 or e >= len(doc) or not is_given_name(doc[s].text):
        return e
    day = doc[e]
    if bare(day.text) not in WEEKDAYS or not day.is_title or not doc[s].whitespace_:
        return e
    if s > 0 and doc[s - 1].lower_ in _DAY_LEADS:
        return e
    after = doc[e + 1] if e + 1 < len(doc) else None
    return e if after is not None and after.lower_ in _DAY_PARTS else e + 1


def titled_body_end(doc: Doc, s: int, e: int) -> int:
    """End of a body's name that the tagger ran on into a post held there, right before the
    person who holds it: "said Acme Chief Marketing Officer and Deputy CEO, Ana Ruiz" → Acme.
    ``e`` when the span does not run into a post before a name."""
    cut = next((i for i in range(s + 1, e) if bare(doc[i].text) in TITLE_NOUNS), None)
    if cut is None or not (doc[cut].is_title or doc[cut].is_upper):
        return e
    k = e  # past the rest of the post: "… Officer and Deputy CEO, Ana Ruiz"
    while k < min(len(doc), e + 8) and doc[k].ent_type_ != "PERSON" and (
        doc[k].text in (",", "and", "&") or doc[k].is_title or doc[k].is_upper
    ):
        k += 1
    if k >= len(doc) or doc[k].ent_type_ != "PERSON" or doc[k - 1].lower_ == "and":
        return e
    last = k - 2 if doc[k - 1].text == "," else k - 1
    return cut if last >= cut and bare(doc[last].text) in TITLE_NOUNS else e


# Competitions a run-in heading names before a club's ("Championship Watford (away to …)").
_COMPETITIONS = (
    ("league", "one"), ("league", "two"), ("premier", "league"), ("championship",),
    ("conference",), ("premiership",), ("bundesliga",), ("serie", "a"), ("la", "liga"),
)


def competition_lead(doc: Doc, s: int, e: int) -> int:
    """Start of a name after a competition's name that a heading runs into it: "League One
    Preston" -> "Preston" (only when a capitalised word is left)."""
    for words in _COMPETITIONS:
        k = s + len(words)
        if k < e and tuple(t.lower_ for t in doc[s:k]) == words and all(
            t.is_title for t in doc[s:k]
        ) and doc[k].is_title:
            return k
    return s
