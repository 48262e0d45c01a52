"""Words a figure's about misses when the parse splits its clause.

"The study found 21 towns out of 48 surveyed were raising their charges": the parser
makes "towns" the object of "found" and "were raising ..." a clause of its own, so the
count loses what it counts; the total keeps its participle ("48 surveyed"). "61 million, up
from 47 million last spring": the earlier figure keeps when it held.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_relcl import nearest_verb
from generator.extract.number_spans import Quantity
from generator.extract.number_words import TIME_UNITS

# Verbs that report a finding whose object the parser may cut from its own predicate.
FIND_VERBS = {"find", "show", "reveal", "suggest", "indicate", "conclude"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
LEAD_DEPS = {"aux", "auxpass", "neg", "advmod"}
# Words that date a figure right after it: "a year ago", "last year", "the year before".
POINT_AFTER = {"ago", "earlier", "before", "previously"}


def found_clause(doc: Doc, q: Quantity, about: str) -> str:
    """ "found 39 nations ... were increasing their euro holdings": the subjectless clause
    after the counted noun is its predicate."""
    if q.noun is None or q.noun < q.start or not about:
        return about  # a total borrows its noun: "out of 65 questioned"
    noun = doc[q.noun]
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in FIND_VERBS:
        return about
    comps = [c for c in verb.rights if c.dep_ == "ccomp" and c.i > noun.i
             and not any(k.dep_ in SUBJECT_DEPS for k in c.children)]
    if not comps:
        return about
    comp = comps[0]
    lead = [k.i for k in comp.lefts if k.dep_ in LEAD_DEPS]
    first = min(lead) if lead else comp.i
    last = min(comp.right_edge.i, comp.i + 6)
    words = [t.text for t in doc[first:last + 1] if not t.is_punct]
    if not words or words[-1].lower() in about.lower():
        return about
    return f"{about} {' '.join(words)}"


def total_participle(doc: Doc, sent: Span, q: Quantity, about: str) -> str:
    """ "39 nations out of 65 questioned": the total's own participle says who was counted."""
    if q.noun is None or q.noun > q.start or q.end >= sent.end or not about:
        return about
    part = doc[q.end]
    if part.tag_ != "VBN" or not part.is_alpha or part.lower_ in about.lower():
        return about
    return f"{about} {part.text}"


def time_point(doc: Doc, sent: Span, q: Quantity, about: str) -> str:
    """ "up from 47 million last spring", "from 12 last year": the time the figure held."""
    if q.end + 1 >= sent.end or not about:
        return about
    k = q.end
    if doc[k].lower_ in {"a", "an", "the", "one", "two", "three", "last"}:
        k += 1
    unit = doc[k] if k < sent.end else None
    if unit is None or unit.lower_ not in TIME_UNITS:
        return about
    if doc[q.end].lower_ == "last":
        phrase = doc[q.end:k + 1].text
    elif k + 1 < sent.end and doc[k + 1].lower_ in POINT_AFTER and k > q.end:
        phrase = doc[q.end:k + 2].text
    else:
        return about
    if phrase.lower() in about.lower():
        return about
    return f"{about} {phrase}"


SCENE_PREPS = {"in", "across", "among", "throughout"}
PLACE_LABELS = {"GPE", "LOC", "NORP"}


def scene_place(doc: Doc, q: Quantity, about: str) -> str:
    """ "In the US growth is 6%", "in China they expect 15%": a place set before the figure's
    clause says where the figure holds."""
    verb = nearest_verb(doc[q.num])
    if verb is None:
        return about
    for prep in verb.lefts:
        if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPS or prep.i > q.start:
            continue
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        places = [t for t in prep.subtree if t.ent_type_ in PLACE_LABELS or (
            t.dep_ == "pobj" and t.pos_ == "PROPN" and t.is_upper)]  # "in the EU"
        if not objs or not places or places[0].text.lower() in about.lower():
            continue
        last = min(prep.right_edge.i, prep.i + 5)
        return f"{about} {doc[prep.i:last + 1].text}".strip()
    return about
