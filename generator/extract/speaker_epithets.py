"""Descriptive speakers and who they stand for; nouns that cannot speak.

A speaker written as a description ("the New York businessman", "the oil giant", "the wire
service", "the ruling") stands for an actor named elsewhere: the person the article is about
whose sex fits the noun, the organisation named last, a news agency, or the court that ruled.
So do "his lawyer, Ana Ruiz" (``appositive``), "a group of parents" (``members``), "the
company" (``last_org``) and "the statement" (``issuer``). ``can_speak`` rejects inanimate nouns
("air pollution") as the subject of a speech verb.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from generator.extract.actor_words import OUTLET_HEADS, PERSON_NOUNS, TITLE_NOUNS
from generator.extract.doc_text import doc_text
from generator.extract.quote_words import DOCUMENT_NOUNS, GROUP_NOUNS, ORG_NOUNS
from generator.extract.speaker_gender import noun_sex
from generator.extract.speaker_phrases import document_owner
from generator.extract.speaker_recent import recent_person
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

KIN_NOUNS = frozenset({"mother", "father", "son", "daughter", "wife", "husband", "grandmother",
                       "grandfather", "sister", "brother"})
COLLECTIVE = frozenset({"group", "coalition", "band", "panel", "delegation", "team", "bunch"})

# nouns for a person described rather than named ("the New York businessman")
_PERSON_EPITHETS = """
    businessman businesswoman billionaire tycoon mogul magnate candidate nominee politician
    frontrunner front-runner incumbent challenger lawmaker congressman congresswoman senator
    governor mayor president premier leader veteran star actor actress singer celebrity
    entrepreneur developer founder investor economist reformer dissident activist
    winner champion golfer player striker coach manager driver rider athlete runner royal
    prince princess duke duchess king queen
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
    violence attack attacks disease virus reference references
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
    """Whether the subject token can be someone who speaks (not "air pollution", not a dash
    the parser took for a noun)."""
    if not any(ch.isalnum() for ch in tok.text):
        return False
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
    if any(t.lower_ == "old" and t.dep_ == "amod" for t in head.lefts) and (
        head.lower_ in PERSON_NOUNS | KIN_NOUNS or lemma in TITLE_NOUNS
    ):
        return "person"  # "the 34-year-old mother", "the 70-year-old diplomat"
    return None


# -- resolution against one article's actors (``sp`` is its ``speakers.Speakers``) ----------
def appositive(sp: Speakers, head: Token) -> str | None:
    """The name in apposition to a descriptive subject: "his lawyer, Ana Ruiz, said"."""
    if head.pos_ != "NOUN":
        return None
    titled = titled_appositive(sp, head)
    if titled is not None:
        return titled
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not sp.inside_quote(child.idx):
            words = sp.phrase(child)
            actor = sp.actor_at(child.idx, child.idx + len(child.text)) or sp.actor_at(
                words.start_char, words.end_char
            )  # "The judge, Mr Recorder Ana Ruiz QC, said": the parse heads the name at "QC"
            return actor.name if actor is not None else words.text
    return None


def titled_appositive(sp: Speakers, head: Token) -> str | None:
    """A person named after a title or a named thing set off by commas: "the head of the
    unit, Chief Superintendent, Ana Ruiz, said", "the author of Dust, a novel, Ana Ruiz,
    wrote" (the name parsed as in apposition to the title or the thing, not to the head)."""
    links = [c for c in head.children if c.dep_ in ("conj", "appos")]
    links += [
        o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "at", "for")
        for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
    ]
    for _ in range(3):
        step = []
        for tok in links:
            if tok.pos_ != "PROPN" or tok.ent_type_ == "PERSON" or sp.inside_quote(tok.idx):
                continue
            for name in tok.children:
                if name.dep_ in ("appos", "conj") and name.ent_type_ == "PERSON":
                    if sp.doc[max(0, name.left_edge.i - 1)].text != ",":
                        continue
                    actor = sp.actor_at(name.idx, name.idx + len(name.text))
                    if actor is not None and actor.kind == "person":
                        return actor.name
            step += [c for c in tok.children if c.dep_ in ("conj", "appos")]
        links = step
    return None


def members(sp: Speakers, head: Token) -> str | None:
    """Who a collective noun is made of: "a group of black parents" → black parents."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in COLLECTIVE:
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or not obj.tag_.endswith("S"):
        return None
    return sp.name_of(obj)


def epithet(sp: Speakers, head: Token, words: Span) -> Actor | None:
    """The actor a description stands for: "the New York businessman" (the main person of
    that sex), "the oil giant" (the main organisation named before), "the wire service" (a
    news agency), "the ruling" (the court)."""
    kind = kind_of_epithet(head)
    if kind == "person":
        found = by_role(sp, head) or described(sp, head)
        found = found or by_description(words, sp.actors)
        sex = epithet_sex(head) or noun_sex(head.lower_)
        return found or recent_person(sp, head, sex) or main_person(sp.actors, sp.sex, sex)
    if kind in ("news", "court"):
        pattern = NEWS_AGENCY if kind == "news" else COURT
        hit = last_matching(sp.mentions, head.idx, pattern, lambda p: not sp.inside_quote(p))
        return (sp.actor_at(hit[0], hit[1]) or hit[2]) if hit else None
    if kind == "org":
        named = [a for _s, _e, a in sp.mentions if a.kind == "organization"]
        before = {a.name for s, _e, a in sp.mentions if s < head.idx}
        return next((a for a in sp.actors if a in named and a.name in before), None)
    return None


ABBREVIATED = {
    "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
    "lt.": "lieutenant", "col.": "colonel", "sgt.": "sergeant", "capt.": "captain",
    "pres.": "president", "sec.": "secretary", "atty.": "attorney", "supt.": "superintendent",
}


RANKS = re.compile(
    r"^(?:top|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth)$"
)


def proper_modifiers(head: Token) -> set[str]:
    """Capitalised or rank modifiers of a description: {"republican"} in "the Republican
    nominee", {"top"} in "the top seed" (not the seventh seed)."""
    return {
        c.lower_
        for c in head.lefts
        if c.dep_ in ("amod", "compound", "nummod")
        and (c.is_title or RANKS.match(c.lower_))
    }


def by_role(sp: Speakers, head: Token) -> Actor | None:
    """The last actor before ``head`` whose role contains the head noun ("the senator"); a
    place before the noun ("the Ohio senator") may be missing from the role of the one
    actor whose role holds the noun."""
    low = head.lower_
    proper = proper_modifiers(head)
    places = {c.lower_ for c in head.lefts if c.ent_type_ in ("GPE", "LOC")}
    holders: list[Actor] = []
    for s, _e, actor in reversed(sp.mentions):
        role = {ABBREVIATED.get(w, w) for w in (actor.role or "").lower().split()}
        if s >= head.idx or low not in role:
            continue
        if not proper - role:
            return actor  # "the Republican nominee" is not the Democratic nominee
        if not proper - places - role and actor not in holders:
            holders.append(actor)
    return holders[0] if len(holders) == 1 else None


def described(sp: Speakers, head: Token) -> Actor | None:
    """The person an earlier mention gave this description to: "Ana Ruiz, the mayor's
    spokeswoman" or "spokeswoman Ana Ruiz" for a later "the mayor's spokeswoman said"."""
    proper = proper_modifiers(head)
    for tok in reversed(sp.doc[: head.i]):
        if tok.lower_ != head.lower_ or sp.inside_quote(tok.idx):
            continue
        if proper - proper_modifiers(tok):
            continue  # "the Republican nominee" is not "Democratic nominee Tim Kaine"
        for near in (tok.head, *tok.children, *tok.head.children):
            if near.pos_ == "PROPN" and near.dep_ in ("appos", "compound", "nsubj", "ROOT"):
                actor = sp.actor_at(near.idx, near.idx + len(near.text))
                if actor is not None and actor.kind == "person" and near.i != head.i:
                    return actor
    return None


def last_kind(sp: Speakers, pos: int, kind: str) -> Actor | None:
    """The last actor of ``kind`` named outside quotes before ``pos``, within ~1500 chars."""
    for s, e, actor in reversed(sp.mentions):
        if s < pos and actor.kind == kind and not sp.inside_quote(s):
            if pos - s >= 1500:
                return None
            return sp.actor_at(s, e) or actor  # the longest name over that mention
    return None


def last_org(sp: Speakers, pos: int, unnamed: bool = False) -> str | None:
    """The organisation named last before ``pos``: an actor or, with ``unnamed``, a name that
    is the subject of a clause without being an actor ("Facebook says …")."""
    actor = last_kind(sp, pos, "organization")
    if unnamed:
        last = max((s for s, _e, a in sp.mentions if a is actor and s < pos), default=-1)
        stop = max(last, pos - 1500)
        for tok in reversed(sp.doc):
            if tok.idx >= pos:
                continue
            if tok.idx <= stop:
                break
            if (
                tok.dep_ == "nsubj"
                and tok.pos_ == "PROPN"
                and (tok.ent_type_ in ("ORG", "") or _says_it(tok))
                and tok.head.pos_ == "VERB"
                and not sp.inside_quote(tok.idx)
                and sp.actor_at(tok.idx, tok.idx + len(tok.text)) is None
            ):
                words = [t for t in sp.phrase(tok) if t.pos_ in ("PROPN", "NOUN")]
                return "".join(t.text_with_ws for t in words).strip()
    return actor.name if actor is not None else None


_PRESS = frozenset({"paper", "newspaper", "magazine", "journal", "daily", "tabloid", "outlet"})
_DESK = frozenset({"board", "editor", "editors", "editorial", "writers", "staff"})


_PRESS_ENDS = OUTLET_HEADS | {"news", "times", "post", "journal", "daily", "magazine", "weekly"}


def press_org(sp: Speakers, head: Token) -> str | None:
    """ "the newspaper said": the last publication named before it, not the last body of
    any sort."""
    return last_publication(sp, head.idx) if head.lemma_.lower() in _PRESS else None


def press_owned(head: Token) -> bool:
    """ "the paper's editorial board", "the magazine's editors": a publication's own desk,
    which speaks for the publication named before (``last_publication``)."""
    owner = next((t for t in head.lefts if t.dep_ == "poss"), None)
    return head.lower_ in _DESK and owner is not None and owner.lemma_.lower() in _PRESS


_PRESS_NEAR = re.compile(r"\b(?:paper|newspaper|editorial|editors?|magazine|journal)\b", re.I)


def last_publication(sp: Speakers, pos: int) -> str | None:
    """The last organisation named before ``pos`` that the text shows to be a publication: a
    press word ("newspaper", "editorial") within a few words of one of its mentions, or a
    publication's name ("the Daily News", "The Ledger Herald")."""
    text = doc_text(sp.doc)
    for s, e, actor in reversed(sp.mentions):
        if s >= pos or actor.kind != "organization" or sp.inside_quote(s):
            continue
        named = actor.name.split()[-1].lower().strip(".") in _PRESS_ENDS
        if named or _PRESS_NEAR.search(text[max(0, s - 40) : e + 40]):
            return actor.name
    return None


def _says_it(tok: Token) -> bool:
    """ "Zentrix says it has …": the subject is an organisation whatever its entity type."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in c.children)
        for c in tok.head.children
    )


def issuer(sp: Speakers, head: Token) -> str | None:
    """Who issued "the statement": the owner of an earlier one ("a statement from X", "X's
    statement", "X released a statement"), else the last organisation that spoke before it,
    else None."""
    lemma = head.lemma_.lower()
    for tok in reversed(sp.doc[max(0, head.i - 400) : head.i]):
        if tok.lemma_.lower() != lemma or sp.inside_quote(tok.idx):
            continue
        owner = document_owner(tok)
        if owner is not None and (owner.pos_ == "PROPN" or owner.lemma_ in ORG_NOUNS):
            name = sp.name_of(owner)
            if name is not None:
                return name
    for tok in reversed(sp.doc[max(0, head.i - 300) : head.i]):
        if not sp.is_cue(tok):
            continue
        subj = sp.subject(tok)
        if subj is None or subj.lemma_.lower() in DOCUMENT_NOUNS or subj.pos_ == "PRON":
            continue
        actor = sp.actor_at(subj.idx, subj.idx + len(subj.text))
        if actor is not None and actor.kind == "group":
            actor = _body_of(sp, actor)  # "Acme officials confirmed …": Acme
        if actor is not None and actor.kind == "organization":
            return actor.name
        if actor is None and subj.lemma_.lower() in ORG_NOUNS:
            return sp.name_of(subj)
    return None


def _body_of(sp: Speakers, group: Actor) -> Actor | None:
    """The organisation whose name opens a group's ("Acme officials": Acme), else None."""
    for actor in sp.actors:
        if actor.kind == "organization" and group.name.startswith(actor.name + " "):
            return actor
    return None
