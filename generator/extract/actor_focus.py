"""Tests that keep a name off the focused actor list, or on it: a body named once that only
modifies a noun ("Twitter followers"), a name used as a work's title ("his role in Vera
Drake"), a body that opens a person's title ("NBC journalist Jeff Rossen"), a one-word name
that is a common noun's modifier everywhere."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_bodies_sides import contested
from generator.extract.actor_clusters import Cluster
from generator.extract.actor_countries import is_country
from generator.extract.actor_kind_names import SITE_HEADS
from generator.extract.actor_kind_place import (
    is_region,
    named_as_place,
    place_signs,
    seat_represented,
)
from generator.extract.actor_mentions import Mention, common_word, inside_voice
from generator.extract.actor_venues import venue_count
from generator.extract.actor_vote_scenes import vote_scene
from generator.extract.actor_words import (
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PARTY_WORDS,
    REPORT_NOUNS,
    STREET_WORDS,
    TITLE_NOUNS,
)
from generator.extract.actor_works import made_work, work_cue
from generator.extract.doc_text import doc_text
from generator.extract.role_words import is_title

# Nouns for a kind of firm the shared descriptors leave out: "search engine Zorba".
_BODY_NOUNS = frozenset(
    {"engine", "developer", "provider", "portal", "regulator", "bookmaker", "body", "federation",
     "site", "platform", "service", "forum"}  # "the video-sharing site Clipshare" (not an app)
)


def modifies_only(doc: Doc, m: Mention) -> bool:
    """A one-word body named once that reads as no body: spaCy did not call it one, or it
    modifies a noun ("Twitter followers", "a Sixties-inspired style"; not "the Guardian
    newspaper")."""
    span = doc[m.tok_start : m.tok_end]
    if " " in m.text:
        return False
    tok = span.root
    glued = m.tok_end < len(doc) and not span[-1].whitespace_ and doc[m.tok_end].text == "-"
    if glued:
        return True
    if contested(doc, m.tok_start, m.tok_end):
        return False  # "if Rovington fail to beat Elmbury": a side named once
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.i >= m.tok_end:
        if m.label == "ORG" and tok.head.lemma_.lower() in REPORT_NOUNS:
            return False  # "a Politico story", "a CNN poll": the body that reports a claim
        if opens_a_title(doc, m):
            return False  # "NYFD Commissioner Aldo Ferrante": the body the person heads
        if m.label == "ORG" and inside_voice(tok):
            return False  # "an FBI source told the station": the body the voice is from
        return not is_body_descriptor(tok.head)  # "the Gannett newspaper chain" names a body
    prev = doc[m.tok_start - 1] if m.tok_start else None
    if prev is not None and prev.text == "," and m.tok_start > 1:
        prev = doc[m.tok_start - 2]  # "its governing body, Segas,": a name set beside its noun
    named = prev is not None and prev.pos_ == "NOUN" and prev.is_lower
    if named and (is_body_descriptor(prev) or prev.lower_ in _BODY_NOUNS):
        return False  # "record company Universal", "video card shop Crucial": a named body
    if named and prev.tag_ == "NNS" and prev.lemma_ in TITLE_NOUNS:
        return False  # "league leaders Valmora": a side named after a plural title
    if m.label != "ORG":
        return True
    return named


def names_a_work(doc: Doc, spans: list[tuple[int, int]], person: bool) -> bool:
    """True when a mention reads as the title of a work: ``work_cue`` for a name read as a
    person's, ``made_work`` for others ("appeared in Playboy" names a body). A name the text
    uses many times is read by most of its mentions: one show named after a comic among a
    dozen mentions of him leaves him a person."""
    cue = work_cue if person else made_work
    hits = 0
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        hits += toks is not None and cue(doc, toks.start, toks.end)
    return hits > 0 and 4 * hits >= len(spans)


def opens_a_title(doc: Doc, m: Mention) -> bool:
    """True when the name opens a person's title: "NBC journalist Jeff Rossen", "CBI chief
    economist Ian McCafferty" (the person's body is an actor of the story)."""
    shaped = " " in m.text or (m.text.isupper() and len(m.text) > 1)  # not "Welsh attacker"
    if not shaped or m.text == "GOP":  # "GOP nominee": the party as an adjective
        return False
    titled = False
    for tok in doc[m.tok_end : m.tok_end + 5]:
        capital_title = m.label == "ORG" and tok.is_title and is_title(tok)
        if not tok.is_lower and not capital_title:
            return titled and tok.ent_type_ == "PERSON"
        titled = titled or is_title(tok)  # "NYFD Commissioner Aldo Ferrante" too
    return False


# A player's or a manager's post after a side's name: "Rovington boss Ann Hale".
_SIDE_POSTS = frozenset(
    {"boss", "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "keeper",
     "winger", "skipper", "captain", "forward", "prop", "lock", "flanker", "hooker", "fly-half",
     "scrum-half", "centre", "full-back", "wing", "number", "chairman"}
)


def opens_a_side_post(doc: Doc, m: Mention) -> bool:
    """True when a side named once opens a post held by a named person: "Rovington boss Ann
    Hale", "England prop Jo White" (the side is an actor of the match report)."""
    post = doc[m.tok_end] if m.tok_end < len(doc) else None
    person = doc[m.tok_end + 1] if m.tok_end + 1 < len(doc) else None
    return (
        post is not None
        and person is not None
        and post.lower_ in _SIDE_POSTS
        and person.ent_type_ == "PERSON"
    )


def is_body_descriptor(tok: Token) -> bool:
    """ "newspaper", "drug makers": a noun that names a kind of body (or a person's title)."""
    return tok.lemma_.lower() in ORG_DESCRIPTORS or tok.lower_ in ORG_DESCRIPTORS or is_title(tok)


def all_common(doc: Doc, c: Cluster, spans: list[tuple[int, int]]) -> bool:
    """True when every mention of a one-word name reads as a common noun's modifier."""
    if not all(m.common for m in c.mentions):
        return False
    if party_named(c, spans):
        return False  # "Tory cuts", "in Tory hands", "the Tory record": the party, three times
    label = c.labels.most_common(1)[0][0]
    known = {(m.start, m.end) for m in c.mentions}
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        if (s, e) in known:
            continue
        if toks is None or not common_word(doc, Span(doc, toks.start, toks.end, label=label)):
            return False
    return True


# Party words that name no party on their own: "an independent report", "green energy".
_LOOSE_PARTY_WORDS = frozenset({"independent", "green", "progressive", "liberal", "democratic"})


def party_named(c: Cluster, spans: list[tuple[int, int]]) -> bool:
    """True when a one-word party name ("Tory", "Labour") is used three times or more: the
    party is an actor of the story even when each use qualifies a noun ("Tory plans")."""
    word = c.mentions[0].text.lower()
    return word in PARTY_WORDS and word not in _LOOSE_PARTY_WORDS and len(spans) >= 3


_LOCATIVES = frozenset(
    {"in", "at", "from", "to", "across", "near", "into", "throughout", "outside", "inside"}
)


def located(doc: Doc, spans: list[tuple[int, int]], where: frozenset[str] = _LOCATIVES) -> bool:
    """True when a place is named as where something is or goes: after "in/at/from/to" (also
    as a later item of a list: "from Turkey and Afghanistan"), not as a title or a label."""
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        if toks is None:
            continue
        i = toks.start - 1
        while i >= 0 and toks.start - i <= 6 and (doc[i].is_title or doc[i].lower_ in ("and", ",")):
            i -= 1
        if i >= 0 and doc[i].lower_ in where:
            return True
    return False


_RULERS = frozenset({"government", "governments", "leaders", "people", "peoples"})


def led(doc: Doc, spans: list[tuple[int, int]]) -> bool:
    """True when a country is named as the one whose government, people or office holders
    (in the plural) act: "the leaders of Narvia, Chile and Norway", "the people of Chile"."""
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        i = toks.start - 1 if toks is not None else -1
        while i > 0 and toks is not None and toks.start - i <= 6 and (
            doc[i].is_title or doc[i].lower_ in ("and", ",", "the")
        ):
            i -= 1
        if i > 0 and doc[i].lower_ == "of" and (
            doc[i - 1].lower_ in _RULERS
            or (doc[i - 1].tag_ == "NNS" and doc[i - 1].lemma_.lower() in TITLE_NOUNS)
        ):  # not "the Sultan of Narvia", "a member of Narvia's parliament": a title's place
            return True
    return False


# People acting together in public: the bare plurals a story is about ("protesters marched").
_COLLECTIVES = frozenset(
    {"protesters", "protestors", "demonstrators", "activists", "crowds", "strikers", "rioters",
     "rebels", "militants", "insurgents", "workers", "troops", "soldiers"}
)


def background_plural(name: str) -> bool:
    """True for a bare plural that names people by their job or stance ("officials",
    "analysts", "prosecutors", "fans"): a source or a backdrop, not a key actor. People acting
    together ("protesters", "strikers") stay; so do named groups ("Iranians", "Tory MPs")."""
    return name.isalpha() and name.islower() and name.endswith("s") and name not in _COLLECTIVES


MAX_SETTINGS = 2  # places named once as a setting kept beside the countries: no long tail
_SCENES = frozenset({"in", "at", "near", "outside"})  # where it happens, not "from"/"to"


_COMPASS = re.compile(r"^(?:North|South|East|West|Central)(?:ern)?\s+")


def acting_places(
    doc: Doc, names: list[str], kinds: list[str], spans: list[list[tuple[int, int]]]
) -> set[int]:
    """Indexes of countries, states and regions that act as the subject of a verb: "Western
    Ruritania has decided to go it alone" (its government acts), not "Leeds is a city"."""
    out = set()
    for i, k in enumerate(kinds):
        if k != "place":
            continue
        land = _COMPASS.sub("", names[i])  # "Western Australia": a part of a country
        if not (is_country(land) or is_region(land)):
            continue  # "Arbor was not charging": a firm the tagger took for a town
        for s, e in spans[i]:
            toks = doc.char_span(s, e, alignment_mode="expand")
            root = toks.root if toks is not None else None
            if root is not None and root.dep_ == "nsubj" and root.head.pos_ == "VERB" and (
                root.head.lemma_ != "be"
            ):
                out.add(i)
                break
    return out


def _alone(doc: Doc, places: set[int], spans: list[list[tuple[int, int]]]) -> set[int]:
    """The places whose first mention's sentence names no other of ``places``: "met in
    Ottawa", not "in Leeds, in York and in Hull"."""
    def sentence(at: int) -> int:
        tok = doc.char_span(at, at + 1, alignment_mode="expand")
        return tok.sent.start if tok is not None else -1

    seen: dict[int, int] = {}
    for i in places:
        for s, _e in spans[i]:
            k = sentence(s)
            seen[k] = seen.get(k, 0) + 1
    return {i for i in places if seen[sentence(spans[i][0][0])] == 1}


_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|,?\s*(?:and|or)\b|&)")  # not "Waco, Texas, in"
_THEN_PLACE = re.compile(r",\s+([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)")
# "in Hollowby in northern Ruritania": the larger place after a second "in".
_IN_PLACE = re.compile(
    r"\s+in\s+(?:(?:north|south|east|west|central)(?:ern|-eastern|-western)?\s+)?"
    r"([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?)"
)
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bor)\s+$")
_IN_LIST_AFTER = re.compile(
    r",?\s+(?:and|or)\s+[A-Z]|,\s*[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)? in\b"
)  # "… and Pyongyang", ", Sapno in …": more items of the same list


def _listed(text: str, end: int) -> bool:
    """The place is an item of a list: "in Virginia, Florida, Texas and other states"."""
    m = _THEN_PLACE.match(text, end)
    return m is not None and _LIST_GOES_ON.match(text, m.end()) is not None


def _pinned(doc: Doc, text: str, start: int, end: int, known: set[str]) -> bool:
    """A place followed by the larger place it lies in: "in Hollowby, Kent", "from Elmstadt,
    Germany", "in Hollowby in northern Ruritania" (a country, a place the story names as such,
    or one the tagger reads so)."""
    m = _THEN_PLACE.match(text, end)
    if m is None or _listed(text, end):
        m = _IN_PLACE.match(text, end)
        if m is not None and (_IN_LIST_AFTER.match(text, m.end()) or _LISTED_BEFORE.search(
                text, max(0, start - 6), start)):
            return False  # "Hollowby in Ruritania and Elmford in Norland": items of a list
    if m is None or _listed(text, end):
        return False  # "in Asia, Africa and Europe": a list, not one place in another
    name = m.group(1)
    if is_country(name) or name in known:
        return True
    toks = doc.char_span(m.start(1), m.start(1) + len(name), alignment_mode="expand")
    return toks is not None and all(t.ent_type_ in ("GPE", "LOC") for t in toks)


def settings(
    doc: Doc, names: list[str], kinds: list[str], spans: list[list[tuple[int, int]]]
) -> set[int]:
    """Indexes of places named as where something is or goes ("in Leeds", "from Turkey"):
    every country, a place pinned down by the larger one it lies in or a description ("in
    Hollowby, Kent", "from Hollowby, a village"), other places only when the story names few
    such settings."""
    places = [i for i, k in enumerate(kinds) if k == "place"]
    countries = {
        i for i in places if is_country(names[i]) and (located(doc, spans[i]) or led(doc, spans[i]))
    }
    scenes = {i for i in places if located(doc, spans[i], _SCENES)} - countries
    if len(scenes) > MAX_SETTINGS:  # many settings: the first few, and where a vote is held
        first = sorted(_alone(doc, scenes, spans), key=lambda i: spans[i][0])[:MAX_SETTINGS]
        scenes = {i for i in scenes if vote_scene(doc, spans[i])} | set(first)
        scenes = {i for i in scenes if names[i].split()[-1].lower() not in ORG_HEADS}
    scenes = {i for i in scenes if not names[i].endswith(".")}  # "Calif." after its city
    text = doc_text(doc)
    seats = {i for i in places if any(seat_represented(text, a, b) for a, b in spans[i])}
    known = {names[i] for i in places}
    pinned = {i for i in places if located(doc, spans[i]) and any(
        _pinned(doc, text, s, e, known) or (place_signs(text, s, e) and not _listed(text, e))
        for s, e in spans[i])}
    pinned |= {i for i in places if any(  # "in the city of Hollowby", "the site known as X"
        named_as_place(text, s, e) and not _listed(text, e) for s, e in spans[i])}
    # "he represented Hollowby East": a seat; "homes in Hollowby, Kent": a place pinned down
    sites = {i for i in places if _site(doc, names[i], spans[i])}
    return countries | scenes | seats | pinned | sites


def _site(doc: Doc, name: str, spans: list[tuple[int, int]]) -> bool:
    """A named site where the story happens: "the Elm Bowl", "the final at Hollowfield"."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() in SITE_HEADS - STREET_WORDS:
        return True
    toks = [doc.char_span(s, e, alignment_mode="expand") for s, e in spans]
    return venue_count(doc, [(t.start, t.end) for t in toks if t is not None]) > 0
