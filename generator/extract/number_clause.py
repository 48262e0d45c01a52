"""A figure's verb clause: the verb's subject, its complement and the word lists they use."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.number_bounds import who_clause_end
from generator.extract.number_complements import _ccomp, _counted
from generator.extract.number_phrases import _np, gerund_span, who_those
from generator.extract.number_relcl import copular_host, relcl_head
from generator.extract.number_scope import scope_adverb, stray_object

SPEECH_VERBS = {
    "say", "tell", "report", "announce", "state", "claim", "estimate", "predict", "expect",
    "forecast", "project", "add", "explain", "note", "write", "testify", "insist", "argue",
    "confirm", "reveal", "disclose", "show", "find", "indicate", "suggest", "warn", "admit",
    "acknowledge", "calculate", "count", "believe", "put", "tweet", "post", "publish", "cite",
    "tally", "record", "allege", "told", "declare", "describe", "mention", "boast", "model",
}
REPORT_NOUNS = {
    "forecast", "estimate", "projection", "prediction", "figure", "figures", "data", "report",
    "survey", "study", "poll", "count", "tally", "analysis", "statement", "records", "record",
    "statistics", "census", "outlook", "calculation", "research",
}
SAY_VERBS = {"say", "tell", "report", "state", "claim", "believe", "answer", "respond"}
# Verbs whose clause is what a share of people think: "12 percent indicated they were unsure".
OPINION_VERBS = SAY_VERBS | {"indicate", "agree", "disagree", "think", "feel", "expect", "fear",
                             "worry", "doubt", "know", "consider", "believe", "suspect"}
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
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
            paired = [c for c in child.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            if not objs and paired and paired[0].right_edge.i - child.i <= 8:
                return child.i, paired[0].right_edge.i + 1  # "in or nearing their 70s"
            if objs and objs[0].lower_ in {"far", "much"}:
                continue  # "was by far the biggest": a degree, not what the verb takes
            if objs and not (set(range(child.i, objs[0].i + 1)) & skip) and (
                not _counted(objs[0], skip)  # another figure's phrase: "over four-and-a-half"
            ):
                end = max(_np(objs[0], skip)[1], who_clause_end(objs[0]), who_those(objs[0]))
                return child.i, end  # "among those vying for the seat"
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
    if subj.dep_ in {"csubj", "csubjpass"}:
        if subj.tag_ == "VBG":
            return subj  # "Holding another vote was given a score": the act, read whole
        objs = [c for c in subj.children if c.dep_ == "dobj"]
        return objs[0] if objs else None
    if subj.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
        return relcl_head(verb)
    if subj.lower_ in {"those", "these"} and any(c.dep_ in {"prep", "acl", "relcl"}
                                                 for c in subj.children):
        return subj  # "those in the bottom fifth"
    if any(c.lower_ == "else" for c in subj.children):
        return subj  # "Everyone else got 12 percent": the rest of them
    return None if subj.lower_ in PRONOUNS or subj.pos_ == "PRON" else subj


def _clause(verb: Token, skip: set[int], path: set[int], via_subject: bool) -> list:
    """Ranges for a verb, its subject (unless the figure is it) and its complement."""
    ranges: list[tuple[int, int]] = [(verb.i, verb.i + 1)]
    ranges += [(c.i, c.i + 1) for c in verb.children if c.dep_ in {"prt", "neg"} or (
        c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in PARTICLES)]  # "pay back", "not"
    subj = None if via_subject else _stand_in(_subject(verb), verb)
    borrowed = subj is not None and subj.head.i != verb.i and subj.i < verb.i and any(
        m.dep_ == "mark" for m in verb.children)  # "..., while cutting limits from £5 to £4"
    if subj is not None and not borrowed:
        ranges.append(gerund_span(subj, skip) or _np(subj, skip, pp=True))
    comp = _pp(verb, skip, path)
    stray = stray_object(verb) if comp is None else None
    if stray is not None:
        comp = _np(stray, skip, clauses=False)
    if comp is not None:
        ranges.append(comp)
    ranges += [(c.i, c.right_edge.i + 1) for c in verb.rights if c.dep_ == "oprd"
               and c.pos_ in {"ADJ", "NOUN"} and c.right_edge.i - c.left_edge.i <= 1
               and not skip & {t.i for t in c.subtree}
               and not any(s <= c.i < e for s, e in ranges)]  # "call him competent"
    if subj is not None and borrowed:  # the clause's own object comes before a lent subject
        ranges.append(_np(subj, skip, pp=True))
    elif (more := _xcomp(verb, skip, path)) is not None:
        ranges.append(more)  # "9 others were seen being made to march along a road"
    elif (said := _ccomp(verb, skip, path)) is not None:
        ranges.append(said)  # "47% saw their finances improving"
    for cond in (c for c in verb.rights if c.dep_ == "advcl" and c.i not in path):
        if any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in cond.children):
            ranges.append((cond.left_edge.i, min(cond.right_edge.i + 1, cond.i + 4)))
            break  # "20 points if they did not hand in proper work": what the figure is for
    if (scope := scope_adverb(verb, skip)) is not None:
        ranges.append(scope)
    for child in [] if via_subject else verb.lefts:  # "In Pennsylvania the share exceeds 7%"
        objs = [c for c in child.children if c.dep_ == "pobj" and (
            c.ent_type_ in PLACE_LABELS or child.lower_ == "against")]  # "Against the yen, ..."
        if child.dep_ == "prep" and child.lower_ in SCOPE_PREPS and objs and child.i not in skip:
            ranges.append((child.i, _np(objs[0], skip)[1]))
    if verb.dep_ in {"relcl", "acl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        ranges.append(_np(relcl_head(verb), skip, pp=True))
    elif verb.dep_ == "acl" and any(c.lower_ == "else" for c in verb.head.children):
        ranges.append((verb.head.i, verb.head.i + 2))  # "Everyone else, polled at 12%"
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


def _kills(verb: Token) -> bool:
    """ "the war has claimed the lives of 200,000 people": "claim" that states nothing."""
    return verb.lemma_ == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in {"life", "lives", "victim"} for c in verb.children)

