"""What a figure measures, how it is hedged and who states it, from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.number_bounds import rank_words, who_clause_end
from generator.extract.number_complements import (
    _ccomp,
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
from generator.extract.number_relcl import copular_host, relcl_head
from generator.extract.number_render import render as _render
from generator.extract.number_scope import (
    contact_noun,
    scope_adverb,
    stray_object,
)
from generator.extract.number_speech import placed, speech_ranges
from generator.extract.number_words import ESTIMATE_VERBS, TIME_UNITS

SPEECH_VERBS = {
    "say", "tell", "report", "announce", "state", "claim", "estimate", "predict", "expect",
    "forecast", "project", "add", "explain", "note", "write", "testify", "insist", "argue",
    "confirm", "reveal", "disclose", "show", "find", "indicate", "suggest", "warn", "admit",
    "acknowledge", "calculate", "count", "believe", "put", "tweet", "post", "publish", "cite",
    "tally", "record", "allege", "told", "declare", "describe", "mention", "boast", "model",
}
__all__ = ["qualifier_after", "qualifier_before"]
REPORT_NOUNS = {
    "forecast", "estimate", "projection", "prediction", "figure", "figures", "data", "report",
    "survey", "study", "poll", "count", "tally", "analysis", "statement", "records", "record",
    "statistics", "census", "outlook", "calculation", "research",
}
SAY_VERBS = {"say", "tell", "report", "state", "claim", "believe", "answer", "respond"}
# Verbs whose clause is what a share of people think: "12 percent indicated they were unsure".
OPINION_VERBS = SAY_VERBS | {"indicate", "agree", "disagree", "think", "feel", "expect", "fear",
                             "worry", "doubt", "know", "consider", "believe", "suspect"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
RELATIVES = {"who", "which", "that"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this"}
MODALS = {"could", "can", "will", "would", "should", "might", "may", "must", "'ll", "to", "shall"}


PLACE_LABELS = {"GPE", "LOC"}
# Adverbs the parser splits from a phrasal verb: "ordered to pay back £5m".
PARTICLES = {"back", "out", "off", "up", "down", "away"}
SCOPE_PREPS = {"in", "across", "throughout", "among", "against"}


MODIFIER_DEPS = {"nummod", "compound", "nmod", "amod", "quantmod"}
NOMINAL_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos"}


def _pp(verb: Token, skip: set[int], avoid: set[int]) -> tuple[int, int] | None:
    """The first prepositional phrase or object of a verb that is not the figure's own."""
    for child in verb.rights:
        if any(t.text == ";" for t in verb.doc[verb.i + 1:child.i]):
            break  # past a semicolon: another clause's words
        if child.i in avoid or child.i in skip:
            continue
        if child.dep_ in {"prep", "agent", "dative"}:
            objs = [c for c in child.children if c.dep_ in {"pobj", "pcomp"} and c.i not in skip]
            inner = [c for c in child.children if c.dep_ == "prep" and c.i == child.i + 1]
            if not objs and inner and child.lower_ != "according":  # "from within the UK"
                objs = [c for c in inner[0].children if c.dep_ == "pobj" and c.i not in skip]
            if objs and objs[0].lower_ in {"far", "much"}:
                continue  # "was by far the biggest": a degree, not what the verb takes
            if objs and not (set(range(child.i, objs[0].i + 1)) & skip) and (
                not _counted(objs[0], skip)  # another figure's phrase: "over four-and-a-half"
            ):
                return child.i, max(_np(objs[0], skip)[1], who_clause_end(objs[0]))
        if child.dep_ in {"dobj", "attr", "acomp", "oprd"}:
            return _np(child, skip, pp=True)
    return None


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it depends on (for "to hold", "explaining")."""
    hop = verb
    for _ in range(3):
        subs = [c for c in hop.children if c.dep_ in SUBJECTS]
        if subs:
            return subs[0]
        objs = [c for c in hop.head.children if c.dep_ == "dobj" and c.i < hop.i]
        if hop.dep_ == "ccomp" and objs:  # "explaining the firings amounted to ..."
            return objs[0]
        if hop.dep_ == "acl" and hop.tag_ == "VBN" and hop.head.dep_ in SUBJECTS and (
            hop.head.pos_ in {"NOUN", "PROPN", "PRON"}
        ):
            return hop.head  # "those on high incomes - judged to be $75,000": what is judged
        if hop.dep_ in {"xcomp", "advcl", "conj", "acl", "acomp"} and hop.head.i != hop.i:
            hop = hop.head
        elif (host := copular_host(hop)) is not None:  # "tickets are on sale priced at £5"
            hop = host
        else:
            return None
    return None


def _stand_in(subj: Token | None, verb: Token) -> Token | None:
    """A subject worth naming: a clause's object, a relative pronoun's antecedent, no pronoun."""
    if subj is None:
        return None
    if subj.dep_ == "csubj":
        objs = [c for c in subj.children if c.dep_ == "dobj"]
        return objs[0] if objs else None
    if subj.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
        return relcl_head(verb)
    if subj.lower_ in {"those", "these"} and any(c.dep_ in {"prep", "acl", "relcl"}
                                                 for c in subj.children):
        return subj  # "those in the bottom fifth"
    return None if subj.lower_ in PRONOUNS or subj.pos_ == "PRON" else subj


def _clause(verb: Token, skip: set[int], path: set[int], via_subject: bool) -> list:
    """Ranges for a verb, its subject (unless the figure is it) and its complement."""
    ranges: list[tuple[int, int]] = [(verb.i, verb.i + 1)]
    ranges += [(c.i, c.i + 1) for c in verb.children if c.dep_ in {"prt", "neg"} or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLES)]  # "pay back", "not"
    subj = None if via_subject else _stand_in(_subject(verb), verb)
    if subj is not None:
        ranges.append(_np(subj, skip, pp=True))
    comp = _pp(verb, skip, path)
    stray = stray_object(verb) if comp is None else None
    if stray is not None:
        comp = _np(stray, skip, clauses=False)
    if comp is not None:
        ranges.append(comp)
    elif (more := _xcomp(verb, skip, path)) is not None:
        ranges.append(more)  # "12 others were filmed being forced to walk down a beach"
    elif (said := _ccomp(verb, skip, path)) is not None:
        ranges.append(said)  # "47% saw their finances improving"
    for cond in (c for c in verb.rights if c.dep_ == "advcl" and c.i not in path):
        if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in cond.children):
            ranges.append((cond.left_edge.i, min(cond.right_edge.i + 1, cond.i + 4)))
            break  # "40 lashes if they did not wear proper dress": what the figure is for
    if (scope := scope_adverb(verb, skip)) is not None:
        ranges.append(scope)
    for child in [] if via_subject else verb.lefts:  # "In Pennsylvania the share exceeds 7%"
        objs = [c for c in child.children if c.dep_ == "pobj" and (
            c.ent_type_ in PLACE_LABELS or child.lower_ == "against")]  # "Against the yen, ..."
        if child.dep_ == "prep" and child.lower_ in SCOPE_PREPS and objs and child.i not in skip:
            ranges.append((child.i, _np(objs[0], skip)[1]))
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        ranges.append(_np(relcl_head(verb), skip, pp=True))
    return ranges


def _xcomp(verb: Token, skip: set[int], path: set[int]) -> tuple[int, int] | None:
    """A verb's open complement with its own complement ("forced to walk down a beach"),
    two levels deep at most, for a verb that has no object or phrase of its own."""
    span = None
    for _ in range(2):
        comp = next((c for c in verb.rights if c.dep_ == "xcomp" and c.i not in skip), None)
        if comp is None:
            break
        own = _pp(comp, skip, path)
        span = (comp.left_edge.i, own[1] if own else comp.i + 1)
        if own:
            break
        verb = comp
    return span


def anchor(doc: Doc, start: int, end: int, noun: int | None, climb: bool = True) -> Token:
    """The token that stands for the figure in the parse (its counted noun, else its head);
    with ``climb``, the first conjunct of a coordination ("dogs" for "18 cats")."""
    if noun is not None:
        tok = doc[noun]
    else:
        outside = [t for t in doc[start:end] if not start <= t.head.i < end or t.head is t]
        tok = outside[0] if outside else doc[end - 1]
    while climb and tok.dep_ == "conj" and tok.head.pos_ in {"NUM", "NOUN", "SYM", "PROPN"}:
        tok = tok.head
    return tok


def _duration(doc: Doc, tok: Token, verb: Token, skip: set[int], path: set[int]) -> str | None:
    """ "could do it in 100 days" -> "time to do it" (with "estimated" when estimated)."""
    if tok.lower_ not in TIME_UNITS or tok.dep_ != "pobj" or tok.head.lower_ not in {
            "in", "within"} or tok.head.head.i != verb.i or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in {"det", "amod", "poss"} or (c.dep_ == "prep" and c.lower_ == "of")
           for c in tok.children):
        return None  # "in the past 48 hours", "within 48 hours of the match" say when
    upper = next((a for a in verb.ancestors if a.pos_ == "VERB"), None)
    est = upper is not None and upper.lemma_ in ESTIMATE_VERBS
    modal = any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)
    if not (est or modal) or any(t.tag_ == "JJS" for t in verb.subtree):
        return None  # "its lowest level in three years"
    comp = _pp(verb, skip, path)
    words = [verb.lemma_] + ([doc[slice(*comp)].text] if comp else [])
    return ("estimated " if est else "") + "time to " + " ".join(words)


def _timed_event(tok: Token, verb: Token) -> Token | None:
    """ "was rescued 22 hours after the quake struck": the main verb a span before or after
    an event times (the span's own clause names only the event it is counted from)."""
    if tok.lower_ not in TIME_UNITS or tok.dep_ != "npadvmod" or tok.head.i != verb.i:
        return None
    if verb.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in {"after", "before"}
                                       for m in verb.children):
        return None
    main = verb.head  # "was found alive": a passive "find" states no claim
    passive = any(c.dep_ == "nsubjpass" for c in main.children)
    return main if main.pos_ == "VERB" and (passive or main.lemma_ not in SPEECH_VERBS) else None


def _until(doc: Doc, tok: Token, skip: set[int]) -> str | None:
    """ "the first debate in 10 days" -> "until the first debate": what the span runs up to."""
    prep = tok.head
    if tok.lower_ not in TIME_UNITS or tok.dep_ != "pobj" or prep.lower_ not in {
            "in", "within"} or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(c.dep_ in {"det", "amod", "poss"} for c in tok.children):
        return None  # "in the past 48 hours" says when
    event = prep.head
    s, e = _np(event, skip, pp=True, clauses=False)  # "the contracts for his fight"
    e = event.i + 1 if e > prep.i > event.i else e
    return "until " + doc[s:max(e, event.i + 1)].text


def _kills(verb: Token) -> bool:
    """ "the war has claimed the lives of 200,000 people": "claim" that states nothing."""
    return verb.lemma_ == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"life", "lives", "victim"} for c in verb.children)


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
    elif tok.pos_ in {"NUM", "SYM"}:
        ranges += _own_complement(tok, skip)
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
            if g.dep_ == "appos":  # the described noun, not its description, says what it is
                ranges = [r for r in ranges if r != _np(g, skip)]
            of_figure = g.dep_ == "prep" and g.lower_ == "of" and tok.i in skip
            ranges.append(_np(head, skip, pp=of_figure))  # "payments of £50 for the over-70s"
        elif (small := _small_clause(head, skip)) is not None:
            ranges.append(small)
        elif head.pos_ == "ADP" and g.dep_ != "pobj":  # "200 miles from North Carolina"
            objs = [c for c in head.children if c.dep_ == "pobj"]
            acts = [c for c in head.children if c.dep_ == "pcomp" and c.pos_ in {"VERB", "AUX"}]
            if objs:
                ranges.append((head.i, _np(objs[0], skip)[1]))
            elif acts:  # "three years from when a decision is taken": the event it runs from
                ranges.append((head.i, min(acts[0].right_edge.i + 1, head.i + 8)))
        g = head
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
        verb.lemma_ in {"show", "indicate"} and g.dep_ in SUBJECTS and g.i == tok.i
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
                if upper.dep_ == "acl" and upper.head.pos_ == "NOUN":  # "a deficit projected"
                    ranges.append(_np(upper.head, skip))
            elif upper is not None and upper.lemma_ not in SPEECH_VERBS:
                ranges += _clause(upper, skip, path | {verb.i}, False)
    elif verb is not None:  # "Losses are estimated at $5m": the verb says what it is
        spoken = speech_ranges(verb, g if g.head.i == verb.i else tok, skip, SPEECH_VERBS)
        bare = bool(ranges) and all(i in skip for i in range(*ranges[0])) and g.lower_ == "at"
        ranges = spoken + ranges if bare else ranges + spoken  # the figure alone: read by these
    if verb is not None and (main := _timed_event(tok, verb)) is not None:
        ranges += _clause(main, skip, path | {verb.i}, False)  # "rescued 22 hours after ..."
    if any(t.ent_type_ == "MONEY" or t.is_currency for t in doc[start:end]):
        ranges += purpose_after(doc, end, skip)  # "$6bn to assist its allies"
    ranges[1:1] = noun_after(doc, start, end, hedge, skip)  # "a $5m hit" parsed as a verb
    ranges[1:1] = pp_after(doc, end, skip)  # "£35,000 for four speeches", "30% against the yen"
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
