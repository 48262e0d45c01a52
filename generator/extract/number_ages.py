"""Ages: "Name, 43,", "aged 43", "an 86-year-old man", "before he is 40", "to turn 31"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.actor_countries import is_country
from generator.extract.given_names import is_given_name
from generator.extract.number_dates import WEEKDAYS
from generator.extract.number_source import Sources, actor_for
from generator.extract.number_spans import Quantity
from generator.extract.number_words import MONTHS
from generator.model import Actor


def _namelike(tok: Token, actors: tuple[Actor, ...], subject: bool = False) -> bool:
    """A proper name, also one the tagger took for a noun ("King, 89,") that names an actor.
    A name the tagger took for a place counts when it names a person actor or when, with
    ``subject``, it heads the clause ("Hammond, 45, has joined ...": a place has no age)."""
    words = {w for a in actors if a.kind == "person" for w in (a.name, *a.aliases)
             for w in w.split()}
    if tok.ent_type_ == "DATE" and (tok.lower_ in MONTHS or tok.lower_ in WEEKDAYS):
        return False
    if tok.ent_type_ in {"GPE", "LOC", "DATE"}:  # "Hammond, 45" may be tagged as a date
        single = tok.ent_type_ == "DATE" or (tok.ent_iob_ == "B" and (
            tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"))
        return tok.pos_ == "PROPN" and (tok.text in words or (
            subject and tok.dep_ in {"nsubj", "nsubjpass"} and single) or (
            single and _given_not_place(tok)))
    if tok.ent_type_ in {"TIME", "NORP"}:
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON":
        return True
    return tok.is_title and tok.text in words


FINITE = {"VBD", "VBZ", "VBP", "MD"}
# Prepositions that put a name taken for a place where something is: "in Florence, 35 ...".
PLACE_PREPS = {"in", "at", "from", "to", "near", "outside", "across", "throughout", "of"}


def _given_not_place(tok: Token) -> bool:
    """A lone given name the tagger took for a place ("with Colin, 66."), never a country's
    name ("Chad", "Jordan") nor one after a preposition of place ("in Florence, 35")."""
    if not is_given_name(tok.text) or is_country(tok.text):
        return False
    return not (tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS)


def appositive_age(doc: Doc, sent: Span, q: Quantity, actors: tuple[Actor, ...]) -> int | None:
    """The name token before "Name, 43," or "aged 43": the person whose age the figure is."""
    tok = doc[q.num]
    if q.kind != "count" or q.unit or not tok.text.isdigit() or not 0 < int(tok.text) < 120:
        return None
    if q.start - 1 >= sent.start and doc[q.start - 1].lower_ in {"aged", "age"}:
        return q.start - 1
    nxt = doc[q.end].text if q.end < sent.end else "."
    verb = q.end < sent.end and doc[q.end].tag_ in {"VBD", "VBZ", "MD"} and (
        doc[q.end].lower_ not in {"were", "are", "have"})  # a count would take "were"
    if q.start - 2 >= sent.start and doc[q.start - 1].text == "," and (
        nxt in {",", ".", ";", ")", "("} or verb
    ):
        name = doc[q.start - 2]
        closed = nxt == "," and q.end + 1 < sent.end and doc[q.end + 1].tag_ in FINITE
        if _namelike(name, actors, subject=closed):
            return name.i  # also "Name, 43 was hurt" with its closing comma left out
    return None


def age_about(doc: Doc, name_tok: int, actors: tuple[Actor, ...]) -> str:
    tok = doc[name_tok]
    if tok.lower_ in {"aged", "age"}:
        return "age of " + C.about(doc, tok.i, tok.i + 1, None)
    return "age of " + _person_name(doc, name_tok, actors)


def _person_name(doc: Doc, i: int, actors: tuple[Actor, ...]) -> str:
    """The person a name token belongs to; a place or body run into the name (a caption's
    "... to Syria Hanad Musse, 19") is dropped."""
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    words = (ent.text if ent is not None else doc[i].text).split()
    people = tuple(a for a in actors if a.kind == "person")
    name = actor_for(" ".join(words), people)
    if name:
        return name
    while len(words) > 1 and actor_for(words[0], actors):
        words.pop(0)
    return actor_for(" ".join(words), actors) or " ".join(words)


def hyphen_age_about(doc: Doc, sent: Span, q: Quantity, actors: tuple[Actor, ...],
                      sources: Sources) -> str:
    """"86-year-old man" -> age of the man, or of the named person the age belongs to."""
    head = doc[q.end - 1].head
    if head.i >= q.end and head.pos_ == "ADJ" and (head.ent_type_ == "NORP" or head.is_title) and (
        head.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "appos", "attr", "conj"}
    ):  # "an unnamed 18-year-old Swiss-Italian": a nationality used as a noun
        return "age of " + doc[q.end:head.i + 1].text
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "the 39-year old county treasurer": the treasurer
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
    last = sources.last_person(doc[q.start].idx)
    if last is None and people:
        last = _person_name(doc, people[-1].start, actors)
    return "age of " + (last or C.about(doc, q.start, q.end, None))


AGE_PRONOUNS = {"he", "she", "i"}
# Verbs whose "at N" is a price, level or score, not an age: "sold them at 55".
PRICE_VERBS = {"buy", "sell", "trade", "price", "value", "close", "open", "stand", "peak",
               "finish", "end", "start", "set", "cap", "fix", "hover", "score", "bid", "offer"}


def predicate_age(doc: Doc, q: Quantity, actors: tuple[Actor, ...],
                  sources: Sources) -> str | None:
    """ "before he is 40", "John, who was to turn 31": a bare number said of a person with
    "be" or "turn" is their age; returns its about ("age of John Sims")."""
    tok = doc[q.num]
    if q.kind != "count" or q.end != q.num + 1:
        return None
    if q.noun is not None and doc[q.noun].dep_ != "npadvmod":  # "31 tomorrow" is no count
        return None
    if q.value is None or not 0 < q.value < 120 or q.value != int(q.value):
        return None
    if tok.lower_ == "one" or any(c.dep_ not in {"punct", "cc", "conj"} for c in tok.children):
        return None  # "she was the one who started it"
    verb = tok.head
    at_age = _at_age(tok)
    if at_age is not None:
        verb = at_age
    elif not ((tok.dep_ in {"attr", "acomp"} and verb.lemma_ == "be")
              or (tok.dep_ in {"dobj", "attr", "npadvmod", "oprd"} and verb.lemma_ == "turn")):
        return None
    nxt = doc[q.end] if q.end < len(doc) else None
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.dep_ not in {"npadvmod"}:
        return None  # "he is 40 points behind"
    subj = C._subject(verb)
    if subj is None:
        return None
    if subj.lower_ in {"who", "that"} and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "John, who was to turn 31"
    elif subj.lower_ in {"who", "that"}:
        rel = next((a for a in subj.ancestors if a.dep_ == "relcl"), None)
        subj = rel.head if rel is not None else subj
    named = [c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if subj.pos_ == "NOUN" and named:
        subj = named[0]  # "the painter Harold Webb died at 88"
    if subj.lower_ in AGE_PRONOUNS and at_age is not None:
        earlier = _earlier_subject(subj)
        if earlier is not None:  # "my mother has mellowed, but at 86 she ...": same person
            return "age of " + doc[slice(*C._np(earlier, set()))].text
    if subj.lower_ in AGE_PRONOUNS:
        name = sources.speakers.name_of(subj) if subj.lower_ != "i" else None
        name = name or sources.last_person(subj.idx)
        return "age of " + name if name else None
    if subj.ent_type_ == "PERSON" or (subj.pos_ == "PROPN" and _namelike(subj, actors)):
        return "age of " + _person_name(doc, subj.i, actors)
    people = _people(subj)
    if people is not None and not at_age:  # "One of the boys was 16", "the twins were 9"
        return "age of " + doc[people.left_edge.i if people.i != subj.i else
                               C._np(subj, set())[0]:people.i + 1].text
    return None


# Nouns for people whose age a bare "were 16" gives.
PEOPLE_NOUNS = {"boy", "girl", "child", "teenager", "teen", "student", "pupil", "victim", "man",
                "woman", "son", "daughter", "brother", "sister", "twin", "sibling", "suspect",
                "defendant", "patient", "kid", "youngster", "schoolboy", "schoolgirl", "player"}


def _people(subj: Token) -> Token | None:
    """The people a subject names: "the boys", or "one of the boys" (the partitive's noun)."""
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in PEOPLE_NOUNS:
        return subj
    if subj.pos_ != "NUM":
        return None
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
        objs = [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in PEOPLE_NOUNS]
        if objs:
            return objs[0]
    return None


def _at_age(tok: Token) -> Token | None:
    """ "at 86 she still says", "he retired at (the age of) 65": a bare number after "at" that a
    person's verb takes is their age (below 13 it may be a clock time); returns the verb."""
    prep, low = tok.head, 13
    age = prep.head
    if (tok.dep_ == "pobj" and prep.lower_ == "of" and age.lemma_ == "age"
            and age.dep_ == "pobj" and age.head.lower_ == "at"):
        prep, low = age.head, 1  # "died at the age of 93": never a clock time
    if tok.dep_ != "pobj" or prep.lower_ != "at" or not tok.text.isdigit() or not (
        low <= int(tok.text) < 120
    ):
        return None
    verb = prep.head
    if verb.pos_ == "ADV" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "even now at 86"
    if verb.pos_ not in {"VERB", "AUX"} or tok.ent_type_ in {"TIME", "MONEY", "PERCENT"}:
        return None
    return None if verb.lemma_.lower() in PRICE_VERBS else verb


def _earlier_subject(pron: Token) -> Token | None:
    """The person-like noun subject of the clause a pronoun's clause is joined to."""
    verb = pron.head
    if verb.dep_ != "conj":
        return None
    subj = C._subject(verb.head)
    if subj is None or subj.pos_ != "NOUN" or subj.i > pron.i:
        return None
    return subj if any(c.dep_ == "poss" for c in subj.children) else None


# Verbs of belief before "to be 15": "a pupil he believed to be 15".
BELIEF_VERBS = {"believed", "thought", "said", "claimed", "understood", "pretending",
                "purporting", "posing", "reported", "known", "assumed"}


def believed_age(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "a pupil he believed to be 15", "a boy thought to be 12": a bare number said of a
    person through a verb of belief is their age; returns "age of a pupil"."""
    if q.kind != "count" or q.end != q.num + 1 or q.start - 3 < sent.start:
        return None
    if q.value is None or not 0 < q.value < 120 or q.value != int(q.value):
        return None
    verb, to, be = doc[q.start - 3:q.start]
    if verb.lower_ not in BELIEF_VERBS or to.lower_ != "to" or be.lower_ != "be":
        return None
    nxt = doc[q.end] if q.end < sent.end else None
    if nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "NUM"}:
        return None  # "believed to be 14 miles away"
    k = verb.i - 1
    if k > sent.start and doc[k].pos_ == "PRON":
        k -= 1  # "a girl [he] believed"
    noun = doc[k] if k >= sent.start else None
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in PEOPLE_NOUNS:
        return None
    return "age of " + doc[C._np(noun, set())[0]:noun.i + 1].text


LIFE_VERBS = {"live", "survive"}


def lived_age(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "Girls may expect to live until 91, boys until 88": a bare number a life runs until is
    an age; returns "Girls live until", "boys live until" (the gapped clause's own noun)."""
    if q.kind != "count" or q.end != q.num + 1 or q.start - 2 < sent.start:
        return None
    if q.value is None or not 0 < q.value <= 125 or q.value != int(q.value):
        return None
    prep = doc[q.start - 1]
    nxt = doc[q.end] if q.end < sent.end else None
    if prep.lower_ not in {"until", "till", "to"} or (
            nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "NUM", "SYM"}):
        return None  # "live to 100 years" keeps its unit; "until 5pm" is a time
    verb = next((t for t in reversed(doc[sent.start:q.start]) if t.lemma_.lower() in LIFE_VERBS
                 and t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    if prep.head.i == verb.i:
        who = C._stand_in(C._subject(verb), verb)
    else:  # the gapped clause names its own subject: "..., men until 78"
        who = doc[q.start - 2] if doc[q.start - 2].pos_ in {"NOUN", "PROPN"} else None
        if who is None or who.i < verb.i:
            return None
    name = doc[C._np(who, set())[0]:who.i + 1].text if who is not None else ""
    return " ".join(w for w in (name, verb.text, prep.text) if w)


def set_off_age(doc: Doc, sent: Span, q: Quantity) -> str | None:
    """ "whose age, 44, and background", "His age, 61, was an issue": a bare number set off by
    commas right after the noun "age" is that age; returns "age" or "Ann Lee's age"."""
    if q.kind != "count" or q.end != q.num + 1 or q.start - 2 < sent.start or q.end >= sent.end:
        return None
    if q.value is None or not 0 < q.value < 120 or q.value != int(q.value):
        return None
    noun, comma = doc[q.start - 2], doc[q.start - 1]
    if noun.lower_ != "age" or comma.text != "," or doc[q.end].text not in {",", ")", "-", "--"}:
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and poss.ent_type_ == "PERSON":
        return f"{doc[poss.left_edge.i : poss.i + 1].text}'s age"
    return "age"
