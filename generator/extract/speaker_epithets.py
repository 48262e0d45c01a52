"""Descriptive speakers and who they stand for; nouns that cannot speak.

A speaker written as a description ("the New York businessman", "the oil giant", "the wire
service", "the ruling") stands for an actor named elsewhere: the person the article is about
whose sex fits the noun, the organisation named last, a news agency, or the court that ruled.
``can_speak`` rejects inanimate nouns ("air pollution") as the subject of a speech verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from generator.extract.quote_words import DOCUMENT_NOUNS, GROUP_NOUNS, ORG_NOUNS
from generator.model import Actor

# nouns for a person described rather than named ("the New York businessman")
_PERSON_EPITHETS = """
    businessman businesswoman billionaire tycoon mogul magnate candidate nominee politician
    frontrunner front-runner incumbent challenger lawmaker congressman congresswoman senator
    governor mayor president premier leader veteran star actor actress singer celebrity
    entrepreneur developer founder investor economist reformer dissident activist
    """
# nouns for an organisation described rather than named ("the oil giant")
_ORG_EPITHETS = """
    giant conglomerate retailer carrier airline lender insurer manufacturer maker automaker
    carmaker broadcaster publisher chain supermarket operator producer multinational startup
    corporation business outfit brand platform site insurer utility supplier
    """
PERSON_EPITHETS = frozenset(_PERSON_EPITHETS.split())
ORG_EPITHETS = frozenset(_ORG_EPITHETS.split())
NEWS_NOUNS = frozenset({"service", "agency", "outlet", "wire"})  # "the wire service"
COURT_DOCUMENTS = frozenset({"ruling", "decision", "opinion", "verdict", "judgment", "judgement"})
NEWS_AGENCY = re.compile(
    r"\b(?:Press|Reuters|Agence|AFP|Xinhua|Bloomberg|News|Tass|Interfax|Kyodo|Yonhap|Wire)\b"
)
COURT = re.compile(r"\b(?:Court|Circuit|Tribunal|Judge|Justices?)\b")
# nouns that do not speak, whatever the parse says
_INANIMATE = """
    pollution air smog water weather rain storm fire smoke noise traffic price prices cost
    costs rate rates economy market markets inflation growth decline crisis problem problems
    issue issues situation money budget deficit debt tax taxes change changes move idea
    fact reason result results effect effects pressure time year years day days war
    violence attack attacks disease virus
    """
INANIMATE = frozenset(_INANIMATE.split())
_ABSTRACT = re.compile(r"(?:tion|sion|ment|ness|ism)s?$")
_ORGISH = re.compile(
    r"(?:commission|coalition|association|federation|institution|opposition|delegation|"
    r"prosecution|corporation|foundation|administration|government|management|parliament|"
    r"organisation|organization|nation|station|publication|resolution|petition|declaration|"
    r"legislation|constitution|department|judgment|judgement|agreement|announcement|"
    r"indictment|complaint|motion|union|legion|mission|division|television|edition)s?$"
)


def can_speak(tok: Token) -> bool:
    """Whether the subject token can be someone who speaks (not "air pollution")."""
    if tok.pos_ != "NOUN":
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    low, lemma = tok.lower_, tok.lemma_.lower()
    if lemma in ORG_NOUNS | GROUP_NOUNS | DOCUMENT_NOUNS or _ORGISH.search(low):
        return True
    return lemma not in INANIMATE and low not in INANIMATE and not _ABSTRACT.search(low)


def epithet_sex(head: Token) -> str | None:
    """ "m" for "businessman", "f" for "businesswoman", else None."""
    low = head.lower_
    if low.endswith(("woman", "women", "ess")):
        return "f"
    if low.endswith(("man", "men")):
        return "m"
    return None


def main_person(actors: Sequence[Actor], sex: dict[str, str], want: str | None) -> Actor | None:
    """The most important person actor (actors come in importance order) of sex ``want``."""
    for actor in actors:
        if actor.kind == "person" and (want is None or sex.get(actor.name, want) == want):
            return actor
    return None


def by_description(words: Span, actors: Sequence[Actor]) -> Actor | None:
    """A person whose role holds the description's head and a modifier ("New York ...")."""
    head = words[-1].lower_
    mods = {t.lower_ for t in words[:-1] if not t.is_punct}
    for actor in actors:
        role = set((actor.role or "").lower().split())
        if actor.kind == "person" and head in role and (not mods or mods & role):
            return actor
    return None


def last_matching(
    mentions: Sequence[tuple[int, int, Actor]],
    pos: int,
    pattern: re.Pattern[str],
    outside: Callable[[int], bool],
) -> tuple[int, int, Actor] | None:
    """The last organisation mention before ``pos`` whose name matches ``pattern``, else
    the first one after it."""
    orgs = [
        m
        for m in mentions
        if m[2].kind == "organization" and pattern.search(m[2].name) and outside(m[0])
    ]
    before = [m for m in orgs if m[0] < pos]
    if before:
        return before[-1]
    return orgs[0] if orgs else None


def kind_of_epithet(head: Token) -> str | None:
    """ "person", "org", "news" or "court" for a descriptive speaker's head noun."""
    lemma = head.lemma_.lower()
    if lemma in COURT_DOCUMENTS:
        return "court"
    if lemma in NEWS_NOUNS and any(t.lower_ in ("wire", "news") for t in head.lefts):
        return "news"
    if lemma in ORG_EPITHETS:
        return "org"
    if lemma in PERSON_EPITHETS and not head.lower_.startswith("spokes"):
        return "person"
    return None
