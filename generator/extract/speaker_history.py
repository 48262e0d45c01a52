"""Who speaks, and who is a subject, where: the history the pronoun resolver reads.

``speech_subjects`` lists every named subject of a speech verb (also "the latter", a title
used as a name, a named speaker who is not an actor); ``events`` lists every person mention
outside quotes as an ``Event`` (subject or not, speaker or not), with the persons described
rather than named as subjects ("The Australian has …"). ``sp`` is the article's ``Speakers``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.quote_ends import CAPTION
from generator.extract.speaker_named import description_events, named_earlier
from generator.extract.speaker_nouns import described_subjects, ordinal_person, role_holder
from generator.extract.speaker_phrases import person_name
from generator.extract.speaker_pronouns import SUBJECT_DEPS, Event, embedded, relative
from generator.extract.speaker_strangers import introduced_names, unnamed_speakers
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers


def speech_subjects(sp: Speakers, pronouns: set[int]) -> list[tuple[int, Actor]]:
    """(position, person actor) of every named subject of a speech verb; the token
    indices of pronoun subjects go into ``pronouns``."""
    out = []
    for tok in sp.doc:
        if not sp.is_cue(tok):
            continue
        subj = sp.subject(tok)
        if subj is not None and subj.pos_ == "PRON":
            pronouns.add(subj.i)
        if subj is None or subj.pos_ == "PRON" or _nested_report(sp, tok):
            continue
        apposed = next((c for c in subj.children if c.dep_ == "appos"), None)
        if apposed is not None and apposed.pos_ == "PROPN" and subj.pos_ == "NOUN":
            subj = apposed  # "The minister of the economy, Mr. Ruiz, argues"
        actor = sp.actor_at(subj.idx, subj.idx + len(subj.text))
        actor = actor or sp.actor_named(sp.phrase(subj).text)
        actor = actor or sp.actor_named(subj.text) or ordinal_person(sp, subj)
        actor = actor or named_earlier(sp, subj)  # "the video maker" after "…, named Ana Ruiz"
        if actor is None and subj.pos_ == "PROPN":
            actor = role_holder(sp, subj)  # "The Lord Chancellor, Lord Ruiz, added"
        if actor is None and subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN":
            words = sp.phrase(subj)  # a named speaker who is not an actor
            name = person_name(words)
            if " " in name:
                actor = Actor(name=name, kind="person")
        if actor is not None and actor.kind == "person":
            out.append((subj.idx, actor))
    return sorted(out, key=lambda x: x[0])


def _nested_report(sp: Speakers, cue: Token) -> bool:
    """A speech told in a relative clause inside what someone else reports: "Ruiz said he
    had met Diaz, who had told him that …" (Ruiz is still the one speaking)."""
    if cue.dep_ != "relcl":
        return False
    return any(tok.dep_ == "ccomp" and sp.is_cue(tok.head) for tok in cue.ancestors)


def events(sp: Speakers) -> list[Event]:
    """Every person named outside quotes: position, actor, subject or not, speaker or not."""
    spoke = list(sp.speech_subjects)
    out = []
    for s, e, actor in sp.mentions:
        if actor.kind != "person" or (sp.inside_quote(s) and not sp.in_excerpt(s)):
            continue  # a name in a passage quoted from a report is told of like any other
        tok = sp.token_at(e - 1)
        subject = tok is not None and (
            tok.dep_ in SUBJECT_DEPS  # or "Ruiz bristles" parsed as a compound of a verb
            or (tok.dep_ == "appos" and tok.head.dep_ in SUBJECT_DEPS)  # "The critic Ana Ruiz"
            or (tok.dep_ == "compound" and tok.head.pos_ == "VERB" and tok.i < tok.head.i)
            or _root_opener(tok, s)
            or _passive_agent(tok)
            or _run_in_subject(tok)
            or _conjoined_subject(tok)
            or _title_run_subject(sp.token_at(s), tok)
        )
        if subject and CAPTION.search(tok.sent.text):
            subject = False  # a caption run into the text: "Ana (left) hugs her brother Tom"
        if tok is not None and not subject and _named_subject(tok):
            subject = not CAPTION.search(sp.text, s, tok.sent.end_char)  # none after the name
        reported = subject and embedded(tok)
        said = [(p, a) for p, a in spoke if s <= p < e and a.name == actor.name]
        spoke = [x for x in spoke if x not in said]
        minor = (subject or bool(said)) and relative(tok)  # "the day his brother met her"
        out.append(Event(s, actor, subject, bool(said), reported, minor))
    out += [Event(p, a, True, True) for p, a in spoke]
    out += [Event(p, a, True, False) for p, a in introduced_names(sp)]
    for pos, actor, sex in unnamed_speakers(sp):
        out.append(Event(pos, actor, True, True))
        sp.sex.setdefault(actor.name, sex)
    out += [
        Event(t.idx, a, True, False, embedded(t), relative(t)) for t, a in described_subjects(sp)
    ]
    out.sort(key=lambda ev: ev.pos)
    return sorted(out + description_events(sp, out), key=lambda ev: ev.pos)


def _root_opener(tok: Token, start: int) -> bool:
    """A name that opens its sentence and that the parser took for its root, a verb following
    it: "Ruiz herself, on the surface at least, seemed calm …"."""
    if tok.dep_ != "ROOT" or tok.pos_ not in ("VERB", "PROPN") or tok.sent.start_char != start:
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in tok.sent[tok.i - tok.sent.start + 1 :])


def _run_in_subject(tok: Token) -> bool:
    """A name run into the sentence before it by a caption that lacks its full stop, read by
    the parser as that sentence's object, its own verb as a conjunct with no subject: "… to
    be with his wife Acme chairman Ana Ruiz talked about …" (Ruiz talked)."""
    if tok.i + 1 >= len(tok.doc) or tok.pos_ != "PROPN" or tok.ent_type_ != "PERSON":
        return False
    verb = tok.doc[tok.i + 1]
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or tok.dep_ not in ("appos", "pobj"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children if c.i < verb.i)


def _conjoined_subject(tok: Token) -> bool:
    """A name after "and"/"but" that the parser hung as a conjunct on the noun before it,
    though the finite verb right after it has no subject of its own: "… a win at Acme Park
    and Ruiz thanked Diaz afterwards" (Ruiz thanked)."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "PROPN" or tok.i + 1 >= len(tok.doc):
        return False
    first = tok.left_edge
    if first.i == 0 or tok.doc[first.i - 1].lower_ not in ("and", "but"):
        return False
    verb = tok.doc[tok.i + 1]
    if verb.tag_ not in ("VBD", "VBZ") or verb.pos_ != "VERB" or verb.dep_ in ("relcl", "amod"):
        return False  # not "… starring Ana and Lee Diaz has inspired …" (an auxiliary)
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _passive_agent(tok: Token) -> bool:
    """The doer of a passive verb, the subject in sense: "The plan was praised by the head
    of Acme, Ana Ruiz." (also through "the head of" and an apposition; the main verb only,
    not "the treatment handed out by Diaz")."""
    for _ in range(4):
        if tok.dep_ in ("appos", "compound", "flat") and tok.head != tok:
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head
        else:
            break
    agent = tok.head if tok.dep_ == "pobj" else None
    return agent is not None and agent.dep_ == "agent" and agent.head.dep_ == "ROOT"


def _title_run_subject(first: Token | None, last: Token) -> bool:
    """A name run on after the title phrase that is the subject, ending right before its
    verb, which the parser hung inside that phrase: "Acme's Ambassador to the United Nations
    Ana Ruiz hammered …" (Ruiz hammered; not "The wife of Tom Hale said", no title before)."""
    doc = last.doc
    if first is None or first.i == 0 or last.i + 1 >= len(doc) or last.pos_ != "PROPN":
        return False
    verb = doc[last.i + 1]
    if doc[first.i - 1].pos_ != "PROPN" or verb.pos_ != "VERB":
        return False
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < first.i), None)
    if subj is None or subj.pos_ != "PROPN" or subj.right_edge.i != last.i:
        return False
    return any(a.i == subj.i for a in last.ancestors)


def _named_subject(tok: Token) -> bool:
    """A name given to the subject by a participle: "A troll called 'ana_r99' then accused
    …", "a man known as Ana Ruiz replied" (the one named is the one who acts)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        tok = tok.head
    verb = tok.head
    if tok.dep_ not in ("oprd", "attr", "prep", "dobj", "npadvmod") or verb.dep_ != "acl":
        return False
    if verb.lemma_.lower() not in ("call", "know", "name", "nickname") or verb.head.pos_ != "NOUN":
        return False
    if verb.head.dep_ in SUBJECT_DEPS:
        return True
    doc, k = tok.doc, tok.i + 1  # "… an online hater A troll called 'ana_r99' then accused …"
    while k < len(doc) and (doc[k].is_punct or doc[k].dep_ == "advmod") and k < tok.i + 4:
        k += 1
    after = doc[k] if k < len(doc) else None
    return (
        after is not None
        and after.tag_ in ("VBD", "VBZ")
        and after.dep_ in ("conj", "acl")  # a finite verb the parse hangs on the noun
        and not any(c.dep_ in SUBJECT_DEPS for c in after.children)
    )
