"""Ordinals a reader cites: a place in a race or ranking ("will start 17th", "ranked sixth",
"in fourth place") and a count of a series ("his third successive pole", "her 20th title",
"the 50th anniversary"), and a run of stretches of time ("It is the sixth time ...", "entering the
seventh week of ..."). "The first time", "the 19th century" and "42nd Street" are no figures.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract import number_words as W
from generator.extract.number_rankings import ranked_at, ranking_about
from generator.extract.number_spans import Quantity
from generator.extract.number_standings import (
    chart_about,
    chart_number_at,
    standing_about,
    standing_at,
)

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
DIGIT_RE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d{1,4})(st|nd|rd|th)$", re.IGNORECASE)
# Verbs that put someone in a place: "start 17th", "finished third", "ranked sixth".
PLACING_VERBS = {"start", "finish", "rank", "place", "qualify", "come", "end", "line", "sit",
                 "lie", "poll", "seed", "rate", "slip", "drop", "fall", "climb", "rise", "move",
                 "cross", "land", "emerge", "wind", "plunge", "slump", "tumble", "sink", "soar",
                 "jump", "leap", "surge", "slide"}
PLACE_NOUNS = {"place", "position", "spot", "row"}
SEED_NOUNS = {"seed", "seeds"}  # "the second seeds": a place in a draw
# A run of the same thing: "his third successive pole", "the second consecutive race".
RUN_WORDS = {"successive", "consecutive", "straight", "running"}
SERIES_NOUNS = {"anniversary", "birthday"}
# Things a career tallies, so that "a ninth title" or "a 66th career title" counts them.
TALLY_NOUNS = {"title", "crown", "trophy", "championship", "medal", "major", "slam", "victory",
               "win", "term"}
# Nouns an ordinal names rather than counts: "the 19th century", "the Sixth Circuit".
NAMING_NOUNS = {"century", "centuries", "amendment", "street", "avenue", "floor", "district",
                "circuit", "precinct", "congress", "division", "grade", "round", "half",
                "quarter", "time", "day", "week", "month", "year", "hour", "minute", "thing"}
# Stretches of time an ordinal can count when the sentence says so: "It is the sixth time the
# bank has cut", "the 12th year that ...", "for the third week in the past four".
RUN_NOUNS = {"time", "year", "week", "month", "season", "day"}
RUN_VERBS = {"enter", "begin", "start", "mark", "celebrate", "reach"}
NAME_LABELS = {"ORG", "FAC", "PERSON", "GPE", "LOC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}


def ordinal_value(tok: Token) -> int | None:
    """17 for "17th", 3 for "third"."""
    m = DIGIT_RE.match(tok.text)
    if m:
        return int(m.group(1).replace(",", ""))
    return ORDINALS.get(tok.lower_)


def _position_verb(tok: Token) -> Token | None:
    """The placing verb an ordinal completes ("will start 17th", "... and Alonso 18th",
    "fell to 111th")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.i == tok.i - 1:
        tok = tok.head  # "slipped to 111th in the rankings": the verb's "to" phrase
        if tok.head.lower_ in {"up", "down"} and tok.head.i == tok.i - 1:
            tok = tok.head  # "moved up to 15th": the particle stands between
    elif tok.dep_ not in {"npadvmod", "advmod", "oprd", "dobj", "attr", "acomp", "conj", "dep"}:
        return None
    verb = tok.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PLACING_VERBS or verb.i > tok.i:
        return None
    return verb


def _series_noun(doc: Doc, tok: Token) -> Token | None:
    """The noun a series ordinal counts: "his third successive pole" -> "pole"."""
    noun = tok.head
    if tok.dep_ == "nummod" and DIGIT_RE.match(tok.text):
        pass  # "the UK's 1,000th number one": a written ordinal the tagger took for a count
    elif tok.dep_ != "amod" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i < tok.i:
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.i < tok.i:
        return None
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "his 20th champion jockeys trophy": the phrase's head
    if noun.lower_ == "time" and noun.dep_ == "pobj" and noun.head.lower_ == "for" and (
        ordinal_value(tok) or 0) >= 2:
        return noun  # "won a penalty for the seventh time": the seventh of a run
    if noun.lower_ in RUN_NOUNS and _counted_run(doc, noun, ordinal_value(tok) or 0):
        return noun
    if noun.lower_ in NAMING_NOUNS or noun.ent_type_ in NAME_LABELS:
        return None
    lefts = list(noun.lefts)
    if any(c.lower_ in RUN_WORDS for c in lefts) or noun.lemma_.lower() in SERIES_NOUNS:
        return noun
    if tok.lower_ != "first" and any(c.dep_ == "poss" for c in lefts):
        return noun  # "her 20th title", "Flay's third marriage"
    return noun if _tally(doc, tok, ordinal_value(tok) or 0) else None


def _counted_run(doc: Doc, noun: Token, value: int) -> bool:
    """ "It is the sixth time ...", "the seventh year in a row", "entering the fifth week of",
    "for the fifth month", "in its third week": a stretch of time the ordinal counts. "Second"
    mostly means "again" ("for the second day"), so runs start at three."""
    if value < 3 or noun.dep_ == "npadvmod":
        return False
    nxt = doc[noun.i + 1:noun.i + 4]
    if nxt.text.lower() == "in a row" or (len(nxt) and nxt[0].lower_ in RUN_WORDS):
        return True
    if noun.dep_ == "attr" or (noun.dep_ == "dobj" and noun.head.lemma_.lower() in RUN_VERBS):
        return True  # "it is the sixth time"; "is entering the seventh week"
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return True  # "fell for the third week in the past four"
    return noun.dep_ == "pobj" and any(c.dep_ == "poss" for c in noun.children)  # "in its 3rd week"


def _possessed_count(tok: Token, value: int) -> Token | None:
    """ "The race will be Hale's fifth": a possessed ordinal standing for the copula's subject
    counts how many of those its owner has had."""
    if tok.dep_ != "attr" or value < 2 or tok.head.lemma_ != "be" or not any(
            c.dep_ == "poss" for c in tok.children):
        return None
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None


def _tally(doc: Doc, tok: Token, value: int) -> bool:
    """ "a bid for a ninth title", "a record-extending 10th Open crown": an ordinal before a
    thing a career tallies counts how many there will be."""
    noun = tok.head
    if tok.dep_ != "amod" or value < 2 or noun.i < tok.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun.lemma_.lower() in TALLY_NOUNS and noun.i - tok.i <= 4


def _placed_in(doc: Doc, sent: Span, i: int) -> bool:
    """ "with Villa in 17th.": a name, "in" and an ordinal in figures closing the clause."""
    nxt = doc[i + 1] if i + 1 < sent.end else None
    return bool(DIGIT_RE.match(doc[i].text)) and i - 2 >= sent.start and (
        doc[i - 1].lower_ == "in" and doc[i - 2].pos_ == "PROPN"
    ) and (nxt is None or nxt.is_punct)


def ordinal_at(doc: Doc, sent: Span, i: int) -> Quantity | None:
    """The rank or series figure an ordinal at token ``i`` gives, if it gives one."""
    tok = doc[i]
    value = ordinal_value(tok)
    if value is None or (tok.ent_type_ in NAME_LABELS and not (
            tok.ent_type_ == "PERSON" and DIGIT_RE.match(tok.text))):
        return None  # "the Sixth Circuit"; "Tom Reed 15th" is a place, tagged with the name
    prev = doc[i - 1] if i > sent.start else None
    nxt = doc[i + 1] if i + 1 < sent.end else None
    minute = _match_minute(doc, sent, i, value)
    if minute is not None:
        return minute  # "in the 90th minute", "a 90th-minute equaliser"
    if prev is not None and prev.lower_ in {"a", "an"} and not (
        nxt is not None and nxt.lower_ in RUN_WORDS
    ) and not _tally(doc, tok, value):
        return None  # "a second device", "a third of"
    if nxt is not None and (nxt.text == "-" or nxt.lower_ == "of"):
        return None  # "third-fastest", "the fifth of May"
    if nxt is not None and nxt.lower_ in PLACE_NOUNS and tok.dep_ == "amod":
        return Quantity(i, i + 2, value, None, "rank", i)  # "in sixth place"
    if nxt is not None and nxt.lower_ in SEED_NOUNS and tok.dep_ == "amod":
        return Quantity(i, i + 1, value, None, "rank", i, nxt.i)  # "the second seeds"
    if doc[i + 1:min(i + 4, sent.end)].text.lower() == "in a row" and value > 1 and (
        i + 4 >= sent.end or doc[i + 4].lower_ != "of"
    ):
        return Quantity(i, i + 1, value, None, "rank", i)  # "her ninth in a row"
    if tok.lower_ not in {"first", "last"} and _position_verb(tok) is not None:
        return Quantity(i, i + 1, value, None, "rank", i)
    noun = _series_noun(doc, tok) or _possessed_count(tok, value)
    if noun is not None:
        return Quantity(i, i + 1, value, None, "rank", i, noun.i)
    if _placed_in(doc, sent, i):
        return Quantity(i, i + 1, value, None, "rank", i)  # "with Villa in 17th."
    # "are sixth in the Premiership"; "the fifth richest country", "is 32nd for crime"
    return standing_at(doc, sent, i, value) or ranked_at(doc, sent, i, value)


def _run_about(doc: Doc, q: Quantity) -> str:
    """ "It is the sixth time the bank has cut its rates" -> "time the bank has cut its rates";
    "won for the eighth time" -> "won"; "the fifth week of a protest" as it stands."""
    noun = doc[q.noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return C.about(doc, q.start, q.end, q.noun).removesuffix(f" for the {noun.text}")
    if noun.dep_ == "attr":  # the clause the copula's "it" stands for
        cop = noun.head
        clause = [c for c in noun.children if c.dep_ in {"relcl", "acl"}] + [
            c for c in cop.children if c.dep_ in {"ccomp", "advcl"} and c.i > noun.i]
        if clause:
            words = [t for t in clause[0].subtree if t.i > q.num and not t.is_punct]
            if words and words[0].lower_ == "that" and words[0].dep_ != "det":
                words = words[1:]  # "the 12th year that the museum has asked"
            return " ".join([noun.text, *[t.text for t in words][:12]])
    return C.noun_phrase(doc, q.noun, {q.num})


def _run_on(doc: Doc, q: Quantity, about: str) -> str:
    """ "the label's 500th number one album": words the tagger left off the counted noun's
    phrase ("one single") belong to what the ordinal counts."""
    if q.noun is None or not about.endswith(doc[q.noun].text):
        return about
    k, sent_end = q.noun + 1, doc[q.noun].sent.end
    while k < min(sent_end, q.noun + 4) and doc[k].pos_ in {"NUM", "ADJ", "NOUN"} and (
            doc[k].ent_type_ not in {"DATE", "TIME"}):
        k += 1
    return f"{about} {doc[q.noun + 1:k].text}" if k > q.noun + 1 else about


def _match_minute(doc: Doc, sent: Span, i: int, value: int) -> Quantity | None:
    """ "the 90th minute": the minute of a match a thing happened in, a figure in minutes."""
    if not DIGIT_RE.match(doc[i].text) or not 0 < value <= 130:
        return None
    j = i + 1
    if j < sent.end and doc[j].text == "-" and not doc[i].whitespace_:
        j += 1
    if j >= sent.end or doc[j].lower_ not in {"minute", "min"}:
        return None
    return Quantity(i, j + 1, value, "minutes", "duration", i)


RANK_MARKS = {"no", "no.", "number"}
RANK_AFTER = {"seed", "seeded", "ranked", "player", "ranking", "spot"}


def world_rank_at(doc: Doc, sent: Span, i: int) -> Quantity | None:
    """ "the world No 7", "world number one", "the No. 2 seed": a place in a ranking."""
    tok = doc[i]
    if i - 1 < sent.start or doc[i - 1].lower_ not in RANK_MARKS:
        return None
    value = int(tok.text) if tok.text.isdigit() and len(tok.text) <= 3 else None
    value = value if value is not None else W.UNITS_WORDS.get(tok.lower_)
    if not value:
        return None
    before = doc[i - 2].lower_ if i - 2 >= sent.start else ""
    after = doc[i + 1].lower_ if i + 1 < sent.end else ""
    if before != "world" and after not in RANK_AFTER:
        return chart_number_at(doc, sent, i)  # "in the chart at number five"
    return Quantity(i - 1, i + 1, value, None, "rank", i)


def rank_about(doc: Doc, q: Quantity) -> str | None:
    """ "Jenson Button will start 17th" -> "Jenson Button start"; the noun phrase for a series
    ("successive win at the Harbour Open")."""
    tok = doc[q.num]
    if (ranked := ranking_about(doc, q)) is not None:
        return ranked  # "Britain is 50th for freedom of religion"
    if q.noun is not None and doc[q.noun].lower_ in RUN_NOUNS:
        return _run_about(doc, q)
    if q.noun is not None:
        return _run_on(doc, q, C.noun_phrase(doc, q.noun, {q.num}))
    if q.end > q.num + 1:  # "down in sixth place": the name it stands beside
        for t in reversed(doc[max(tok.sent.start, q.start - 5):q.start]):
            if t.pos_ in {"VERB", "AUX", "PUNCT"}:
                break
            if t.pos_ == "PROPN":
                return f"{doc[C._np(t, set())[0]:t.i + 1].text} place"
        return None
    verb = _position_verb(tok)
    if verb is None:
        return standing_about(doc, q) or chart_about(doc, q)
    who = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if who:  # "... and Fernando Alonso 18th": the gapped clause names its own subject
        name = doc[who[0].left_edge.i:who[-1].i + 1].text
    else:
        subj = C._stand_in(C._subject(verb), verb)
        name = doc[slice(*C._np(subj, {q.num}))].text if subj is not None else ""
    words = [name, verb.text] + [c.text for c in verb.children if c.dep_ == "prt"]
    place = [c for c in verb.rights if c.dep_ == "prep" and c.i > q.num
             and c.lower_ in {"on", "in", "at", "among", "for"}]
    if place:  # "ranked sixth on the list"
        objs = [c for c in place[0].children if c.dep_ == "pobj"]
        if objs:
            words.append(doc[place[0].i:C._np(objs[0], {q.num})[1]].text)
    return " ".join(w for w in words if w)
