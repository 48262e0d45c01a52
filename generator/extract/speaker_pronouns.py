"""Whom a "he" or "she" outside quotation marks refers to, resolved in text order.

Each person mention outside quotes is an event: its position, actor, and whether it is a
subject (and the subject of a speech verb). Every he/she is resolved against the events before
it, skipping persons of the other sex, and then becomes an event itself (the pronoun history),
so that "she said … she told" stays with the same woman. The referent is the later of the last
person who spoke (as a subject of a speech verb, within ~2500 characters) and the last subject
in this sentence or the one before; failing both, the last subject within ~1500 characters,
else a person named as an object in this sentence or the one before. A person named last as an
object of the sentence before (or as a possessive in this one) wins when no person has been a
subject since. A subject of a clause someone else reports is not counted as a subject, nor
taken as the last person named; where the one who reports it is no known person ("The nurse
said Ruiz …"), or the sentence before has for subject a person's name that is no known person,
the pronoun stays unresolved rather than going back to someone earlier. The maker of a work
("Ana Ruiz's Blue Moon", "Blue Moon by Ana Ruiz") is no referent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from generator.extract.doc_text import doc_text
from generator.extract.speaker_cues import WORKS
from generator.extract.speaker_subordinate import subordinate_subject
from generator.model import Actor

HE, SHE = frozenset({"he", "him"}), frozenset({"she", "her"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SPEECH_REACH, SUBJECT_REACH = 2500, 1500
QUOTED_BACK = 8  # quoted sentences a pronoun's "sentence before" may reach back over
NOT_PEOPLE = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
REPORTING = frozenset({"say", "tell", "add", "claim", "insist", "argue", "announce", "state"})


@dataclass(frozen=True)
class Event:
    """A person referred to at ``pos``: as a subject, as the subject of a speech verb, or not."""

    pos: int
    actor: Actor
    subject: bool
    speech: bool
    reported: bool = False  # the subject of a clause someone else reports
    minor: bool = False  # the subject of a relative or "for … to" clause: never the referent
    # as a subject


def resolve(
    doc: Doc,
    events: list[Event],
    sexes: dict[str, str],
    outside: list[Token],
    speech_subject: set[int],
    quoted: Callable[[int], bool] | None = None,
) -> dict[int, Actor]:
    """Token index → actor for every he/she in ``outside`` (pronouns outside quotes).

    ``events`` (sorted by position) are the named mentions and get each resolved pronoun;
    ``sexes`` is updated likewise; ``speech_subject`` holds the token indices that are the
    subject of a speech verb; ``quoted`` tells whether an offset is inside a quotation.
    """
    history = events
    out: dict[int, Actor] = {}
    for tok in outside:
        low = tok.lower_
        if low not in ("he", "she"):
            continue
        want = "f" if low == "she" else "m"
        actor = cataphor(tok, history, sexes)
        actor = actor or referent(doc, history, sexes, tok.idx, want, quoted)
        if actor is None:
            continue
        out[tok.i] = actor
        sexes.setdefault(actor.name, want)
        subject = tok.dep_ in SUBJECT_DEPS
        event = Event(
            tok.idx, actor, subject, tok.i in speech_subject, embedded(tok), relative(tok)
        )
        at = next((k for k, e in enumerate(history) if e.pos > tok.idx), len(history))
        history.insert(at, event)
    return out


def cataphor(tok: Token, history: list[Event], sexes: dict[str, str]) -> Actor | None:
    """The named subject of the main clause for a he/she in a clause that opens the sentence
    before it: "Months after he savaged her, Ana Ruiz says …" (Ana Ruiz, not the last one
    named), unless a person who fits was the subject of the two sentences before."""
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return None
    subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return None
    lo, hi = subj.left_edge.idx, subj.idx + len(subj)
    want = "f" if tok.lower_ == "she" else "m"
    floor = sentence_start(tok.doc, tok.idx, back=2)
    if any(e.subject and floor <= e.pos < tok.idx and sexes.get(e.actor.name, want) == want
           for e in history):
        return None  # "Perez talks … When he walks on, Sen. Ruiz is on deck": Perez goes on
    actor = next((e.actor for e in history if lo <= e.pos < hi), None)
    return actor if actor is not None and sexes.get(actor.name, want) == want else None


def embedded(subj: Token) -> bool:
    """A subject of a clause reported by someone else: "he believes McConnell is right", "she
    said it was wrong for Diaz to stay" (through an adverbial clause of the reported one), or
    of a "that" clause after a noun ("reports that Diaz planned …")."""
    verb = subj.head
    for _ in range(3):
        bare_verb = verb.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in verb.children)
        # "saw Ruiz “interact”": a clause as the object of a verb of seeing
        if (verb.dep_ not in ("advcl", "xcomp") and not bare_verb) or verb.head == verb:
            break
        verb = verb.head
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":  # "reports that Ruiz planned …"
        return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    if verb.dep_ != "ccomp":
        return False
    if verb.head.lemma_.lower() in REPORTING and verb.head.tag_.startswith("VB"):
        return True  # "Microsoft boss Ana Ruiz said Xbox would …" with the speaker mis-parsed
    return any(c.dep_ in SUBJECT_DEPS and c.pos_ in ("PROPN", "PRON") for c in verb.head.children)


def unnamed_reporter(doc: Doc, pos: int, before: list[Event]) -> bool:
    """The subject reported at ``pos`` is in the words of a person not resolved to an actor
    ("The nurse said Ruiz …", a name typed as no person): that person, not the subject of
    their reported clause, is who a following he/she most likely refers to."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    verb = tok.head
    for _ in range(3):
        if verb.dep_ == "ccomp" or verb.head == verb:
            break
        verb = verb.head
    if verb.dep_ != "ccomp":
        return False
    subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ == "PRON" or subj.ent_type_ in NOT_PEOPLE:
        return False
    end = subj.right_edge.idx + len(subj.right_edge)
    if any(subj.left_edge.idx <= e.pos < end for e in before):
        return False  # a person named: their event speaks
    if subj.pos_ == "PROPN":
        return True
    from generator.extract.speaker_nouns import person_noun

    return subj.pos_ == "NOUN" and person_noun(subj)


def _unknown_subject(
    doc: Doc, lo: int, hi: int, before: list[Event], quoted: Callable[[int], bool] | None
) -> int | None:
    """Offset of a person's name that is the main subject of the sentence at ``lo`` (before
    ``hi``) but no person known: the likeliest referent of a he/she after it, and unknown."""
    span = doc.char_span(lo, lo + 1, alignment_mode="expand")
    if span is None or not len(span) or lo >= hi or (quoted is not None and quoted(lo)):
        return None
    root = span[0].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ != "PERSON":
        return None
    start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
    if any(start <= e.pos < end for e in before):
        return None
    if any(lo <= e.pos < start and e.actor.name.endswith(" " + subj.text) for e in before):
        return None  # "In 't Veld sees …": the name opens before the word the parse heads
    return start


def _named_report(doc: Doc, e: Event) -> bool:
    """A subject named (not a he/she already resolved) in a clause someone else reports."""
    if not e.reported:
        return False
    span = doc.char_span(e.pos, e.pos + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lower_ not in ("he", "she")


def relative(subj: Token) -> bool:
    """A subject of a relative clause: "the day his friend Ana met her husband"."""
    if subj.dep_ == "appos":
        subj = subj.head  # "his friend Ana": the friend is the subject
    verb = subj.head
    if verb.tag_ == "VB" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return True  # "it was time for the mayor to say sorry"
    return (verb.dep_ == "relcl" and subj.i > verb.head.i) or _contact_clause(subj, verb)


def _contact_clause(subj: Token, verb: Token) -> bool:
    """A relative clause with no "that", parsed as a second verb: "he recalls the day his
    brother met her" (no "and" or comma joins "met" to "recalls"; a noun comes just before)."""
    if verb.dep_ != "conj" or not verb.head.i < subj.i < verb.i:
        return False
    first = subj.left_edge.i
    between = subj.doc[verb.head.i + 1:first]
    if not len(between) or any(t.dep_ == "cc" or t.is_punct for t in between):
        return False
    return subj.doc[first - 1].pos_ == "NOUN"


def referent(
    doc: Doc,
    history: list[Event],
    sexes: dict[str, str],
    pos: int,
    want: str,
    quoted: Callable[[int], bool] | None = None,
) -> Actor | None:
    """The person a pronoun of sex ``want`` at ``pos`` refers to (see the module doc)."""
    before = [e for e in history if e.pos < pos and sexes.get(e.actor.name, want) == want]
    best = next((e for e in reversed(before)
                 if e.speech and not e.minor and pos - e.pos < SPEECH_REACH), None)
    near, own = _sentence_before(doc, pos, quoted), sentence_start(doc, pos)
    late = _recent_object(doc, before, pos, sentence_start(doc, pos, back=1))
    stranger = _unknown_subject(doc, near, own, history, quoted)
    if stranger is not None and (best is None or best.pos < stranger):
        return None  # "Diaz said … Hassal made it clear … “…,” he said": not Diaz
    for e in reversed(before):
        later = best is None or best.pos < e.pos
        reported = _named_report(doc, e) and near <= e.pos < own
        if reported and later and unnamed_reporter(doc, e.pos, history):
            return None  # "The nurse said Ruiz had left. “…,” she said": not Ruiz
        if not e.subject or e.minor or (e.reported and e.pos < own):
            continue
        if e.pos >= near and subordinate_subject(doc, e.pos, before):
            continue  # "Ruiz backed Diaz while the senator ran, he said": Ruiz
        close = e.pos >= near or (best is None and pos - e.pos < SUBJECT_REACH)
        close = close or (best is not None and _takes_over(doc, best.pos, e.pos, pos))
        if close and (best is None or e.pos > best.pos):
            best = e
        break
    if best is None:  # not the subject of a clause someone reports: "Ruiz said Diaz …"
        fresh = [e for e in before if e.pos >= near and not _named_report(doc, e)]
        best = fresh[-1] if fresh else None
    if late is not None and (best is None or late.pos > best.pos):
        best = late
    intro = _introduced(doc, before, history, pos, quoted)
    if intro is not None and (best is None or intro.pos > best.pos):
        best = intro
    if best is not None and best.actor.name not in sexes and best.pos < near:
        sure = [e for e in before if e.pos >= near and sexes.get(e.actor.name) == want]
        best = sure[-1] if sure else best  # "remarks Clinton made. When she …": the woman
    return best.actor if best else None


def _introduced(
    doc: Doc,
    before: list[Event],
    history: list[Event],
    pos: int,
    quoted: Callable[[int], bool] | None,
) -> Event | None:
    """A person named for the first time, with a description in apposition that ends the
    sentence right before the pronoun's: "… which worries Ana Ruiz, head of the Voters Club.
    “…,” she said" (a new voice introduced before the words)."""
    if not before:
        return None
    last, own = before[-1], sentence_start(doc, pos)
    for _ in range(8):  # back over the quoted sentences before the pronoun's
        if quoted is None or own == 0 or not quoted(sentence_start(doc, own, back=1)):
            break
        own = sentence_start(doc, own, back=1)
    lo = sentence_start(doc, own, back=1)
    if last.subject or not lo <= last.pos < own:
        return None
    if any(e.actor.name == last.actor.name for e in history if e.pos < lo):
        return None  # named before: not a new voice
    if any(e.subject and e.pos >= lo and _main_subject(doc, e.pos) for e in before[:-1]):
        return None  # "Ruiz admits they must beat Diaz, the best of them. “…,” she said"
    span = doc.char_span(last.pos, last.pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    name = span[0]
    while name.dep_ in ("compound", "flat") and name.head != name:
        name = name.head
    appos = [c for c in name.children if c.dep_ == "appos" and c.i > name.i]
    if not appos or name.dep_ in SUBJECT_DEPS:
        return None
    end = appos[-1].right_edge.i + 1
    closes = end < len(doc) and doc[end].text in (".", "!", "?") and doc[end].sent == name.sent
    return last if closes and end + 1 >= name.sent.end - 1 else None


def _recent_object(doc: Doc, before: list[Event], pos: int, near: int) -> Event | None:
    """A person named last, not as a subject, where no person is a subject since the start of
    the sentence before: "… not enough for Mr Ruiz. 'If …,' he said" and "Ana's speech, in
    which she declared" (in the pronoun's own sentence, only a possessive counts)."""
    own = sentence_start(doc, pos)
    recent = [e for e in before if e.pos >= near]
    if not recent or any(e.subject and not e.reported for e in recent if e.pos >= own):
        return None
    last = recent[-1]
    if last.pos >= own:
        tok = doc.char_span(last.pos, last.pos + 1, alignment_mode="expand")
        if tok is not None and len(tok) and _speech_by(tok[0]) and last.pos < pos:
            return last  # "in a 1944 speech by Ana Ruiz, when she said it was …"
        if tok is None or not len(tok) or not _possessor(tok[0]):
            return None
        pron = doc.char_span(pos, pos + 1, alignment_mode="expand")
        owned = _owned(tok[0])
        # "Commenting on Diaz's case, he said": the pronoun is not in the possessed phrase;
        # "Ruiz's advice earned him a hearing … for saying": what Ruiz owns leads the sentence
        leads = owned.dep_ in SUBJECT_DEPS and owned.head.dep_ == "ROOT"
        return last if pron is not None and (owned in pron[0].ancestors or leads) else None
    if any(e.speech for e in recent) or _named_report(doc, last):
        return None  # "According to Ruiz, … Diaz's policies. “…,” he said": Ruiz still speaks
    if _author(doc, last.pos):
        return None  # "singing Ana Ruiz's Blue Moon. “…,” she said": not the songwriter
    if _who_subject(doc, last.pos):
        return None  # "The champion, who will meet Diaz, is ready. “…,” he said": the champion
    return None if any(e.subject and not e.reported for e in recent) else last


_SPEECH_NOUNS = frozenset(
    {"speech", "address", "remarks", "interview", "statement", "lecture", "sermon", "testimony"}
)


def _speech_by(tok: Token) -> bool:
    """The name is the one who gave a speech: "a speech by Ana Ruiz" (the name's own tokens
    lead to "by" after a speech noun)."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    by = tok.head
    return tok.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() in _SPEECH_NOUNS


def _author(doc: Doc, pos: int) -> bool:
    """The mention at ``pos`` names the maker of a work, not a person in the story: the owner
    of a title ("Ana Ruiz's Blue Moon") or the one after "by" ("Blue Moon by Ana Ruiz")."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    while tok.i + 1 < len(doc) and _name_goes_on(doc[tok.i + 1]):
        tok = doc[tok.i + 1]  # the name's last word
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "poss":
        return tok.head.pos_ == "PROPN" and tok.head.ent_type_ not in ("PERSON", "ORG", "GPE")
    by = tok.head if tok.dep_ == "pobj" else None
    if by is None or by.lower_ != "by":
        return False
    if by.dep_ == "agent":  # "singing Blue Moon by Ana Ruiz" read as a passive's agent
        return by.head.tag_ == "VBG"
    return by.head.pos_ == "PROPN" or by.head.lemma_.lower() in WORKS


def _name_goes_on(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_iob_ == "I"


def _who_subject(doc: Doc, pos: int) -> bool:
    """The sentence of the mention at ``pos`` has for main subject a noun phrase that a "who"
    clause describes as a person ("The top seed, who …, is …"), not a name."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[0].sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.pos_ != "NOUN" or subj.i >= span[0].i:
        return False
    rels = [c for c in subj.children if c.dep_ == "relcl"]
    return any(t.lower_ == "who" and t.dep_ in SUBJECT_DEPS for r in rels for t in r.children)


def _main_subject(doc: Doc, pos: int) -> bool:
    """The mention at ``pos`` is the subject of its sentence's main verb."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok is not None and tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "ROOT"


def _owned(tok: Token) -> Token:
    """What a possessive name owns: "speech" for "Ana Ruiz's speech"."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok.head


def _possessor(tok: Token) -> bool:
    """The name's head is a possessive ("Ana Ruiz's speech")."""
    while tok.dep_ in ("compound", "flat") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "poss"


def _sentence_before(doc: Doc, pos: int, quoted: Callable[[int], bool] | None) -> int:
    """Start of the sentence before the one at ``pos``, not counting sentences that open
    inside a quotation ("In May, Ruiz spoke. “We won. We will win again,” he said": the
    sentence before "he said" is Ruiz's)."""
    start = sentence_start(doc, pos, back=1)
    for _ in range(QUOTED_BACK):  # back over the sentences of one quotation
        if quoted is None or not quoted(start) or start == 0:
            break
        start = sentence_start(doc, start, back=1)
    return start


def sentence_start(doc: Doc, pos: int, back: int = 0) -> int:
    """Start offset of the sentence at ``pos``, or of the one ``back`` sentences before it."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return 0
    sent = span[-1].sent
    for _ in range(back):
        if sent.start > 0:
            sent = doc[sent.start - 1].sent
    return sent.start_char


def _takes_over(doc: Doc, speech: int, subject: int, pos: int) -> bool:
    """A person who opens a later paragraph as its subject takes the place of the speaker
    before it: "Ruiz said: “…”\n\nDiaz leaves for Rome today … But he leaves …" (Diaz)."""
    text = doc_text(doc)
    start = sentence_start(doc, subject)
    opens = start == 0 or text[:start].rstrip(" \u00a0").endswith("\n")
    return opens and speech < start and "\n" in text[speech:start] and pos - subject < 1500
