"""Votes for an actor's kind from the words around each of its mentions: spaCy's label,
titles ("Sen. Warren"), places' and teams' nouns ("the Colima volcano", "Swansea City fans"),
what only people do or have ("Scott, 43,", "X's wife", "Wood, who"), outlets' verbs."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_characters import plays_a_part
from generator.extract.actor_clusters import Cluster
from generator.extract.actor_kind_compounds import aged_before, hyphened_title
from generator.extract.actor_kind_names import PLACE_NOUNS, given_name_first
from generator.extract.actor_kind_person import (
    body_signs,
    epithet_signs,
    person_signs,
    pronoun_signs,
)
from generator.extract.actor_kind_place import (
    county_after_town,
    named_as_place,
    place_signs,
    seat_represented,
)
from generator.extract.actor_kind_shapes import cast_actor
from generator.extract.actor_mentions import Mention, bare
from generator.extract.actor_teams import team_cue
from generator.extract.actor_words import (
    HONORIFICS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    POLL_NOUNS,
    TITLE_NOUNS,
    word_set,
)
from generator.extract.actor_works import outlet_cue
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
_TEAM_NOUNS = frozenset(
    {
        "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward",
        "manager", "coach", "captain", "boss", "player", "players", "fans", "supporters",
        "squad", "team-mate", "teammate", "star", "stars", "chairman", "owner", "owners",
        "club",
    }
)
_PLAYER_WORDS = word_set(
    """
    striker midfielder defender goalkeeper winger forward flanker lock prop hooker half
    fly-half scrum-half full-back attacker playmaker wideman centre-back international skipper
    """
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
# Kin words that only a person's given name follows: "has a daughter Sophie" ("sister
# company", "parent firm" are bodies' words, so not those).
_KIN_BEFORE = frozenset(
    {"daughter", "son", "wife", "husband", "widow", "granddaughter", "grandson", "niece",
     "nephew", "girlfriend", "boyfriend", "fiance", "fiancee", "stepson", "stepdaughter"}
)
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?:the|a)\s+{_HUMAN},|\b(?:whose|his|her) name (?:is|was)|"
    rf"\b(?:{_HUMAN}|resident|local|villager|witness|worker),? (?:named|identified|known)"
    r"(?: only)? as)\s+$"
)  # "the woman, X", "his name was X", "one resident, named only as X"
_SLAVIC_WOMAN = re.compile(r"[A-Z][a-z]{2,}(?:ova|eva|ina|aya)")
_LOCATIVE = frozenset({"in", "near", "at", "outside", "around"})  # a setting, not an origin
_WHERE = frozenset({"outside", "near"})  # "stranded outside Port Mellin": only places are so


_OUTLET_NOUNS = frozenset({"magazine", "newspaper", "website", "tabloid", "broadsheet"})


_HOMES = frozenset({"from", "in", "near"})


def mention_votes(
    c: Cluster, doc: Doc, text: str, full: list[str], shaped: bool
) -> tuple[Counter[str], Counter[str]]:
    """Votes for each kind from the mentions' labels and surroundings, and the cues among
    them that speak for a person ("person") or against a body's name ("titled")."""
    votes: Counter[str] = Counter()
    cues: Counter[str] = Counter()
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
            kin = prev is not None and prev.lower_ in _KIN_BEFORE  # "a daughter Sophie"
            player = player or kin  # both name one person outright
            if (titled or known or player) and m.tok_end - m.tok_start == 1 and (
                m.label != "ORG" or player
            ):
                cues["person"] += 4 if player else 2  # "taxi driver Salim", "flanker Wood"
            elif titled or known:
                cues["titled"] += 1  # not a body's name
        if plays_a_part(doc, doc[m.tok_end - 1]):
            cues["person"] += 3  # "Roberts will voice the spider": only a person does
        if hyphened_title(doc, m.tok_start) or aged_before(doc, m.tok_start):
            cues["person"] += 3  # "film-maker Ann Lee", "Ten-year-old Ann Lee"
        if shaped and _person_context(doc, m):
            cues["person"] += 3
        if shaped and role_of(doc, doc[m.tok_start : m.tok_end]):
            cues["person"] += 3  # "the moderator of the debate, Lester Holt"
        if prev is not None and prev.lower_ in ORG_DESCRIPTORS and not hyphened_title(
            doc, m.tok_start
        ):  # "film-maker Ann Lee": the whole word is a person's title ("car-maker" a body's)
            votes["organization"] += 3
        nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
        if nxt is not None and nxt.lower_ in PLACE_NOUNS:
            votes["place"] += 3  # "the Colima volcano", "Hudson river"
        if nxt is not None and nxt.lower_ in _OUTLET_NOUNS and m.label not in ("PERSON", "GPE"):
            votes["organization"] += 4  # "this week's Glimmer magazine", "the Acme website"
        if nxt is not None and nxt.lower_ in _TEAM_NOUNS and m.label != "PERSON":
            votes["organization"] += 4  # "Manchester City striker", "Swansea City fans"
        if _pollster(doc, m.tok_start, m.tok_end, m.label in ("GPE", "LOC")):
            votes["organization"] += 8  # "a poll by Ipsos Mori", "the Acme survey"
        root = doc[m.tok_end - 1]
        if root.dep_ == "nsubj" and root.tag_ == "NNP" and root.head.tag_ == "VBP":
            votes["organization"] += 2  # "Manchester City qualify": a team takes the plural
        if m.label != "PERSON" or not full:
            votes["organization"] += 3 * team_cue(doc, m.tok_start, m.tok_end)
        one = m.tok_end - m.tok_start == 1 and bare(m.text) not in ORG_HEADS
        owner = doc[m.tok_end - 1].dep_ == "poss"  # "in Acme's new film": the film is in
        if one and prev is not None and prev.lower_ == "in" and m.label == "ORG" and not owner:
            votes["place"] += 1.5  # "riots in Ferguson"
        span = Span(doc, m.tok_start, m.tok_end, label=m.label)
        if not full and outlet_cue(doc, span):
            votes["organization"] += 3  # "Politifact published", "told Netflix"
        elif (prev is not None and prev.lower_ == "told") or role_of(doc, span):
            cues["titled"] += 1  # "she told Grimsby", "his wife, Odalys": someone spoken to
        settled = len(c.mentions) > 1 or (prev is not None and prev.lower_ in _LOCATIVE)
        if prev is not None and prev.lower_ in _WHERE and doc[m.tok_end - 1].dep_ != "poss":
            votes["place"] += 1.5  # "stranded outside Port Mellin", "near Hollowby"
        settled = settled or named_as_place(text, m.start, m.end)  # "the city of X", once
        if settled and not given_name_first(m.text) and bare(m.text.split()[-1]) not in ORG_HEADS:
            votes["place"] += 3 * place_signs(text, m.start, m.end)  # "near Hollowby, Kent"
        elif prev is not None and prev.lower_ in _HOMES and place_signs(text, m.start, m.end) > 1:
            votes["place"] += 6  # "from Curry Rivel, Somerset": a town, though "Curry" is a name
        elif county_after_town(text, m.start, m.end):
            votes["place"] += 6  # "her home in Looe, Cornwall"
        elif seat_represented(text, m.start, m.end):
            votes["place"] += 6  # "he represented Hollowby East"
        cues["person"] += 2 * person_signs(doc, m.tok_start, m.tok_end)  # "Al Kellock"
        if not ridden:
            cues["person"] += 1.5 * pronoun_signs(doc, m.tok_start, m.tok_end)  # "X won. She"
            cues["person"] += 2 * epithet_signs(doc, m.tok_start, m.tok_end)  # "The rapper"
        votes["organization"] += 4 * body_signs(doc, m.tok_start, m.tok_end, text)
        if _human_after(doc, m, text):
            cues["person"] += 2  # "Parry, speaking to …", "Parry joined as chief executive"
        setting = prev is not None and prev.lower_ in _LOCATIVE  # "In Leeds, a woman was …"
        after = _PERSON_OWNS.match(text, m.end) or (
            not setting and _PERSON_AFTER.match(text, m.end)
        )
        if after or _PERSON_BEFORE.search(text[max(0, m.start - 40) : m.start]):
            cues["person"] += 3  # "X, a 37-year-old mother of three", "the woman, X,"
        if m.label in ("PERSON", "ORG", "NORP") and _SLAVIC_WOMAN.fullmatch(m.text):
            cues["person"] += 3  # "Dementieva", "Kuznetsova": a woman's surname by its ending
        if cast_actor(doc[m.tok_end - 1]):
            cues["person"] += 3  # "the drama casts Vale as a priest": only actors are cast
        if re.match(r",\s*who\b", text[m.end : m.end + 8]):
            cues["person"] += 2  # "Wood, who claims …": bodies take "which"
        if re.match(r",\s*\d{1,3}\s*(?:[,;)]|and\b)", text[m.end : m.end + 10]):
            cues["person"] += 3  # "Scott, 43,"
    return votes, cues


RUN_POLLS = POLL_NOUNS | {"polling"}  # "a polling firm"


def _pollster(doc: Doc, start: int, end: int, place: bool) -> bool:
    """The name runs a poll: "a poll by X", "a survey carried out by X", "the X poll" (not a
    place: "a new Ohio poll" asked people there)."""
    if end < len(doc) and doc[end].lower_ in RUN_POLLS and not place:
        return True
    before = [t.lower_ for t in doc[max(0, start - 5):start]]
    return bool(before) and before[-1] == "by" and any(w in RUN_POLLS for w in before)


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



def _person_context(doc: Doc, m: Mention) -> bool:
    """ "NBC's Matt Lauer", "Lester Holt of NBC News": a name tied to a body is a person's."""
    before = doc[m.tok_start - 2 : m.tok_start]
    if len(before) == 2 and before[1].text in ("'s", "\u2019s") and before[0].ent_type_ == "ORG":
        return True
    after = doc[m.tok_end : m.tok_end + 2]
    return len(after) == 2 and after[0].lower_ == "of" and after[1].ent_type_ == "ORG"
