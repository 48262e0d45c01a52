"""An actor's kind (person, organization, place, group): a vote of spaCy's labels on its
mentions, weighed with cues around them ("Sen. Warren", "riots in Ferguson", "told Netflix",
"Scott, 43,", "the Colima volcano") and with what its names look like."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_clusters import Cluster, key, person_shaped, surname
from generator.extract.actor_countries import is_country
from generator.extract.actor_kind_person import body_signs, person_signs, pronoun_signs
from generator.extract.actor_kind_place import place_signs
from generator.extract.actor_kind_shapes import (
    body_acronym,
    branded_opener,
    campaign,
    cast_actor,
    mostly_located,
    never_a_person,
)
from generator.extract.actor_kind_sport import allied_side, place_cues, side_cues, team_only
from generator.extract.actor_mentions import Mention, bare
from generator.extract.actor_spans import is_junk_word
from generator.extract.actor_teams import club_name, national_team, sports_report, team_cue
from generator.extract.actor_words import (
    COUNTRY_SYNONYMS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PLACE_HEADS,
    TITLE_NOUNS,
    _words,
)
from generator.extract.actor_works import NAME_SUFFIXES, outlet_cue, party_nickname, region_branch
from generator.extract.given_names import GIVEN_NAMES, is_given_name
from generator.extract.roles import role_of
from generator.model import ActorKind

_KIND_OF_LABEL: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
_PLACE_NOUNS = frozenset(
    {
        "volcano",
        "mountain",
        "river",
        "lake",
        "island",
        "valley",
        "county",
        "province",
        "region",
        "desert",
        "sea",
        "ocean",
        "bay",
        "coast",
        "peninsula",
        "canyon",
        "forest",
        "glacier",
        "township",
        "district",
    }
)
_TEAM_NOUNS = frozenset(
    {
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward",
        "manager", "coach", "captain", "boss", "player", "players", "fans", "supporters",
        "squad", "team-mate", "teammate", "star", "stars", "chairman", "owner", "owners",
    }
)
_PLAYER_WORDS = _words(
    """
    striker midfielder defender goalkeeper winger forward flanker lock prop hooker half
    fly-half scrum-half full-back attacker playmaker wideman centre-back international skipper
    """
)
_NOBLE = re.compile(
    r"(?:The )?(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Viscount|Baron|Baroness)"
    r" of [A-Z]"
)
_HUMAN = (
    r"(?:man|woman|boy|girl|mother|father|wife|husband|son|daughter|grandmother|grandfather|"
    r"widow|teenager|pensioner|mum|dad)"
)
_PERSON_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{_HUMAN}\b")
_PERSON_OWNS = re.compile(
    r"['\u2019]s\s+(?:agent|wife|husband|girlfriend|boyfriend|mother|father|son|daughter|"
    r"brother|sister|career|birthday|funeral|widow|fiancee?)\b"
)
_PERSON_BEFORE = re.compile(rf"(?:\b(?:the|a)\s+{_HUMAN},|\bwhose name is)\s+$")
_DIGITS = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")
_SLAVIC_WOMAN = re.compile(r"[A-Z][a-z]{2,}(?:ova|eva|ina|aya)")
_TEAM_PLURALS = _words(
    """
    rhinos bulls dolphins lions tigers bears giants saints warriors rangers eagles hawks
    falcons jets patriots cowboys packers steelers raiders chiefs broncos knicks lakers celtics
    wolves sharks panthers jaguars titans colts ravens bengals seahawks cardinals rams vikings
    buccaneers chargers nets pistons pacers bucks cavaliers hornets spurs rockets mavericks
    suns clippers nuggets raptors wizards yankees mets dodgers cubs braves astros mariners
    phillies orioles royals brewers padres magpies gunners foxes hammers canaries wildcats
    bulldogs huskies longhorns crusaders hurricanes highlanders harlequins quins wasps
    stormers dragons ospreys scarlets roosters rabbitohs barbarians saracens springboks wallabies
    pumas
    """
)
_LOCATIVE = frozenset({"in", "near", "at", "outside", "around"})  # a setting, not an origin
_WHERE = frozenset({"outside", "near"})  # "stranded outside Port Mellin": only places are so
_COUNTRIES = frozenset(min(g, key=len) for g in COUNTRY_SYNONYMS) - {"eu", "un"}


def kind_of(c: Cluster, doc: Doc, text: str) -> ActorKind:
    """Vote of spaCy's labels (full names count double) and of cues around the mentions."""
    votes: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    full = [f for f in c.forms if " " in f]
    shaped = any(
        person_shaped(key(f), c) and len(f.split()) <= 3 and not branded_opener(f) for f in full
    )
    ridden = any(_ridden(doc[m.tok_end - 1]) for m in c.mentions)  # a horse is "he" too
    for m in c.mentions:
        votes[_KIND_OF_LABEL[m.label]] += 2 if " " in m.text else 0.5 if full else 1
        prev = doc[m.tok_start - 1] if m.tok_start > 0 else None
        titled = prev is not None and bare(prev.text) in HONORIFICS | TITLE_NOUNS
        if titled and prev is not None and (prev.text[0].isupper() or shaped):
            cues["person"] += 3  # "Sen. Warren", "zoo visitor Terra Lurie"
        else:
            known = prev is not None and prev.lower_ == "as"
            known = known and doc[m.tok_start - 2].lower_ == "known"
            player = prev is not None and bare(prev.text) in _PLAYER_WORDS
            if (titled or known or player) and m.tok_end - m.tok_start == 1 and (
                m.label != "ORG" or player
            ):
                cues["person"] += 4 if player else 2  # "taxi driver Salim", "flanker Wood"
            elif titled or known:
                cues["titled"] += 1  # not a body's name
        if shaped and _person_context(doc, m):
            cues["person"] += 3
        if shaped and role_of(doc, doc[m.tok_start : m.tok_end]):
            cues["person"] += 3  # "the moderator of the debate, Lester Holt"
        if prev is not None and prev.lower_ in ORG_DESCRIPTORS:
            votes["organization"] += 3
        nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
        if nxt is not None and nxt.lower_ in _PLACE_NOUNS:
            votes["place"] += 3  # "the Colima volcano", "Hudson river"
        if nxt is not None and nxt.lower_ in _TEAM_NOUNS and m.label != "PERSON":
            votes["organization"] += 4  # "Manchester City striker", "Swansea City fans"
        root = doc[m.tok_end - 1]
        if root.dep_ == "nsubj" and root.tag_ == "NNP" and root.head.tag_ == "VBP":
            votes["organization"] += 2  # "Manchester City qualify": a team takes the plural
        if m.label != "PERSON" or not full:
            votes["organization"] += 3 * team_cue(doc, m.tok_start, m.tok_end)
        one = m.tok_end - m.tok_start == 1 and bare(m.text) not in ORG_HEADS
        if one and prev is not None and prev.lower_ == "in" and m.label == "ORG":
            votes["place"] += 1.5  # "riots in Ferguson"
        span = Span(doc, m.tok_start, m.tok_end, label=m.label)
        if not full and outlet_cue(doc, span):
            votes["organization"] += 3  # "Politifact published", "told Netflix"
        elif (prev is not None and prev.lower_ == "told") or role_of(doc, span):
            cues["titled"] += 1  # "she told Grimsby", "his wife, Odalys": someone spoken to
        settled = len(c.mentions) > 1 or (prev is not None and prev.lower_ in _LOCATIVE)
        if prev is not None and prev.lower_ in _WHERE and doc[m.tok_end - 1].dep_ != "poss":
            votes["place"] += 1.5  # "stranded outside Port Mellin", "near Hollowby"
        if settled and not _given_name_first(m.text) and bare(m.text.split()[-1]) not in ORG_HEADS:
            votes["place"] += 3 * place_signs(text, m.start, m.end)  # "near Hollowby, Kent"
        cues["person"] += 2 * person_signs(doc, m.tok_start, m.tok_end)  # "Al Kellock"
        if not ridden:
            cues["person"] += 1.5 * pronoun_signs(doc, m.tok_start, m.tok_end)  # "X won. She"
        votes["organization"] += 4 * body_signs(doc, m.tok_start, m.tok_end, text)
        if _human_after(doc, m, text):
            cues["person"] += 2  # "Parry, speaking to …", "Parry joined as chief executive"
        after = _PERSON_AFTER.match(text, m.end) or _PERSON_OWNS.match(text, m.end)
        if after or _PERSON_BEFORE.search(text[max(0, m.start - 40) : m.start]):
            cues["person"] += 3  # "X, a 40-year-old mother of four", "the woman, X,"
        if m.label in ("PERSON", "ORG", "NORP") and _SLAVIC_WOMAN.fullmatch(m.text):
            cues["person"] += 3  # "Dementieva", "Kuznetsova": a woman's surname by its ending
        if cast_actor(doc[m.tok_end - 1]):
            cues["person"] += 3  # "the drama casts Vale as a priest": only actors are cast
        if re.match(r",\s*who\b", text[m.end : m.end + 8]):
            cues["person"] += 2  # "Wood, who claims …": bodies take "which"
        if re.match(r",\s*\d{1,3}\s*(?:[,;)]|and\b)", text[m.end : m.end + 10]):
            cues["person"] += 3  # "Scott, 43,"
    votes.update(cues)
    keys = {key(f) for f in c.forms}
    named = [f for f in full if person_shaped(key(f), c) and _could_open_a_name(f.split()[0])]
    if any(surname(f) in c.forms for f in named):
        votes["person"] += 3  # "Keith Lamont Scott" ... "Scott": a surname in use
    if any(re.search(r"\bSchool District$", f) for f in full):
        votes["organization"] += 10  # "Davis School District" is a body, not a place
    if any(re.match(_NOBLE, f) for f in c.forms):
        return "person"  # "the Duchess of Cambridge": a peer's title names one person
    if any(campaign(f) for f in full):
        return "organization"  # "Stop Leeford Expansion", "Save Our Parks": a campaign group
    if any(_DIGITS.search(f) for f in c.forms):
        return "organization"  # "Future45", "Lesbians4Hillary": no person or place is spelt so
    if any(party_nickname(f) or f.lower() == "labour" for f in c.forms):
        return "organization"  # "Labour", "the Lib Dems": a party
    if any(club_name(f, text) for f in full):
        return "organization"  # "Newcastle United", "Borussia Dortmund", "Manchester City"
    if any(f.split()[-1].lower() in _TEAM_PLURALS for f in full):
        votes["organization"] += 6  # "Leeds Rhinos", "Chicago Bulls"
    if any(_given_name_first(f) for f in full):
        votes["person"] += 4  # "Vera Zvonareva" though spaCy read "Zvonareva" as a place
    if any(len(k.split()) > 2 and k.split()[-1] in NAME_SUFFIXES for k in keys):
        votes["person"] += 10  # "Vann R. Newkirk II", "Martin Luther King Jr."
    places = c.labels["GPE"] + c.labels["LOC"]
    if any(_branded_country(f) for f in full) and places <= sum(c.labels.values()) / 2:
        return "organization"  # "Telekom Austria", "BBC Scotland": a body named for its country
    if any(_region_of_country(f) for f in full):
        votes["place"] += 10  # "Western Australia", "southern Italy"
    nation = keys & _COUNTRIES or any(is_country(k) for k in keys)
    if nation and national_team(doc, text, [(m.tok_start, m.tok_end) for m in c.mentions]):
        return "organization"  # "a 19-13 victory over England": the national side
    if _side_in_report(c, doc, text, named or shaped, cues["person"]):
        return "organization"  # "leaders Marbella, who host ...": a club named for its city
    if keys & _COUNTRIES:
        return "place"
    if not full and all(f.lower() in _TEAM_PLURALS for f in c.forms) and sports_report(text):
        return "organization"  # "the Barbarians defence": a team, not a people
    if not full and all(_members(f) for f in c.forms):
        return "group"  # "Republicans", "Britons", "Iranians": people, not a body
    if any(is_country(k) for k in keys) and c.labels["PERSON"] <= sum(c.labels.values()) / 2:
        return "place"  # "Cyprus" in a story about its banks is still the country
    spelled = keys | {f.lower() for f in c.forms}  # a key may be a short form: "eu"
    surnamed = [f for f in full if _surname_like_head(f)] and not _placed_body(doc, c)
    if surnamed:
        votes["person"] += 4  # "Julia Church, 67", "Suzi Force believes": a surname, no body
    elif any(k.split()[-1] in _HEADS or region_branch(k) for k in spelled if " " in k):
        votes["organization"] += 10  # "Diageo North America": a firm's regional arm
    site = any(
        f.split()[-1].lower() in _SITE_HEADS
        and not (f.split()[-1].lower() in _SURNAME_SITES and _given_name_first(f))
        for f in full
    )  # "Brick Lane", but "Peter Lane" is a man
    if site and c.labels["ORG"] <= sum(c.labels.values()) / 2:
        votes["place"] += 8  # "Elland Road", "Heathrow Airport"; not "Downing Street said"
    dashed = any(" - " in f for f in c.forms) and places * 2 < sum(c.labels.values())
    if dashed or any("&" in f for f in c.forms):
        return "organization"  # "Marsh & McLennan", "Sauber - Ferrari": a firm, a team
    best: ActorKind = max(("person", "organization", "place", "group"), key=lambda k: votes[k])  # type: ignore[assignment]
    lone = not full and not cues["person"] and not cues["titled"] and not keys & GIVEN_NAMES
    lone = lone and not any(_first_name_before(text, f) for f in c.forms)
    branded = bool(full) and not any(_could_open_a_name(f.split()[0]) for f in full)
    lone = lone or (branded and not cues["person"] and not cues["titled"])  # "Top Rank"
    if best == "place" and body_acronym(c, spelled, text):
        return "organization"  # "an adviser from KTB": no place is spelt so
    if best == "person" and never_a_person(c, text):
        return "organization"  # "KLV said", "KLV owns two ports": no one is called so
    if best == "person" and lone:
        return "place" if mostly_located(c, doc) else "organization"
    return best


def _side_in_report(c: Cluster, doc: Doc, text: str, person: bool, cued: float) -> bool:
    """In a sports report, a name that the words around its mentions treat as a side more
    often than as a place: a club or a national team. A name shaped like a person's needs a
    cue no person takes ("St Rovington, who are ...", "Rovington boss")."""
    if not sports_report(text) or any(_given_name_first(f) for f in c.forms):
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


def _ridden(tok: Token) -> bool:
    """ "rides Hallam Lad", "riding Hallam Lad": a horse's name."""
    return tok.dep_ == "dobj" and tok.head.lemma_ in ("ride", "saddle")


def _human_after(doc: Doc, m: Mention, text: str) -> bool:
    """What only a person does right after the name: ", speaking", "joined … as chief
    executive", a transcript's "WALLACE:" label."""
    if re.match(r",\s*speaking\b|:\s", text[m.end : m.end + 12]) and (
        text[m.end] == "," or m.text.isupper()
    ):
        return True
    if doc[m.tok_end - 1].dep_ not in ("nsubj", "nsubjpass"):
        return False  # "joined Liverpool as chief executive": Liverpool is no one's title
    for i in range(m.tok_end, min(m.tok_end + 6, len(doc) - 1)):
        if doc[i].is_punct:
            return False
        if doc[i].lower_ == "as":
            j = i + 1
            while j < len(doc) and (doc[j].pos_ in ("DET", "ADJ") or doc[j].lower_ == "chief"):
                j += 1
            return j < len(doc) and bare(doc[j].text) in TITLE_NOUNS
    return False


def _first_name_before(text: str, form: str) -> bool:
    """ "Jermain Defoe" written out though spaCy never took it in: the same capitalised word,
    no title or body word, stands right before the lone name twice or more."""
    hits = re.findall(rf"(?<![\w.])([A-Z][a-z]+) {re.escape(form)}\b", text)
    skip = TITLE_NOUNS | ORG_HEADS | HONORIFICS
    words = Counter(w for w in hits if bare(w) not in skip and not is_junk_word(w))
    return bool(words) and words.most_common(1)[0][1] >= 2


_BRAND_OPENERS = _words(
    """
    top new great grand royal national united general central global big premier super prime
    banca banco caja caixa cassa monte
    """
)
_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|\w+teenth|\w+tieth)$", re.IGNORECASE)


def _could_open_a_name(word: str) -> bool:
    """A first word a person's name can start with: not an acronym ("HMP Altcourse"), an
    ordinal ("Twentieth Century Fox") or a word brands open with ("Top Gear"); initials
    ("S. Doull", "K.J. Matthew") open a person's name."""
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return True
    if len(word) > 1 and word.isupper():
        return False
    return not _ORDINAL.match(word) and bare(word) not in _BRAND_OPENERS


# Last words of a site's name (not "Park" or "Hall", which are also surnames).
_SITE_HEADS = frozenset(
    {"road", "street", "avenue", "lane", "stadium", "airport", "bridge", "square", "station",
     "arena", "racecourse", "motorway", "place", "plaza", "harbour", "harbor", "beach", "pier",
     "quay", "wharf", "marina", "reservoir", "canal"}
)
# Last words of a body's name beside ORG_HEADS: "Harlow Museum", "Village Aid".
_BODY_HEADS = frozenset(
    {"museum", "gallery", "library", "project", "festival", "zoo", "aid", "orchestra", "charity"}
)
_HEADS = ORG_HEADS | _BODY_HEADS
_SURNAME_SITES = frozenset({"lane", "bridge"})  # also surnames: "Wayne Bridge"
_SURNAME_HEADS = frozenset({"church", "force", "banks", "temple"})
_BODY_BEFORE = frozenset({"the", "at", "in", "of", "from", "to", "outside", "inside", "near"})
_GEO_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "new", "mainland", "rural", "upper", "lower", "greater", "republic", "kingdom", "all"}
)


def _branded_country(form: str) -> bool:
    """ "Telekom Austria", "BBC Scotland": a two-word name ending in a country that is itself
    no place ("Western Australia", "East Timor") and no person's."""
    words = form.split()
    if len(words) != 2 or not is_country(words[1]) or is_country(form):
        return False
    return words[0].lower() not in _GEO_WORDS and not is_given_name(words[0])


def _region_of_country(form: str) -> bool:
    """ "Western Australia", "Northern Italy": a compass word, then a country."""
    words = form.split()
    return len(words) == 2 and words[0].lower() in _COMPASS and is_country(words[1])


_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)


# Plurals for a party's members or a people that do not end in "-ians".
_PEOPLES = _words(
    """
    republicans democrats britons latinos latinas hispanics muslims jews catholics evangelicals
    sikhs hindus arabs kurds mormons
    """
)


def _members(form: str) -> bool:
    """A plural for the members of a US party or of a people: "Democrats", "Iranians"."""
    low = form.lower()
    return low in _PEOPLES or (
        form[:1].isupper() and low.endswith("ians") and len(low) > 6 and low not in _TEAM_PLURALS
    )


def _surname_like_head(form: str) -> bool:
    """ "Julia Church", "Thomas Haden Church": a given name, then a body word that is a surname."""
    ws = form.split()
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() for w in ws):
        return False
    return is_given_name(ws[0]) and bare(ws[-1]) in _SURNAME_HEADS


def _placed_body(doc: Doc, c: Cluster) -> bool:
    """ "the Grace Church", "at Grace Church": a mention read as a building or a body."""
    return any(
        m.tok_start > 0 and doc[m.tok_start - 1].lower_ in _BODY_BEFORE for m in c.mentions
    )


def _given_name_first(form: str) -> bool:
    """ "Harley Levanic": two or three capitalised words, the first a common given name."""
    ws = form.split()
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in ws):
        return False
    last = bare(ws[-1])
    site = last in _SITE_HEADS - _SURNAME_SITES  # "Martin Place", "Douglas Road"
    return is_given_name(ws[0]) and not site and last not in ORG_HEADS | PLACE_HEADS | _PLACE_NOUNS


def _person_context(doc: Doc, m: Mention) -> bool:
    """ "NBC's Matt Lauer", "Lester Holt of NBC News": a name tied to a body is a person's."""
    before = doc[m.tok_start - 2 : m.tok_start]
    if len(before) == 2 and before[1].text in ("'s", "\u2019s") and before[0].ent_type_ == "ORG":
        return True
    after = doc[m.tok_end : m.tok_end + 2]
    return len(after) == 2 and after[0].lower_ == "of" and after[1].ent_type_ == "ORG"
