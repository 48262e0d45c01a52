"""Descriptive back-references: a person named as a subject, then described in the next
sentences ("David Hale called on ... . "...," the former campaign strategist said.").

The description gives the named person a role and a mention, so speakers resolve to the name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_groups import speaks
from generator.extract.actor_words import KIN_INVERSE, TITLE_NOUNS
from generator.extract.role_words import is_title

LOOK_BACK = 2  # sentences before the description in which the named subject may stand
_KIN = frozenset(k for k, _ in KIN_INVERSE)
_EPITHET_WORDS = frozenset({"former", "veteran", "new", "star", "ex"})
_POSSESSIVE = frozenset({"'s", "\u2019s"})


def _description(tok: Token) -> Span | None:
    """ "Obama's former campaign strategist" / "the former strategist" around a title noun."""
    doc = tok.doc
    capital = tok.tag_ == "NNP" and tok.is_title and _the_title(doc, tok)  # "the Prime Minister"
    if tok.dep_ not in ("nsubj", "nsubjpass") or (tok.tag_ != "NN" and not capital):
        return None
    if tok.ent_type_ or not is_title(tok) or tok.lower_ in _KIN:
        return None
    if not speaks(tok) and not capital and not _opening_epithet(tok):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON":
        return None  # a title before a name
    if any(c.dep_ in ("appos", "prep", "relcl", "acl") for c in tok.children):
        return None
    left = tok.left_edge
    if left.lower_ == "the":
        return doc[left.i + 1 : tok.i + 1]
    if any(c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG", "GPE") for c in tok.children):
        return doc[left.i : tok.i + 1]
    return None


def _opening_epithet(tok: Token) -> bool:
    """ "The England forward is …", "The former Toronto striker had …": a sentence that opens
    on "the", a name or "former", then the title noun, describes whoever was just named."""
    left = tok.left_edge
    if not left.is_sent_start or left.lower_ != "the":
        return False
    mods = tok.doc[left.i + 1 : tok.i]
    return (
        bool(mods)
        and all(t.pos_ == "PROPN" or t.lower_ in _EPITHET_WORDS for t in mods)
        and any(t.pos_ == "PROPN" or t.lower_ == "former" for t in mods)
    )


def _the_title(doc: Doc, tok: Token) -> bool:
    """ "the Prime Minister": "the" and capitalised title words only, up to ``tok``."""
    i = tok.i - 1
    while i >= 0 and doc[i].is_title and doc[i].lower_ in TITLE_NOUNS | {"prime", "foreign"}:
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


def _subject_before(doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]]) -> int | None:
    """The person last named as a subject in the sentence or sentences just before ``desc``."""
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= desc.start < s.end)
    floor = sents[max(0, here - LOOK_BACK)].start_char
    best: tuple[int, int] | None = None
    for idx, spans in people.items():
        for s, e in spans:
            if not floor <= s < sents[here].start_char:
                continue
            toks = doc.char_span(s, e, alignment_mode="expand")
            subject = toks is not None and toks.root.dep_ in ("nsubj", "nsubjpass")
            main = subject and toks is not None and _main_clause(toks.root.head)
            if main and (best is None or s > best[0]):
                best = (s, idx)
    return best[1] if best else None


def _subordinate_subject(
    doc: Doc, tok: Token, desc: Span, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """ "As far as whether Sanders still senses anger, the Vermont senator acknowledged …":
    the description speaks as the main clause's subject, and the one person named as a
    subject before it stands in a clause that leads into the main one."""
    if tok.head.dep_ != "ROOT" or not speaks(tok):
        return None
    sent = desc.sent
    subjects = {
        idx
        for idx, spans in people.items()
        for s, e in spans
        if sent.start_char <= s < desc.start_char and _subject_of_clause(doc, s, e, tok.head)
    }
    return next(iter(subjects)) if len(subjects) == 1 else None


def _subject_of_clause(doc: Doc, s: int, e: int, main: Token) -> bool:
    """The name at chars ``s:e`` is the subject of a verb below ``main`` (not ``main``)."""
    toks = doc.char_span(s, e, alignment_mode="expand")
    if toks is None or toks.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = toks.root.head
    return verb is not main and main in verb.ancestors


def _last_named_before(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """The person named last in the sentence just before ``desc``."""
    start = desc.sent.start
    if start == 0:
        return None
    prev = doc[start - 1].sent
    named = [
        (s, idx)
        for idx, spans in people.items()
        for s, _e in spans
        if prev.start_char <= s < prev.end_char
    ]
    return max(named)[1] if named else None


def _main_clause(verb: Token) -> bool:
    """The verb heads its sentence (or a clause joined to it by "and"), not a subordinate
    clause: "hours after Ruiz unleashed …" names no one the next sentence describes."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _named_before(doc: Doc, tok: Token) -> bool:
    """True when the sentence before already has the title noun as someone else's word."""
    sent = tok.sent
    if sent.start == 0:
        return False
    prev = doc[sent.start - 1].sent
    return any(t.lower_ == tok.lower_ and t.dep_ not in ("nsubj", "nsubjpass") for t in prev)


def back_references(
    doc: Doc, people: dict[int, list[tuple[int, int]]], unroled: set[int]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """For each person (by index) in ``unroled``: a description that refers back to them,
    as (role text, span of the description). ``people`` maps every person's index to its
    mention spans: the last one named as a subject may already have a role ("Sen. Ana Ruiz
    … The senator said"), and then the description is theirs, not an unroled person's."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    for tok in doc:
        desc = _description(tok)
        if desc is None:
            continue
        named = [e for e in tok.sent.ents if e.label_ == "PERSON"]
        if any(e.start < desc.start for e in named):
            idx = _subordinate_subject(doc, tok, desc, people)
            if idx is not None and idx in unroled and idx not in out:
                out[idx] = (desc.text, (desc.start_char, desc.end_char))
            continue  # another person is named before it in this sentence
        if _named_before(doc, tok):
            continue  # "shouted at the judge. The judge told him ...": someone else
        idx = _subject_before(doc, desc, people)
        if idx is None and _opening_epithet(tok):
            idx = _last_named_before(doc, desc, people)  # "… compared to Theo Walcott. The
            # England forward is …"
        if idx is None or idx in out or idx not in unroled:
            continue
        owner = " ".join(t.text for t in desc if t.dep_ == "poss")
        if owner and any(doc.text[s:e].endswith(owner) for s, e in people[idx]):
            continue  # "Hale's adviser" is not Hale
        out[idx] = (desc.text, (desc.start_char, desc.end_char))
    return out


def forward_references(
    doc: Doc, people: dict[int, list[tuple[int, int]]], unroled: set[int]
) -> dict[int, tuple[str, tuple[int, int]]]:
    """A lead that describes before it names: "Police are investigating a Tory MP … . Jesse
    Norman allegedly …" gives the first person named in the next sentence the description,
    when no one is named in the describing sentence."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    sents = list(doc.sents)
    for k, sent in enumerate(sents[:-1]):
        if any(e.label_ == "PERSON" for e in sent.ents):
            continue
        desc = next((d for d in (_indefinite(t) for t in sent) if d is not None), None)
        if desc is None:
            continue
        nxt = sents[k + 1]
        named = [
            (s, idx)
            for idx, spans in people.items()
            for s, _e in spans
            if nxt.start_char <= s < nxt.end_char
        ]
        if not named:
            continue
        idx = min(named)[1]
        if idx in unroled and idx not in out:
            out[idx] = (desc.text, (desc.start_char, desc.end_char))
    return out


def _indefinite(tok: Token) -> Span | None:
    """ "a Tory MP", "a Gold Star mother": "a"/"an", a modifier, a title noun."""
    if tok.tag_ not in ("NN", "NNP") or tok.lower_ not in TITLE_NOUNS:
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    if not mods or (tok.lower_ in _KIN and not any(m.text[:1].isupper() for m in mods)):
        return None
    left = tok.left_edge
    if left.lower_ not in ("a", "an") or any(t.ent_type_ == "PERSON" for t in tok.subtree):
        return None
    return tok.doc[left.i + 1 : tok.i + 1]
