"""Actors without a proper name: groups ("activists", "Iraqi officials") and described people or
bodies that act in the story ("Iran's attorney general", "the US embassy in Moscow").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator.extract.actor_words import (
    COLLECTIVE_NOUNS,
    GROUP_NOUNS,
    INSTITUTION_NOUNS,
    KIN_INVERSE,
    SPEECH_VERBS,
    TITLE_NOUNS,
)
from generator.extract.quote_chants import chant_cue, chant_regions, group_speaker
from generator.extract.quote_marks import regions
from generator.model import Article

_ENTITY_MODS = frozenset({"GPE", "NORP", "ORG"})
_KIN = frozenset(k for k, _ in KIN_INVERSE)


@dataclass(frozen=True)
class Described:
    """An actor named by a description: ``Described("activists", "group", None, ((0, 9),), 1)``."""

    name: str
    kind: str
    role: str | None
    spans: tuple[tuple[int, int], ...]
    speaks: int
    aliases: tuple[str, ...] = ()
    chants: int = 0


def speaks(tok: Token) -> bool:
    """True when ``tok`` is the subject of a verb of saying: "activists say", "Leavitt said"."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH_VERBS


def _in_quoted_speech(tok: Token) -> bool:
    """True for a group in a sentence that quotes and has a verb of saying, and no other subject:
    "scenes of crowds chanting "Death to ...!""."""
    sent = tok.sent
    if not any(ch in sent.text for ch in '"\u201c\u201d'):
        return False
    verbs = [t for t in sent if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB"]
    return any(not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) for v in verbs)


def _passing_opener(tok: Token, name: str) -> bool:
    """True for a bare plural opening its sentence whose words a named source reports in turn:
    "Relatives have said ..., a local station reported"."""
    sent = tok.sent
    if " " in name or not tok.is_sent_start or any(ch in sent.text for ch in '"\u201c\u201d'):
        return False
    for verb in sent:
        if verb.lemma_.lower() not in SPEECH_VERBS or verb.pos_ != "VERB" or verb == tok.head:
            continue
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if any(t.ent_type_ in ("ORG", "PERSON") for c in subj for t in c.subtree):
            return True
    return False


def _entity_modifiers(tok: Token) -> list[Token]:
    """Children of ``tok`` left of it that belong to a place, nationality or body name."""
    return [
        c
        for c in tok.children
        if c.i < tok.i and c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in _ENTITY_MODS
    ]


_SIDES = frozenset({"supporters", "opponents", "critics", "fans"})


def _backer(tok: Token) -> Token | None:
    """The person a side stands with: "Trump" in "Trump's supporters", "Trump critics"."""
    if tok.lower_ not in _SIDES:
        return None
    return next((c for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i
                 and c.ent_type_ == "PERSON"), None)


def _left_edge(tok: Token, mods: list[Token]) -> int:
    """Where the description starts: the first modifier's left edge, past a determiner."""
    s = min(m.left_edge.i for m in mods) if mods else tok.i
    return s


def occurrences(text: str, phrase: str, article: Article) -> tuple[tuple[int, int], ...]:
    """Offsets of every occurrence of ``phrase`` outside page furniture."""
    pat = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")
    return tuple(
        (m.start(), m.end()) for m in pat.finditer(text) if not article.is_furniture(*m.span())
    )


def _chanters(article: Article, doc: Doc) -> set[int]:
    """Token indices of the groups that chant a quoted slogan ("fans roared “Goal!”")."""
    found = regions(article.text)
    out = set()
    for i in chant_regions(article.text, found):
        cue = chant_cue(doc, found[i])
        group = group_speaker(cue) if cue is not None else None
        if group is not None:
            out.add(group.i)
    return out


def groups(article: Article, doc: Doc) -> list[Described]:
    """Groups of people who speak or recur: "activists", "CDC officials", "crowds"."""
    found: dict[str, list[tuple[int, Token]]] = {}
    chanters = _chanters(article, doc)
    for tok in doc:
        if tok.lower_ not in GROUP_NOUNS or tok.dep_ in ("compound", "amod"):
            continue
        if tok.tag_ != "NNS" and not (tok.lower_ in COLLECTIVE_NOUNS and tok.i in chanters):
            continue
        if article.is_furniture(tok.idx, tok.idx + len(tok)):
            continue
        mods = [m for m in _entity_modifiers(tok) if m.dep_ != "poss"]
        s = _left_edge(tok, mods)
        name = doc[s : tok.i + 1].text
        name = name.lower() if s == tok.i else name  # "Activists say" -> "activists"
        backer = _backer(tok) if s == tok.i else None
        if backer is not None:  # "Trump's supporters", "Trump supporters": one group
            s, name = backer.i, f"{backer.text} {tok.lower_}"
        found.setdefault(name, []).append((doc[s].idx, tok))
    out = []
    for name, hits in found.items():
        talk = sum(speaks(t) or _in_quoted_speech(t) or t.i in chanters for _, t in hits)
        if len(hits) == 1 and _passing_opener(hits[0][1], name):
            continue  # "Relatives have said the victim was ...": said once, in passing
        if talk or len(hits) >= 2:
            spans = tuple((start, t.idx + len(t)) for start, t in hits)
            chants = sum(t.i in chanters for _, t in hits)
            out.append(Described(name, "group", None, spans, talk, chants=chants))
    return out


_OBJECTS = frozenset({"dobj", "pobj", "conj"})


# Titles of entrants that make a role only before a name ("qualifier Jo Dee"); alone they
# name a match or a device ("Northern Ireland's World Cup qualifier was postponed").
_ENTRANT_WORDS = frozenset({"qualifier", "wildcard", "seed", "recorder", "racer"})


def campaign_of(tok: Token) -> str | None:
    """ "the Ruiz campaign said", "Ana Ruiz's campaign has asked": a candidate's campaign
    that acts, named by the candidate's surname ("Ruiz campaign")."""
    if tok.lower_ != "campaign" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    owner = [c for c in tok.children if c.i < tok.i and c.dep_ in ("poss", "compound")
             and c.ent_type_ == "PERSON" and c.text[1:].islower()]  # a surname, not "TfL"
    return f"{owner[-1].text} campaign" if owner else None


def described(article: Article, doc: Doc) -> list[Described]:
    """Unnamed people and bodies that act: "Iran's attorney general has warned ..."."""
    out: dict[str, Described] = {}
    for tok in doc:
        collective = tok.lower_ in INSTITUTION_NOUNS  # "police" is tagged plural
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        staff = tok.dep_ == "compound" and tok.head.lower_ in TITLE_NOUNS  # "police Officer X"
        if not (subject or (collective and (tok.dep_ in _OBJECTS or staff))) or tok.ent_type_:
            continue  # a body acts on or is acted on: "sue the Russian government"
        run = campaign_of(tok)
        if run is not None:
            if run not in out:
                out[run] = Described(run, "organization", None,
                                     occurrences(article.text, run, article), int(speaks(tok)))
            continue
        if tok.tag_ != "NN" and not collective:
            continue
        word = tok.lower_
        person = word in TITLE_NOUNS and word not in _KIN and word not in _ENTRANT_WORDS
        if not (person or word in INSTITUTION_NOUNS):
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON":
            continue  # a title before a name: the named actor carries it
        if any(c.dep_ == "appos" for c in tok.children):
            continue
        mods = _entity_modifiers(tok)
        if not mods and collective and tok.i > 0 and doc[tok.i - 1].ent_type_ == "GPE":
            mods = [doc[tok.i - 1]]  # "Tulsa police released …" parsed with Tulsa as the root
        if person:  # "Iran's attorney general"; not "the Democratic senator" (an anaphor)
            mods = [m for m in mods if m.dep_ == "poss"]
            if any(c.dep_ == "amod" for c in tok.children):
                continue
        if not mods or article.is_furniture(tok.idx, tok.idx + len(tok)):
            continue
        s = _left_edge(tok, mods)
        while doc[s].lower_ in ("the", "a", "an"):
            s += 1
        short = doc[s : tok.i + 1].text
        name = short
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        if prep is not None and prep.i == tok.i + 1:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "GPE" and obj.i == prep.i + 1:
                name = doc[s : obj.i + 1].text
        role_start = max(m.i for m in mods) + 1
        while role_start < tok.i and doc[role_start].text in ("'s", "\u2019s"):
            role_start += 1
        role = doc[role_start : tok.i + 1].text if person else None
        if name not in out:
            spans = occurrences(article.text, short, article)
            aliases = (short,) if short != name else ()
            out[name] = Described(
                name, "person" if person else "organization", role, spans, int(speaks(tok)), aliases
            )
    return list(out.values())
