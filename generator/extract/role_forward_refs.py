"""Forward references: a lead that describes a person before naming them ("Police are
investigating a Tory MP … . Jesse Norman allegedly …"), a body's officer opening a sentence
("Acme Foods' chief executive has resigned"), or an office opening the lead ("The prime
minister has defended … . But Ana Ruiz said …")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import (
    KIN_INVERSE,
    ORG_DESCRIPTORS,
    SPEECH_VERBS,
    TITLE_NOUNS,
)
from generator.extract.role_distinct import set_apart
from generator.extract.role_ref_owner import OFFICE_HEADS, main_clause, named_in
from generator.extract.role_words import POSSESSIVE, is_title
from generator.extract.speaker_institutions import KINDS

_KIN = frozenset(k for k, _ in KIN_INVERSE)
_LEAD_KIN = _KIN | {
    "fiance", "fiancee", "fianc\u00e9", "fianc\u00e9e", "boyfriend", "girlfriend", "partner",
    "brother", "sister", "widow", "widower", "spouse",
}


def forward_references(
    doc: Doc, people: dict[int, list[tuple[int, int]]], unroled: set[int]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """A lead that describes before it names: "Police are investigating a Tory MP … . Jesse
    Norman allegedly …" gives the first person named in the next sentence the description,
    when no one is named in the describing sentence."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:-1]):
        desc = next((d for d in (_indefinite(t) for t in sent) if d is not None), None)
        owned = _possessed_opening(sent) if desc is None else None  # opens its sentence
        lead = k == 0 or (k == 1 and len(sents[0]) <= 4)  # after a "(CNN)" dateline
        owned = owned if owned is not None or desc is not None or not lead else _kin_lead(sent)
        desc = desc if desc is not None else owned
        if desc is None and k == _first_long(sents):
            desc = _definite_lead(sent)  # "The Romanian hacker who … was sentenced …"
        bare = _bare_lead(sent) if desc is None and k == 0 else None
        if bare is None and desc is None:  # its holder must be the next sentence's subject too
            bare = _officer_subject(sent)
        desc = desc if desc is not None else bare
        if desc is None or sent[-1].text == "?":
            continue  # "Would a real billionaire be …?" describes no one
        persons = any(e.label_ == "PERSON" for e in sent.ents)
        persons = persons or any(named_in(sent, sps) for sps in people.values())
        if (persons or _named_actor(desc)) and owned is None and not _opening_subject_span(desc):
            continue  # "A veteran teacher was removed after she criticised President X"
        nxt = sents[k + 1]
        named = [
            (s, e, idx)
            for idx, spans in people.items()
            for s, e in spans
            if nxt.start_char <= s < nxt.end_char
        ]
        if not named:
            continue
        _s, end, idx = min(named)
        if named_in(sent, people[idx]) or _possessor(doc, end):
            continue  # named in the describing sentence too, or "X's van": someone else
        if bare is not None and not _main_subject(doc, _s, end):
            continue
        if not _subject(doc, _s, end):
            continue  # "… led by a Harvard academic. The idea has driven Ana Ruiz to …"
        if any(t.lower_ in _OTHERS for t in nxt):
            continue  # "X's brother was arrested. Peter Vance was questioned too": another
        if idx in unroled and idx not in out and not set_apart(doc, desc.text, people[idx]):
            out[idx] = (desc.text, (desc.start_char, desc.end_char))
    lead = _lead_office(doc, sents, people)
    if lead is not None and set_apart(doc, lead[1][0], people[lead[0]]):
        lead = None  # "the prime minister told Mr Brown": not Mr Brown's office
    if lead is not None and lead[0] in unroled and lead[0] not in out:
        out[lead[0]] = lead[1]
    return out


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
LEAD_REACH = 2  # sentences after the lead in which its office holder is named


def _lead_office(
    doc: Doc, sents: list[Span], people: dict[int, list[tuple[int, int]]]
) -> tuple[int, tuple[str, tuple[int, int]]] | None:
    """ "The prime minister has defended the plan … . But Ana Ruiz said …": a lead that opens
    on "the" and an office as its main subject, naming no one, gives the office to the first
    person named after it, when that person is the main subject of their sentence."""
    if not sents or any(named_in(sents[0], sps) for sps in people.values()):
        return None
    root = sents[0].root
    tok = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if tok is None or tok.left_edge.i != sents[0].start or not _office(tok):
        tok = _reporting_subject(root)  # "…, the firm's chief has told the BBC."
    if tok is None or not _office(tok):
        return None
    desc = doc[tok.left_edge.i + 1 : tok.i + 1]
    words = all((t.is_alpha or t.text in POSSESSIVE) and not t.ent_type_ for t in desc)
    if tok.left_edge.lower_ != "the" or not words:
        return None
    for sent in sents[1 : 1 + LEAD_REACH]:
        named = [
            (toks, i)
            for i, sps in people.items()
            for s, e in sps
            if named_in(sent, [(s, e)])
            and (toks := doc.char_span(s, e, alignment_mode="expand")) is not None
            and not _ACRONYM_PLURAL.fullmatch(toks[-1].text)  # not "Lib Dem MPs"
        ]
        if not named:
            continue
        toks, idx = min(named, key=lambda n: n[0].start)
        if toks.root.dep_ != "nsubj" or not main_clause(toks.root.head):
            return None
        return idx, (desc.text, (desc.start_char, desc.end_char))
    return None


def _office(tok: Token) -> bool:
    """An office ("the prime minister") or a body's officer ("the firm's chief")."""
    return tok.lower_ in OFFICE_HEADS or _body_officer(tok)


def _body_officer(tok: Token, kinds: frozenset[str] = ORG_DESCRIPTORS) -> bool:
    """ "the firm's chief", "the bank's boss": a title owned by a body named by its kind."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    kind = owner is not None and owner.is_lower and owner.lemma_ in kinds
    return kind and tok.tag_ == "NN" and is_title(tok) and tok.lower_ not in _KIN


_OFFICE_OWNERS = ORG_DESCRIPTORS | frozenset(KINDS)  # "the firm's", "the university's"


def _officer_subject(sent: Span) -> Span | None:
    """ "The university's president says …": a body's officer, the body named by its kind,
    as the subject of the sentence's main verb; its holder is the next sentence's subject."""
    tok = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if tok is None or not _body_officer(tok, _OFFICE_OWNERS):
        return None
    words = sent.doc[tok.left_edge.i : tok.i + 1]
    if words[0].lower_ != "the" or not all(t.is_alpha or t.text in POSSESSIVE for t in words):
        return None
    return words[1:]


def _reporting_subject(root: Token) -> Token | None:
    """The subject of a reporting clause closing the sentence, right after a comma: "…, the
    firm's chief has told the BBC" (a verb of saying, the sentence's last verb)."""
    sent = root.sent
    verbs = [t for t in sent if t.pos_ == "VERB"]
    for verb in verbs[-1:]:
        if verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        start = subj.left_edge.i if subj is not None else 0
        if subj is not None and start > 0 and subj.doc[start - 1].text == ",":
            return subj
    return None


def _named_actor(desc: Span) -> bool:
    """The description is the object of a verb whose subject is a name ("Mr Hale had accused
    a Daily Post reporter of lying"): the next name is more likely the subject's."""
    root = desc[-1]
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ in ("PERSON", "")


def _possessor(doc: Doc, end: int) -> bool:
    """The name ending at character ``end`` owns something ("Ana Ruiz's van was …")."""
    tok = next((t for t in doc if t.idx >= end), None)
    return tok is not None and tok.idx == end and tok.text in POSSESSIVE


def _indefinite(tok: Token) -> Span | None:
    """ "a Tory MP", "a Gold Star mother": "a"/"an", a modifier, a title noun."""
    if tok.tag_ not in ("NN", "NNP") or tok.lower_ not in TITLE_NOUNS:
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if not mods and tok.dep_ == "nsubj" and any(
        c.dep_ == "amod" and c.i > tok.i for c in tok.children
    ):
        mods = [tok]  # "An artist critical of the plan has denied …"
    if not mods or (tok.lower_ in _KIN and not any(m.text[:1].isupper() for m in mods)):
        return None
    left = tok.left_edge
    if left.lower_ not in ("a", "an") or any(t.ent_type_ == "PERSON" for t in tok.subtree):
        return None
    return tok.doc[left.i + 1 : tok.i + 1]


def _opening_subject_span(desc: Span) -> bool:
    """The description, after "a"/"an", opens its sentence as the main verb's subject."""
    root = desc[-1]
    return (
        desc.start - 1 == desc.sent.start
        and root.dep_ in ("nsubj", "nsubjpass")
        and main_clause(root.head)
    )


def _possessed_opening(sent: Span) -> Span | None:
    """ "Acme Foods' chief executive has resigned": a body's name with "'s", then a singular
    title and a verb, opening the sentence (read on the surface: the parse often breaks)."""
    doc = sent.doc
    i = sent.start
    while i < sent.end and (doc[i].text[:1].isupper() or doc[i].text == "&"):
        if doc[i].ent_type_ == "PERSON":
            return None
        i += 1
    if i == sent.start or i >= sent.end or doc[i].text not in POSSESSIVE:
        return None
    j = i + 1
    while j < sent.end and doc[j].is_lower and doc[j].pos_ in ("ADJ", "NOUN"):
        j += 1
    head = doc[j - 1]
    if j == i + 1 or j >= sent.end or head.tag_ != "NN" or not is_title(head):
        return None
    if doc[j].pos_ not in ("AUX", "VERB") or head.lower_ in _KIN:
        return None
    return doc[sent.start : j]


_WORDS = ("NOUN", "ADJ")
_OTHERS = frozenset({"too", "also", "another"})  # the next sentence adds a second person
_SUBJECTS = ("nsubj", "nsubjpass")


LEAD_WORDS = 12  # a sentence this long or longer is the lead, not a headline or kicker


def _first_long(sents: list[Span]) -> int:
    """Index of the article's first sentence of ``LEAD_WORDS`` words or more."""
    return next((k for k, s in enumerate(sents) if sum(t.is_alpha for t in s) >= LEAD_WORDS), -1)


def _definite_lead(sent: Span) -> Span | None:
    """ "The Romanian hacker who … was sentenced …": the lead opens on "the", a modifier and
    a title noun, the subject of its main verb (the person the next sentence names)."""
    doc = sent.doc
    if doc[sent.start].lower_ != "the":
        return None
    j = sent.start + 1
    while j < sent.end and doc[j].pos_ in ("ADJ", "PROPN", "NOUN") and doc[j].tag_ != "NNS":
        if doc[j].ent_type_ == "PERSON" or doc[j].text in POSSESSIVE:
            return None
        j += 1
    head = doc[j - 1]
    if j - sent.start < 3 or head.tag_ != "NN" or head.lower_ not in TITLE_NOUNS:
        return None
    if head.lower_ in _KIN | _VOICES or head.lower_ in OFFICE_HEADS:
        return None  # an office opening the lead is read by ``_lead_office``
    if head.dep_ not in _SUBJECTS or not main_clause(head.head):
        return None
    return doc[sent.start + 1 : j]


def _kin_lead(sent: Span) -> Span | None:
    """ "Ana Ruiz's ex-husband is speaking out …" opening the article: a named person's kin,
    the subject of the main verb (the person the next sentence names)."""
    doc = sent.doc
    ents = [e for e in sent.ents if e.label_ == "PERSON" and e.start - sent.start <= 2]
    if not ents or ents[0].end + 1 >= sent.end:
        return None
    j = ents[0].end + (doc[ents[0].end].text in POSSESSIVE)  # the tagger may take in the "'s"
    if doc[j - 1].text not in POSSESSIVE:
        return None
    while j < sent.end and (doc[j].text == "-" or (doc[j].is_lower and doc[j].pos_ in _WORDS)):
        j += 1
    head = doc[j - 1]
    if head.text in POSSESSIVE or head.lower_ not in _LEAD_KIN or head.dep_ not in _SUBJECTS:
        return None
    return doc[ents[0].start : j] if main_clause(head.head) else None


_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source"})


def _bare_lead(sent: Span) -> Span | None:
    """ "A teacher has been banned …": the article opens on "a"/"an" and a bare title noun,
    the passive subject of its main verb (the person the story is about)."""
    doc = sent.doc
    if sent.end - sent.start < 3 or doc[sent.start].lower_ not in ("a", "an"):
        return None
    tok = doc[sent.start + 1]
    if tok.tag_ != "NN" or tok.lower_ not in TITLE_NOUNS or tok.lower_ in _KIN | _VOICES:
        return None
    if tok.dep_ != "nsubjpass" or not main_clause(tok.head):
        return None
    return doc[tok.i : tok.i + 1]


def _main_subject(doc: Doc, s: int, e: int) -> bool:
    """The name at characters ``s:e`` is the subject of its sentence's main verb."""
    toks = doc.char_span(s, e, alignment_mode="expand")
    return toks is not None and toks.root.dep_ == "nsubj" and main_clause(toks.root.head)


def _subject(doc: Doc, s: int, e: int) -> bool:
    """The name at characters ``s:e`` is a subject (or stands beside one): "Jesse Norman
    allegedly …", "Her lawyer, Ana Ruiz, said" — not an object."""
    toks = doc.char_span(s, e, alignment_mode="expand")
    if toks is None:
        return False
    root = toks.root
    if root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    return root.dep_ in ("nsubj", "nsubjpass")
