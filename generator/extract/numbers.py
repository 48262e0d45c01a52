"""Numbers: every figure a reader would cite, with what it counts, its hedge and its source."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract import number_words as W
from generator.extract.number_ages import (
    age_about,
    appositive_age,
    believed_age,
    hyphen_age_about,
    lived_age,
    predicate_age,
)
from generator.extract.number_article import article_at
from generator.extract.number_attach import attached_about, with_participle
from generator.extract.number_backref import read_back
from generator.extract.number_changes import reached_level
from generator.extract.number_conversions import converted, mark_conversions
from generator.extract.number_dashes import dash_about, fronted_subject
from generator.extract.number_dates import date_tag_slip, determined, year_like
from generator.extract.number_found import found_clause, scene_place, time_point, total_participle
from generator.extract.number_furniture import figure_furniture, repeat_key
from generator.extract.number_hearsay import hearsay, speaker_name
from generator.extract.number_ordinals import ordinal_at, rank_about, world_rank_at
from generator.extract.number_owners import (
    owner,
    paren_about,
    paren_figure,
    pronoun_owner,
    with_owner,
)
from generator.extract.number_parts import part_units
from generator.extract.number_polls import (
    conjoined_about,
    fragment_about,
    lead_about,
    pronoun_name,
    with_subject,
)
from generator.extract.number_prefixed import prefixed_age_at
from generator.extract.number_ranges import merge_range
from generator.extract.number_relative import ago_about, comparison_about, relative_about
from generator.extract.number_respective import respective_names
from generator.extract.number_shapes import elided_units, reshape
from generator.extract.number_slips import name_tag_slip
from generator.extract.number_source import Sources
from generator.extract.number_spans import Quantity, is_token_number, quantity_at
from generator.extract.number_tails import with_tails
from generator.extract.number_tallies import compared_total, more_noun, tally_total
from generator.extract.number_times import times_at
from generator.model import Actor, Article, NumberFact, Quote

NAME_LABELS = {"PERSON", "ORG", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "LAW", "GPE", "LOC",
               "NORP", "LANGUAGE"}
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-\d{4}\b")


def _pronoun_one(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "one of the cats", "no one", "one notable exception": "one" that counts nothing."""
    tok = doc[q.num]
    if tok.dep_ != "nummod" and q.end == q.num + 1:
        return True
    prev = doc[q.start - 1] if q.start > sent.start else None
    if prev is not None and prev.lower_ in W.ONE_PRONOUN_BEFORE:
        return True
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and nxt.lower_ == "of":
        return True
    noun = doc[q.noun] if q.noun is not None else tok.head
    return noun.lemma_.lower() in W.ONE_IDIOM_NOUNS or noun.lower_ in W.ONE_IDIOM_NOUNS


def _in_name(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "One World Labs", "Formula One", "Channel Four": a capitalised number word inside a
    run of capitalised words names something. At the start of a sentence the whole phrase
    up to the counted noun must be capitalised ("Two Democratic senators" is a count)."""
    tok = doc[q.num]
    if not tok.is_alpha or not tok.is_title or q.end != q.num + 1:
        return False
    prev = doc[q.num - 1] if q.num > sent.start else None
    nxt = doc[q.num + 1] if q.num + 1 < sent.end else None
    opening = prev is None or prev.is_punct
    if not opening and prev.is_title and prev.is_alpha:
        return True  # "Formula One", "Air Force One"
    if nxt is None or not (nxt.is_title and nxt.is_alpha):
        return False
    if not opening:
        return True  # "works for One World Labs"
    k = q.num + 1
    while k < sent.end and doc[k].is_alpha and doc[k].is_title:
        k += 1
    return k - q.num > 2 and (k == sent.end or not doc[k].is_alpha or doc[k].pos_ != "NOUN")


def _contrastive_one(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "one element ... another element", "one side ... the other": "one" sets up a
    contrast, it does not count."""
    if doc[q.num].lower_ != "one":
        return False
    for t in doc[q.end:sent.end]:
        if t.lower_ == "another" or (t.lower_ == "other" and doc[t.i - 1].lower_ == "the"):
            return True
    return False


def _code_not_count(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "a 911 call", "the 999 operator", "a 747 jet": a number that names, not counts."""
    tok = doc[q.num]
    if not tok.text.isdigit() or q.start != q.num:
        return False
    nxt = doc[q.num + 1] if q.num + 1 < sent.end else None
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN"} or len(nxt) < 3 or nxt.is_upper:
        return False  # "a 5 W charger": a unit, not a name
    if tok.text in W.SERVICE_CODES:
        return True
    prev = doc[q.start - 1] if q.start > sent.start else None
    return prev is not None and prev.lower_ in {"a", "an"} and nxt.tag_ in {"NN", "NNP"}


def _list_marker(article: Article, doc: Doc, q: Quantity) -> bool:
    """ "1) The race ...", "2. The art ...": an item number at the start of a line."""
    tok = doc[q.num]
    if not tok.text.isdigit() or q.num + 1 >= len(doc) or doc[q.num + 1].text not in {")", "."}:
        return False
    line = article.text.rfind("\n", 0, tok.idx) + 1
    return not article.text[line:tok.idx].strip()


def _idiom(doc: Doc, sent: Span, q: Quantity) -> bool:
    """ "zero tolerance", "two-bit", "one-sided": a number word inside a set phrase or a
    hyphenated adjective that counts nothing (ages and measures, "two-year", are figures)."""
    tok = doc[q.num]
    if not tok.is_alpha:
        return False
    lo, hi = max(sent.start, q.num - 3), min(sent.end, q.num + 5)
    window = doc[lo:hi].text.lower()
    at = tok.idx - doc[lo].idx
    for phrase in W.NUMBER_IDIOMS:
        k = window.find(phrase)
        while k >= 0:
            if k <= at < k + len(phrase):
                return True
            k = window.find(phrase, k + 1)
    if q.kind != "count" or q.num + 2 >= sent.end or doc[q.num + 1].text != "-":
        return False
    tail = doc[q.num + 2]
    if tok.whitespace_ or doc[q.num + 1].whitespace_ or not tail.is_alpha:
        return False
    return tail.lower_ in W.IDIOM_TAILS or (tail.lower_.endswith("ed") and tail.pos_ != "NOUN")


def _not_a_figure(article: Article, doc: Doc, sent: Span, q: Quantity) -> bool:
    """Dates, clock times, years, phone numbers, labels and names are not figures."""
    tok = doc[q.num]
    if article.is_furniture(doc[q.start].idx, doc[q.end - 1].idx + len(doc[q.end - 1])):
        return True
    labels = {doc[i].ent_type_ for i in range(q.start, q.end)}
    ago = q.kind == "duration" and q.end < sent.end and doc[q.end].lower_ == "ago"
    if labels & NAME_LABELS and q.kind not in {"money", "percent", "measure", "rank"} and not (
        ago or name_tag_slip(doc, sent, q)
    ):
        return True  # "Seventy-four years ago" may be tagged with a dateline's name
    if labels & {"DATE", "TIME"} and q.kind not in {"age", "duration", "money", "percent",
                                                    "rank", "measure"} and (
        not paren_figure(doc, sent, q)  # "Delta (70)" is a score
        and not date_tag_slip(doc, sent, q)  # "eight holidays", "the front nine in 41"
    ):
        return True
    prev = doc[q.start - 1] if q.start > sent.start else None
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and (nxt.lower_ in W.CLOCK_WORDS or nxt.lower_ in W.MONTHS):
        return q.kind in {"count"}
    if prev is not None and prev.lower_ in W.MONTHS:
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
        if not before.whitespace_ and before.is_alpha and not W.is_number_word(before.text) and (
            before.lower_ not in {"now", "then"}  # "his now-two-year-old son"
        ):
            return True
    if _idiom(doc, sent, q):
        return True
    if tok.lower_ == "one" and q.kind == "count" and (
        _pronoun_one(doc, sent, q) or _contrastive_one(doc, sent, q)
    ):
        return True
    if q.kind == "count" and _in_name(doc, sent, q):
        return True
    if q.kind == "count" and _code_not_count(doc, sent, q):
        return True
    if _list_marker(article, doc, q):
        return True
    line_start = doc[q.start].idx
    for m in PHONE_RE.finditer(sent.text):
        if m.start() <= line_start - sent.start_char < m.end():
            return True
    return False


def _sentence_quantities(article: Article, doc: Doc, sent: Span) -> list[Quantity]:
    found: list[Quantity] = []
    i = sent.start
    while i < sent.end:
        q = world_rank_at(doc, sent, i)
        q = q or (quantity_at(doc, sent, i) if is_token_number(doc[i]) else None)
        q = q or ordinal_at(doc, sent, i) or article_at(doc, sent, i)
        q = q or prefixed_age_at(doc, sent, i)  # "his then-11-week-old daughter"
        q = q or times_at(doc, sent, i)  # "had scored twice"
        q = (q and more_noun(doc, q)) or q  # "two million more people"
        q = q and reshape(doc, sent, q)  # "200m gold": metres; "at the age of 73"
        if q is None:
            i += 1
            continue
        if found and found[-1].end <= q.start:
            merged = merge_range(doc, sent, found[-1], q)
            if merged is not None and merged.kind == "ratio" and determined(doc, found[-1]):
                merged = None  # "the front nine in 41": a named thing, then a figure
            if merged is not None and q.start - found[-1].end <= 1:
                found[-1] = merged
                i = q.end
                continue
        found.append(q)
        i = q.end
    found = part_units(doc, mark_conversions(doc, sent, found))  # "40 held and 12 charged"
    found = elided_units(doc, sent, found)  # "on 12 points, three ahead"
    for k in range(len(found) - 1):  # "27 and 29 years old", "5 or 6 percent"
        q, nxt = found[k], found[k + 1]
        link = doc[q.end:nxt.start].text.lower().strip()
        if (total := tally_total(doc, q, nxt) or compared_total(doc, q, nxt)) is not None:
            found[k + 1] = total  # "10 games out of their last 11", "..., up from 9 million"
        elif converted(q, nxt):  # "$676m (£352m) loss": one amount, two currencies
            pass
        elif reached_level(doc, q, nxt):  # "revenues added 4% to 142bn euros"
            found[k + 1] = replace(nxt, about_of=(q.start, q.end, q.noun))
        elif q.kind == "count" and q.unit is None and link in {"and", "or", "to"} and (
            nxt.kind in {"age", "duration", "measure", "percent", "money"}
        ) and not year_like(doc, q):  # "by 2030 to 32 percent": a year, then a figure
            found[k] = replace(q, unit=nxt.unit, kind=nxt.kind)
        elif q.kind == "count" and q.unit is None and link == "," and (
            nxt.kind in {"duration", "measure", "percent", "money"}
            and q.value is not None and nxt.value is not None and q.value < nxt.value
            and nxt.value <= 2 * q.value and doc[q.num].is_alpha
        ):  # "four-and-a-half, five years": one hedged estimate, read by the second figure
            found[k] = replace(q, unit=nxt.unit, kind=nxt.kind,
                               about_of=(nxt.start, nxt.end, nxt.noun))
        elif link == "to" and q.kind == nxt.kind and q.value is not None and (
            nxt.value is not None and q.value > nxt.value
        ):  # "leads 43 percent to 38 percent": the second figure is read like the first
            found[k + 1] = replace(nxt, about_of=(q.start, q.end, q.noun))
    return found


# Verbs that hedge the figure they take: "the share exceeds 7%", "it approaches 9%".
VERB_HEDGES = {"exceed": "more than", "surpass": "more than", "top": "more than",
               "approach": "nearly", "near": "nearing"}


def _verb_hedge(doc: Doc, q: Quantity) -> str | None:
    """The hedge a verb puts on its object figure, if any."""
    tok = C.anchor(doc, q.start, q.end, q.noun, climb=False)
    verb = tok.head
    if tok.dep_ not in {"dobj", "npadvmod"} or verb.pos_ != "VERB" or verb.i > tok.i:
        return None
    if q.kind in {"age", "rank"} or q.noun is not None:
        return None  # "approached 30 sponsors" counts whom it approached
    return VERB_HEDGES.get(verb.lemma_.lower())


def _source(doc: Doc, sources: Sources, sent: Span, q: Quantity,
            heard: tuple[str, Token] | None) -> str | None:
    """Who states the figure; for hearsay, who is said to say it."""
    found = sources.source(sent, q.num)
    if heard is None:
        return found
    who = heard[1]
    if who.pos_ == "PRON":
        return found or sources.speakers.name_of(who)
    return speaker_name(doc, who)


def numbers(
    article: Article,
    doc: Doc,
    actors: tuple[Actor, ...],
    quotes: tuple[Quote, ...] | None = None,
) -> tuple[NumberFact, ...]:
    """Figures a reader would cite, in text order; a figure repeated in a caption once.

    ``quotes`` are the article's quotations (their speakers state the figures inside them);
    they are extracted here when not given.
    """
    out: list[NumberFact] = []
    sources = Sources(article, doc, actors, quotes)
    seen: set[tuple[str, ...]] = set()
    hedges: dict[int, str | None] = {}
    told: list[tuple[int, str, str | None]] = []  # (sentence start, about, unit) so far
    plain = figure_furniture(article)  # a run-in caption's figures count; boilerplate's do not
    for sent in doc.sents:
        found = _sentence_quantities(plain, doc, sent)
        paired = respective_names(doc, sent, found)
        for q in found:
            name_tok = appositive_age(doc, sent, q, actors)
            said_age = None if name_tok is not None else (predicate_age(
                doc, q, actors, sources) or believed_age(doc, sent, q) or lived_age(
                doc, sent, q))  # "believed to be 14", "expect to live until 85"
            if name_tok is not None or said_age is not None:
                q = replace(q, kind="age", unit="years")
            elif _not_a_figure(plain, doc, sent, q):
                continue
            key = repeat_key(doc, sent, q)
            if key in seen:
                continue
            seen.add(key)
            qualifier, start = C.qualifier_before(doc, sent, q.start, q.end)
            qualifier = qualifier or C.qualifier_after(doc, sent, q.end) or _verb_hedge(doc, q)
            qualifier = W.QUALIFIER_FORMS.get(qualifier or "", qualifier)
            if q.about_of is not None and q.aside[0] <= q.start < q.aside[1]:
                qualifier = qualifier or hedges.get(q.about_of[0])  # "over $800m (£428m)"
            hedges[q.start] = qualifier
            heard = hearsay(doc, sent, q) if q.kind != "age" else None
            lead = None
            if name_tok is not None:
                about = age_about(doc, name_tok, actors)
            elif said_age is not None:
                about = said_age
            elif q.kind == "age":
                about = hyphen_age_about(doc, sent, q, actors, sources)
            elif q.kind == "rank":
                about = rank_about(doc, q) or C.about(doc, q.start, q.end, q.noun)
            elif (lead := lead_about(doc, sent, q)) is not None:
                about = lead[0]  # "shows Smith ahead by 3.7 points"
            elif (tail := fragment_about(doc, sent, q)) is not None:
                about = tail  # "... to win the debate -- 44 percent to Jones's 34 percent"
            elif q.about_of is not None:
                about = C.about(doc, *q.about_of, also=(q.start, q.end), aside=q.aside)
                own = C.own_relative(C.anchor(doc, q.start, q.end, q.noun, climb=False), set())
                if own:  # "$64m to $45m that went to Acme": the second figure's own clause
                    about = f"{about} {doc[own[0][0]:own[0][1]].text}"
            elif q.kind == "vague" and q.noun is not None:  # "tens of thousands of people"
                about = C.noun_phrase(doc, q.noun, set(range(q.start, q.end)))
            elif heard is not None:  # "the $20 million experts say it costs"
                about = heard[0]
            else:
                about = dash_about(doc, sent, q) or attached_about(doc, sent, q) or paren_about(
                    doc, sent, q) or conjoined_about(doc, q) or ago_about(
                    doc, sent, q) or relative_about(
                    doc, sent, q) or comparison_about(doc, sent, q) or C.about(
                    doc, q.start, q.end, q.noun, aside=q.aside)
            if q.kind != "age":
                about = fronted_subject(doc, sent, q, with_tails(doc, sent, q, found, about))
                about = with_participle(doc, sent, q, about)  # "seven games remaining"
                about = with_subject(about, pronoun_name(doc, q, sources.speakers.name_of))
                about = with_subject(about, paired.get(q.num))  # "..., respectively"
                anchor = C.anchor(doc, q.start, q.end, q.noun, climb=False)
                about = with_owner(about or q.unit or "", owner(doc, anchor))
                about = with_owner(about, pronoun_owner(doc, q, sources.speakers.last_person))
                about = total_participle(doc, sent, q, found_clause(doc, q, about))
                about = scene_place(doc, q, time_point(doc, sent, q, about))  # "a year ago"
                about = read_back(doc, sent, about, q.unit, told)  # "puts the figure at $5m"
                told.append((sent.start, about, q.unit))
            first, last = doc[start], doc[q.end - 1]
            s_char, e_char = first.idx, last.idx + len(last.text.rstrip("."))
            if e_char <= s_char or last.text.rstrip(".") == last.text:
                e_char = last.idx + len(last)  # "$375m." ends a sentence: not the full stop
            out.append(NumberFact(
                value=None if q.value is None else W.tidy(q.value),
                text=article.text[s_char:e_char],
                unit=q.unit,
                about=about,
                qualifier=qualifier,
                source=(lead and lead[1]) or _source(doc, sources, sent, q, heard) or (
                    sources.poll_before(sent, q.num) if q.kind == "percent" else None),
                sentence=sent.text.strip(),
                start=s_char,
                end=e_char,
            ))
    return tuple(out)
