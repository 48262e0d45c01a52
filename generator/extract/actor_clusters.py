"""Grouping name mentions into actors: surnames, initials, acronyms and country synonyms.

"Araghchi" joins "Abbas Araghchi", "AP" joins "The Associated Press", "U.S." joins "United
States", and a run-on "Court of Appeal Millions" joins "Court of Appeal".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from generator.extract.actor_countries import is_country
from generator.extract.actor_kind_place import place_signs
from generator.extract.actor_mentions import Mention, bare
from generator.extract.actor_teams import CLUB_ENDS, SPORT_CLUB_ENDS, club_name
from generator.extract.actor_words import (
    COUNTRY_SYNONYMS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORG_HEADS,
    OUTLET_HEADS,
    PLACE_HEADS,
)
from generator.extract.actor_works import NAME_SUFFIXES, region_branch
from generator.extract.given_names import FEMALE_NAMES, MALE_NAMES
from generator.extract.speaker_gender import HONORIFIC_F, HONORIFIC_M, first_name_sex


@dataclass
class Cluster:
    """Mentions that name one actor, with the forms and spaCy labels seen for it."""

    mentions: list[Mention] = field(default_factory=list)
    forms: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    extra_forms: set[str] = field(default_factory=set)  # acronyms seen only in parentheses

    def add(self, m: Mention, form: str | None = None) -> None:
        self.mentions.append(m)
        self.forms[form or m.text] += 1
        self.labels[m.label] += 1

    def absorb(self, other: Cluster) -> None:
        self.mentions += other.mentions
        self.forms.update(other.forms)
        self.labels.update(other.labels)
        self.extra_forms |= other.extra_forms

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def key(text: str) -> str:
    """The matching key of a name: lowercase, no dots, straight apostrophes, no accents
    ("Näslund" is "Naslund"), synonyms folded."""
    k = re.sub(r"\s+", " ", text.replace(".", "").replace("\u2019", "'").lower()).strip()
    k = "".join(c for c in unicodedata.normalize("NFKD", k) if not unicodedata.combining(c))
    k = re.sub(r"^the ", "", k)
    for group in COUNTRY_SYNONYMS:
        if k in group:
            return min(group, key=len)
    return k


def words(k: str) -> list[str]:
    return k.split()


def is_acronym(text: str) -> bool:
    """True for "IMF", "U.S.", "CFPB": two to six capitals, dots allowed."""
    plain = text.replace(".", "")
    return 2 <= len(plain) <= 6 and plain.isalpha() and plain.isupper()


def initials(k: str) -> str:
    """Initials of the content words of a key: "centers for disease control" -> "cdc"."""
    return "".join(w[0] for w in words(k) if w not in NAME_CONNECTORS)


def person_shaped(k: str, c: Cluster) -> bool:
    """A multi-word name that reads as a person's: no "of/and", no organisation head word."""
    ws = words(k)
    if len(ws) < 2 or ws[-1] in ORG_HEADS or ws[-1] in PLACE_HEADS or region_branch(k):
        return False
    if any(w in NAME_CONNECTORS and w not in NAME_PARTICLES for w in ws):
        return False
    return c.labels["PERSON"] > 0 or c.labels["ORG"] >= sum(c.labels.values()) - c.labels["ORG"]


_GROUP_NUMBERS = frozenset(
    {"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
)


def _absorb_run_ons(groups: dict[str, Cluster], text: str) -> None:
    """ "court of appeal millions" (once) joins "court of appeal" when that stands alone."""
    for k in sorted(groups, key=lambda x: -len(words(x))):
        ws = words(k)
        if len(ws) < 2 or len(groups[k].mentions) > 1 or ws[-1] in ORG_HEADS | PLACE_HEADS:
            continue
        if ws[-1] in OUTLET_HEADS and groups[k].mentions[0].text.split()[-1][:1].isupper():
            continue  # "Columbus Dispatch" beside "Columbus": a newspaper, not a run-on
        if ws[-1] in _GROUP_NUMBERS and groups[k].mentions[0].text.split()[-1].istitle():
            continue  # "Riverside Four": a group the press named for a place, not a run-on
        if _post_follows(groups[k], text):
            continue  # "UK Rowing chief Ann Hale": a body whose officer is named
        if _short_form(groups, k, ws, text):
            continue  # "UK Coal" once, then "Coal" alone: the tail is the body's short name
        head = " ".join(ws[:-1])
        if len(ws) == 2 and groups[k].labels["PERSON"]:
            continue  # "Brian Dunne" once, then "Brian": a first name, not a run-on
        if head in groups:
            for m in groups.pop(k).mentions:
                cut = m.text.rsplit(" ", 1)[0]
                trimmed = replace(m, end=m.start + len(cut), text=cut, tok_end=m.tok_end - 1)
                groups[head].add(trimmed)


# Posts a body's officer holds, written right after the body's name: "UK Rowing chief".
_OFFICER_POST = re.compile(
    r"\s+(?:chief|boss|chairman|chairwoman|spokesman|spokeswoman|president|director)\s+[A-Z]"
)


def _post_follows(c: Cluster, text: str) -> bool:
    """A body's name (tagged so, its last word capitalised) that a post and a name follow."""
    m = c.mentions[0]
    if not c.labels["ORG"] or not m.text.split()[-1][:1].isupper():
        return False
    return bool(_OFFICER_POST.match(text, m.end))


def _short_form(groups: dict[str, Cluster], k: str, ws: list[str], text: str) -> bool:
    """True when a body named once as a place and a word ("UK Coal") is named elsewhere by the
    word alone, tagged a body: the word is its short name, not a run-on after the place."""
    head, tail = groups.get(" ".join(ws[:-1])), groups.get(ws[-1])
    first = groups[k].mentions[0]
    if len(ws) != 2 or head is None or tail is None or first.modifier:
        return False  # "an Arizona Walmart parking lot"
    if not groups[k].labels["ORG"]:
        return False
    before = text[: first.start].split()[-1:]
    if before and (before[0].lower() in ("a", "an", "the") or before[0].endswith(",")):
        return False  # "a Walmart", "in Cottonwood, Arizona Walmart": a branch of a chain
    placed = head.labels["GPE"] + head.labels["LOC"] >= len(head.mentions)
    return placed and tail.labels["ORG"] == len(tail.mentions)


def cluster(ms: list[Mention], text: str) -> list[Cluster]:
    """Group mentions into actors; clusters come out in order of first mention."""
    groups: dict[str, Cluster] = {}
    for m in ms:
        groups.setdefault(key(m.text), Cluster()).add(m)
    _absorb_run_ons(groups, text)
    multi = [k for k in groups if len(words(k)) >= 2]
    persons = [k for k in multi if person_shaped(k, groups[k])]
    _merge_middle_names(groups, persons)
    persons = [k for k in persons if k in groups]
    _merge_parenthesised(groups, text)
    for k in sorted(groups, key=lambda x: len(words(x))):
        if k not in groups or len(words(k)) != 1:
            continue
        target = [t for t in _single_target(k, groups, persons, text) if not _object_of(t, k)]
        if target:
            _assign_single(groups.pop(k), target, groups, text)
    return sorted(groups.values(), key=lambda c: c.first)


def _merge_middle_names(groups: dict[str, Cluster], persons: list[str]) -> None:
    """ "paul ryan" joins "paul d ryan": same first and last word, fewer middle words."""
    for k in sorted(persons, key=lambda x: len(words(x))):
        ws = words(k)
        for other in persons:
            ow = words(other)
            same = (ow[0] == ws[0] and ow[-1] == ws[-1]) or ow[-len(ws) :] == ws
            if other != k and other in groups and k in groups and len(ow) > len(ws) and same:
                groups[other].absorb(groups.pop(k))
                break


def _merge_parenthesised(groups: dict[str, Cluster], text: str) -> None:
    """ "Consumer Financial Protection Bureau (CFPB)": the acronym joins the name."""
    for k, c in list(groups.items()):
        if k not in groups:
            continue
        for m in c.mentions:
            hit = re.match(r"\s*\(([A-Z][A-Za-z.&]{1,8})\)", text[m.end : m.end + 14])
            if hit and is_acronym(hit.group(1)) and initials(k).startswith(key(hit.group(1))[:2]):
                acro = key(hit.group(1))
                c.extra_forms.add(hit.group(1))
                if acro in groups and acro != k:
                    c.absorb(groups.pop(acro))


FIRM_HEADS = frozenset({"airlines", "airways", "bank", "group", "motors", "corp", "inc", "plc"})


def _object_of(target: str, k: str) -> bool:
    """The one word closes a body's name after "on"/"of"/"for" ("Committee on Benghazi"): the
    place or thing the body is about, not a short form of its name."""
    ws = words(target)
    return len(ws) > 2 and ws[-1] == k and ws[-2] in ("on", "of", "for")


_COUNTRY_KEYS = frozenset({"us", "uk", "eu"})  # a country's prefix to a body's name


def _single_target(
    k: str, groups: dict[str, Cluster], persons: list[str], text: str
) -> list[str]:
    """The multi-word actors a one-word name may stand for (empty: it stands alone)."""
    c = groups[k]
    if is_acronym(next(iter(c.forms))):
        by_initials = [
            o
            for o in groups
            if len(words(o)) >= 2
            and o not in persons
            and (initials(o) == k or (len(k) >= 3 and initials(o).startswith(k)))
        ]
        by_initials += [  # "the VA" for the Department of Veterans Affairs
            o
            for o in groups
            if len(words(o)) >= 4
            and words(o)[0] in ORG_HEADS
            and words(o)[1] in NAME_CONNECTORS
            and initials(o)[1:] == k
            and o not in by_initials
        ]
        by_initials += [  # "the EPA" for the U.S. Environmental Protection Agency
            o
            for o in groups
            if len(words(o)) >= 3
            and words(o)[0] in _COUNTRY_KEYS
            and initials(o)[1:] == k
            and o not in by_initials
        ]
        return by_initials[:1]
    placed = c.labels["GPE"] + c.labels["LOC"] > c.labels["PERSON"] + c.labels["ORG"]
    if placed and is_country(k):
        return []  # "Rwanda" beside the film "Hotel Rwanda": the country, not a surname
    last = [p for p in persons if p in groups and words(p)[-1] == k]
    if last:
        return last
    named_firm = [
        o for o in groups
        if len(words(o)) == 2 and o not in persons and words(o)[0] == k
        and words(o)[-1] in FIRM_HEADS and groups[o].labels["ORG"]
    ]
    if len(named_firm) == 1:
        return named_firm  # "Southwest" after "Southwest Airlines", though read as a region
    club = [
        o for o in groups
        if len(words(o)) == 2 and words(o)[0] == k and words(o)[-1] in CLUB_ENDS
        and groups[o].labels["ORG"]
    ]
    if len(club) == 1:
        return club  # "Newcastle" beside "Newcastle United": the club, in a sports report
    if k in CLUB_ENDS | SPORT_CLUB_ENDS:
        clubs = [o for o in groups if len(words(o)) == 2 and words(o)[1] == k
                 and club_name(o, text)]
        counts = sorted((len(groups[o].mentions) for o in clubs), reverse=True)
        if clubs and (len(counts) == 1 or counts[0] > counts[1]):
            return [max(clubs, key=lambda o: len(groups[o].mentions))]  # "City" beside
            # "Manchester City" (named more than "Swansea City") in a sports report
    feature = [
        o for o in groups
        if len(words(o)) == 2 and words(o)[1] == k and words(o)[0] in FEATURE_WORDS
        and groups[o].labels["GPE"] + groups[o].labels["LOC"]
    ]
    if len(feature) == 1:
        return feature  # "Everest" after "Mount Everest", "Windermere" after "Lake Windermere"
    first = [p for p in persons if p in groups and words(p)[0] == k]
    titled = any(honorific_sex(text, m.start) for m in c.mentions)
    titled = titled and not all(_KNIGHTED.search(text[: m.start]) for m in c.mentions)
    if titled and first_name_sex(k.title()) is not None:
        first = []  # "Mr Howard" is a surname, not Howard Flight's first name ("Mr Xi" is)
    given = first_name_sex(k.title()) is not None  # "Julia" read as a body, then her full name
    if given and c.labels["PERSON"] and len(first) == 1 and len(words(first[0])) == 2:
        return first  # "Charlotte Roach … Charlotte said", though read as the city
    full = groups[first[0]] if len(first) == 1 else None
    if full is not None and len(words(first[0])) == 2 and (
            full.labels["PERSON"] >= max(1, full.labels["ORG"]) and _named_by_first(k, c, text)):
        return first  # "Ana Ruiz … Ana would discuss it", every "Ana" read as a place
    if c.labels["GPE"] + c.labels["LOC"] + c.labels["NORP"] > c.labels["PERSON"] + c.labels["ORG"]:
        return []
    if first and (c.labels["PERSON"] >= c.labels["ORG"] or (given and len(first) == 1)):
        return first[:1]
    if c.labels["ORG"] and k not in ORG_HEADS:
        orgs = [o for o in groups if len(words(o)) >= 2 and o not in persons]
        hits = [o for o in orgs if words(o)[0] == k and groups[o].labels["ORG"]]
        hits += [o for o in orgs if words(o)[-1] == k and groups[o].labels["ORG"]]
        if len(hits) == 1:
            return hits
    if k.lower() in ORG_HEADS:  # "the Committee" after "the House Select Committee on Benghazi"
        heads = [o for o in groups if _headed_by(words(o), k)]
        if len(heads) == 1:
            return heads
    return []


# first words of a natural feature's name that the bare name drops: "Mount Everest"
FEATURE_WORDS = frozenset({"mount", "mt", "lake", "loch", "river", "cape", "isle", "mont"})
_AT_PLACE = re.compile(r"\b(?:in|at|from|to|near|into|across|around|outside|inside)\s+$", re.I)


def _named_by_first(k: str, c: Cluster, text: str) -> bool:
    """A one-word name no country, never written where a place would be ("in Ana", "Ana,
    Kent"), so the first name of the one person whose two-word name starts with it."""
    if is_country(k) or (len(c.mentions) > 1 and c.labels["ORG"] > c.labels["PERSON"]):
        return False  # "Mac", read as a body again and again beside the magazine "Mac Format"
    return not any(
        _AT_PLACE.search(text[max(0, m.start - 12):m.start]) or place_signs(text, m.start, m.end)
        for m in c.mentions)


# "Sir John", "Dame Julie": a knight or a dame is styled by the given name, not the surname.
_KNIGHTED = re.compile(r"\b(?:Sir|Dame)\s+$")


def _headed_by(ws: list[str], k: str) -> bool:
    """``k`` is the head noun of a longer body's name: its last word, or the word before
    "on"/"of"/"for" ("Select Committee on Benghazi")."""
    if len(ws) < 3 or k not in ws:  # not "Republican Congress": an adjective and a noun
        return False
    i = ws.index(k)
    return i == len(ws) - 1 or ws[i + 1].lower() in ("on", "of", "for")


def _assign_single(
    single: Cluster, targets: list[str], groups: dict[str, Cluster], text: str
) -> None:
    """Give a one-word name to its actor. Where two people share a surname, the bare surname
    is the person the story named first ("Raymond Roth ... his son, Jonathan Roth ... Roth"),
    unless only the other is named in full in this sentence or the one before."""
    left = Cluster()
    for m in single.mentions:
        sex = honorific_sex(text, m.start) or pronoun_sex(text, m.end)
        fits = [t for t in targets if not sex or _sex(t, groups[t], text) in (None, sex)]
        if not fits:
            left.add(m)  # "Mr. Obama" is not "Michelle Obama"
            continue
        primary = min(fits, key=lambda t: groups[t].first)
        floor = _previous_sentence_start(text, m.start)
        near = [t for t in fits if floor <= _last_before(groups[t], m.start)]
        best = near[0] if len(near) == 1 else primary
        groups[best].add(m)
    if left.mentions:
        groups[key(left.mentions[0].text)] = left


def honorific_sex(text: str, pos: int) -> str | None:
    """'m' or 'f' when a sexed honorific stands right before ``pos`` ("Mrs. Obama")."""
    before = text[max(0, pos - 6) : pos]
    return "m" if HONORIFIC_M.search(before) else "f" if HONORIFIC_F.search(before) else None


_NEXT_SUBJECT = re.compile(
    r"[,\s]*(?:(?:because|as|since|when|while|after|before|until|if|though|although|and|but"
    r"|who|said|says)[,\s]+){1,2}(she|he)\b",
    re.I,
)


def pronoun_sex(text: str, pos: int) -> str | None:
    """'m' or 'f' when the name at ``pos`` is taken up by "he" or "she" as the subject of the
    next clause, only joining words between: "backed Ferris because she had run" → 'f'."""
    m = _NEXT_SUBJECT.match(text, pos)
    if m is None:
        return None
    return "f" if m.group(1).lower() == "she" else "m"


def _sex(k: str, c: Cluster, text: str) -> str | None:
    """A person's sex from a first name or an honorific before a full mention, if any."""
    first = words(k)[0]
    if first in FEMALE_NAMES or first in MALE_NAMES:
        return "f" if first in FEMALE_NAMES else "m"
    seen = {honorific_sex(text, m.start) for m in c.mentions} - {None}
    return seen.pop() if len(seen) == 1 else None


def _previous_sentence_start(text: str, pos: int) -> int:
    """Offset where the sentence before the one holding ``pos`` starts (its paragraph bounds)."""
    para = text.rfind("\n", 0, pos) + 1
    stop = r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z])"
    ends = [x.end() for x in re.finditer(stop, text[para:pos])]
    return para + (ends[-2] if len(ends) >= 2 else 0)


def _last_before(c: Cluster, pos: int) -> int:
    """Offset of the cluster's last mention before ``pos`` (-1: none)."""
    return max((x.start for x in c.mentions if x.start < pos), default=-1)


def surname(name: str) -> str:
    """The last word of a person's name: "Abbas Araghchi" -> "Araghchi"."""
    ws = name.split()
    k = len(ws) - 1
    while k > 1 and ws[k - 1].lower() in NAME_PARTICLES:
        k -= 1
    if k < len(ws) - 1:
        return " ".join(ws[k:])  # "Rodrigo De Paul" -> "De Paul", "Yves Van De Ven"
    return ws[-1] if ws and bare(ws[-1]) not in NAME_SUFFIXES else " ".join(ws[-2:-1])
