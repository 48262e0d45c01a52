"""A description that the text ties to a named person stands for that person.

Three ways an article names who a description is: a title run together with the name after a
comma ("said Acme Chief Marketing Officer and Deputy CEO, Ana Ruiz", which the parser makes a
proper-noun subject with the name in apposition); a description with the name after it before
the verb ("The chairman of the Bar, Ana Ruiz QC warned"), and an earlier "the video maker,
named Ana Ruiz" for a later "said the video maker". ``sp`` is the article's ``Speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.speaker_epithets import by_role, can_speak, described, proper_modifiers
from generator.extract.speaker_nouns import person_noun
from generator.extract.speaker_pronouns import SUBJECT_DEPS, SUBJECT_REACH, Event
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

NAMING = frozenset({"name", "call", "identify"})  # "the driver, named Ana Ruiz"
NAMED_DEPS = frozenset({"oprd", "attr", "dobj", "xcomp", "appos", "npadvmod"})


def _person(sp: Speakers, tok: Token) -> Actor | None:
    """The person actor with a mention over ``tok``, outside quotes."""
    if sp.inside_quote(tok.idx):
        return None
    actor = sp.actor_at(tok.idx, tok.idx + len(tok.text))
    return actor if actor is not None and actor.kind == "person" else None


def apposed_person(sp: Speakers, head: Token) -> Actor | None:
    """A title parsed as a proper noun with a person's name in apposition: "said Acme Deputy
    CEO, Ana Ruiz" → Ana Ruiz (not when the subject is itself a person's name)."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return None
    own = sp.actor_at(head.idx, head.idx + len(head.text))
    if own is not None and own.kind == "person":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > head.i:
            actor = _person(sp, child)
            if actor is not None:
                return actor
    return None


def following_name(sp: Speakers, head: Token) -> Actor | None:
    """A person named right after a description and a comma, before its verb, whose role
    holds the description's noun: "The chairman of the Bar, Ana Ruiz QC warned" (the parser
    leaves the name out of the subject)."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    end = head.right_edge.i + 1
    if end + 1 >= len(sp.doc) or sp.doc[end].text != ",":
        return None
    name = sp.doc[end + 1]
    if name.pos_ != "PROPN" or name.i >= head.head.i or name.sent != head.sent:
        return None
    actor = _person(sp, name)
    if actor is None or head.lower_ not in (actor.role or "").lower().split():
        return None
    return actor


def _told_name(sp: Speakers, head: Token) -> Actor | None:
    """The person a noun's own clause names later in its sentence: "asked the boy, who said
    his name was Ed" (no other person or name between them)."""
    for name in sp.doc[head.i + 1 : head.sent.end]:
        if name.ent_type_ == "PERSON" or (name.pos_ == "NOUN" and person_noun(name)):
            return None
        if name.lower_ != "name" or name.dep_ != "nsubj" or name.head.lemma_ != "be":
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in name.children):
            continue
        attr = next((c for c in name.head.children if c.dep_ == "attr"), None)
        if attr is None or attr.pos_ != "PROPN" or sp.inside_quote(attr.idx):
            return None
        return _person(sp, attr) or Actor(name=attr.text, kind="person")  # named just here
    return None


def named_earlier(sp: Speakers, head: Token) -> Actor | None:
    """The person an earlier "the <noun>, named Ana Ruiz" gave a description to: "said the
    video maker" after "The video maker, named Ana Ruiz, laughed"."""
    if head.pos_ != "NOUN":
        return None
    told = _told_name(sp, head)
    if told is not None:
        return told  # "asked the boy, who said his name was Ed"
    for tok in reversed(sp.doc[: head.i]):
        if tok.lower_ != head.lower_ or sp.inside_quote(tok.idx):
            continue
        for acl in tok.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in NAMING:
                continue
            for obj in acl.children:
                if obj.dep_ in NAMED_DEPS and obj.pos_ == "PROPN":
                    actor = _person(sp, obj)
                    if actor is not None:
                        return actor
    return None


def inverted_object(sp: Speakers, cue: Token) -> Token | None:
    """The person noun after a cue that follows a quote, which the parser took for the cue's
    object: "“…,” continued the 75-year-old author" → author (not "told the newspaper")."""
    if cue.i == 0 or cue.lemma_.lower() in ("tell", "thank", "warn", "urge"):
        return None
    if cue.lemma_.lower() == "ask" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None  # "“…?” she asked the boy": the boy is asked ("“…?” asked the boy": he asks)
    left = sp.doc[cue.i - 1]
    if left.is_punct and not left.is_quote and not sp.inside_quote(left.idx):
        left = sp.doc[cue.i - 2] if cue.i > 1 else left  # “…”, continued: the mark before
    if not left.is_quote and not sp.inside_quote(left.idx):
        return None  # "Ruiz - the band's manager - remembers the man": not after a quote
    for child in cue.rights:
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and not sp.inside_quote(child.idx):
            determined = any(c.lower_ in ("the", "a", "an") for c in child.lefts)
            return child if determined and person_noun(child) else None
    return None


def _describes_person(tok: Token) -> bool:
    """ "the Swiss star", "the world number one": a modified one-person description."""
    if tok.pos_ != "NOUN" or not any(c.lower_ == "the" for c in tok.lefts):
        return False
    if tok.lower_ == "number" and any(c.dep_ == "nummod" for c in tok.children):
        return True
    mods = any(c.dep_ in ("amod", "compound") for c in tok.lefts)
    return mods and person_noun(tok)


def description_events(sp: Speakers, history: list[Event]) -> list[Event]:
    """A main-clause subject that describes a person ("The world number four was made to
    battle for three hours against Ana Ruiz") stands for the person who was the subject last, within
    ~1500 characters, so that a later "he said" does not go to the one named as its object."""
    out = []
    taken = {e.pos for e in history}
    for tok in sp.doc:
        if tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "ROOT" or tok.idx in taken:
            continue
        if sp.inside_quote(tok.idx) or not _describes_person(tok):
            continue
        if sp.actor_at(tok.idx, tok.idx + len(tok.text)) is not None:
            continue
        last = next(
            (
                e for e in reversed(history)
                if e.pos < tok.idx and e.subject and not e.reported and not e.minor
            ),
            None,
        )
        if last is not None and tok.idx - last.pos < SUBJECT_REACH:
            out.append(Event(tok.idx, last.actor, True, False))
    return out


def cue_before_subjectless(sp: Speakers, cue: Token) -> Token | None:
    """For a speech verb with no subject that opens its sentence ("And continued: “…”"), the
    last speech verb with a subject in the sentences before it (within ~600 characters)."""
    if not cue.tag_.startswith("VB") or cue.tag_ in ("VBG", "VBN"):
        return None
    lead = cue.sent[: cue.i - cue.sent.start]
    if any(t.pos_ not in ("CCONJ", "ADV", "PUNCT") for t in lead):
        return None
    for tok in reversed(sp.doc[max(0, cue.sent.start - 150) : cue.sent.start]):
        if cue.idx - tok.idx > 600:
            break
        if sp.is_cue(tok) and sp.subject(tok) is not None:
            return tok
    return None


def previous_subject(sp: Speakers, head: Token) -> Actor | None:
    """ "the 34-year-old said" after "Ruiz admits it will be strange": the person who is the
    subject of the sentence before (the last one with words outside quotation marks)."""
    sent = head.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = sp.doc[sent.start - 1].sent
        if all(sp.inside_quote(t.idx) or t.is_punct for t in sent):
            continue
        subj = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and any(c.dep_ == "conj" for c in subj.children):
            return None  # "Ruiz and Diaz met the press": either could be the one
        name = sp.sentence_subject(sent)
        if name is None and subj is not None and subj.pos_ == "NOUN":
            name = getattr(apposed_subject(sp, subj), "name", None)  # "Captain Ruiz, who …"
        if name is None and subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            name = _described(sp, subj)  # "The Spaniard believed …": who the Spaniard is
        return sp.actor_named(name) if name is not None else None
    return None


def _described(sp: Speakers, subj: Token) -> str | None:
    """The person a described subject stands for ("The Spaniard", "The Briton"), when it
    is no one's name itself."""
    if subj.ent_type_ == "PERSON" or not any(t.lower_ == "the" for t in subj.lefts):
        return None
    name = sp.name_of(subj)
    actor = sp.actor_named(name) if name is not None else None
    return name if actor is not None and actor.kind == "person" else None


def apposed_subject(sp: Speakers, subj: Token) -> Actor | None:
    """The person named in apposition to a subject noun: "captain" in "captain Ruiz" (the
    name also parsed as a modifier of the noun)."""
    for c in subj.rights:
        if c.dep_ in ("appos", "advmod", "npadvmod", "dep") and c.pos_ == "PROPN":
            actor = sp.actor_at(c.idx, c.idx + len(c.text)) or sp.actor_named(c.text)
            if actor is not None and actor.kind == "person":
                return actor
    return None


def aged_before(sp: Speakers, cue: Token) -> Token | None:
    """ "“…,” the 34-year-old said" parsed with the age as a modifier of the verb: "old"."""
    left = sp.doc[cue.i - 1] if cue.i > 0 else None
    if left is None or left.lower_ != "old" or sp.inside_quote(left.idx):
        return None
    return left if any(t.lower_.startswith("year") for t in left.lefts) else None


def initials_of(sp: Speakers, tok: Token) -> Actor | None:
    """The organisation whose initials a capitalised abbreviation spells: "WHO" for the
    World Health Organization (only one such actor)."""
    text = tok.text
    if not (text.isupper() and 2 <= len(text) <= 6 and text.isalpha()):
        return None
    hits = [
        a for a in sp.actors
        if a.kind == "organization"
        and "".join(w[0] for w in a.name.split() if w[0].isupper()) == text
    ]
    return hits[0] if len(hits) == 1 else None


def they_org(sp: Speakers, head: Token) -> str | None:
    """ "they said" right after an organisation spoke (within ~600 characters, no person
    speaking since): that organisation ("Acme in a statement said: … In a further statement,
    they said: …")."""
    for e in reversed(sp.history):
        if e.pos < head.idx and e.speech and head.idx - e.pos < 600:
            return None  # a person spoke since
        if e.pos < head.idx:
            break
    for tok in reversed(sp.doc[max(0, head.i - 120) : head.i]):
        if head.idx - tok.idx > 600:
            break
        if not sp.is_cue(tok) or tok.i == head.head.i:
            continue
        subj = sp.subject(tok)
        if subj is None or subj.pos_ == "PRON":
            continue
        actor = sp.actor_at(subj.idx, subj.idx + len(subj.text))
        return actor.name if actor is not None and actor.kind == "organization" else None
    return None


def they_of_clause(sp: Speakers, head: Token) -> str | None:
    """ "they" naming what they call a thing, inside a clause whose subject is a body or a
    group: that subject ("The party seeks to contrast her plan with what they call his “…”":
    the party)."""
    verb = head.head
    if head.dep_ != "nsubj" or not any(c.lower_ == "what" for c in verb.children):
        return None
    for anc in verb.ancestors:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        if subj.pos_ == "PRON" or subj.i > head.i or not can_speak(subj):
            return None
        return sp.name_of(subj)
    return None


def stand_in(sp: Speakers, head: Token, actor: Actor) -> Actor | None:
    """For a person actor that is only a description ("United's head coach"), the named
    person it stands for: one whose role holds the noun, one described so before, else the
    person who spoke last (``described_person``); None when nothing names them."""
    if actor.kind != "person" or not actor.name.split()[-1].islower():
        return None
    if not person_noun(head) or head.i == head.sent.start:
        return None
    titled = any(t.dep_ == "det" or (t.dep_ == "poss" and t.pos_ == "PROPN") for t in head.lefts)
    if not titled:
        return None
    for find in (by_role, described):
        found = find(sp, head)
        if found is not None and found is not actor:
            return found
    if not any(c.dep_ in ("amod", "compound") for c in head.lefts):
        return None  # a bare "the announcer" is someone new
    start = min((s for s, _e in actor.spans), default=head.idx)
    spoke = [
        e for e in sp.history
        if e.speech and e.pos < start and start - e.pos < 2500 and e.actor.kind == "person"
        and e.actor is not actor
    ]
    return spoke[-1].actor if spoke else None


def modified_subject(sp: Speakers, head: Token) -> Actor | None:
    """ "said the top seed", "said the Spurs striker" (a description with a rank or a proper
    modifier that no role or earlier mention explains): the person who is the subject of the
    sentence before."""
    if not proper_modifiers(head) or any(t.dep_ == "poss" for t in head.lefts):
        return None
    actor = previous_subject(sp, head)
    return actor if actor is not None and actor.kind == "person" else None
