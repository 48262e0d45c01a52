"""Kind cues from a name's shape and use: an acronym or a campaign's verb opens no person's
name ("DRAKA Quietskies", "Stop Leeford Expansion"), an acronym in prose that names no place is a
body ("KTB"), a lone name mostly "at" or "in" is a site, the actor a film "stars as" a person."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.actor_clusters import Cluster
from generator.extract.actor_countries import is_country
from generator.extract.actor_mentions import Mention
from generator.extract.actor_words import COUNTRY_SYNONYMS, word_set

_CAMPAIGN_VERBS = word_set("stop save reclaim scrap vote keep fight")  # not "Ban": a surname
_ACRONYM = re.compile(r"[A-Z]{2,5}")


def campaign(form: str) -> bool:
    """ "Stop Leeford Expansion", "Save Our Parks", "Reclaim Borovia": a campaign's name opens
    with a verb in the imperative, then a capitalised word."""
    ws = form.split()
    return len(ws) >= 2 and ws[0].lower() in _CAMPAIGN_VERBS and ws[0][:1].isupper() and (
        ws[1][:1].isupper()
    )


def branded_opener(form: str) -> bool:
    """ "DRAKA Quietskies", "Stop Leeford Expansion": a first word no person's name opens with,
    an acronym of four letters or more or a campaign's verb."""
    first = form.split()[0]
    return bool(re.fullmatch(r"[A-Z]{4,}", first)) or campaign(form)


def never_a_person(c: Cluster, text: str) -> bool:
    """Every form an acronym of two to five capitals ("KLV", "KTB") or opened by a word no
    person's name opens with ("DRAKA Quietskies"), and no mention a transcript's speaker
    label ("SMITH: ..."): a body's name, never a person's."""
    if not all(_ACRONYM.fullmatch(f) or branded_opener(f) for f in c.forms):
        return False
    if not _in_prose(c, text):
        return False
    return not any(text[m.end : m.end + 1] == ":" for m in c.mentions)


# Places written as acronyms: US states and the like, cities, a few countries.
_PLACE_ACRONYMS = word_set(
    """
    al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj
    nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc nyc sf nsw qld nt act kzn
    uae drc prc ussr gb ni rok dprk gdr frg
    """
)


def body_acronym(c: Cluster, spelled: set[str], text: str) -> bool:
    """Every form an acronym of two to four capitals that names no country, state or city
    ("KTB", "RBS"), written in prose: a body spaCy read as a place."""
    if not all(re.fullmatch(r"[A-Z]{2,4}", f) for f in c.forms) or not _in_prose(c, text):
        return False
    known = any(is_country(k) or k in _PLACE_ACRONYMS for k in spelled)
    return not known and not any(k in syn for k in spelled for syn in COUNTRY_SYNONYMS)


def _in_prose(c: Cluster, text: str) -> bool:
    """A mention on a line with three lowercase words or more: not in a capitalised headline
    or a dateline ("OSLO 2004-05-06", "TAOS, New Mexico"), where names are written in capitals."""
    for m in c.mentions:
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.end)
        line = text[start : end if end >= 0 else len(text)]
        if len(re.findall(r"(?<![\w-])[a-z]+\b", line)) >= 3:
            return True
    return False


def mostly_located(c: Cluster, doc: Doc) -> bool:
    """Two or more mentions and most of them the object of "in" or "at", alone or in a list
    ("flights from Dunmore and Wexley", "staff at Wexley") or the tail of an address
    ("Orpington, Kent,"): a site, not a body."""
    hits = 0
    tails = [_address_tail(doc, m) for m in c.mentions]
    for m, tail in zip(c.mentions, tails, strict=True):
        tok = doc[m.tok_end - 1]
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        hits += (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at")) or tail
    return (hits >= 2 or any(tails)) and 2 * hits >= len(c.mentions)


def _address_tail(doc: Doc, m: Mention) -> bool:
    """The mention follows a place and a comma and closes the phrase: "Biggin Hill, Kent,"."""
    s, e = m.tok_start, m.tok_end
    if s < 2 or doc[s - 1].text != "," or doc[s - 2].ent_type_ not in ("GPE", "LOC"):
        return False
    return e >= len(doc) or doc[e].is_punct


def cast_actor(tok: Token) -> bool:
    """ "stars Vale as a priest", "cast Vale as the lead": the actor a film is made with."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ("star", "cast", "recast"):
        return False
    return any(c.lower_ == "as" for c in tok.head.children) or any(
        c.lower_ == "as" for c in tok.children
    )


def heard_a_case(doc: Doc, m: Mention) -> bool:
    """ "…, the Old Bailey heard.": a court that hears a case, a body."""
    e = m.tok_end
    heard = e + 1 < len(doc) and doc[e].lower_ == "heard" and not doc[e].ent_type_
    return heard and m.tok_start > 0 and doc[m.tok_start - 1].lower_ == "the" and (
        doc[e + 1].is_punct or doc[e + 1].lower_ in ("that", "how"))
