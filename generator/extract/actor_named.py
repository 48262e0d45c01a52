"""Names that name no actor: a name given to a thing ("a guitar named Lucille", "the vessel
Ocean Star") and a reporter's credit or a bracketed dateline ("(CNN)")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actor_spans import bare
from generator.extract.actor_words import (
    INSTITUTION_NOUNS,
    NAMING_VERBS,
    ORG_DESCRIPTORS,
    PERSON_NOUNS,
    TITLE_NOUNS,
    VEHICLE_NOUNS,
)

_KEEP_NAMED = PERSON_NOUNS | TITLE_NOUNS | ORG_DESCRIPTORS | INSTITUTION_NOUNS
_CREDIT = re.compile(
    r"\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b"
    r"|\b(?:additional )?(?:reporting|writing|editing) (?:by|from)\b",
    re.IGNORECASE,
)
# A sign-off naming where a reporter filed from: "Ann Roe reported from Boston."
_FILED = re.compile(r"\b[A-Z][\w'\u2019-]+ reported from (?:[A-Z][\w'\u2019-]*[ ,]*)+\.?$")


_FINITE_OR_PARTICIPLE = frozenset({"VBN", "VBD", "VBG", "VBZ", "VBP"})
_NAMING_PARTICLES = frozenset({"on", "for", "off", "up", "out", "in", "back", "upon"})


def named_thing(doc: Doc, span: Span) -> bool:
    """True for a name given to a thing: "a guitar named Lucille", "J.J. is short for Jazz Junior",
    "a disc jockey, the Canal Street Jazz Junior" (an epithet in apposition to a common noun)."""
    first = span[0]
    if (
        first.i >= 2
        and doc[first.i - 1].lower_ == "for"
        and doc[first.i - 2].lower_
        in (
            "short",
            "stands",
        )
    ):
        return True
    before = first.i - 1 - int(first.i > 0 and doc[first.i - 1].text == ",")
    if before >= 0 and doc[before].is_lower and doc[before].lemma_ in VEHICLE_NOUNS:
        return True  # "the aid ship, Mavi Marmara", "the vessel Ocean Star"
    if _operation_named(doc, first.i):
        return True  # "during operations Desert Gale and Desert Rain"
    root = span.root
    if root.dep_ == "appos" and root.head.tag_ in ("NN", "NNS") and root.head.is_lower:
        det = first.i > 0 and doc[first.i - 1].lower_ == "the"
        if det and root.head.lower_ not in _KEEP_NAMED:
            return True
    lo = max(first.sent.start, first.i - 6)
    for i in range(first.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.is_punct or tok.pos_ in ("CCONJ", "SCONJ") or tok.lower_ == "while":
            return False  # "named best film while Marta Lindqvist won": another clause
        if tok.dep_ == "agent":
            return False  # "a fund called Acme45 backed by Ana Ruiz": the backer, not the name
        phrasal = doc[i + 1].lower_ in _NAMING_PARTICLES  # "called on the FA to act"
        if tok.lemma_.lower() in NAMING_VERBS and tok.tag_ in _FINITE_OR_PARTICIPLE and not phrasal:
            named = [t for t in doc[i + 1 : first.i] if t.pos_ in ("NOUN", "PROPN", "NUM")]
            if not named and tok.dep_ == "acl":
                named = [tok.head]
            if not named and tok.i > 0:
                named = [doc[tok.i - 1]]
            keep = any(
                bare(t.text) in _KEEP_NAMED or t.ent_type_ in ("PERSON", "ORG") for t in named
            )
            return bool(named) and not keep and all(t.lower_ not in ("him", "her") for t in named)
    return False


_OPERATIONS = frozenset({"operation", "exercise"})


def _operation_named(doc: Doc, i: int) -> bool:
    """The name at ``i`` follows a lowercase "operation(s)", alone or further on in a list of
    names: "operations Desert Gale and Desert Rain"."""
    k = i - 1
    while k >= max(0, i - 8) and (doc[k].is_title or doc[k].lower_ in ("and", ",")):
        k -= 1
    return k >= 0 and k < i and doc[k].is_lower and doc[k].lemma_ in _OPERATIONS


def credit_line(span: Span) -> bool:
    """True inside a reporter's credit ("Jane Roe and John Doe contributed to this report",
    "Jane Roe reported from Leeds.") or a bracketed dateline before the lede ("(CNN)The
    storm …"): it names who filed, not who acts."""
    doc, sent = span.doc, span.sent
    dateline = sent.start < span.start and doc[sent.start].text == "(" and sent[-1].text == ")"
    return dateline or bool(_CREDIT.search(sent.text) or _FILED.search(sent.text.strip()))
