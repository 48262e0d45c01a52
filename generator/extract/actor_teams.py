"""Signs that a place's or a lone word's name stands for a sports team: "scored twice for
Espanyol", "the 3-0 defeat of Villarreal", "Valencia were unable to hold out"."""

from __future__ import annotations

import re

from spacy.tokens import Doc

_SPORT_WORDS = frozenset(
    {
        "scored", "score", "scores", "scoring", "goal", "goals", "equaliser", "equalizer",
        "penalty", "debut", "appearances", "signed", "played", "playing", "plays", "attack",
        "header", "volley", "try", "tries", "wicket", "wickets", "touchdown", "clean",
    }
)
_RESULT_WORDS = frozenset({"win", "victory", "defeat", "draw", "loss", "thrashing", "triumph"})
_FIXTURES = frozenset({"match", "game", "clash", "tie", "fixture", "derby", "friendly"})
_RESULT_LINKS = frozenset({"over", "against", "of", "at", "with", "to", "by", "for"})
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


# Words that end or open a football club's name: "Newcastle United", "Borussia Dortmund".
CLUB_ENDS = frozenset(
    {"united", "utd", "rovers", "wanderers", "albion", "hotspur", "athletic", "fc", "afc",
     "villa", "argyle", "orient", "celtic", "wednesday"}
)
# Last words of clubs' names that also end places' names ("Derby County", "Nottingham
# Forest", "Crystal Palace"): a club's only in a sports report.
SPORT_CLUB_ENDS = frozenset({"city", "town", "county", "forest", "palace", "alexandra", "stanley"})
CLUB_OPENS = frozenset(
    {"fc", "afc", "vfl", "vfb", "borussia", "atletico", "sporting", "dynamo", "dinamo", "real",
     "olympique", "bayer", "hertha", "schalke", "eintracht", "werder", "psv", "ajax", "feyenoord"}
)
_SPORT_TEXT = re.compile(
    r"\b(?:\d{1,2}-\d{1,2}|striker|midfielder|defender|goalkeeper|winger|penalty|"
    r"Premier League|Champions League|kick-off|scored|equaliser|midfield|footballer|"
    r"relegation|relegated|play-offs?|League One|League Two)\b"
)


def club_name(form: str, text: str) -> bool:
    """A club's name: its first or last word is a club word ("Newcastle United", "VfL
    Wolfsburg"), or "X City"/"X Town"/"X County" in a sports report ("Manchester City")."""
    words = form.lower().split()
    if len(words) < 2:
        return False
    if words[-1] in CLUB_ENDS or words[0] in CLUB_OPENS:
        return True
    return words[-1] in SPORT_CLUB_ENDS and len(_SPORT_TEXT.findall(text)) >= 3


def club_tail(doc: Doc, e: int) -> bool:
    """The capitalised word at token ``e`` ends a club's name: "Newcastle United"."""
    return e < len(doc) and doc[e].is_title and doc[e].lower_ in CLUB_ENDS - {"fc", "afc"}


def club_opening(doc: Doc, s: int) -> bool:
    """The capitalised word before token ``s`` opens a club's name: "Real" + "Madrid"."""
    return s > 0 and doc[s - 1].is_title and doc[s - 1].lower_ in CLUB_OPENS


def team_cue(doc: Doc, start: int, end: int) -> bool:
    """True when the words around the name at tokens ``start:end`` treat it as a team."""
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ == "for" and _sport_before(doc, prev.i):
        return True  # "scored twice for Espanyol", "a rare attack for Getafe"
    if prev is not None and prev.lower_ in _RESULT_LINKS and _result_before(doc, prev.i):
        return True  # "the 3-0 defeat of Villarreal", "a 2-1 win over Leeds"
    if prev is not None and prev.lower_ == "rivals":
        return True  # "the clash against rivals Atletico"
    if prev is not None and prev.lower_ == "against":
        return any(t.lower_ in _FIXTURES for t in doc[max(0, prev.i - 3) : prev.i])
    root = doc[end - 1]
    if root.dep_ == "nsubj" and root.tag_ == "NNP" and root.head.lower_ == "were":
        return not any(c.dep_ == "conj" for c in root.children)  # "Valencia were unable"
    return False


def _sport_before(doc: Doc, i: int) -> bool:
    """A sport word within three tokens before the token at ``i``."""
    return any(t.lower_ in _SPORT_WORDS for t in doc[max(0, i - 3) : i])


def _result_before(doc: Doc, i: int) -> bool:
    """ "3-0 defeat" / "2-1 win" just before the token at ``i``."""
    window = doc[max(0, i - 12) : i]
    result = any(t.lower_ in _RESULT_WORDS for t in window)
    return result and bool(_SCORE.search(window.text))


_NATION_SPORT = re.compile(
    r"\b(?:\d{1,2}-\d{1,2}|coach|skipper|fly-half|scrum-half|striker|midfielder|goalkeeper|"
    r"Six Nations|World Cup|Davis Cup|Test|qualifier|qualifying|sevens|kick-off|scored|tries|"
    r"goals?|friendly|clean sheet|half-time|(?:first|second)-half|(?:semi|quarter)-final|"
    r"unbeaten|squad|league)\b"
)


def sports_report(text: str) -> bool:
    """A match report or sports story: at least three sport words or scores."""
    return len(_NATION_SPORT.findall(text)) >= 3
_BEATEN = frozenset({"beat", "beating", "over", "against", "face", "facing", "v", "vs"})
_NATION_SIDE = frozenset({"side", "team", "skipper", "fly-half", "coach", "captain", "squad"})
_RESULT_VERBS = frozenset({"beat", "win", "lose", "draw", "play", "struggle", "face", "host"})


def national_team(doc: Doc, text: str, spans: list[tuple[int, int]]) -> bool:
    """A country's name that stands for its national side in a sports report: "victory over
    England", "Ireland coach Eddie Smith", "Italy played really well" (token ranges)."""
    if not sports_report(text):
        return False
    for start, end in spans:
        prev = doc[start - 1] if start > 0 else None
        nxt = doc[end] if end < len(doc) else None
        root = doc[end - 1]
        if prev is not None and prev.lower_ in _BEATEN:
            return True
        if nxt is not None and nxt.lower_ in _NATION_SIDE | _FIXTURES:
            return True  # "the Norway match", "Ireland coach"
        fixture = doc[max(0, start - 2)].lower_ in _FIXTURES
        if prev is not None and prev.lower_ == "with" and fixture:
            return True  # "the match with Norway"
        if root.dep_ == "nsubj" and root.head.lemma_ in _RESULT_VERBS:
            return True
        if team_cue(doc, start, end):
            return True
    return False
