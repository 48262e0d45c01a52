"""Roles given in a clause about the person: "X, who heads the Y Center", "X, who served as
French ambassador to Fiji", "X was director of Y", "X joined Y as chief executive"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.role_copula_vet import guessed, named_phrase
from generator.extract.role_words import (
    clean,
    is_title,
    para_end,
    title_gerund,
    title_or_plural,
)
from generator.extract.speaker_gender import first_name_sex

_HEADS_VERBS = {"head": "head", "lead": "leader", "run": "head", "chair": "chair",
                "direct": "director", "found": "founder", "manage": "manager"}


def relative_office(doc: Doc, name: Span) -> str | None:
    """ "Nora Vidal, who heads the Center of Design" → "head of the Center of Design"."""
    end = para_end(doc, name.end)
    i = past_age(doc, name.end, end)
    if i + 3 >= end or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return None
    verb = doc[i + 2]
    office = _HEADS_VERBS.get(verb.lemma_.lower())
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if office is None or verb.tag_ not in ("VBZ", "VBD") or obj is None:
        return None
    if not any(t.text[:1].isupper() for t in obj.subtree):
        return None  # "who runs a bakery": no named body
    k = obj.i + 1
    while k < end and (doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "for", "and")):
        k += 1  # "the Center of Research for Development"
    while k > obj.i + 1 and doc[k - 1].lower_ in ("of", "for", "and"):
        k -= 1
    return f"{office} of {doc[obj.left_edge.i : k].text}"


def past_age(doc: Doc, i: int, end: int) -> int:
    """The index of the comma after an age set off by commas ("Ana Ruiz, 25, who …"), else
    ``i``."""
    if i + 3 < end and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        return i + 2
    return i


_AS_VERBS = frozenset({"serve", "work", "act", "resign", "quit", "retire", "step"})
_OPENERS = frozenset({",", "-", "\u2013", "\u2014"})
_ROLE_STOPS = frozenset(
    {"from", "until", "under", "since", "between", "during", "when", "who", "which", "that",
     "before", "after", "in", "and", "but", "within", "despite", "amid", "because", "as"}
)


def relative_title(doc: Doc, name: Span) -> str | None:
    """ "X, who served as French ambassador to Fiji from 2009" → "French ambassador to Fiji";
    also "who is the group's director", "who sits on the board of Y"."""
    end = para_end(doc, name.end)
    i = past_age(doc, name.end, end)
    if i + 3 >= end or doc[i].text not in _OPENERS or doc[i + 1].lower_ != "who":
        return None
    verb, j = doc[i + 2], i + 3
    if verb.lemma_.lower() == "have" and doc[j].tag_ == "VBN" and j + 1 < end:
        verb, j = doc[j], j + 1  # "who has resigned as home secretary"
    lemma = verb.lemma_.lower()
    if lemma == "step" and doc[j].lower_ == "down" and j + 1 < end:
        j += 1  # "who stepped down as chairman"
    if (lemma in _AS_VERBS and doc[j].lower_ == "as") or (lemma == "sit" and doc[j].lower_ == "on"):
        j += 1
    elif lemma == "become" and verb.tag_ == "VBD":
        return _role_phrase(doc, j, end, 10, strict=True)  # "who became chief executive"
    elif lemma != "be" or verb.tag_ not in ("VBZ", "VBD"):
        return None
    elif doc[j].tag_ == "VBN" and doc[j].lemma_.lower() in _NAMED_VERBS:
        j += 1 + (j + 1 < end and doc[j + 1].lower_ == "as")  # "who was appointed chief …"
        return _role_phrase(doc, j, end, 10, strict=True)
    while j < end and doc[j].lower_ in ("now", "also", "still", "currently"):
        j += 1
    return _role_phrase(doc, j, end, 10)


_NAMED_VERBS = frozenset({"name", "appoint", "elect", "promote"})


def copular_title(doc: Doc, name: Span) -> str | None:
    """ "Dana Holt was director of the National Water Safety Office" → that office; also
    "X has been a teacher at Y", "X became chairman of Y", "X was named chairman of Y"."""
    root = name.root
    verb = root.head
    lemma = verb.lemma_.lower()
    if not _next_to(doc, name, verb):
        return None
    if root.dep_ == "nsubj" and lemma in ("be", "become"):
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    elif root.dep_ == "nsubjpass" and lemma in _NAMED_VERBS:
        attr = next((c for c in verb.children if c.dep_ == "oprd" and c.i > verb.i), None)
    else:
        return None
    strict = lemma != "be"  # "became the first woman to …" is no title
    if attr is None:
        return None
    if guessed(verb) or named_phrase(attr):
        return None  # "Maybe X is the Y": no fact; "X is the Grey Cardinal": a name
    word = doc[_word_end(doc, attr.i)]  # "co-chairman" parsed as three attributes
    if not (is_title(word) if strict else title_or_plural(word)):
        return None
    if any(c.lower_ in _SINGLING for c in attr.lefts):
        return None  # "X is the only candidate who …": a claim about X, not a post
    return _role_phrase(doc, attr.left_edge.i, para_end(doc, attr.i), 10)


# Words that single someone out in a class rather than name a post ("the only candidate").
_SINGLING = frozenset({"only", "sole", "lone"})


def job_is(doc: Doc, name: Span) -> str | None:
    """ "Tom Hale's new job title is director of communications" → that title; also
    "X's role will be head of research" (a job noun the name owns, then "be" and a title)."""
    root = name.root
    head = root.head
    if root.dep_ != "poss" or head.lower_ not in _JOB_WORDS or head.dep_ != "nsubj":
        return None
    verb = head.head
    maybe = any(c.dep_ == "neg" or c.lower_ in _MAYBE for c in verb.children)
    if verb.lemma_.lower() != "be" or maybe:
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if attr is None or not is_title(attr):
        return None
    return _role_phrase(doc, attr.left_edge.i, para_end(doc, attr.i), 10)


_JOB_WORDS = frozenset({"job", "title", "role", "post", "position"})


def _next_to(doc: Doc, name: Span, verb: Token) -> bool:
    """The verb follows the name, or a clause set off by commas after it: "Kel Coslett, who
    moved to St Helens in 1962, is …"."""
    if verb.i == name.end:
        return True
    aged = past_age(doc, name.end, verb.i + 1)
    if aged > name.end and aged == verb.i - 1:
        return True  # "Ana Ruiz, 25, is a nurse"
    between = doc[name.end : verb.i]
    if len(between) <= 3 and all(_plain_aux(t) for t in between):
        return True  # "X has been", "X was later named"; not "X will not be"
    return (
        2 < len(between) <= 25
        and between[0].text == ","
        and between[-1].text == ","
        and between[1].lower_ in ("who", "whose")
    )


def _plain_aux(tok: Token) -> bool:
    """A perfect or passive auxiliary or a time adverb: no modal, no negation."""
    if tok.dep_ == "aux":
        return tok.lemma_.lower() == "have"
    if tok.dep_ == "advmod":
        return tok.lower_ in ("now", "also", "still", "currently", "later", "since")
    return tok.dep_ == "auxpass"


_AS_ROLE_VERBS = frozenset(
    {"join", "serve", "work", "return", "appoint", "name", "hire", "resign", "quit", "retire",
     "remain", "continue", "step", "stand", "lose", "leave", "take", "start", "begin", "end",
     "elect", "re-elect", "reelect", "confirm", "swear", "install", "inaugurate", "crown"}
)
_JOB_NOUNS = frozenset({"job", "post", "role", "position", "tenure", "spell", "stint", "time",
                        "record", "term", "years", "career"})


def _job_as(verb: Token) -> Token | None:
    """The "as" of "lost his job as director", "began her spell as coach": a job noun with
    the subject's own pronoun, object of the verb."""
    for obj in verb.children:
        if obj.dep_ != "dobj" or obj.lower_ not in _JOB_NOUNS:
            continue
        if not any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in obj.children):
            continue
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if prep is not None and prep.i == obj.i + 1:
            return prep
    return None


def joined_as(doc: Doc, name: Span) -> str | None:
    """ "Hale joined Norwich as chief executive in 2004" → "chief executive"."""
    root = name.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = root.head
    if verb.lemma_.lower() not in _AS_ROLE_VERBS:
        verb = _own_clause(verb, name)  # "X said she would stand down as treasurer"
    prep = None
    if verb.lemma_.lower() in _AS_ROLE_VERBS:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        prep = prep if prep is not None else _job_as(verb)
    if prep is None:
        verb, prep = _held_as(root.head, name) or (verb, None)  # "X refused to quit as coach"
    if prep is None and root.head.lemma_.lower() in _OWN_RECORD_VERBS:
        job = _job_as(root.head)  # "Ana Ruiz defended her record as state treasurer"
        owner = next((c.lower_ for c in job.head.children if c.dep_ == "poss"), "") if job else ""
        sex = {"her": "f", "his": "m"}.get(owner)
        if job is not None and sex is not None and first_name_sex(name.text) == sex:
            verb, prep = root.head, job  # not "Tom Hale attacked her record as …"
    if prep is None or (prep.i - name.end > 6 and verb is root.head):
        return None
    if any(c.dep_ == "neg" or c.lower_ in _MAYBE for c in verb.children):
        return None  # "X may return as a minister": a job the person may get, not holds
    return _role_phrase(doc, prep.i + 1, para_end(doc, prep.i), 8)


_MAYBE = frozenset({"may", "might", "could"})
# Verbs with which one speaks of one's own past job: "defended her record as governor".
_OWN_RECORD_VERBS = frozenset(
    {"defend", "tout", "cite", "highlight", "recall", "stress", "emphasize", "emphasise",
     "spend", "describe", "remember"}
)


_HELD_VERBS = frozenset({"quit", "resign", "remain", "continue", "stay", "step", "stand", "retire"})
_PATH_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "prep", "dobj"})


def _held_as(verb: Token, name: Span) -> tuple[Token, Token] | None:
    """A verb of staying in or leaving a job and its "as", under the name's own verb with no
    subject but the name or "he"/"she": "X says he has no plans of quitting as captain",
    "X vowed to stay on as manager" (the job is one the person holds)."""
    if any(e.label_ == "PERSON" and e.start != name.start for e in verb.sent.ents):
        return None  # "he" may be someone else named there
    doc = verb.doc
    for tok in verb.subtree:
        if tok.i == verb.i or tok.lemma_.lower() not in _HELD_VERBS or tok.pos_ != "VERB":
            continue
        path, up = [], tok
        while up.i != verb.i and up.dep_ in _PATH_DEPS:
            path.append(up)
            up = up.head
        subjects = [c for t in path for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if up.i != verb.i or not all(c.lower_ in ("he", "she") for c in subjects):
            continue
        k = tok.i + 1
        k += k < len(doc) and doc[k].lower_ in ("on", "down", "aside")  # "stay on as"
        if k < len(doc) and doc[k].lower_ == "as":
            return tok, doc[k]
    return None


def _own_clause(verb: Token, name: Span) -> Token:
    """The verb of a clause reported by ``verb`` whose subject is "he" or "she" (the name's
    own words about itself: "X said she would step down …"), else ``verb``."""
    others = [e for e in verb.sent.ents if e.label_ == "PERSON" and e.start != name.start]
    if others or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return verb  # "he" may be someone else named there: "Ana told Tom he would …"
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in ("he", "she"):
            return clause
    return verb


def with_as(doc: Doc, name: Span) -> str | None:
    """ "with Ana Ruiz as producer" → "producer"."""
    i, end = name.end, para_end(doc, name.end)
    if name.start < 1 or i + 1 >= end or doc[i].lower_ != "as":
        return None
    if doc[name.start - 1].lower_ != "with":
        return _as_office(doc, name, end)
    return _role_phrase(doc, i + 1, end, 6)


def fronted_as(doc: Doc, name: Span) -> str | None:
    """ "As a Maine senator, Ana Ruiz voted …" → "Maine senator": a title after
    an opening "As a" and a comma right before the name."""
    start = name.sent.start
    if name.start - start < 4 or doc[name.start - 1].text != ",":
        return None
    if doc[start].lower_ != "as" or doc[start + 1].lower_ not in ("a", "an", "the"):
        return None
    comma = next(t.i for t in doc[start : name.start] if t.text == ",")
    if comma != name.start - 1:
        return None
    return _role_phrase(doc, start + 2, comma, 6, strict=True)


def _as_office(doc: Doc, name: Span, end: int) -> str | None:
    """ "trust in Tom Hale as prime minister" → "prime minister": a bare title right after
    "as"; not after a verb of taking over ("succeeded X as chairman", "took
    over from X as chairman"), where the office is no longer the named person's."""
    if doc[name.start - 1].lower_ in ("from", "after", "than", "like"):
        return None
    head = name.root.head
    while head.dep_ in ("prep", "pobj") and head.head != head:
        head = head.head
    nxt = doc[name.end + 1]
    if head.lemma_.lower() in _TAKEOVERS | _VIEWS or nxt.pos_ == "DET" or nxt.lower_ == "well":
        return None
    if nxt.tag_ == "NNS":
        return None  # "remarks about X as examples of the nominee's …": no one's office
    return _role_phrase(doc, name.end + 1, end, 4, strict=True)


# "described X as kind": a view of the person, not an office
_VIEWS = frozenset(
    {"describe", "see", "regard", "view", "portray", "paint", "depict", "brand", "label"}
    | {"hail", "dismiss", "characterise", "characterize", "cast", "picture", "praise"}
)
_TAKEOVERS = frozenset(
    {"replace", "succeed", "follow", "oust", "unseat", "depose", "topple", "defeat", "beat"}
    | {"challenge", "displace", "supplant", "remove", "sack", "fire", "dump", "axe"}
)


def _duration(tok: Token) -> bool:
    """The start of a stretch of time: "ten years", "more than a decade", "decades"."""
    return tok.like_num or tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in ("more", "almost")


def _named_and(doc: Doc, k: int, j: int) -> bool:
    """ "and" inside a body's name: "the England and Wales Cricket Board"."""
    if doc[k].lower_ != "and" or k <= j or k + 1 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    return before.pos_ == "PROPN" and after.pos_ == "PROPN" and after.ent_type_ != "PERSON"


def _role_phrase(doc: Doc, j: int, end: int, limit: int, strict: bool = False) -> str | None:
    """The title phrase from ``j`` up to a stop word, a verb or punctuation, if it holds a
    title (``strict``: a title word, not just a person noun) and is at most ``limit`` tokens
    long."""
    k = j
    while k < end and (not doc[k].is_punct or doc[k].tag_ == "POS" or _glued(doc, k)) and (
        doc[k].lower_ not in _ROLE_STOPS or _named_and(doc, k, j) or _glued(doc, k - 1)
    ):  # "Saints' football manager": no stop at a possessive; "editor-in-chief": nor at "in"
        if doc[k].ent_type_ == "PERSON" and any(title_or_plural(t) for t in doc[j:k]):
            break  # a caption run into the next name
        if doc[k].lower_ == "for" and k + 1 < end and _duration(doc[k + 1]):
            break  # "a teacher at X for ten years"
        if doc[k].ent_type_ == "DATE" and any(title_or_plural(t) for t in doc[j:k]):
            break  # "head of the team at the Games last year"
        if doc[k].pos_ in ("VERB", "AUX") and not is_title(doc[k]) and not title_gerund(doc[k]):
            break  # not "managing" in "managing director"
        k += 1
    owner = max((t.i + 1 for t in doc[j:k] if t.tag_ == "POS"), default=j)  # "the X Club's"
    if k - owner > limit or not any(title_or_plural(t) for t in doc[j:k]):
        return None
    if strict and not any(is_title(t) for t in doc[j:k]):
        return None
    return clean(doc, j, k)


def _glued(doc: Doc, k: int) -> bool:
    """A hyphen inside a word: "film-maker", "editor-in-chief"."""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _word_end(doc: Doc, i: int) -> int:
    """The last part of the hyphened word that starts at token ``i`` ("co-chairman")."""
    while i + 2 < len(doc) and _glued(doc, i + 1) and not doc[i + 1].whitespace_:
        i += 2
    return i


def other_clause(doc: Doc, head: Token, name: Span) -> bool:
    """ "Asked if he trusted the prime minister, Mr Brown replied": the title is the object
    of a verb in a clause before the comma, the name the subject of the next verb."""
    nxt = doc[name.end] if name.end < len(doc) else None
    if nxt is None or nxt.pos_ not in ("VERB", "AUX") or name.root.dep_ not in ("nsubj",):
        return False
    verb = head.head
    while verb.dep_ == "prep" or verb.tag_ == "IN" or object_noun(verb):
        verb = verb.head  # "on the idea of a running mate": up through the objects to a verb
    return head.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and verb is not name.root.head


def object_noun(tok: Token) -> bool:
    """A noun that is the object of a verb or a preposition."""
    return tok.dep_ in ("pobj", "dobj") and tok.pos_ == "NOUN"
