"""Numbers: every figure a reader would cite, with what it counts, its hedge and its source."""

from __future__ import annotations

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
    set_off_age,
)
from generator.extract.number_article import article_at
from generator.extract.number_attach import attached_about, with_participle
from generator.extract.number_backed import backed_name, ceiling
from generator.extract.number_backref import read_back
from generator.extract.number_brought_total import brought_total_about, brought_total_unit
from generator.extract.number_changes import reached_level
from generator.extract.number_clocked import clocked_about, clocked_time
from generator.extract.number_conj_subject import conj_subject
from generator.extract.number_conversions import converted, mark_conversions, mark_restatements
from generator.extract.number_counted_subject import counted_subject
from generator.extract.number_dashes import dash_about, fronted_subject
from generator.extract.number_dates import determined, year_like
from generator.extract.number_elided import (
    compared_counts,
    of_total_about,
    owned_figures,
    owned_heads,
)
from generator.extract.number_firm import firm_of_figure
from generator.extract.number_found import found_clause, scene_place, time_point, total_participle
from generator.extract.number_furniture import figure_furniture, repeat_key
from generator.extract.number_hearsay import hearsay, speaker_name
from generator.extract.number_implied import total_unit, with_clause_unit
from generator.extract.number_its import its_owner
from generator.extract.number_matchups import matchup_figures
from generator.extract.number_name_tallies import apposed_name, name_tallies
from generator.extract.number_named_attr import copula_name
from generator.extract.number_not_figures import not_a_figure
from generator.extract.number_ordinals import ordinal_at, rank_about, world_rank_at
from generator.extract.number_owners import (
    owner,
    paren_about,
    pronoun_owner,
    with_owner,
)
from generator.extract.number_participle_nouns import participle_about, participle_noun
from generator.extract.number_partitive import partitive, partitive_about
from generator.extract.number_parts import part_units
from generator.extract.number_places import place_about, place_units
from generator.extract.number_poll_runs import poll_run_source
from generator.extract.number_polls import (
    conjoined_about,
    fragment_about,
    lead_about,
    pronoun_name,
    with_subject,
)
from generator.extract.number_prefixed import prefixed_age_at
from generator.extract.number_pronoun_counts import unborrowed
from generator.extract.number_ranges import merge_range
from generator.extract.number_relative import (
    ago_about,
    comparison_about,
    later_about,
    relative_about,
)
from generator.extract.number_relcl import relative_antecedent
from generator.extract.number_respective import respective_abouts, respective_names
from generator.extract.number_run_on import run_on
from generator.extract.number_shapes import elided_units, reshape
from generator.extract.number_source import Sources
from generator.extract.number_spans import Quantity, is_token_number, quantity_at
from generator.extract.number_splits import split_about
from generator.extract.number_stranded import stranded_about
from generator.extract.number_tails import with_tails
from generator.extract.number_tallies import compared_total, more_noun, tally_total
from generator.extract.number_times import times_at
from generator.extract.number_updown import moved_about
from generator.extract.number_when import dated_after
from generator.model import Actor, Article, NumberFact, Quote


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
    found = participle_noun(doc, unborrowed(doc, found))  # "475 pledged delegates"
    found = mark_restatements(doc, sent, mark_conversions(doc, sent, found))  # "5% (£3m)"
    found = part_units(doc, found)  # "40 held and 12 charged"
    found = elided_units(doc, sent, found)  # "on 12 points, three ahead"
    found = place_units(doc, sent, found)  # "265 women in Ohio and 189 in Utah"
    found = compared_counts(doc, sent, found)  # "9.2 million votes, 1.4 million more than"
    for k in range(len(found) - 1):  # "27 and 29 years old", "5 or 6 percent"
        q, nxt = found[k], found[k + 1]
        link = doc[q.end:nxt.start].text.lower().strip()
        if (total := tally_total(doc, q, nxt) or compared_total(doc, q, nxt)) is not None:
            found[k + 1] = total  # "8 matches out of their last 9", "..., up from 9 million"
        elif converted(q, nxt):  # "$676m (£352m) loss": one amount, two currencies
            pass
        elif reached_level(doc, q, nxt):  # "revenues added 4% to 142bn euros"
            found[k + 1] = replace(nxt, about_of=(q.start, q.end, q.noun))
        elif q.kind == "count" and q.unit is None and link in {"and", "or", "to"} and (
            nxt.kind in {"age", "duration", "measure", "percent", "money"}
        ) and not year_like(doc, q) and not (  # "by 2030 to 32 percent": a year, then a figure
            q.start > sent.start and doc[q.start - 1].lower_ in {"the", "these", "those"}
        ):  # "between the two and up to 15 percent": "the two" are people, no share
            found[k] = replace(q, unit=nxt.unit, kind=nxt.kind)
        elif q.kind == "count" and q.unit is None and link == "," and (
            nxt.kind in {"duration", "measure", "percent", "money"}
            and q.value is not None and nxt.value is not None and q.value < nxt.value
            and nxt.value <= 2 * q.value and doc[q.num].is_alpha
        ):  # "four-and-a-half, five years": one hedged estimate, read by the second figure
            found[k] = replace(q, unit=nxt.unit, kind=nxt.kind,
                               about_of=(nxt.start, nxt.end, nxt.noun))
        elif link == "to" and q.kind == nxt.kind and q.value is not None and (
            nxt.value is not None and q.value > nxt.value and not year_like(doc, q)
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


def _not_counted(source: str | None, unit: str | None, tallied: bool) -> str | None:
    """No source for a tally that only names its counted noun ("the delegate count is ..."
    counts delegates; "delegate" states nothing)."""
    if tallied and source and unit and source.lower().rstrip("s") == unit.lower().rstrip("s"):
        return None
    return source


def _restated_about(doc: Doc, q: Quantity, own: str | None, first: str | None) -> str | None:
    """What a figure told again in other terms is about ("8 per cent (£17,000)"): what the
    first figure is about, where its own words name that figure ("8 per cent") or none."""
    head = doc[q.about_of[0]:q.about_of[1]].text.split() if q.about_of else []
    figures = {w for w in head if any(ch.isdigit() for ch in w)}
    if not own or figures & set(own.split()):
        return first
    return own


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
    restated: dict[int, str | None] = {}  # a figure's start token -> its about
    plain = figure_furniture(article)  # a run-in caption's figures count; boilerplate's do not
    counted: str | None = None  # the counted noun of the paragraph's last plain count
    last_end = 0
    for sent in doc.sents:
        found = _sentence_quantities(plain, doc, sent)
        paired = respective_names(doc, sent, found)
        tallied = name_tallies(doc, sent, found)  # "The count is Ann Roe 384, Bo Lee 300"
        if "\n" in article.text[last_end:sent.start_char]:
            counted = None  # a new paragraph: the last one's counted noun is not carried
        owned = owned_figures(doc, sent, found, counted)  # "..., to Roe's 538 and Lee's 145"
        found = owned_heads(doc, sent, found, owned)  # "has 512 to Roe's 388"
        tallied = owned | tallied
        last_end = sent.end_char
        tallied = matchup_figures(doc, sent, found) | tallied  # "beat Lee by 9 points (52 to 43)"
        at_pair: dict[int, int] = {}  # a figure paired by "respectively" -> its index in out
        for q in found:
            name_tok = appositive_age(doc, sent, q, actors)
            said_age = None if name_tok is not None else (predicate_age(
                doc, q, actors, sources) or believed_age(doc, sent, q) or lived_age(
                doc, sent, q) or set_off_age(doc, sent, q))  # "believed to be 14", "age, 44,"
            if name_tok is not None or said_age is not None:
                q = replace(q, kind="age", unit="years")
            elif q.num in tallied:
                q = replace(q, unit=tallied[q.num][1])
            elif not_a_figure(plain, doc, sent, q):
                continue
            q = partitive(doc, sent, clocked_time(doc, q))  # "clocking 7.37", "34 of them"
            q = counted_subject(doc, q)  # "the number of shops has exceeded 4.2 million"
            q = total_unit(doc, sent, with_clause_unit(doc, q), told)  # "with 100,000 getting"
            q = brought_total_unit(doc, sent, q, told)  # "bringing the total to 900"
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
            about: str | None
            if name_tok is not None:
                about = age_about(doc, name_tok, actors)
            elif said_age is not None:
                about = said_age
            elif q.kind == "age":
                about = hyphen_age_about(doc, sent, q, actors, sources)
            elif q.num in tallied:
                about = tallied[q.num][0]
            elif (total := brought_total_about(doc, q)) is not None:
                about = total  # "bringing the total number of files to over 2,400"
            elif (beside := apposed_name(doc, sent, q)) is not None:
                about = beside  # "Florida, 99 delegates, and Ohio, ..."
            elif (whole := of_total_about(doc, sent, q)) is not None:
                about = whole  # "a handful of the senators, of 46 total, ..."
            elif q.kind == "rank":
                about = rank_about(doc, q) or C.about(doc, q.start, q.end, q.noun)
            elif (lead := lead_about(doc, sent, q)) is not None:
                about = lead[0]  # "shows Smith ahead by 3.7 points"
            elif (tail := fragment_about(doc, sent, q)) is not None:
                about = tail  # "... to win the debate -- 44 percent to Jones's 34 percent"
            elif (split := split_about(doc, sent, q, found)) is not None:
                about = split  # "Lee was preferred 48 percent versus 40 percent"
            elif (placed := place_about(doc, sent, q, found)) is not None:
                about = placed  # "265 women infected in Ohio and 189 in Utah"
            elif (held := participle_about(doc, q)) is not None:
                about = held  # "where 312 pledged delegates are at stake"
            elif (lost := stranded_about(doc, sent, q)) is not None:
                about = lost  # "... between the two and up to 15 percent could abstain"
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
                    doc, sent, q) or later_about(doc, sent, q) or relative_about(
                    doc, sent, q) or comparison_about(doc, sent, q) or C.about(
                    doc, q.start, q.end, q.noun, aside=q.aside)
            if q.kind != "age":
                about = partitive_about(doc, sent, q, clocked_about(doc, sent, q, about))
                about = fronted_subject(doc, sent, q, with_tails(doc, sent, q, found, about))
                about = with_participle(doc, sent, q, about)  # "seven games remaining"
                if q.num not in tallied:  # "he has 512 to Roe's 388": Roe's, not his
                    about = with_subject(about, pronoun_name(doc, q, sources.speakers.name_of))
                about = with_subject(about, paired.get(q.num))  # "..., respectively"
                anchor = C.anchor(doc, q.start, q.end, q.noun, climb=False)
                about = backed_name(anchor, about or "")  # "5 percent prefer Ann Lee"
                about = ceiling(doc[q.num], about)  # "19 from a possible 24"
                about = with_owner(about or q.unit or "", owner(doc, anchor))
                about = with_owner(about, pronoun_owner(doc, q, sources.speakers.last_person))
                about = with_owner(about, its_owner(doc, sent, q, about))  # "leaving its sales"
                about = with_owner(about, firm_of_figure(doc, sent, anchor))  # "The company"
                about = with_owner(about, copula_name(anchor))  # "The top seller was Acme, ..."
                about = total_participle(doc, sent, q, found_clause(doc, q, about))
                about = scene_place(doc, q, time_point(doc, sent, q, about))  # "a year ago"
                about = dated_after(doc, sent, q, about)  # "a 7% rise last year"
                about = relative_antecedent(anchor, about)  # "the appeal, which may top £5m"
                about = moved_about(doc, sent, q, about)  # "exports hit a record, up 35%"
                about = conj_subject(doc, q, about)  # "... came out in 1983 and that produced"
                about = run_on(anchor, about)  # "get their travel (TX) claims quickly paid"
                about = read_back(doc, sent, about, q.unit, told)  # "puts the figure at $5m"
                if q.about_of is not None and q.aside != (0, 0) and q.about_of[0] in restated:
                    about = _restated_about(doc, q, about, restated[q.about_of[0]])
                restated[q.start] = about
                told.append((sent.start, about, q.unit))
            if q.kind == "count" and q.unit and q.noun is not None and doc[q.noun].tag_ == "NNS":
                counted = q.unit
            if q.num in paired:
                at_pair[q.num] = len(out)
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
                source=_not_counted((lead and lead[1]) or _source(
                    doc, sources, sent, q, heard) or (
                    sources.poll_before(sent, q.num) or poll_run_source(sources, sent, q.num)
                    if q.kind == "percent" else None), q.unit,
                    q.num in tallied),
                sentence=sent.text.strip(),
                start=s_char,
                end=e_char,
            ))
        _pair_abouts(out, at_pair, paired)
        _share_poll_source(out, sources, sent)
    return tuple(out)


def _share_poll_source(out: list[NumberFact], sources: Sources, sent: Span) -> None:
    """Shares one sentence gives with no source of their own ("A poll shows Roe at 36
    percent and Lee and Ng, 11 and 8 percent respectively") are the poll's, when the
    sentence's other shares all name that one source."""
    mine = [k for k in range(len(out)) if sent.start_char <= out[k].start < sent.end_char
            and out[k].unit == "percent" and not sources.inside_quote(out[k].start)]
    named = {out[k].source for k in mine if out[k].source}
    if len(named) != 1 or any(ch.isdigit() for ch in next(iter(named))):
        return  # not "an average of 10 percent of voters": a share read as its own source
    source = named.pop()
    for k in mine:
        if not out[k].source:
            out[k] = replace(out[k], source=source)


def _pair_abouts(out: list[NumberFact], at_pair: dict[int, int], paired: dict[int, str]) -> None:
    """Rewrite, in ``out``, the abouts and sources of one sentence's figures paired with a
    list by "respectively"."""
    nums = sorted(at_pair)
    facts = [(out[at_pair[n]].about, out[at_pair[n]].source) for n in nums]
    for n, (about, source) in zip(nums, respective_abouts(facts, [paired[n] for n in nums]),
                                  strict=True):
        out[at_pair[n]] = replace(out[at_pair[n]], about=about, source=source)
