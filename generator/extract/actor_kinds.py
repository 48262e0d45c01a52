"""An actor's kind (person, organization, place, group): a vote of spaCy's labels on its
mentions, weighed with cues around them ("Sen. Warren", "riots in Ferguson", "told Netflix",
"Scott, 43,", "the Colima volcano") and with what its names look like."""


import re
from collections import Counter

from spacy.tokens import Doc

from generator.extract.actor_clusters import Cluster, key, person_shaped, surname
from generator.extract.actor_countries import is_country
from generator.extract.actor_kind_artists import (
    band_cue,
    bang_brand,
    music_act,
    solo_act,
    solo_named,
)
from generator.extract.actor_kind_compounds import initials_first
from generator.extract.actor_kind_names import (
    HEADS,
    SITE_HEADS,
    SURNAME_SITES,
    TEAM_PLURALS,
    branded_country,
    channel_name,
    could_open_a_name,
    given_name_first,
    members,
    placed_body,
    prison_name,
    region_of_country,
    surname_like_head,
)
from generator.extract.actor_kind_place import place_signs
from generator.extract.actor_kind_shapes import (
    body_acronym,
    branded_opener,
    campaign,
    heard_a_case,
    mostly_located,
    never_a_person,
)
from generator.extract.actor_kind_sport import allied_side, place_cues, side_cues, team_only
from generator.extract.actor_kind_votes import mention_votes
from generator.extract.actor_mentions import bare
from generator.extract.actor_panels import panel_named
from generator.extract.actor_spans import is_junk_word
from generator.extract.actor_teams import club_name, national_team, sports_report, team_cue
from generator.extract.actor_venues import setting_votes
from generator.extract.actor_words import COUNTRY_SYNONYMS, HONORIFICS, ORG_HEADS, TITLE_NOUNS
from generator.extract.actor_works import NAME_SUFFIXES, party_nickname, region_branch
from generator.extract.given_names import GIVEN_NAMES, is_given_name
from generator.model import ActorKind

_NOBLE = re.compile(
    r"(?:The )?(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Viscount|Baron|Baroness)"
    r" of [A-Z]"
)
_DIGITS = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_COUNTRIES = frozenset(min(g, key=len) for g in COUNTRY_SYNONYMS) - {"eu", "un"}


# Web platforms the tagger may read as places ("on Reddit").
_PLATFORMS = frozenset(
    {"reddit", "twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "whatsapp",
     "weibo", "linkedin", "tumblr", "pinterest", "imgur", "telegram", "wechat", "vine"}
)


# First words of places' names: "Fort Carson", "Mount Kenya".
_PLACE_OPENERS = frozenset({"fort", "mount", "mt", "cape"})


# Romance articles: a two-word name they open is a body's or a place's, not a person's.
_ROMANCE_ARTICLES = frozenset({"la", "el", "los", "las", "le", "les", "il", "lo"})


_PEERS = frozenset(
    {"duke", "duchess", "earl", "countess", "marquess", "marchioness", "viscount", "baron",
     "baroness", "prince", "princess"}
)


def _article_led(form: str) -> bool:
    """ "La Raza": two words, the first a Romance article."""
    words = form.split()
    return len(words) == 2 and words[0].lower() in _ROMANCE_ARTICLES and words[0].istitle()


def kind_of(c: Cluster, doc: Doc, text: str) -> ActorKind:
    """Vote of spaCy's labels (full names count double) and of cues around the mentions."""
    full = [f for f in c.forms if " " in f]
    shaped = any(
        person_shaped(key(f), c) and len(f.split()) <= 3 and not branded_opener(f) for f in full
    )
    votes, cues = mention_votes(c, doc, text, full, shaped)
    votes.update(cues)
    keys = {key(f) for f in c.forms}
    named = [
        f for f in full
        if person_shaped(key(f), c) and could_open_a_name(f.split()[0]) and not _joined(f)
    ]
    if any(surname(f) in c.forms for f in named):
        votes["person"] += 3  # "Keith Lamont Scott" ... "Scott": a surname in use
    if any(re.search(r"\bSchool District$", f) for f in full):
        votes["organization"] += 10  # "Davis School District" is a body, not a place
    if any(re.match(_NOBLE, f) for f in c.forms):
        return "person"  # "the Duchess of Cambridge": a peer's title names one person
    if all(f.lower() in _PEERS for f in c.forms) and any(
        m.tok_start > 0 and doc[m.tok_start - 1].lower_ == "the" for m in c.mentions
    ):
        return "person"  # "the Duke and Duchess of Cambridge": "the Duke" (not Duke University)
    if any(campaign(f) for f in full):
        return "organization"  # "Stop Leeford Expansion", "Save Our Parks": a campaign group
    if any(_DIGITS.search(f) for f in c.forms):  # "Future45", "Lesbians4Hillary"
        named_site = any(  # every place the text writes it: the tagger may miss some
            place_signs(text, w.start(), w.end())
            for f in c.forms for w in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", text))
        return "place" if named_site else "organization"  # "K9 - the highest peak in …"
    if any(f.lower() in _PLATFORMS for f in c.forms):
        return "organization"  # "a young woman on Reddit": a website, never a place
    if any(party_nickname(f) or f.lower() == "labour" for f in c.forms):
        return "organization"  # "Labour", "the Lib Dems": a party
    if any(club_name(f, text) for f in full):
        return "organization"  # "Newcastle United", "Borussia Dortmund", "Manchester City"
    if any(f.split()[-1].lower() in _LEAGUES for f in c.forms if f):
        return "organization"  # "the Bundesliga", "La Liga": a league, never a place
    if any(f.split()[-1].lower() in TEAM_PLURALS for f in full):
        votes["organization"] += 6  # "Leeds Rhinos", "Chicago Bulls"
        if any(m.tok_start > 0 and doc[m.tok_start - 1].lower_ == "the" for m in c.mentions):
            return "organization"  # "with the Acme Black Rams": no one's name takes "the"
    if any(given_name_first(f) for f in full):
        votes["person"] += 4  # "Vera Zvonareva" though spaCy read "Zvonareva" as a place
    if full and all(_article_led(f) for f in full):
        votes["person"] -= 6  # "La Raza", "Los Tigres": a Romance article opens no one's name
    if any(len(k.split()) > 2 and k.split()[-1] in NAME_SUFFIXES for k in keys):
        votes["person"] += 10  # "Vann R. Newkirk II", "Martin Luther King Jr."
    places = c.labels["GPE"] + c.labels["LOC"]
    if any(prison_name(f) for f in c.forms):
        return "organization"  # "HMP Altcourse", "Rikers Island jail": an institution that is run
    if any(channel_name(f) for f in full):
        return "organization"  # "Sky Sport Italia", "Fox News": a broadcaster
    if any(branded_country(f) for f in full) and places <= sum(c.labels.values()) / 2:
        return "organization"  # "Telekom Austria", "BBC Scotland": a body named for its country
    if any(region_of_country(f) for f in full):
        votes["place"] += 10  # "Western Australia", "southern Italy"
    if any(f.split()[0].lower() in _PLACE_OPENERS for f in full):
        votes["place"] += 6  # "Fort Carson", "Mount Kenya", "Cape Horn"
    nation = keys & _COUNTRIES or any(is_country(k) for k in keys)
    if nation and national_team(doc, text, [(m.tok_start, m.tok_end) for m in c.mentions]):
        return "organization"  # "a 19-13 victory over England": the national side
    if _side_in_report(c, doc, text, named or shaped, cues["person"]):
        return "organization"  # "leaders Marbella, who host ...": a club named for its city
    if keys & _COUNTRIES:
        return "place"
    if not full and all(f.lower() in TEAM_PLURALS for f in c.forms) and sports_report(text):
        return "organization"  # "the Barbarians defence": a team, not a people
    if not full and all(members(f) for f in c.forms):
        return "group"  # "Republicans", "Britons", "Iranians": people, not a body
    if any(is_country(k) for k in keys) and c.labels["PERSON"] <= sum(c.labels.values()) / 2:
        return "place"  # "Cyprus" in a story about its banks is still the country
    spelled = keys | {f.lower() for f in c.forms}  # a key may be a short form: "eu"
    surnamed = [f for f in full if surname_like_head(f)] and not placed_body(doc, c)
    if surnamed:
        votes["person"] += 4  # "Julia Church, 67", "Suzi Force believes": a surname, no body
    elif any(
        k.split()[-1] in HEADS or region_branch(k) or panel_named(k) for k in spelled if " " in k
    ):
        votes["organization"] += 10  # "Diageo North America": a firm's regional arm
    site = any(
        f.split()[-1].lower() in SITE_HEADS
        and not (f.split()[-1].lower() in SURNAME_SITES and given_name_first(f))
        for f in full
    )  # "Brick Lane", but "Peter Lane" is a man
    if site and c.labels["ORG"] <= sum(c.labels.values()) / 2:
        votes["place"] += 8  # "Elland Road", "Heathrow Airport"; not "Downing Street said"
    person_like = bool(cues["person"]) or any(given_name_first(f) for f in full)
    spans = [(m.tok_start, m.tok_end) for m in c.mentions]
    votes.update(setting_votes(doc, spans, c.labels, person_like))  # "played at Hollowfield"
    dashed = any(" - " in f for f in c.forms) and places * 2 < sum(c.labels.values())
    if dashed or any("&" in f for f in c.forms):
        return "organization"  # "Marsh & McLennan", "Sauber - Ferrari": a firm, a team
    votes["organization"] += 4 * sum(bang_brand(doc, m.tok_end) for m in c.mentions)  # "Zap!"
    votes["organization"] += 6 * sum(heard_a_case(doc, m) for m in c.mentions)  # a court
    best: ActorKind = max(("person", "organization", "place", "group"), key=lambda k: votes[k])  # type: ignore[assignment]
    lone = not full and not cues["person"] and not cues["titled"] and not keys & GIVEN_NAMES
    lone = lone and not any(_first_name_before(text, f) for f in c.forms)
    branded = bool(full) and not any(could_open_a_name(f.split()[0]) for f in full)
    spelled_person = c.labels["PERSON"] == sum(c.labels.values())
    branded = branded and not (spelled_person and all(initials_first(f, text) for f in full))
    lone = lone or (branded and not cues["person"] and not cues["titled"])  # "Top Rank"
    if best == "place" and body_acronym(c, spelled, text):
        return "organization"  # "an adviser from KTB": no place is spelt so
    if best == "person" and never_a_person(c, text):
        return "organization"  # "KLV said", "KLV owns two ports": no one is called so
    if best == "place" and not nation and solo_named(doc, list(c.forms)):
        return "person"  # "newcomer The Hound's debut": a performer the tagger read as a place
    if best == "person" and any(band_cue(doc, m.tok_start, m.tok_end) for m in c.mentions):
        return "organization"  # "the Larks frontman Jo Dee", "Jo Dee won best band"
    if best != "place" and any(music_act(doc, m.tok_start, m.tok_end) for m in c.mentions):
        return _act_kind(c, full, cues["person"])  # "the Larks' new album", "Jo Dee's hit"
    lone = lone and not any(solo_act(doc, m.tok_start, m.tok_end) for m in c.mentions)
    if best == "person" and lone:  # a one-word name no cue makes a person's: a body's
        return "place" if mostly_located(c, doc) else "organization"
    return best


def _side_in_report(c: Cluster, doc: Doc, text: str, person: bool, cued: float) -> bool:
    """In a sports report, a name that the words around its mentions treat as a side more
    often than as a place: a club or a national team. A name shaped like a person's needs a
    cue no person takes ("St Rovington, who are ...", "Rovington boss")."""
    if not sports_report(text) or any(given_name_first(f) for f in c.forms):
        return False  # "Grant Hall's own goal": a full name is a player's
    spans = [(m.tok_start, m.tok_end) for m in c.mentions]
    side = sum(side_cues(doc, s, e) + team_cue(doc, s, e) for s, e in spans)
    side += sum(allied_side(doc, text, s, e) for s, e in spans)
    only = sum(team_only(doc, s, e) for s, e in spans)
    place = sum(place_cues(doc, s) for s, _ in spans)
    if side <= place or side * 3 <= cued:
        return False
    if person or any(" " in f and not is_country(f) for f in c.forms):
        return only >= 1 and side >= 2
    nation = any(is_country(f) for f in c.forms)
    return side >= 2 or (side >= 1 and (only > 0 or (len(c.mentions) > 1 and not nation)))



def _first_name_before(text: str, form: str) -> bool:
    """ "Jermain Defoe" written out though spaCy never took it in: the same capitalised word,
    no title or body word, stands right before the lone name twice or more, or a common
    given name does once ("The Ann Brusk Show" … "Brusk asked")."""
    hits = re.findall(rf"(?<![\w.])([A-Z][a-z]+) {re.escape(form)}\b", text)
    skip = TITLE_NOUNS | ORG_HEADS | HONORIFICS
    words = Counter(w for w in hits if bare(w) not in skip and not is_junk_word(w))
    return bool(words) and (words.most_common(1)[0][1] >= 2 or any(map(is_given_name, words)))


# Last words of football leagues' names the tagger may read as places.
_LEAGUES = frozenset({"bundesliga", "liga", "eredivisie", "ligue"})
_JOINS = frozenset({"to", "and", "from", "of", "the", "in", "at", "for", "by", "with", "v", "vs"})


def _joined(form: str) -> bool:
    """A form that joins two names with a common word ("Leinster to Toulouse"): no one's name."""
    return any(w in _JOINS for w in form.split()[1:-1])


def _act_kind(c: Cluster, full: list[str], person_cues: float) -> ActorKind:
    """A music act: a singer when spaCy reads it as a person's name or a cue speaks for one,
    else a band ("the Larks' new album": a group) if named more than once (the list keeps a
    group named once only when it acts, so a band named once stays a body)."""
    people = c.labels["PERSON"] * 2 > sum(c.labels.values())
    if people or person_cues or any(given_name_first(f) for f in full):
        return "person"
    return "group" if len(c.mentions) > 1 else "organization"  # a group named once is dropped
