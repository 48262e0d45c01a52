"""What a figure measures, how it is hedged and who states it, from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.number_bounds import rank_words
from generator.extract.number_clause import (
    MODIFIER_DEPS,
    NOMINAL_DEPS,
    OPINION_VERBS,
    PRONOUNS,
    RELATIVES,
    REPORT_NOUNS,
    SAY_VERBS,
    SPEECH_VERBS,
    SUBJECTS,
    _clause,
    _kills,
    _stand_in,
    _subject,
)
from generator.extract.number_complements import (
    _counted,
    _gapped,
    _own_complement,
    _share_of,
    _small_clause,
    own_relative,
)
from generator.extract.number_hedges import (
    _gap_word,
    after_hedge,
    possessed,
    qualifier_after,
    qualifier_before,
)
from generator.extract.number_misparsed import noun_after
from generator.extract.number_phrases import (
    _np,
    _purpose,
    comparative_after,
    head_words,
    pp_after,
    purpose_after,
)
from generator.extract.number_phrases import antecedent as _antecedent
from generator.extract.number_phrases import noun_phrase as noun_phrase
from generator.extract.number_render import render as _render
from generator.extract.number_scope import contact_noun
from generator.extract.number_speech import placed, placed_subject, raised_verb, speech_ranges
from generator.extract.number_timing import _duration, _timed_event, _until
from generator.extract.number_words import ESTIMATE_VERBS, TIME_UNITS

# Re-exported for the number_* modules that read a figure's clause through this one.
__all__ = [
    "PRONOUNS", "RELATIVES", "REPORT_NOUNS", "SPEECH_VERBS", "SUBJECTS", "_np", "_stand_in",
    "_subject", "about", "anchor", "noun_phrase", "own_relative", "qualifier_after",
    "qualifier_before",
]


def anchor(doc: Doc, start: int, end: int, noun: int | None, climb: bool = True) -> Token:
    """The token that stands for the figure in the parse (its counted noun, else its head);
    with ``climb``, the first conjunct of a coordination ("dogs" for "18 cats")."""
    if noun is not None:
        tok = doc[noun]
    else:
        outside = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
        tok = outside[0] if outside else doc[end - 1]
    while climb and tok.dep_ == "conj" and tok.head.pos_ in {"NUM", "NOUN", "SYM", "PROPN"}:
        tok = tok.head
    return tok



def _said_move(verb: Token | None, g: Token, path: set[int]) -> Token | None:
    """ "it said it would double its shops from 12 to 20": a move's phrase the parser hung on
    the speech verb belongs to the reported clause's verb."""
    if verb is None or verb.lemma_ not in SPEECH_VERBS or g.dep_ != "prep" or (
        g.lower_ not in {"from", "to", "by"} or g.head.i != verb.i
    ):
        return verb
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and verb.i < c.i < g.i), None)
    if comp is None or comp.pos_ not in {"VERB", "AUX"}:
        return verb
    path.add(comp.i)
    return comp


def about(doc: Doc, start: int, end: int, noun: int | None, also: tuple[int, int] = (0, 0),
          aside: tuple[int, int] = (0, 0)) -> str:
    """What a figure measures, in words from its sentence: counted noun, verb, its complement.

    ``also`` is another figure this one is read by; ``aside`` a stretch to leave out (a
    currency conversion in parentheses: "$676m (£352m) loss")."""
    hedge = qualifier_before(doc, doc[start].sent, start, end)[1]
    skip = set(range(hedge, end)) | set(range(*(after_hedge(doc, doc[start].sent, end) or (0, 0))))
    if hedge < start - 1 and _gap_word(doc[start - 1]):
        skip.discard(start - 1)  # "roughly new 300 homes": the adjective is the about's
    skip |= set(range(*also)) | set(range(*aside))
    if also[1] > also[0]:
        skip |= set(range(qualifier_before(doc, doc[start].sent, *also)[1], also[0]))
    own = anchor(doc, start, end, noun, climb=False)
    tok = anchor(doc, start, end, noun)
    gapped = _gapped(doc, own, skip)
    if gapped:
        return gapped
    ranges: list[tuple[int, int]] = possessed(doc, end) + rank_words(tok, noun, hedge)
    if noun is not None and noun - 2 >= end and doc[noun - 1].text == "-" and (
        not doc[noun - 1].whitespace_ and tok.pos_ not in {"NOUN", "PROPN"}
    ):
        ranges.append((noun - 2, noun + 1))  # "four co-accused" parsed as a verb
    if own.i != tok.i and own.pos_ in {"NOUN", "PROPN"}:  # "54 dogs and 18 cats"
        ranges.append(_np(own, skip, pp=True))
    if tok.pos_ in {"NOUN", "PROPN"} and (own.i == tok.i or not _counted(tok, skip)):
        timed = tok.lower_ in TIME_UNITS and any(c.dep_ == "relcl" for c in tok.rights)
        ranges.append(_np(tok, skip, pp=noun is not None or tok.i >= end or timed))
    elif tok.pos_ in {"NUM", "SYM"}:  # "£5 in Kent and £4 in Essex": each its own place
        ranges += (own.i != tok.i and _own_complement(own, skip)) or _own_complement(tok, skip)
    if start <= tok.i < end:
        ranges += own_relative(tok, skip)
    if noun is None and tok.pos_ == "NOUN" and doc[end - 1].i == tok.i:
        ranges += _own_complement(tok, skip)  # "27 billion euros in credit exposure"
    path = {tok.i}
    verb = None
    g = tok
    for _ in range(6):
        head = g.head
        if head.i == g.i:
            verb = g if g.pos_ in {"VERB", "AUX"} else None
            break
        path.add(head.i)
        if head.pos_ in {"VERB", "AUX"}:
            verb = head
            if head.dep_ in {"aux", "auxpass"} and head.head.pos_ == "VERB":
                verb = head.head  # "16 men, ..., were lined up": the subject hung on "were"
                path.add(verb.i)
            break
        modified = g.i < end <= head.i and g.dep_ in MODIFIER_DEPS and (
            head.pos_ in {"NOUN", "PROPN"} or (head.pos_ == "ADJ" and head.dep_ in NOMINAL_DEPS)
        )  # "$850m payout", the noun tagged as an adjective
        if modified and not _counted(head, skip):
            np = _np(head, skip, pp=True, clauses=False)
            ranges.append(_purpose(doc, np, skip))
        elif g.i == tok.i < head.i and g.dep_ in {"compound", "amod"} and head.pos_ == "NOUN" and (
            doc[g.i - 1].text == "-"
        ):  # "a three-time Formula One champion": the title the count belongs to
            ranges.append(_np(head, skip, pp=True, clauses=False))
        elif head.pos_ in {"NOUN", "PROPN"} and not _counted(head, skip) and (
            g.dep_ != "appos" or head.pos_ == "NOUN"  # "the money -- $5m -- came from"
        ):
            if g.dep_ == "appos" and (g.i == tok.i or doc[tok.i].head.i == g.i):  # the
                # described noun says what it is; a figure deep in the description keeps it
                ranges = [r for r in ranges if r != _np(g, skip)]
            of_figure = (g.dep_ == "prep" and g.lower_ == "of" and tok.i in skip) or (
                g.dep_ == "appos" and any(c.dep_ == "prep" and c.i < g.i for c in head.rights)
            )  # "support among farmers (62 percent)": the figure is read by the whole phrase
            ranges.append(_np(head, skip, pp=of_figure))  # "grants of £40 for the over-60s"
        elif (small := _small_clause(head, skip)) is not None:
            ranges.append(small)
        elif head.pos_ == "ADP" and g.dep_ != "pobj":  # "200 miles from North Carolina"
            objs = [c for c in head.children if c.dep_ == "pobj"]
            acts = [c for c in head.children if c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"}]
            if objs:
                ranges.append((head.i, _np(objs[0], skip)[1]))
            elif acts:  # "two months from when a vote is held": the event it runs from
                ranges.append((head.i, min(acts[0].right_edge.i + 1, head.i + 8)))
        g = head
    verb = _said_move(verb, g, path)
    if verb is None and g.head.i == g.i and g.pos_ in {"NOUN", "PROPN"}:
        auxes = [g, *(c for c in g.children if c.dep_ == "aux")]
        subj = [c for a in auxes for c in a.children if c.dep_ in SUBJECTS and c.i < g.i]
        if subj:  # "Acme beats Bolt by 5 points" with "beats" taken for an auxiliary
            ranges.append((_np(subj[0], skip)[0], g.i + 1))
    ranges[:0] = [(i, i + 1) for i in sorted(path) if doc[i].lower_ == "worth"]  # "worth $5m"
    if (until := _until(doc, tok, skip)) is not None:
        return until
    if verb is not None and (timed := _duration(doc, tok, verb, skip, path)):
        return timed
    far = None  # a subject too far from its verb to fit the stretch
    told = verb is not None and g.dep_ in SUBJECTS and not (  # "three-time champion X said"
        tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN" and tok.i < tok.head.i)
    said = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i] if (
        told and verb.lemma_ in OPINION_VERBS) else []
    if said:  # "19 percent said they would not vote", "12 percent indicated they were unsure"
        first = said[0].left_edge.i
        share = _share_of(tok, skip)
        cap = first + 12 - sum(e - s for s, e in share)  # room for whom it is a share of
        ranges[:0] = [*share, (first, min(said[0].right_edge.i + 1, cap)), (verb.i, verb.i + 1)]
    elif told and verb.lemma_ in SAY_VERBS:
        ranges += _clause(verb, skip, path, True)  # "73 percent said the same of Jones"
    elif verb is not None and (verb.lemma_ not in SPEECH_VERBS or _kills(verb) or placed(verb) or (
        verb.lemma_ == "add" and g.dep_ == "dobj" and g.head.i == verb.i and g.like_num
        and any(t.lower_ == "to" for t in g.subtree)  # "adding $2 to $48": a change
    ) or (
        verb.lemma_ in {"show", "indicate"} and ((g.dep_ in SUBJECTS and g.i == tok.i) or (
            placed_subject(verb)))  # "the South West had the top share at 9%"
    )):  # "15 people have shown an interest": they show, they state nothing
        via_subject = g.dep_ in SUBJECTS
        contact = None if via_subject else contact_noun(verb)
        if contact is not None:  # "a custom she has kept for 30 years"
            ranges += [(_np(contact, skip)[0], contact.i + 1), (contact.i + 1, verb.i + 1)]
        ranges += _clause(verb, skip, path, via_subject)
        subj = _stand_in(_subject(verb), verb)
        far = subj if subj is not None and not via_subject and not subj.like_num and (
            subj.i < verb.i) and subj.i not in skip else None  # named apart if cut for room
        if via_subject and g.dep_ in SUBJECTS and verb.dep_ == "relcl":
            ranges.append(_np(verb.head, skip, pp=True))
        if subj is None and not via_subject and verb.dep_ != "conj" and contact is None:
            upper = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
            if upper is not None and upper.lemma_ in ESTIMATE_VERBS:
                ranges.append((upper.i, upper.i + 1))
                wanter = _subject(upper)  # its own named subject, no relative pronoun
                if wanter is not None and wanter.head.i == upper.i and wanter.i < upper.i and (
                    wanter.pos_ in {"NOUN", "PROPN"} and wanter.i not in skip
                ):
                    ranges.append(_np(wanter, skip))  # "the mayor wants it to be 2.5%"
                if upper.dep_ == "acl" and upper.head.pos_ == "NOUN":  # "a deficit projected"
                    ranges.append(_np(upper.head, skip))
            elif upper is not None and upper.lemma_ not in SPEECH_VERBS:
                ranges += _clause(upper, skip, path | {verb.i}, False)
    elif verb is not None and (raised := raised_verb(verb, g)) is not None:
        ranges += _clause(raised, skip, path | {verb.i}, True)  # "are believed to have fled"
    elif verb is not None:  # "Losses are estimated at $5m": the verb says what it is
        spoken = speech_ranges(verb, g if g.head.i == verb.i else tok, skip, SPEECH_VERBS)
        bare = bool(ranges) and all(i in skip for i in range(*ranges[0])) and g.lower_ == "at"
        ranges = spoken + ranges if bare else ranges + spoken  # the figure alone: read by these
    if verb is not None and (main := _timed_event(tok, verb)) is not None:
        ranges += _clause(main, skip, path | {verb.i}, False)  # "rescued 22 hours after ..."
    if any(t.ent_type_ == "MONEY" or t.is_currency for t in doc[start:end]):
        ranges += purpose_after(doc, end, skip)  # "$6bn to assist its allies"
    ranges[1:1] = noun_after(doc, start, end, hedge, skip)  # "a $5m hit" parsed as a verb
    ranges[1:1] = pp_after(doc, end, skip)  # "£20,000 for three talks", "30% against the yen"
    ranges[1:1] = comparative_after(doc, end)  # "£200m less debt"
    text = _render(doc, ranges, skip=skip)
    if far is not None and text and far.text not in {w.strip(",.;:'\"") for w in text.split()}:
        text = f"{head_words(far, skip)} {text}"  # "old stones [the builders used …] weigh"
    ante = _antecedent(doc, ranges)
    if ante:
        text = f"{text} ({ante})"
    sent = doc[start].sent
    near = (max(start - 3, sent.start), min(end + 3, sent.end))
    text = text or _render(doc, [near], skip=skip)
    while not text and len(ranges) > 1:  # the first range held only the figure itself
        ranges = ranges[1:]
        text = _render(doc, ranges, skip=skip)
    return text
