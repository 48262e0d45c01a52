"""Descriptive back-references: a person named as a subject, then described in the next
sentences ("David Hale called on ... . "...," the former campaign strategist said.").

The description gives the named person a role and a mention, so speakers resolve to the name.
Whom a description refers to is worked out in ``role_ref_owner``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_groups import speaks
from generator.extract.actor_mentions import quoted_regions
from generator.extract.actor_words import KIN_INVERSE, TITLE_NOUNS
from generator.extract.doc_text import doc_text
from generator.extract.role_distinct import set_apart
from generator.extract.role_pairs import paired_descriptions
from generator.extract.role_ref_owner import (
    OFFICE_HEADS,
    SPOKES,
    as_clause,
    as_clause_subject,
    last_named_before,
    main_clause,
    main_subject_before,
    named_in,
    other_named_before,
    sole_subject_before,
    spokesperson_owner,
    subject_before,
    subordinate_subject,
)
from generator.extract.role_words import is_title
from generator.extract.roles import role_of
from generator.extract.speaker_epithets import ABBREVIATED
from generator.extract.speaker_gender import bound_sex, first_name_sex

_KIN = frozenset(k for k, _ in KIN_INVERSE)
_EPITHET_WORDS = frozenset({"former", "veteran", "new", "star", "ex"})


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
    described = described or _bare_office(tok)
    if not described and not as_clause(tok):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON":
        return None  # a title before a name
    added = tok.head.lemma_.lower() in _GOING_ON and any(c.lower_ == "former" for c in tok.lefts)
    if any(c.dep_ in ("appos", "prep", "relcl", "acl") and not _aside(c) and not (
        added and c.dep_ == "prep" and c.lower_ == "of"
    ) for c in tok.children):
        return None  # (but "the former head of Acme added": the speaker just named goes on)
    left = tok.left_edge
    if left.dep_ == "predet":  # "Twice the teenage winger visited …"
        left = doc[left.i + 1]
    end = _ranked_end(tok)
    if added:
        end = max([end] + [c.right_edge.i + 1 for c in tok.rights if c.dep_ == "prep"])
    if tok.lower_ in SPOKES and any(c.dep_ == "poss" for c in tok.children):
        return None  # "Keller's spokesman said": speaks for someone, is not someone named
    if left.lower_ == "the":
        return doc[left.i + 1 : end]
    if any(c.dep_ == "poss" and c.ent_type_ in ("PERSON", "ORG", "GPE") for c in tok.children):
        return doc[left.i : end]
    return None


_GOING_ON = frozenset({"add", "continue"})


def _ranked_end(tok: Token) -> int:
    """End of a title noun with its rank: "the world number one" keeps "one"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    ranked = nxt is not None and nxt.dep_ == "nummod" and nxt.head == tok and nxt.tag_ == "CD"
    return tok.i + 2 if ranked and tok.lower_ == "number" else tok.i + 1


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


_SETTINGS = frozenset({"prep", "npadvmod", "advmod"})


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
    if left is None or left.lower_ != "the" or not main_clause(tok.head) or tok.dep_ != "nsubj":
        return False
    lead = tok.doc[left.sent.start : left.i]
    verb = tok.head
    setting = {t.i for c in verb.children if c.dep_ in _SETTINGS for t in c.subtree}
    setting |= {t.i for t in lead if t.text == "," and t.i - 1 in setting}
    if any(
        t.pos_ not in ("ADV", "CCONJ") and t.dep_ != "predet" and t.i not in setting for t in lead
    ):
        return False  # "On the table the five-time champion enjoyed …": a setting is fine
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


def _bare_office(tok: Token) -> bool:
    """ "the prime minister", "the chancellor": "the" and lowercase title words only, ending
    in an office one person holds at a time, as a subject wherever it stands."""
    det = tok.left_edge
    if det.lower_ != "the" or tok.lower_ not in OFFICE_HEADS or not tok.is_lower:
        return False
    mods = tok.doc[det.i + 1 : tok.i]
    return all(t.is_lower and (is_title(t) or t.lower_ in _OFFICE_MODS) for t in mods)


_OFFICE_MODS = frozenset({"prime", "home", "foreign", "deputy"})


def _the_title(doc: Doc, tok: Token) -> bool:
    """ "the Prime Minister": "the" and capitalised title words only, up to ``tok``."""
    i = tok.i - 1
    while i >= 0 and doc[i].is_title and doc[i].lower_ in TITLE_NOUNS | {"prime", "foreign"}:
        i -= 1
    return i >= 0 and doc[i].lower_ == "the"


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
    """For each person (by index) in ``unroled``, or holding the title it spells out: a
    description that refers back to them, as (role text, span of the description).
    ``people`` maps every person's index to its mention spans: the last one named as a
    subject may already have a role ("Sen. Ana Ruiz … The senator said"), and then the
    description is theirs, not an unroled person's."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    weak: set[int] = set()
    for tok in doc:
        desc = _description(tok)
        if desc is None:
            continue
        if _person_before(tok.sent, desc, people):
            idx = subordinate_subject(doc, tok, desc, people)
            idx = idx if idx is not None else spokesperson_owner(doc, tok, people)
            if idx is None and as_clause(tok):
                idx = as_clause_subject(doc, tok, people)
                idx = idx if idx is not None else main_subject_before(doc, desc, people)
            if idx is not None and set_apart(doc, desc.text, people[idx]):
                continue  # "the prime minister told Mr Brown": not Mr Brown
            if idx is not None and idx in unroled and idx not in out:
                out[idx] = (desc.text, (desc.start_char, desc.end_char))
            continue  # another person is named before it in this sentence
        if _named_before(doc, tok):
            continue  # "shouted at the judge. The judge told him ...": someone else
        idx = subject_before(doc, desc, people)
        if idx is not None and named_in(tok.sent, people[idx]):
            idx = other_named_before(doc, desc, people, idx)  # "X beat Y. The seed stuck
            # with X": the description is Y's
        if idx is None and _opening_epithet(tok):
            idx = last_named_before(doc, desc, people)  # "… compared to Jonas Pike. The
            # Wales winger is …"
        elif idx is None and _opening_subject(tok):
            idx = sole_subject_before(doc, desc, people)
        if idx is not None and (idx in out or idx not in unroled):
            idx = _other_office_holder(doc, tok, desc, people, idx, out)
        elif idx is not None and (holder := _titled_holder(doc, tok, desc, people, idx)) != idx:
            out[holder] = (desc.text, (desc.start_char, desc.end_char))  # "Sen." → "… senator"
            continue
        if idx is not None and set_apart(doc, desc.text, people[idx]):
            idx = _other_than(doc, desc, people, idx)
        if idx is None or (idx in out and idx not in weak) or idx not in unroled:
            continue
        if idx in out and _weak(tok):
            continue
        if tok.lower_ not in OFFICE_HEADS and _used_before(doc, desc, people[idx]):
            continue  # "the firm's employee" told of before the person is ever named
        owner = " ".join(t.text for t in desc if t.dep_ == "poss")
        if owner and any(doc_text(doc)[s:e].endswith(owner) for s, e in people[idx]):
            continue  # "Hale's adviser" is not Hale
        out[idx] = (desc.text, (desc.start_char, desc.end_char))
        weak.discard(idx)
        if _weak(tok):
            weak.add(idx)  # a description that speaks later says more than one that acts
    for idx, found in paired_descriptions(doc, people).items():
        if idx in unroled and idx not in out and not set_apart(doc, found[0], people[idx]):
            out[idx] = found  # "A and B … the prime minister and his chancellor"
    return out


def _person_before(sent: Span, desc: Span, people: dict[int, list[tuple[int, int]]]) -> bool:
    """Someone is named in the sentence before the description: a PERSON name, or a name
    found as a person's elsewhere ("Keller's spokesman said the premier …" where this
    "Keller" was tagged as no person). A name inside the words quoted is not one: the
    description that ends the quote names its speaker ("“… Hale did,” the senator said")."""
    quoted = [(s, e) for s, e, _ in quoted_regions(doc_text(sent.doc))]

    def outside(pos: int) -> bool:
        return not any(s <= pos < e for s, e in quoted)

    if any(
        e.label_ == "PERSON" and e.start < desc.start and outside(e.start_char) for e in sent.ents
    ):
        return True
    lo, hi = sent.start_char, desc.start_char
    return any(lo <= s < hi and outside(s) for spans in people.values() for s, _ in spans)


def _used_before(doc: Doc, desc: Span, spans: list[tuple[int, int]]) -> bool:
    """The description, after "the", stands in the text before the person is first named:
    it is someone unnamed, told of again ("the firm's employee … Ana Ruiz … The firm's
    employee said"), not a back-reference to the person."""
    first = min(s for s, _ in spans)
    return bool(desc.text) and desc.text.lower() in doc_text(doc)[:first].lower()


def _other_than(
    doc: Doc, desc: Span, people: dict[int, list[tuple[int, int]]], idx: int
) -> int | None:
    """The text sets ``desc`` apart from person ``idx`` ("the chancellor … in place of Mr
    Blair"): the other person named last in the sentence before, if the text does not set
    the description apart from them too; else no one."""
    other = other_named_before(doc, desc, people, idx)
    if other is None or set_apart(doc, desc.text, people[other]):
        return None
    return other


def _weak(tok: Token) -> bool:
    """The description counts only as an opening subject: it neither speaks nor is a
    capitalised title or an epithet."""
    return not (speaks(tok) or tok.tag_ == "NNP" or _opening_epithet(tok))


def _other_office_holder(
    doc: Doc,
    tok: Token,
    desc: Span,
    people: dict[int, list[tuple[int, int]]],
    idx: int,
    out: dict[int, tuple[str, tuple[int, int]]],
) -> int:
    """ "Mr Blair had talks with Mr Bush. The president said …": the subject before already
    holds another office ("prime minister"), so an office description is the other person's,
    named last in the sentence before (``idx`` when not so)."""
    if tok.lower_ not in OFFICE_HEADS:
        return idx
    held = out[idx][0] if idx in out else _held_role(doc, people[idx])
    words = held.lower().split() if held else []
    if not words or words[-1] not in OFFICE_HEADS or tok.lower_ in words:
        return idx  # "the Indiana governor" may also be "the nominee"; not "the president"
    other = other_named_before(doc, desc, people, idx)
    return idx if other is None or other in out else other


def _office_word(role: str | None) -> str | None:
    """The office a role names by its last word, abbreviations spelled out ("Sen." -> senator)."""
    if not role:
        return None
    last = role.split()[-1].lower().rstrip(".")
    return ABBREVIATED.get(f"{last}.", last)


def _titled_holder(
    doc: Doc, tok: Token, desc: Span, people: dict[int, list[tuple[int, int]]], idx: int
) -> int:
    """ "Sen. Ann Roe closes on Bo Lee. The Florida senator …": the person named in the
    sentence before whose title is the description's office, not ``idx`` who holds none."""
    office = _office_word(tok.text)
    if office is None or _office_word(_held_role(doc, people[idx])) == office:
        return idx
    start = desc.sent.start
    if start == 0:
        return idx
    prev = doc[start - 1].sent
    main = _main_subject_in(doc, prev, people[idx])
    if main and not _sex_clash(doc, desc, people[idx]):
        return idx  # "Rubio … stressed defense with Sen. Joni Ernst. The Florida senator …"
    holders = {
        other
        for other, spans in people.items()
        if other != idx
        and any(prev.start_char <= s < prev.end_char for s, _e in spans)
        and _office_word(_held_role(doc, spans)) == office
    }
    return holders.pop() if len(holders) == 1 else idx


_PRONOUN_SEX = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _sex_clash(doc: Doc, desc: Span, spans: list[tuple[int, int]]) -> bool:
    """The description's sentence calls its subject "he" or "she", and the person at
    ``spans`` is known by first name or bound pronoun to be of the other sex."""
    said = next((_PRONOUN_SEX[t.lower_] for t in desc.sent if t.lower_ in _PRONOUN_SEX), None)
    if said is None:
        return False
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        if toks is not None:
            sex = first_name_sex(toks.text) or bound_sex(toks.root)
            if sex is not None:
                return sex != said
    return False


def _main_subject_in(doc: Doc, sent: Span, spans: list[tuple[int, int]]) -> bool:
    """One of ``spans`` is the subject of ``sent``'s main verb."""
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        if toks is None or not sent.start <= toks.start < sent.end:
            continue
        root = toks.root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head == sent.root:
            return True
    return False


def _held_role(doc: Doc, spans: list[tuple[int, int]]) -> str | None:
    """The first role the words around one of the mentions at ``spans`` give."""
    for s, e in spans:
        toks = doc.char_span(s, e, alignment_mode="expand")
        role = role_of(doc, toks) if toks is not None else None
        if role:
            return role
    return None
