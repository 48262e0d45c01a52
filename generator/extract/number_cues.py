"""Who states a figure, from cues in its sentence: "according to X", "X said", a report's owner."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.number_context import RELATIVES, REPORT_NOUNS, SPEECH_VERBS, _np, _subject
from generator.extract.number_poll_places import outer_owner, place_of_poll
from generator.extract.number_reported_by import reported_by
from generator.extract.number_speech import placed_subject
from generator.extract.number_trailing import trailing_report

HAVE_SENSE = {"boast", "count"}  # "she boasts 2 million followers": has, does not say
EVIDENCE_VERBS = {"show", "find", "indicate", "suggest", "reveal"}
BY_NOUNS = {"calculation", "estimate", "estimation", "count", "reckoning", "tally", "analysis",
            "measure", "account", "figure", "assessment", "projection", "arithmetic"}


def _run_in(doc: Doc, subj: Token) -> Token:
    """A caption run into the text ("... as their hometown Acme reported"): the name the
    parser hung on a common noun, with no punctuation between, is the subject."""
    if subj.pos_ != "NOUN":
        return subj
    for c in subj.children:
        if c.dep_ in {"appos", "compound"} and c.i > subj.i and c.pos_ == "PROPN" and (
            not any(t.is_punct for t in doc[subj.i + 1:c.i])
        ):
            return c
    return subj


def _by_estimate(doc: Doc, sent: Span) -> Span | None:
    """ "By his calculations", "by Ms Lee's estimate", "in the bank's estimation": the owner."""
    for t in sent:
        if t.lower_ not in {"by", "in", "on"} or t.i + 2 >= sent.end:
            continue
        objs = [c for c in t.children if c.dep_ == "pobj" and c.lemma_.lower() in BY_NOUNS]
        owners = [c for o in objs for c in o.children if c.dep_ == "poss"]
        if owners:
            return doc[slice(*_np(owners[0], set()))]
    return None


def _speaker_of(verb: Token) -> Token | None:
    """The subject of a speech verb. "The party said that X had been ... and said Y would
    cost ...": the parser joins the second "said" to the reported clause; it shares the
    first "said"'s subject, not the reported clause's."""
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    after = [c for c in verb.rights if c.dep_ == "dobj" and c.i <= verb.i + 3
             and c.pos_ in {"NOUN", "PROPN"} and not any(t.like_num for t in c.subtree)]
    if not own and after and verb.i > 0 and verb.doc[verb.i - 1].text == "," and not any(
        c.dep_ == "ccomp" for c in verb.children
    ):  # "..., predicts the report by Acme": the subject after its verb, read as an object
        return after[0]
    if len(own) > 1:  # "The debt averages £9, the firm's report said": two subjects parsed;
        return max(own, key=lambda c: (c.i < verb.i, c.i if c.i < verb.i else -c.i))  # nearest
    head = verb.head
    if not own and verb.dep_ == "conj" and head.lemma_ not in SPEECH_VERBS and (
        head.dep_ == "ccomp" and head.head.lemma_ == verb.lemma_
    ):
        return _subject(head.head)
    return _subject(verb)


def _share(tok: Token) -> bool:
    """A counted subject ("73 percent", "two-thirds of voters"): a figure, not a speaker."""
    return tok.like_num or any(c.dep_ == "nummod" and c.like_num for c in tok.children)


def _named_after(doc: Doc, sent: Span, noun: Token) -> Span | None:
    """ "according to the news agency Acme", "according to search engine Acme Find": the name
    after a describing noun (an apposition, or a capitalised run the parser misread)."""
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i <= noun.i + 3:  # "giant Acme"
            return name_span(doc, c)
    k = noun.i + 1
    while k < sent.end and doc[k].is_title and doc[k].is_alpha and k - noun.i <= 4:
        k += 1
    if k > noun.i + 1 and (k == sent.end or doc[k].is_punct) and (
        any(doc[i].pos_ == "PROPN" for i in range(noun.i + 1, k))
    ):
        return doc[noun.i + 1:k]
    return None


def _claims(doc: Doc, verb: Token, num: int) -> bool:
    """Whether a speech verb's subject states the figure: not "X boasts 2 million followers"
    (has), nor a background fact in a relative clause ("polls show ..., where 18 votes ...")."""
    if verb.lemma_ in HAVE_SENSE and any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.lemma_ == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() in {
            "life", "lives", "victim"} for c in verb.children):
        return False  # "the disease has claimed the lives of 300 children"
    if verb.lemma_ == "put":  # "put the cost at $5m" states it; "put 6 people at risk" does not
        return any(c.dep_ == "prep" and c.lower_ == "at" and c.i < num <= c.right_edge.i
                   for c in verb.children)
    if verb.lemma_ in EVIDENCE_VERBS:
        tok = doc[num]
        while tok.i != verb.i and tok.head.i != tok.i:
            if tok.dep_ == "relcl":
                return False
            tok = tok.head
    return not _doer(doc, verb, num) and not _said_when(doc, verb, num)


def _below(doc: Doc, verb: Token, num: int) -> Token | None:
    """The child of ``verb`` whose phrase holds the figure at ``num``, if any."""
    tok = doc[num]
    while tok.head.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.head.i == verb.i else None


def _said_when(doc: Doc, verb: Token, num: int) -> bool:
    """ "Four hours later, a resident said …": a figure in an adverb of the speech verb itself
    says when it was said, not what."""
    tok = _below(doc, verb, num)
    return tok is not None and tok.dep_ in {"advmod", "npadvmod"} and tok.i < verb.i


def _doer(doc: Doc, verb: Token, num: int) -> bool:
    """ "Most of the top 60 clubs (52) publish them and only 19 of the rest": a speech verb in
    its doing sense (it has an object) whose subject holds the figure, or a figure coordinated
    with the verb as the subject of a second, elided clause; the figure is counted, not told."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    tok = _below(doc, verb, num)
    if tok is None:
        return False
    return tok.dep_ in {"nsubj", "nsubjpass"} or (tok.dep_ == "conj" and tok.pos_ == "NUM")


NAME_ENTS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"}
POLL_NOUNS = {"poll", "survey"}
# Verbs whose subject puts a figure forward without a verb of saying: "X underlined plans to
# cut tax by £4bn", "Y pledged £2m".
SOURCE_VERBS = SPEECH_VERBS | {"underline", "stress", "emphasise", "emphasize", "highlight",
                               "reiterate", "pledge", "promise", "vow", "assure", "urge",
                               "propose", "recommend", "advocate"}


# What a sporting record is the best of: "world record", "Olympic record", "club record".
RECORD_SCOPES = {"world", "olympic", "national", "european", "british", "commonwealth", "club",
                 "course", "track", "personal", "career", "championship", "meeting", "stadium",
                 "junior", "indoor", "outdoor", "area", "games", "league", "school", "american"}


def is_report(tok: Token) -> bool:
    """A report, survey, study or data word ("poll", "figures", "census")."""
    if tok.lemma_.lower() == "record" and any(
            c.lower_ in RECORD_SCOPES for c in tok.children if c.i < tok.i):
        return False  # "the world record of 44.63secs": a best mark, not a report
    return tok.lower_ in REPORT_NOUNS or tok.lemma_.lower() in REPORT_NOUNS


def name_span(doc: Doc, tok: Token) -> Span:
    """The whole name a token belongs to ("the Center for Federal Tax Policy" for "Center"),
    else its compact noun phrase."""
    if tok.ent_type_ in NAME_ENTS:
        ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.root.i == tok.i:
            return ent
    return doc[slice(*_np(tok, set()))]


def _by_owner(tok: Token) -> Token | None:
    """The named object of a report noun's "by"/"from" phrase ("a study by Acme"), also
    through a participle ("statistics gathered by Acme")."""
    rights = [*tok.rights]
    rights += [a for c in rights if c.dep_ == "acl" and c.tag_ == "VBN" for a in c.children]
    for c in rights:
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
            objs = [o for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if objs:
                return objs[0]
    return None


def report_owner(doc: Doc, tok: Token) -> Span | None:
    """Who a report noun belongs to: "the IMF's forecast", "a Gallup poll", "data from the
    census bureau", "a study by Acme"; None for a bare "the poll". A report named in full
    ("the American Community Survey") is its own source."""
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title]
    if tok.pos_ == "PROPN" and tok.is_title and len(names) >= 2:
        return name_span(doc, tok)
    owners = [c for c in tok.children if c.dep_ in {"poss", "compound", "nmod"} and c.pos_ in
              {"PROPN", "PRON", "NOUN"} and c.is_alpha and len(c) > 1 and c.i < tok.i
              and c.ent_type_ not in {"DATE", "TIME"}]  # "yesterday's report" has no owner
    owners.sort(key=lambda c: (c.pos_ != "PROPN", c.dep_ != "poss", -c.i))  # nearest name
    if owners and owners[0].pos_ == "NOUN" and owners[0].dep_ == "compound" and (
        _by_owner(tok) is not None
    ):
        owners = []  # "an impact study by the Planning Office": the kind of study, not its owner
    if owners and place_of_poll(tok, owners[0]) and (outer := outer_owner(doc, tok)):
        return outer  # "the Acme average of Ohio polls": Acme's, not Ohio's
    if owners:
        return name_span(doc, owners[0])
    for c in tok.rights:  # "the figures, released by the Acme Association"
        by = [a for a in c.children if a.dep_ == "agent"] if c.dep_ == "acl" else []
        objs = [o for a in by for o in a.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        if c.tag_ == "VBN" and objs:
            return name_span(doc, objs[0])
    for c in tok.rights:
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
            objs = [o for o in c.children if o.dep_ == "pobj" and not o.like_num]
            if objs and is_report(objs[0]) and objs[0].pos_ != "PROPN":
                return report_owner(doc, objs[0])  # "data from a Gallup survey"
            if objs:
                return _named_after(doc, objs[0].sent, objs[0]) or name_span(doc, objs[0])
    return None


def commissioner(doc: Doc, tok: Token) -> Span | None:
    """Who a report was made for: "a poll for mobile firm Acme" (a name, not "for a year")."""
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ == "for":
            objs = [o for o in c.children if o.dep_ == "pobj"]
            named = _named_after(doc, objs[0].sent, objs[0]) if objs else None
            if named is not None or (objs and objs[0].pos_ == "PROPN"):
                return named or name_span(doc, objs[0])
    return None


def anaphoric_report(sent: Span) -> Token | None:
    """ "the poll", "the study" as a subject with no owner: it refers back to a named one."""
    for t in sent:
        found = any(c.dep_ == "acl" and c.lemma_ in EVIDENCE_VERBS and c.tag_ in {"VBD", "VBN"}
                    and c.i == t.right_edge.i for c in t.children)  # "the poll of 9 people found"
        if is_report(t) and (t.dep_ in {"nsubj", "nsubjpass"} or found) and any(
                c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children):
            return t if report_owner(t.doc, t) is None else None
    return None


def _clause_break(doc: Doc, sent: Span, a: int, b: int) -> bool:
    """A semicolon between tokens ``a`` and ``b`` outside parentheses: "$3bn (£1.6bn; 2bn
    euros)" lists amounts, it does not split the sentence."""
    depth = 0
    for x in doc[sent.start:b]:
        depth += (x.text == "(") - (x.text == ")" and depth > 0)
        if x.i >= a and x.text == ";" and depth == 0:
            return True
    return False


def _reaches(doc: Doc, sent: Span, according: Token, num: int) -> bool:
    """Whether "according to X" at ``according`` covers the figure at ``num``: within its part
    of a sentence split by semicolons, everything after it when it leads, its own clause,
    or the figures before it when no other speech verb ("the report says") comes between."""
    t = according
    if _clause_break(doc, sent, min(t.i, num), max(t.i, num)):
        return False
    if t.i <= sent.start + 1:
        return True
    if t.i > num:
        return not any(x.lemma_ in SPEECH_VERBS and x.pos_ == "VERB" and not _passive(x)
                       for x in doc[num:t.i])  # "70,000 are expected to cross, according to"

    return t.head.i == num or t.head in doc[num].ancestors


def _passive(verb: Token) -> bool:
    """A passive or participle use ("are expected to", "figures published by"): no speaker."""
    return verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)


WATCH_VERBS = {"see", "record", "register", "log", "detect", "observe", "notice"}


def _watcher(doc: Doc, num: int) -> Span | None:
    """ "Acme has seen a 180% rise in junk mail": a named organisation that saw or recorded
    the figure it gives."""
    for verb in doc[num].ancestors:
        if verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if verb.lemma_.lower() not in WATCH_VERBS or passive:
            return None
        subj = _subject(verb)
        if subj is None or subj.ent_type_ not in {"ORG", ""} or subj.pos_ != "PROPN" or (
            subj.i > num
        ):
            return None
        return name_span(doc, subj)
    return None


def source_phrase(doc: Doc, sent: Span, num: int) -> Span | None:
    """Who states the figure: "according to X", the subject of a speech verb, a report's owner."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to" and (
            _reaches(doc, sent, t, num)
        ):
            objs = [c for c in doc[t.i + 1].children if c.dep_ == "pobj"]
            if objs:
                owner = report_owner(doc, objs[0]) if is_report(objs[0]) else None
                return owner or _named_after(doc, sent, objs[0]) or doc[slice(*_np(objs[0],
                                                                                  set()))]
    by = _by_estimate(doc, sent) or reported_by(doc, sent, num, name_span)
    if by is not None:
        return by  # "As reported by Acme, there are 150 ..."
    verbs = [a for a in doc[num].ancestors if a.lemma_ in SOURCE_VERBS]
    verbs += [t for t in sent if t.lemma_ in SPEECH_VERBS and t.dep_ in {"ROOT", "parataxis"}]
    verbs += [t for t in sent if t.lemma_ in SPEECH_VERBS and t.tag_ in {"VBD", "VBZ", "VBP"}]
    for verb in verbs:
        if not _claims(doc, verb, num):
            continue
        if verb.lemma_ == "add" and any(c.dep_ == "dobj" for c in verb.children):
            continue  # "organizers added 160 guards": adding things, not saying
        subj = _speaker_of(verb)
        if subj is not None and subj.left_edge.i <= num <= subj.right_edge.i and (
            verb.dep_ in {"ccomp", "xcomp"} and any(v.i == verb.head.i for v in verbs)
        ):
            continue  # "85% of them expect to pay more, the group reports": the group says it
        if subj is not None and verb.lemma_ in EVIDENCE_VERBS and (
            subj.left_edge.i <= num <= subj.right_edge.i
        ):
            continue  # "15 people have shown an interest": the figure shows, states nothing
        if verb.lemma_ in {"show", "indicate"} and placed_subject(verb):
            continue  # "Cornwall showed the highest rate": the place is no source
        if subj is not None and subj.lower_ in RELATIVES and verb.dep_ == "relcl" and (
            verb.head.pos_ in {"PROPN", "NOUN"}
        ):
            subj = verb.head  # "the police department, which reported 2,521 incidents"
            if _np(subj, set())[0] <= num < _np(subj, set())[1] or _share(subj):
                continue  # "... compared to 24 percent who said otherwise": no speaker
        elif subj is not None and not subj.left_edge.i <= num <= subj.right_edge.i and (
            _share(subj)
        ):
            continue  # "while 73 percent said the same": a share of people is no source
        if subj is not None and (subj.dep_ == "nsubj" or verb.head.i == subj.i) and (
            subj.lower_ not in RELATIVES
        ):
            subj = _run_in(doc, subj)
            owner = report_owner(doc, subj) if is_report(subj) else None
            if owner is None and subj.pos_ == "PROPN":
                owner = name_span(doc, subj)
            return owner or doc[slice(*_np(subj, set()))]
    if (closing := trailing_report(doc, sent, num)) is not None:
        return closing  # "..., figures from the trade office show."
    if (watcher := _watcher(doc, num)) is not None:
        return watcher  # "Acme has seen a 180% rise in junk mail"
    for t in sent:
        if is_report(t) and t.dep_ in {"dobj", "nsubj", "pobj", "nsubjpass", "attr"}:
            owner = report_owner(doc, t)
            if owner is not None:
                return owner
            if t.dep_ in {"dobj"}:
                subj = _subject(t.head)
                if subj is not None:
                    return doc[slice(*_np(subj, set()))]
    return None
