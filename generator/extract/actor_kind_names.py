"""What an actor's names look like, for its kind: a given name first ("Harley Levanic"), a
site's last word ("Elland Road"), a body's ("Harlow Museum"), a people's plural ("Iranians"),
a brand's opener ("Top Gear"), a country's region ("Western Australia")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actor_clusters import Cluster
from generator.extract.actor_countries import is_country
from generator.extract.actor_mentions import bare
from generator.extract.actor_words import NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, word_set
from generator.extract.given_names import is_given_name

PLACE_NOUNS = frozenset(
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
TEAM_PLURALS = word_set(
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

_BRAND_OPENERS = word_set(
    """
    top new great grand royal national united general central global big premier super prime
    banca banco caja caixa cassa monte
    """
)
_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|\w+teenth|\w+tieth)$", re.IGNORECASE)


def could_open_a_name(word: str) -> bool:
    """A first word a person's name can start with: not an acronym ("HMP Altcourse"), an
    ordinal ("Twentieth Century Fox") or a word brands open with ("Top Gear"); initials
    ("S. Doull", "K.J. Matthew") open a person's name."""
    if re.fullmatch(r"(?:[A-Z]\.)+", word):
        return True
    if len(word) > 1 and word.isupper():
        return False
    return not _ORDINAL.match(word) and bare(word) not in _BRAND_OPENERS


# Last words of a site's name (not "Park" or "Hall", which are also surnames).
SITE_HEADS = frozenset(
    {"road", "street", "avenue", "lane", "stadium", "airport", "bridge", "square", "station",
     "arena", "racecourse", "motorway", "place", "plaza", "harbour", "harbor", "beach", "pier",
     "quay", "wharf", "marina", "reservoir", "canal", "bowl", "inn", "palace", "cathedral",
     "abbey", "castle", "triomphe", "speedway", "velodrome", "coliseum", "colosseum"}
)
# Last words of a body's name beside ORG_HEADS: "Harlow Museum", "Village Aid".
_BODY_HEADS = frozenset(
    {"museum", "gallery", "library", "project", "festival", "zoo", "aid", "orchestra", "charity"}
)
HEADS = ORG_HEADS | _BODY_HEADS
SURNAME_SITES = frozenset({"lane", "bridge"})  # also surnames: "Wayne Bridge"
_SURNAME_HEADS = frozenset({"church", "force", "banks", "temple"})
_BODY_BEFORE = frozenset({"the", "at", "in", "of", "from", "to", "outside", "inside", "near"})
_GEO_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "new", "mainland", "rural", "upper", "lower", "greater", "republic", "kingdom", "all"}
)


def branded_country(form: str) -> bool:
    """ "Telekom Austria", "BBC Scotland": a two-word name ending in a country that is itself
    no place ("Western Australia", "East Timor") and no person's."""
    words = form.split()
    if len(words) != 2 or not is_country(words[1]) or is_country(form):
        return False
    return words[0].lower() not in _GEO_WORDS and not is_given_name(words[0])


_CHANNEL_WORDS = word_set("sport sports news tv television radio")


def channel_name(form: str) -> bool:
    """ "Sky Sport Italia", "Fox News": a broadcaster's name, a channel word after its brand."""
    words = form.split()
    return len(words) > 1 and not is_given_name(words[0]) and any(
        w.lower() in _CHANNEL_WORDS for w in words[1:]
    )


# A prison named as one: run by a service or a firm, a body as much as a site.
_PRISON = re.compile(r"^HM(?:P|YOI)\s|\s(?:Prison|Jail|Gaol|Penitentiary)$")


def prison_name(form: str) -> bool:
    """ "HMP Altmoor", "Dunmere Prison": a prison, an institution that is run."""
    return _PRISON.search(form) is not None


def region_of_country(form: str) -> bool:
    """ "Western Australia", "Northern Italy": a compass word, then a country."""
    words = form.split()
    return len(words) == 2 and words[0].lower() in _COMPASS and is_country(words[1])


_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
)


# Plurals for a party's members or a people that do not end in "-ians".
_PEOPLES = word_set(
    """
    republicans democrats britons latinos latinas hispanics muslims jews catholics evangelicals
    sikhs hindus arabs kurds mormons
    """
)


def members(form: str) -> bool:
    """A plural for the members of a US party or of a people: "Democrats", "Iranians"."""
    low = form.lower()
    return low in _PEOPLES or (
        form[:1].isupper() and low.endswith("ians") and len(low) > 6 and low not in TEAM_PLURALS
    )


def surname_like_head(form: str) -> bool:
    """ "Julia Church", "Thomas Haden Church": a given name, then a body word that is a surname."""
    ws = form.split()
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() for w in ws):
        return False
    return is_given_name(ws[0]) and bare(ws[-1]) in _SURNAME_HEADS


def placed_body(doc: Doc, c: Cluster) -> bool:
    """ "the Grace Church", "at Grace Church": a mention read as a building or a body."""
    return any(
        m.tok_start > 0 and doc[m.tok_start - 1].lower_ in _BODY_BEFORE for m in c.mentions
    )


def given_name_first(form: str) -> bool:
    """ "Harley Levanic": two or three capitalised words, the first a common given name."""
    ws = form.split()
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() or w in NAME_PARTICLES for w in ws):
        return False
    last = bare(ws[-1])
    site = last in SITE_HEADS - SURNAME_SITES  # "Martin Place", "Douglas Road"
    return is_given_name(ws[0]) and not site and last not in ORG_HEADS | PLACE_HEADS | PLACE_NOUNS
