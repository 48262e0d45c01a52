"""Numbers: every figure a reader would cite, with what it counts, its hedge and its source."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.extract import number_context as C
from generator.extract import number_words as W
from generator.extract.number_spans import Quantity, is_token_number, merge_range, quantity_at
from generator.model import Actor, Article, NumberFact

NAME_LABELS = {"PERSON", "ORG", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW", "GPE", "LOC",
               "NORP", "LANGUAGE"}
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-\d{4}\b")
PERSON_PRONOUNS = {"he": "person", "she": "person", "his": "person", "her": "person",
                   "it": "organization", "its": "organization"}


def _ent_label(doc: Doc, i: int) -> str:
    return doc[i].ent_type_


def _appositive_age(doc: Doc, sent: Span, q: Quantity) -> int | None:
    """The name token before "Name, 43," or "aged 43": the person whose age the figure is."""
    tok = doc[q.num]
    if q.kind != "count" or q.unit or not tok.text.isdigit() or not 0 < int(tok.text) < 120:
        return None
    if q.start - 1 >= sent.start and doc[q.start - 1].lower_ in {"aged", "age"}:
        return q.start - 1
    nxt = doc[q.end].text if q.end < sent.end else "."
    if q.start - 2 >= sent.start and doc[q.start - 1].text == "," and nxt in {",", ".", ";", ")"}:
        name = doc[q.start - 2]
        if name.pos_ == "PROPN" and name.ent_type_ not in {"GPE", "LOC", "DATE"}:
            return name.i
    return None


def _not_a_figure(article: Article, doc: Doc, sent: Span, q: Quantity) -> bool:
    """Dates, clock times, years, phone numbers, labels and names are not figures."""
    tok = doc[q.num]
    if article.is_furniture(doc[q.start].idx, doc[q.end - 1].idx + len(doc[q.end - 1])):
        return True
    labels = {doc[i].ent_type_ for i in range(q.start, q.end)}
    if labels & NAME_LABELS and q.kind not in {"money", "percent", "measure"}:
        return True
    if labels & {"DATE", "TIME"} and q.kind not in {"age", "duration", "money", "percent"}:
        return True
    prev = doc[q.start - 1] if q.start > sent.start else None
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and (nxt.lower_ in W.CLOCK_WORDS or nxt.lower_ in W.MONTHS):
        return q.kind in {"count"}
    if prev is not None and prev.lower_ in W.MONTHS:
        return True
    if q.kind == "duration" and nxt is not None and nxt.lower_ == "ago":
        return True
    if q.kind in {"count", "vague"} and q.value is not None and tok.text.isdigit() and (
        len(tok.text) == 4 and 1000 <= int(tok.text) <= 2100 and q.noun is None
    ):
        return True
    if q.kind == "count" and prev is not None and q.noun is None:
        if prev.lower_ in W.LABEL_WORDS or prev.lower_.rstrip(".") in W.LABEL_WORDS:
            return True
        if prev.pos_ == "PROPN" and prev.whitespace_ and prev.lower_ not in W.MONTHS:
            return True  # "Apollo 11", "Section 427"
    if q.kind == "count" and prev is not None and prev.pos_ == "PROPN" and q.noun is not None and (
        doc[q.noun].pos_ == "PROPN" and tok.text.isdigit()
    ):
        return True  # "iPhone 11 Pro"
    if nxt is not None and nxt.text == "-" and q.end + 1 < sent.end and (
        doc[q.end + 1].lower_ in {"thirds", "quarters", "fifths", "third", "quarter", "halves"}
    ):
        return True  # "two-thirds" is a share, not a count
    if prev is not None and prev.text in {"-", "/"} and not prev.whitespace_ and q.start >= 2:
        before = doc[q.start - 2]
        if not before.whitespace_ and before.is_alpha and not W.is_number_word(before.text):
            return True
    if tok.lower_ == "one" and q.kind == "count" and tok.dep_ != "nummod" and q.end == q.num + 1:
        return True
    line_start = doc[q.start].idx
    for m in PHONE_RE.finditer(sent.text):
        if m.start() <= line_start - sent.start_char < m.end():
            return True
    return False


def _actor_for(text: str, actors: tuple[Actor, ...]) -> str | None:
    """The canonical name of the actor a phrase names ("the IMF" -> its canonical name)."""
    low = re.sub(r"^(the|a|an)\s+", "", text.lower()).strip()
    best: tuple[int, str] | None = None
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            n = re.sub(r"^(the|a|an)\s+", "", name.lower())
            found = n and (n == low or re.search(rf"\b{re.escape(n)}\b", low))
            if found and (best is None or len(n) > best[0]):
                best = (len(n), actor.name)
    return best[1] if best else None


def _last_actor(article: Article, actors: tuple[Actor, ...], pos: int, kind: str) -> str | None:
    """The actor of ``kind`` mentioned last before character ``pos`` (for "he said")."""
    best: tuple[int, str] | None = None
    for actor in actors:
        if actor.kind != kind:
            continue
        spans = actor.spans or tuple(
            (m.start(), m.end())
            for n in (actor.name, *actor.aliases)
            for m in re.finditer(rf"\b{re.escape(n)}\b", article.text)
        )
        starts = [s for s, _ in spans if s < pos]
        if starts and (best is None or max(starts) > best[0]):
            best = (max(starts), actor.name)
    return best[1] if best else None


def _source(article: Article, doc: Doc, sent: Span, q: Quantity,
            actors: tuple[Actor, ...]) -> str | None:
    span = C.source_phrase(doc, sent, q.num)
    if span is None:
        return None
    head = span.root.lower_
    if head in PERSON_PRONOUNS or span.text.lower() in PERSON_PRONOUNS:
        return _last_actor(article, actors, span.start_char, PERSON_PRONOUNS[head])
    if head in C.PRONOUNS:
        return None
    named = _actor_for(span.root.text, actors) and _actor_for(span.text, actors)
    return named or re.sub(r"^(the|a|an)\s+", "", span.text, flags=re.IGNORECASE)


def _age_about(article: Article, doc: Doc, name_tok: int, actors: tuple[Actor, ...]) -> str:
    tok = doc[name_tok]
    if tok.lower_ in {"aged", "age"}:
        return "age of " + C.about(doc, tok.i, tok.i + 1, None)
    ent = next((e for e in doc.ents if e.start <= name_tok < e.end), None)
    name = ent.text if ent is not None else tok.text
    return "age of " + (_actor_for(name, actors) or name)


def _person_name(doc: Doc, i: int, actors: tuple[Actor, ...]) -> str:
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    name = ent.text if ent is not None else doc[i].text
    return _actor_for(name, actors) or name


def _hyphen_age_about(article: Article, doc: Doc, sent: Span, q: Quantity,
                      actors: tuple[Actor, ...]) -> str:
    """"86-year-old man" -> age of the man, or of the named person the age belongs to."""
    head = doc[q.end - 1].head
    if head.i >= q.end and head.pos_ in {"NOUN", "PROPN"}:
        for cand in (head, *[c for c in head.children if c.dep_ == "appos"], head.head):
            if cand.ent_type_ == "PERSON" or cand.pos_ == "PROPN":
                return "age of " + _person_name(doc, cand.i, actors)
        return "age of " + doc[slice(*C._np(head, set(range(q.start, q.end))))].text
    subj = [c for c in head.children if c.dep_ in C.SUBJECTS and c.pos_ == "PROPN"]
    if subj:
        return "age of " + _person_name(doc, subj[0].i, actors)
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.start < q.start]
    if people and people[-1].start >= sent.start:
        return "age of " + _person_name(doc, people[-1].start, actors)
    last = _last_actor(article, actors, doc[q.start].idx, "person")
    if last is None and people:
        last = _person_name(doc, people[-1].start, actors)
    return "age of " + (last or C.about(doc, q.start, q.end, None))


def _sentence_quantities(article: Article, doc: Doc, sent: Span) -> list[Quantity]:
    found: list[Quantity] = []
    i = sent.start
    while i < sent.end:
        q = quantity_at(doc, sent, i) if is_token_number(doc[i]) else None
        if q is None:
            i += 1
            continue
        if found and found[-1].end <= q.start:
            merged = merge_range(doc, sent, found[-1], q)
            if merged is not None and q.start - found[-1].end <= 1:
                found[-1] = merged
                i = q.end
                continue
        found.append(q)
        i = q.end
    for k in range(len(found) - 1):  # "27 and 29 years old", "5 or 6 percent"
        q, nxt = found[k], found[k + 1]
        link = doc[q.end:nxt.start].text.lower().strip()
        if q.kind == "count" and q.unit is None and link in {"and", "or", "to"} and (
            nxt.kind in {"age", "duration", "measure", "percent", "money"}
        ):
            found[k] = replace(q, unit=nxt.unit, kind=nxt.kind)
    return found


def numbers(article: Article, doc: Doc, actors: tuple[Actor, ...]) -> tuple[NumberFact, ...]:
    """Figures a reader would cite, in text order."""
    out: list[NumberFact] = []
    for sent in doc.sents:
        for q in _sentence_quantities(article, doc, sent):
            name_tok = _appositive_age(doc, sent, q)
            if name_tok is not None:
                q = replace(q, kind="age", unit="years")
            if _not_a_figure(article, doc, sent, q) and name_tok is None:
                continue
            qualifier, start = C.qualifier_before(doc, sent, q.start, q.end)
            qualifier = qualifier or C.qualifier_after(doc, sent, q.end)
            if name_tok is not None:
                about = _age_about(article, doc, name_tok, actors)
            elif q.kind == "age":
                about = _hyphen_age_about(article, doc, sent, q, actors)
            else:
                about = C.about(doc, q.start, q.end, q.noun)
            first, last = doc[start], doc[q.end - 1]
            s_char, e_char = first.idx, last.idx + len(last)
            out.append(NumberFact(
                value=None if q.value is None else W.tidy(q.value),
                text=article.text[s_char:e_char],
                unit=q.unit,
                about=about,
                qualifier=qualifier,
                source=_source(article, doc, sent, q, actors),
                sentence=sent.text.strip(),
                start=s_char,
                end=e_char,
            ))
    return tuple(out)
