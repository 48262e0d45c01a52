"""Descriptions that stand for a speaker, and nouns that cannot be one.

A speaker is an actor or, failing that, a description of people ("a spokesman", "protesters");
never a thing ("the show", "concerns", "a new conversation"). ``speaker_noun`` tells the two
apart. ``antecedent`` finds who a "who said" clause is about when the parse hangs it on a
thing ("the concerns of experts such as Ana Ruiz, who said"). ``role_holder`` maps a title
used as a name ("The Lord Chancellor, Lord Ruiz, said") to its holder, ``ordinal_person``
maps "the latter"/"the former" to one of the pair just named, ``described_person`` maps
"the veteran midfielder said" to the person who spoke last, and ``demonstrative_person``
maps "this remarkable pensioner says" to the person who was the subject just before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.actor_words import PERSON_NOUNS
from generator.extract.quote_words import DOCUMENT_NOUNS, GROUP_NOUNS, ORG_NOUNS
from generator.extract.speaker_epithets import (
    COLLECTIVE,
    COURT_DOCUMENTS,
    KIN_NOUNS,
    NEWS_NOUNS,
    ORG_EPITHETS,
    PERSON_EPITHETS,
    described,
    main_person,
)
from generator.extract.speaker_gender import noun_sex
from generator.extract.speaker_recent import recent_person
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

_PEOPLE = """
    official expert critic source aide staff police judge chief head minister lawyer attorney
    analyst doctor nurse victim witness friend neighbour neighbor relative colleague peer ally
    rival candidate authority chair host guest fan member leader parent citizen spokesperson
    executive representative secretary envoy deputy diplomat adviser advisor pundit expert
    mp senator governor mayor president chancellor official authorities survivor cop boss
    """
PEOPLE = frozenset(_PEOPLE.split())
# texts and broadcasts that say things ("the clip says", "the book claims")
_MEDIA = """
    clip video ad advert advertisement commercial book article brief column editorial op-ed
    memoir poll transcript lawsuit suit complaint filing indictment ruling petition bill
    announcement caption narrator
    """
MEDIA = frozenset(_MEDIA.split())
PERSON_SUFFIX = re.compile(
    r"(?:er|or|ist|ian|man|woman|person|ant|ent|ee|ary|ive|eur|ess)$"
)
# -er/-or/-ant/-ent words that name things, not people
_THINGS = """
    paper matter number order water power border corner center centre chapter computer
    answer quarter cancer weather other letter factor sector error floor door mirror motor
    indicator monitor restaurant plant event moment comment document statement agreement
    element segment treatment argument payment content component river summer winter
    offer fever poster trailer banner headline cover filter shelter meter tower tractor
    narrative initiative incentive alternative objective perspective directive archive
    summary boundary library salary itinerary anniversary commentary documentary dictionary
    incident accident
    """
THINGS = frozenset(_THINGS.split())
SPEAKER_WORDS = (
    PERSON_NOUNS | GROUP_NOUNS | ORG_NOUNS | DOCUMENT_NOUNS | COLLECTIVE | KIN_NOUNS
    | PERSON_EPITHETS | ORG_EPITHETS | NEWS_NOUNS | COURT_DOCUMENTS | PEOPLE | MEDIA
)
ORG_SUFFIX = re.compile(
    r"(?:commission|coalition|association|federation|institution|opposition|delegation|"
    r"prosecution|corporation|foundation|administration|government|parliament|union|"
    r"organi[sz]ation|ministry|ministries|authority|authorities|agency|agencies|council|"
    r"committee|court|league|senate|congress|assembly|cabinet|regime|company|companies)s?$"
)
SPEECH_REACH = 2500
# nouns a writer uses for themself ("this reporter"): never someone named before
SELF_NOUNS = frozenset({"reporter", "writer", "correspondent", "author", "columnist", "critic"})


def speaker_noun(tok: Token) -> bool:
    """Whether a common noun can name who speaks: people, a body, a document."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in SPEAKER_WORDS or lemma in SPEAKER_WORDS:
        return True
    if lemma in THINGS or low in THINGS:
        return False
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return bool(PERSON_SUFFIX.search(lemma) or ORG_SUFFIX.search(low))


def person_noun(tok: Token) -> bool:
    """A noun for one person ("midfielder", "peer"), not a body, group or document."""
    lemma = tok.lemma_.lower()
    if tok.tag_ not in ("NN",) or lemma in ORG_NOUNS | DOCUMENT_NOUNS | GROUP_NOUNS:
        return False
    if lemma in COLLECTIVE | ORG_EPITHETS | NEWS_NOUNS | COURT_DOCUMENTS | THINGS | MEDIA:
        return False
    return speaker_noun(tok) and not lemma.startswith("spokes")


def antecedent(sp: Speakers, rel: Token, head: Token) -> Token | None:
    """For a "who" clause hung on a thing, the person named last before "who" in the
    sentence: "the concerns of experts such as Ana Ruiz, who said" → Ruiz."""
    if rel.lower_ != "who" or head.pos_ != "NOUN" or _who_fits(head):
        return None
    for tok in reversed(sp.doc[max(rel.sent.start, head.i) : rel.i]):
        actor = sp.actor_at(tok.idx, tok.idx + len(tok.text))
        if actor is not None and actor.kind == "person" and not sp.inside_quote(tok.idx):
            return tok
    return None


def _who_fits(head: Token) -> bool:
    """A noun "who" may stand for: a person, a body or a group ("the committee, who"), not
    a thing such as a video or a letter ("a video from her son Ana Ruiz, who sings")."""
    lemma = head.lemma_.lower()
    if lemma in DOCUMENT_NOUNS | THINGS | MEDIA | NEWS_NOUNS | COURT_DOCUMENTS:
        return False
    return speaker_noun(head)


def role_holder(sp: Speakers, head: Token) -> Actor | None:
    """The actor a title used as a name stands for: its apposed name ("The Lord Chancellor,
    Lord Ruiz, agreed") or the one actor whose role is that title."""
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not sp.inside_quote(child.idx):
            actor = sp.actor_at(child.idx, child.idx + len(child.text))
            if actor is not None:
                return actor
    words = sp.phrase(head).text.lower()
    holders = [a for a in sp.actors if a.kind == "person" and (a.role or "").lower() == words]
    return holders[0] if len(holders) == 1 else None


def ordinal_person(sp: Speakers, head: Token) -> Actor | None:
    """ "the latter" / "the former": the second or first of two actors just named together
    ("Ana Ruiz and Tom Diaz … the latter said")."""
    if head.lower_ not in ("latter", "former") or not any(
        c.lower_ == "the" for c in head.lefts
    ):
        return None
    floor = head.sent.start_char
    if head.sent.start > 0:
        floor = sp.doc[head.sent.start - 1].sent.start_char
    named = [
        (s, e, a) for s, e, a in sp.mentions if floor <= s < head.idx and not sp.inside_quote(s)
    ]
    for k in range(len(named) - 1, 0, -1):
        (_s1, e1, first), (s2, _e2, second) = named[k - 1], named[k]
        if re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", sp.text[e1:s2]) and first != second:
            return second if head.lower_ == "latter" else first
    return None


def described_person(sp: Speakers, head: Token) -> Actor | None:
    """ "the veteran midfielder said": a one-person description with a modifier, which no
    actor's role matches, stands for the person who spoke last (within ~2500 characters)."""
    if not person_noun(head) or not any(c.dep_ in ("amod", "compound") for c in head.lefts):
        return None  # a bare "the announcer" is someone new
    spoke = [
        e for e in sp.history
        if e.speech and e.pos < head.idx and head.idx - e.pos < SPEECH_REACH
        and e.actor.kind == "person"
    ]
    if spoke:
        return spoke[-1].actor
    return None


def lead_subject(sp: Speakers, cue: Token) -> Actor | None:
    """The person named as a subject earlier in the sentence of a participle with no subject
    of its own: "Ruiz dodged the question, asserting, “…”" → Ruiz."""
    for tok in cue.sent:
        if tok.i >= cue.i:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and not sp.inside_quote(tok.idx):
            actor = sp.actor_at(tok.idx, tok.idx + len(tok.text))
            return actor if actor is not None and actor.kind == "person" else None
    return None


def nationality_person(sp: Speakers, head: Token) -> Actor | None:
    """ "the Australian", "the Spaniard": a nationality used for a person is the person
    named as the subject of the sentence before, else the main person of the article
    (whose nationality the reporter takes as known)."""
    if head.ent_type_ != "NORP" or not any(c.lower_ == "the" for c in head.lefts):
        return None
    if head.tag_ in ("NNPS", "NNS") or head.text.endswith("s"):
        return None  # "the Australians": a team or a people
    named = _named_before(sp, head)  # "Ruiz lost. “…,” said the American": Ruiz
    return named if named is not None else main_person(sp.actors, sp.sex, None)


def _named_before(sp: Speakers, head: Token) -> Actor | None:
    """The person named as the subject of the sentence before, where that sentence does not
    report speech."""
    prev = sp.doc[head.sent.start - 1].sent if head.sent.start > 0 else None
    if prev is None or sp.is_cue(prev.root):
        return None
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PROPN" or sp.inside_quote(subj.idx):
        return None
    actor = sp.actor_at(subj.idx, subj.idx + len(subj.text))
    return actor if actor is not None and actor.kind == "person" else None


def described_subjects(sp: Speakers) -> list[tuple[Token, Actor]]:
    """Subjects that describe a person rather than name one ("The Australian has …"), with
    the person each stands for; for the pronoun history."""
    out = []
    for tok in sp.doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or sp.inside_quote(tok.idx):
            continue
        if sp.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
            continue
        actor = nationality_person(sp, tok)
        the = any(c.lower_ == "the" for c in tok.lefts)
        if actor is None and the and tok.pos_ == "NOUN" and tok.lower_ in PERSON_EPITHETS:
            actor = described(sp, tok)  # "Tory leader Ana Ruiz …. The Tory leader countered"
        if actor is not None:
            out.append((tok, actor))
    return out


def sender(sp: Speakers, head: Token) -> Actor | None:
    """Who sent a text that speaks: "Ruiz sent her a link with a message that said …" →
    Ruiz (the subject of the verb the document noun depends on)."""
    verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or sp.inside_quote(verb.idx):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or sp.inside_quote(subj.idx):
        return None
    actor = sp.actor_at(subj.idx, subj.idx + len(subj.text))
    return actor if actor is not None and actor.kind != "place" else None


def demonstrative_person(sp: Speakers, head: Token) -> Actor | None:
    """ "this remarkably active pensioner says": a person noun with "this" or "that" points
    back to the person who was last the subject of a main clause just before it."""
    if not any(t.dep_ == "det" and t.lower_ in ("this", "that") for t in head.lefts):
        return None
    if not person_noun(head) or head.lemma_.lower() in SELF_NOUNS:
        return None
    return recent_person(sp, head, noun_sex(head.lower_))
