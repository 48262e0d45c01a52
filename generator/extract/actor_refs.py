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
    if _misread_epithet(tok) and not tok.ent_type_ and tok.lower_ not in _KIN:
        return doc[tok.i - 1 : tok.i + 1]  # "The England forward is …", "forward" misread
    capital = tok.tag_ == "NNP" and tok.is_title and _the_title(doc, tok)  # "the Prime Minister"
    if tok.dep_ not in ("nsubj", "nsubjpass") or (tok.tag_ != "NN" and not capital):
        return None
    if tok.ent_type_ or not is_title(tok) or tok.lower_ in _KIN:
        return None
    described = speaks(tok) or capital or _opening_epithet(tok) or _opening_subject(tok)
    if not described and not _as_clause(tok):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON":
        return None  # a title before a name
    if any(c.dep_ in ("appos", "prep", "relcl", "acl") and not _aside(c) for c in tok.children):
        return None
    left = tok.left_edge
    if left.dep_ == "predet":  # "Twice the teenage winger visited …"
        left = doc[left.i + 1]
    if left.lower_ == "the":
        return doc[left.i + 1 : tok.i + 1]
    if any(c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG", "GPE") for c in tok.children):
        return doc[left.i : tok.i + 1]
    return None


def _opening_epithet(tok: Token) -> bool:
    """ "The England forward is …", "The former Toronto striker had …": a sentence that opens
    on "the", a name or "former", then the title noun, describes whoever was just named."""
    if _misread_epithet(tok):
        return True
    left = tok.left_edge
    if not left.is_sent_start or left.lower_ != "the":
        return False
    mods = tok.doc[left.i + 1 : tok.i]
    return (
        bool(mods)
        and all(t.pos_ == "PROPN" or t.lower_ in _EPITHET_WORDS for t in mods)
        and any(t.pos_ == "PROPN" or t.lower_ == "former" for t in mods)
    )


def _misread_epithet(tok: Token) -> bool:
    """ "The England forward is …" with the title word tagged as no noun: "The", one name
    word, a lowercase title word and a verb open the sentence."""
    doc, start = tok.doc, tok.sent.start
    if tok.i != start + 2 or tok.i + 1 >= len(doc) or tok.tag_ in ("NN", "NNS", "NNP"):
        return False
    if doc[start].lower_ != "the" or not tok.is_lower or not is_title(tok):
        return False
    return doc[start + 1].pos_ == "PROPN" and doc[tok.i + 1].pos_ in ("AUX", "VERB")


def _opening_subject(tok: Token) -> bool:
    """ "The prime minister was commenting …", "Twice the teenage winger visited …": "the",
    modifiers and the title noun open the sentence (after an adverb at most) as the subject
    of its main verb, with no possessive, so it describes someone named just before."""
    left = next((c for c in tok.children if c.dep_ == "det"), None)
    if left is None or left.lower_ != "the" or not _main_clause(tok.head) or tok.dep_ != "nsubj":
        return False
    lead = tok.doc[left.sent.start : left.i]
    if any(t.pos_ not in ("ADV", "CCONJ") and t.dep_ != "predet" for t in lead):
        return False
    return not any(t.tag_ == "POS" or t.pos_ == "DET" for t in tok.doc[left.i + 1 : tok.i])


def _aside(child: Token) -> bool:
    """A clause set off by a comma ("The striker, who is on loan, …") or a place of origin
    ("the 27th seed from Israel") leaves the title noun a description of its own."""
    doc = child.doc
    if child.dep_ in ("relcl", "acl"):
        return child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
    if child.dep_ == "prep" and child.lower_ == "from":
        return any(c.ent_type_ in ("GPE", "NORP") for c in child.children)
    return False


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


def _as_clause(tok: Token) -> bool:
    """ "… as the former Liverpool midfielder equalised": "the" description is the subject
    of a clause that "as" opens."""
    det = next((c for c in tok.children if c.dep_ == "det"), None)
    verb = tok.head
    return (
        det is not None
        and det.lower_ == "the"
        and tok.dep_ == "nsubj"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    )


def _as_clause_subject(
    doc: Doc, tok: Token, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """ "Ana Ruiz scored as the former Leeds striker equalised": the person named as the
    subject of the verb that the "as" clause hangs on."""
    main = tok.head.head
    subj = next((c for c in main.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or subj.ent_type_ != "PERSON":
        return None
    if any(t.ent_iob_ == "B" and t.ent_type_ == "PERSON" for t in doc[subj.i + 1 : tok.i]):
        return None  # "Hart watched Brady as the former Leeds midfielder …": either of two
    at = subj.idx
    found = {idx for idx, spans in people.items() for s, e in spans if s <= at < e}
    return next(iter(found)) if len(found) == 1 else None


def _main_subject_before(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]]
) -> int | None:
    """The one person named before ``desc`` in its sentence, as the main verb's subject."""
    sent = desc.sent
    found = set()
    for idx, spans in people.items():
        for s, e in spans:
            toks = doc.char_span(s, e, alignment_mode="expand")
            if toks is None or not sent.start_char <= s < desc.start_char:
                continue
            found.add(idx)
            if toks.root.dep_ != "nsubj" or not _main_clause(toks.root.head):
                return None  # someone named elsewhere in the sentence
    return next(iter(found)) if len(found) == 1 else None


def _subject_of_clause(doc: Doc, s: int, e: int, main: Token) -> bool:
    """The name at chars ``s:e`` is the subject of a verb below ``main`` (not ``main``)."""
    toks = doc.char_span(s, e, alignment_mode="expand")
    if toks is None or toks.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = toks.root.head
    if verb is main or main not in verb.ancestors:
        return False
    path = [verb, *(a for a in verb.ancestors if main in a.ancestors)]
    return not any(t.dep_ in ("ccomp", "parataxis") for t in path)  # "X will go, the aide
    # said": what was said, not a clause leading into the main one


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


def _named_in(sent: Span, spans: list[tuple[int, int]]) -> bool:
    """True when one of ``spans`` lies in ``sent``."""
    return any(sent.start_char <= s < sent.end_char for s, _e in spans)


def _other_named_before(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]], idx: int
) -> int | None:
    """The person named last in the sentence before ``desc``, when not ``idx`` and not
    named again in the describing sentence."""
    other = _last_named_before(doc, desc, people)
    if other is None or other == idx or _named_in(desc.sent, people[other]):
        return None
    return other


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
    weak: set[int] = set()
    for tok in doc:
        desc = _description(tok)
        if desc is None:
            continue
        named = [e for e in tok.sent.ents if e.label_ == "PERSON"]
        if any(e.start < desc.start for e in named):
            idx = _subordinate_subject(doc, tok, desc, people)
            if idx is None and _as_clause(tok):
                idx = _as_clause_subject(doc, tok, people)
                idx = idx if idx is not None else _main_subject_before(doc, desc, people)
            if idx is not None and idx in unroled and idx not in out:
                out[idx] = (desc.text, (desc.start_char, desc.end_char))
            continue  # another person is named before it in this sentence
        if _named_before(doc, tok):
            continue  # "shouted at the judge. The judge told him ...": someone else
        idx = _subject_before(doc, desc, people)
        if idx is not None and _named_in(tok.sent, people[idx]):
            idx = _other_named_before(doc, desc, people, idx)  # "X beat Y. The seed stuck
            # with X": the description is Y's
        if idx is None and _opening_epithet(tok):
            idx = _last_named_before(doc, desc, people)  # "… compared to Theo Walcott. The
            # England forward is …"
        if idx is None or (idx in out and idx not in weak) or idx not in unroled:
            continue
        if idx in out and _weak(tok):
            continue
        owner = " ".join(t.text for t in desc if t.dep_ == "poss")
        if owner and any(doc.text[s:e].endswith(owner) for s, e in people[idx]):
            continue  # "Hale's adviser" is not Hale
        out[idx] = (desc.text, (desc.start_char, desc.end_char))
        weak.discard(idx)
        if _weak(tok):
            weak.add(idx)  # a description that speaks later says more than one that acts
    return out


def _weak(tok: Token) -> bool:
    """The description counts only as an opening subject: it neither speaks nor is a
    capitalised title or an epithet."""
    return not (speaks(tok) or tok.tag_ == "NNP" or _opening_epithet(tok))


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
        desc = desc if desc is not None else owned
        if desc is None:
            continue
        persons = any(e.label_ == "PERSON" for e in sent.ents)
        persons = persons or any(_named_in(sent, sps) for sps in people.values())
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
        if _named_in(sent, people[idx]) or _possessor(doc, end):
            continue  # named in the describing sentence too, or "X's van": someone else
        if idx in unroled and idx not in out:
            out[idx] = (desc.text, (desc.start_char, desc.end_char))
    return out


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
    return tok is not None and tok.idx == end and tok.text in _POSSESSIVE


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
        and _main_clause(root.head)
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
    if i == sent.start or i >= sent.end or doc[i].text not in _POSSESSIVE:
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
