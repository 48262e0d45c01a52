"""Later descriptions in any place: a person named, then called by a definite title phrase
that is no subject of its own sentence ("Ana Ruiz … when the manager announced …", "fans
aimed their fury at their chairman", "much admired by the former Wales captain").

The phrase is the person's role when that person is the only one without a role named
before it in its sentence (or, failing any, in the sentence before), leaving out whoever
is the subject of a verb the phrase depends on: "Ana said she hoped the former minister
would return" is not about Ana.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_groups import speaks
from generator.extract.actor_mentions import quoted_regions
from generator.extract.actor_words import KIN_INVERSE
from generator.extract.doc_text import doc_text
from generator.extract.role_distinct import set_apart
from generator.extract.role_ref_owner import OFFICE_HEADS
from generator.extract.role_words import is_title
from generator.extract.speaker_epithets import ABBREVIATED

_KIN = frozenset(k for k, _ in KIN_INVERSE)
_DETS = frozenset({"the", "their"})
_HE = frozenset({"he", "she", "they"})
_EPITHETS = frozenset({"former", "veteran", "new", "outgoing", "ex"})
_NAMED_KINDS = ("GPE", "NORP", "ORG", "LOC")
_SUBJECTS = ("nsubj", "nsubjpass")
# Parts in an event or a crowd rather than titles: "the victim", "the judge" are seldom the
# person just named.
_PARTS = frozenset(
    {
        "victim", "suspect", "defendant", "witness", "eyewitness", "plaintiff", "survivor",
        "passenger", "customer", "tourist", "visitor", "bystander", "inmate", "prisoner",
        "fan", "resident", "tenant", "head", "judge", "officer", "neighbour", "neighbor",
        "friend", "colleague", "partner", "member", "staff", "employee", "worker", "player",
        "opponent", "rival", "driver", "doctor", "nurse", "chief", "official", "deputy",
    }
)  # fmt: skip
_QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def _modifier(tok: Token) -> bool:
    """A word allowed between "the" and the title: "former", "Irish", "England", "home"."""
    if tok.lower_ in _EPITHETS:
        return True
    if tok.is_lower:
        return tok.is_alpha and (tok.pos_ in ("ADJ", "NOUN") or is_title(tok))
    return tok.is_alpha and (tok.ent_type_ in _NAMED_KINDS or tok.pos_ == "PROPN")


def _description(tok: Token) -> Span | None:
    """ "former England coach" around the singular title noun ``tok`` of "the former England
    coach", or None when the phrase is no bare definite description."""
    doc = tok.doc
    if tok.tag_ != "NN" or not tok.is_lower or tok.ent_type_ or tok.lower_ in _KIN | _PARTS:
        return None
    if not is_title(tok) or (tok.dep_ in _SUBJECTS and tok.left_edge.is_sent_start):
        return None  # an opening subject is ``role_back_refs``' to judge
    if tok.dep_ in _SUBJECTS and _quoter(tok):
        return None  # so is a quote's speaker
    if tok.dep_ in ("attr", "acomp", "poss"):
        return None  # "X is the columnist"; "the politician's defence" points further back
    nxt = doc[tok.i + 1 : tok.i + 3]
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in nxt if t.text != ","):
        return None  # a title before a name: "the nominee Ana Ruiz", "the nominee, Ana Ruiz"
    clause, last = False, tok.i
    for c in tok.children:
        if _office_of(c):
            last = c.i + 1  # "the former secretary of state"
            continue
        if _aside_clause(c):
            continue  # "the businessman, who has hammered him": said of the one described
        if c.dep_ == "relcl" and c.i > tok.i and doc[tok.i + 1].lower_ in ("who", "whose"):
            clause = True  # "the coach who …": which coach, unless the phrase is marked
            continue
        if c.dep_ in ("appos", "relcl", "acl") or (c.dep_ == "prep" and c.lower_ == "of"):
            return None  # "the chairman of the club", "the coach that …"
    prev = doc[tok.left_edge.i - 2 : tok.left_edge.i]
    if len(prev) == 2 and prev[1].text == "," and prev[0].ent_type_ == "PERSON":
        return None  # "Ana Ruiz, the club chairman": an apposition, another's title
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.dep_ in _SUBJECTS and c.lower_ in _HE for c in verb.children):
        return None  # "he shares with the actress": whoever "he" is, not the one described
    det = tok.left_edge
    hyphens = sum(_joining_hyphen(t) for t in doc[det.i + 1 : tok.i])  # "front-runner": 1 word
    if det.lower_ not in _DETS or not 0 < tok.i - det.i - 2 * hyphens <= 4:
        return None
    if not all(_modifier(t) or _joining_hyphen(t) for t in doc[det.i + 1 : tok.i]):
        return None
    desc = doc[det.i + 1 : last + 1]
    return None if clause and not _marked(desc) else desc  # "the Acme front-runner who …"


def _office_of(prep: Token) -> bool:
    """ "of state" in "secretary of state": "of" right after the title, then one bare noun."""
    objs = list(prep.children)
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == prep.head.i + 1 and (
        len(objs) == 1 and objs[0].dep_ == "pobj" and objs[0].i == prep.i + 1
        and objs[0].tag_ == "NN" and objs[0].is_lower and not list(objs[0].children))


def _joining_hyphen(tok: Token) -> bool:
    """A hyphen inside a word: "front-runner", split by the tokenizer."""
    doc = tok.doc
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_


def _aside_clause(tok: Token) -> bool:
    """``tok`` is, or has, a relative clause set off by a comma (", who has …")."""
    doc = tok.doc
    clauses = [tok] if tok.dep_ == "relcl" else [c for c in tok.children if c.dep_ == "relcl"]
    return any(c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," for c in clauses)


def _title_phrase(tok: Token) -> bool:
    """``tok`` heads a definite title phrase ("the Ohio governor"), whatever its context."""
    det = tok.left_edge
    return (
        tok.tag_ == "NN" and tok.is_lower and is_title(tok) and det.lower_ in _DETS
        and 0 < tok.i - det.i <= 4 and all(_modifier(t) for t in tok.doc[det.i + 1 : tok.i])
    )


def _extent(tok: Token) -> tuple[int, int]:
    """The character range of ``tok``'s phrase."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _marked(desc: Span) -> bool:
    """ "the former England coach", "the GOP frontrunner": a description marked by "former" or
    the like, or by a party's or a place's name, which may point back past its own sentence
    (not an office any country has: "the Spanish president" may be anyone's), not inside a
    name ("Top of the Pops")."""
    if any(t.lower_ in _EPITHETS for t in desc[:-1]):
        return True
    doc, det = desc.doc, desc.start - 1
    in_name = det >= 2 and doc[det - 1].lower_ == "of" and doc[det - 2].is_title
    named = any(t.ent_type_ in _NAMED_KINDS for t in desc[:-1])
    return named and not in_name and desc[-1].lower_ not in OFFICE_HEADS | {"number"}


def _quoter(tok: Token) -> bool:
    """True when ``tok`` speaks in a sentence that holds a quotation mark."""
    return speaks(tok) and any(t.text in _QUOTE_MARKS for t in tok.sent)


def _governing_subjects(tok: Token) -> list[tuple[int, int]]:
    """Character ranges of the subjects of the verbs ``tok`` depends on, up to a joined or
    relative clause: "Ana said to the nominee", "Ana said [… the minister …]" are not Ana."""
    out = []
    child = tok
    for anc in tok.ancestors:
        shared = child.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in child.children)
        if child.dep_ in ("conj", "relcl", "advcl") and not shared:
            break  # "X came to the rescue but the keeper was …", "X saw Y as the …": maybe X
        for c in anc.children:
            if c.dep_ in _SUBJECTS and c.i < tok.i:
                out.append(_extent(c))
                if c.tag_ in ("WP", "WDT") and anc.dep_ == "relcl":  # "X, who met the …"
                    out.append((anc.head.left_edge.idx, anc.head.idx + len(anc.head)))
        child = anc
    return out


def _participle_subjects(tok: Token) -> list[tuple[int, int]]:
    """Character ranges of the subject of the main verb when ``tok`` sits in a participle
    clause with no subject of its own: "X has picked on Y, telling ABC … the nominee" (X
    speaks of the nominee, so the nominee is not X)."""
    child = tok
    for anc in tok.ancestors:
        if child.dep_ == "advcl" and child.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in _SUBJECTS or c.dep_ == "mark" for c in child.children
        ):
            return [_extent(c) for c in anc.children if c.dep_ in _SUBJECTS and c.i < child.i]
        child = anc
    return []


def _named(
    people: dict[int, list[tuple[int, int]]], lo: int, hi: int, skip: list[tuple[int, int]]
) -> set[int]:
    """People with a mention starting in [lo, hi) outside the ``skip`` ranges."""
    return {
        idx
        for idx, spans in people.items()
        for s, _e in spans
        if lo <= s < hi and not any(a <= s < b for a, b in skip)
    }


def _named_within(
    people: dict[int, list[tuple[int, int]]], regions: list[tuple[int, int]]
) -> set[int]:
    """The people with a mention inside one of ``regions``."""
    return {
        i
        for i, spans in people.items()
        for s, e in spans
        if any(a <= s and e <= b for a, b in regions)
    }


def _holds(role: str | None, desc: Span) -> bool:
    """True when ``role`` already says what ``desc`` says ("President" for "the president")."""
    if not role:
        return False
    words = [ABBREVIATED.get(w, w) for w in role.lower().split()]  # "Sen." holds "senator"
    return all(t.lower_ in words for t in desc if t.lower_ not in _EPITHETS)


def later_descriptions(
    doc: Doc,
    people: dict[int, list[tuple[int, int]]],
    roles: dict[int, str | None],
    given: set[tuple[int, int]],
) -> dict[int, tuple[str, tuple[int, int]]]:
    """For people without a role: a definite title phrase that describes them after they are
    named, as (role text, span of the phrase). ``roles`` holds every person's role so far;
    ``given`` the spans of descriptions already given to someone."""
    out: dict[int, tuple[str, tuple[int, int]]] = {}
    quoted = [(s, e) for s, e, _n in quoted_regions(doc_text(doc))]
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        paired = sum(_title_phrase(t) for t in sent) > 1  # "for the Ohio governor, … for the
        # former secretary of state": two people, two titles, no telling which is whose
        for tok in sent:
            desc = _description(tok)
            if desc is None or any(s <= desc.start_char < e for s, e in quoted):
                continue
            span = (desc.start_char, desc.end_char)
            if any(a < span[1] and span[0] < b for a, b in given):
                continue
            skip = _governing_subjects(tok) + quoted  # "'… than X,' said the seed": not X
            if _aside_clause(tok):  # "Mr Blair said … to irritate the chancellor, who …"
                skip += [_extent(c) for c in sent.root.children if c.dep_ in _SUBJECTS]
            here = _named(people, sent.start_char, desc.start_char, skip)
            if not here and k > 0 and _marked(desc):
                governing = _named(people, sent.start_char, desc.start_char, [])
                prev = sents[k - 1]
                inside = [(a, b) for a, b in quoted if a < prev.end_char and prev.start_char < b]
                if _named_within(people, inside):
                    continue  # "“A coup for Roe,” the Post's Ana Ruiz wrote. Aides say the
                    # former mayor …": the quote names people too, unseen behind its speaker
                here = _named(people, prev.start_char, prev.end_char, skip)
                rival = [i for i in here & governing if not roles.get(i)]
                if rival and tok.head.lower_ != "as":
                    continue  # "Ana mocked the Acme front-runner": not Ana, and maybe no one
                    # else named before her
            if any(_holds(r, desc[-1:]) for r in [*roles.values(), *(d for d, _ in out.values())]):
                continue  # "President Ruiz met Ana Li; the president said": his, not hers
            if paired and len(here) > 1:
                continue
            free = [i for i in here if not roles.get(i) and i not in out]
            one = len(free) == 1 and len([i for i in here if not roles.get(i)]) == 1
            talker = _participle_subjects(tok)
            if one and any(a <= s < b for a, b in talker for s, _e in people[free[0]]):
                continue  # "X, who is battling Y, …, telling ABC … the retired surgeon": not X
            if one and not set_apart(doc, desc.text, people[free[0]]):
                out[free[0]] = (desc.text, span)
    return out
