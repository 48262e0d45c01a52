"""Roles of named people, read off the words around a name.

Patterns, tried in order on one mention (a token span holding the bare name): pre-name titles
("Speaker of the House Newt Gingrich"), a title shared by a list ("sprinters A and B"), a
descriptor ("Queensland toddler X"), appositions ("Chris Low, chief economist at FTN Financial";
"his wife, Evana"), clauses (``role_clauses``: "X, who heads the Y Center", "X joined Y as chief
executive", "As a senator, X"), a party word ("Libertarian X"). An affiliation ("X at the
National Review") is a role only where no mention gives another. No pattern, no role.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import (
    DESCRIPTOR_NOUNS,
    HONORIFICS,
    KIN_INVERSE,
    PARTY_WORDS,
    POST_NOMINALS,
    STREET_WORDS,
)
from generator.extract.role_bodies import affiliation, body_role
from generator.extract.role_clauses import (
    copular_title,
    fronted_as,
    job_is,
    joined_as,
    other_clause,
    relative_office,
    relative_title,
    with_as,
)
from generator.extract.role_dashes import no_aside
from generator.extract.role_lists import paired_title, shared_title
from generator.extract.role_named_as import named_as
from generator.extract.role_possessed import possessed_noun
from generator.extract.role_titles import (
    before_nickname,
    bracketed_title,
    maker,
    office_of_body,
    pre_title,
)
from generator.extract.role_vet import vetted
from generator.extract.role_while import while_title
from generator.extract.role_words import (
    COUNT_WORDS,
    KIN_WORDS,
    POSS_PRON,
    POSSESSIVE,
    STOP_AFTER,
    bare,
    clean,
    is_title,
    para_end,
    para_start,
    title_in_name,
    title_or_plural,
    without_honorific,
)

_JOINERS = frozenset({"with", "including", "plus", "alongside"})


def _post_apposition(doc: Doc, name: Span) -> str | None:
    """ ", chief economist at FTN Financial" or ", of the Alliance of British Drivers"."""
    i, sent_end = name.end, para_end(doc, name.end)
    while i < sent_end and bare(doc[i].text) in POST_NOMINALS and doc[i].text[:1].isupper():
        i += 1  # "Paul Boateng MP, Labour's Chief Secretary"
    if i < sent_end and doc[i].text == "(":  # "(R-Utah)"
        close = i
        while close < sent_end and doc[close].text != ")":
            close += 1
        inside = doc[i + 1 : close]
        if close < sent_end and len(inside) <= 10 and inside[:1].text.lower() in DETS_OR_POSS:
            return clean(doc, i + 1, close)  # "Ana Ruiz (the club's chairman) said"
        i = close + 1
    if i + 1 >= sent_end:
        return None
    dash = doc[i].text in ("-", "\u2013", "\u2014") and doc[i].whitespace_ != ""
    if dash and no_aside(doc, i, sent_end):
        return None  # "…, Ann Roe - the Utah Republican asks": another person's description
    one_of = doc[i].lower_ == "one" and doc[i + 1].lower_ == "of"  # "X one of the founders,"
    bare_title = doc[i].is_lower and is_title(doc[i]) and doc[i + 1].lower_ == "of"
    if doc[i].text != "," and not dash and not one_of and not bare_title:
        return None  # bare_title: "Mike Watts head of exploration said", no comma
    i += not (one_of or bare_title)
    while i < sent_end and doc[i].is_space and "\n" not in doc[i].text:
        i += 1  # "Tom Hale,  a historian": a double space
    if dash:  # "Ana Ruiz - now the head of the bank -"
        while i < sent_end and doc[i].lower_ in ("now", "then", "formerly", "currently"):
            i += 1
    if i + 1 < sent_end and doc[i].like_num and doc[i + 1].text == ",":  # "Scott, 43, ..."
        i += 2
        i = _past_home(doc, i, sent_end)  # "Scott, 43, from Leeds, a mother of two"
    if i < sent_end and (doc[i].pos_ == "CCONJ" or doc[i].lower_ in _JOINERS):
        return None  # "his sister, Maria, and his uncle, Tomas": the next name's role
    if doc[i : i + 3].text.lower() in ("as well as", "along with", "together with"):
        return None  # "Jo Hale, as well as the party chairman Tom Reed, left"
    if i < sent_end and doc[i].lower_ in _QUANTIFIERS:
        return None  # "opinions of Ana Ruiz, more than half have …": a new clause's subject
    if i < sent_end and doc[i].pos_ == "ADP" and doc[i].lower_ in _NO_APPOSITION_PREPS:
        return None  # "sent from the director, Ana Ruiz, to the club members": no apposition
    side = i < sent_end and doc[i].lower_ in COURT_SIDES
    if side and (i + 1 == sent_end or doc[i + 1].text in (",", ")")):
        return doc[i].text  # "Jo Hale, prosecuting, said": counsel for the prosecution
    if i < sent_end and doc[i].lower_ == "of":
        j = i + 1
        while j < sent_end and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < sent_end and (doc[k].text[:1].isupper() or doc[k].lower_ in ("of", "and") or (
            doc[k].text in _APOSTROPHES and k + 1 < sent_end and doc[k + 1].text[:1].isupper()
        )):
            k += 1  # "of the TaxPayers' Alliance"
        if k == j or not doc[j].text[:1].isupper():
            return None
        if all(t.ent_type_ in ("GPE", "LOC") or t.lower_ in ("of", "and") for t in doc[j:k]):
            return None  # "Roth, 48, of Massapequa": a home town, not a role
        if bare(doc[k - 1].text) in STREET_WORDS:
            return None  # "Mason, of Flamborough Close, Biggin Hill": an address
        return doc[j:k].text
    j = i
    while j < sent_end and doc[j].text not in STOP_AFTER and doc[j].lower_ not in STOP_AFTER:
        hyphen = doc[j].text == "-" and not doc[j].whitespace_ and not doc[j - 1].whitespace_
        verb = doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ not in ("amod", "compound")
        # "a retired general", "managing director of …"
        if (verb and not is_title(doc[j])) or (
            doc[j].text == "-" and not hyphen  # "a two-decade veteran": a hyphen, not a dash
        ):
            j -= j - 1 > i and verb and doc[j - 1].tag_ == "TO"  # "… groups to file suit"
            break
        next_name = j + 1 < sent_end and doc[j + 1].ent_type_ == "PERSON"
        if doc[j].lower_ in ("and", "or") and next_name:
            break  # "X, former dean of the school and Dan Ruiz, a journalist"
        j += 1
    reach = 9 if i < sent_end and doc[i].lower_ == "one" else 8  # "one of the best climbers"
    # "Al Roe, his sons and their mother fell ill", "X, rival firms": a list or a plural
    listed = doc[i - 1].text == "," and j < sent_end and doc[j].pos_ in ("VERB", "AUX")
    listed = listed and "and" in doc[i:j].text.split()
    listed = listed or (j > i and doc[i:j].root.tag_ == "NNS" and doc[i:j].root.dep_ == "nsubj")
    titled = any(title_or_plural(t) for t in doc[i : min(j, i + reach)])
    if j > i and _someone_elses(doc[i:j]):
        return None  # "for Ana Ruiz, Mayor Tom Hale's approval rating remains low"
    if j > i and j < sent_end and name.root.dep_ == "pobj" and _subject_of(doc[i:j], j):
        return None  # "For Ana Ruiz, right now the mayor is …": the next clause's subject
    return clean(doc, i, j) if j > i and titled and not listed else None


def _subject_of(words: Span, verb: int) -> bool:
    """A word of ``words`` is the subject of the verb at token ``verb``."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb for t in words)


def _titled_name(tok: Token, words: Span) -> bool:
    """A name the words lead up to as its title: set beside their head with no comma between
    ("chief of staff Dan Ruiz"; not "son of the lawyer Al Roe")."""
    if tok.ent_type_ != "PERSON":
        return False
    head = tok.head
    beside = tok.dep_ == "appos" and head == words.root and head.i < tok.i
    return beside and not any(t.text == "," for t in words.doc[head.i : tok.i])


def _someone_elses(words: Span) -> bool:
    """The words are another person's title or a thing another person owns, not a description
    of the person before them: "X, President Al Roe's approval rating" (but "X, Roe's
    lawyer")."""
    root = words.root
    if any(_titled_name(t, words) for t in words):
        return True  # "former Hale chief of staff Dan Ruiz": the title of the name it leads to
    doc, k = words.doc, words.start
    while k < words.end and doc[k].ent_type_ == "PERSON" and doc[k].tag_ == "NNP":
        k += 1  # past the whole name: "Ana Ruiz's lawyer" is a description
    if k > words.start and k < len(doc) and doc[k].tag_ != "POS":
        return True  # "as Trump, Cruz wage delegate warfare": a second name, a headline list
    owners = [t for t in words[:-1] if t.ent_type_ == "PERSON" and words.doc[t.i + 1].tag_ == "POS"]
    return bool(owners) and root.i > owners[0].i and root.pos_ == "NOUN" and not title_or_plural(
        root
    )


_APOSTROPHES = frozenset({"'", "\u2019", "'s", "\u2019s"})
COURT_SIDES = frozenset({"prosecuting", "defending", "mitigating"})
_NO_APPOSITION_PREPS = frozenset({"to", "with", "into", "onto", "toward", "towards"})
_QUANTIFIERS = frozenset({"more", "most", "less", "many", "some", "all", "half", "few", "none"})
DETS_OR_POSS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_NP_WORDS = frozenset({"NOUN", "ADJ", "PROPN", "DET", "NUM", "PART"})


def _past_home(doc: Doc, i: int, end: int) -> int:
    """The index after a home town set off by commas ("from Leeds, "), or ``i``."""
    if i >= end or doc[i].lower_ not in ("from", "of"):
        return i
    j = i + 1
    while j < end and (doc[j].ent_type_ in ("GPE", "LOC") or doc[j].text == ","):
        if doc[j].text == "," and (j + 1 >= end or doc[j + 1].ent_type_ not in ("GPE", "LOC")):
            return j + 1 if j > i + 1 else i
        j += 1
    return i


def _age_before(doc: Doc, start: int) -> int:
    """Where an age written right before a name begins ("19-year-old Ana Ruiz"), else start."""
    i = start
    if i >= 1 and doc[i - 1].lower_ == "old":
        i -= 1
        while i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ in ("-", "year", "years")):
            i -= 1
    while i > 1 and doc[i - 1].is_space and i < start:
        i -= 1  # "her son,  26-year-old Ana": a doubled space before the age
    return i


def _pre_apposition_head(doc: Doc, name: Span) -> Token | None:
    """The title noun that the name stands in apposition to: "attorney" in "X's attorney, Y";
    "developers" for both names of "two developers, Ana Ruiz and Tom Hale"."""
    head = _apposed(doc, name)
    if head is None or other_clause(doc, head, name):
        return None
    return head


_PAIR_NOUNS = frozenset({"couple", "pair", "duo", "team"})


def _apposed(doc: Doc, name: Span) -> Token | None:
    """The title noun before the name's comma that the name may stand in apposition to."""
    root = name.root
    first = root
    while first.dep_ == "conj" and first.head.i < first.i and _a_name(first.head):
        first = first.head  # "…, Ana Ruiz and Tom Hale": Tom Hale shares Ana Ruiz's head
    if first is not root:
        head = first.head
        shared = head.tag_ in ("NNS", "NNPS") or head.lower_ in _PAIR_NOUNS  # not "her father X"
        if first.dep_ == "appos" and head.i < first.i and title_or_plural(head) and shared:
            return head
        if first.dep_ == "appos" or first.left_edge.i < 2:
            return None
        opener = doc[first.left_edge.i - 1]  # "three directors - Ana Ruiz, Tom Hale and …"
        head = _nearest_title(doc, first.left_edge.i, name) if _list_opener(opener) else None
        return head if head is not None and head.tag_ == "NNS" else None
    start = _age_before(doc, name.start)
    while start > 2 and bare(doc[start - 1].text) in HONORIFICS | {"the", "rt", "hon"}:
        start -= 1  # "the Bishop of Lindford, the Rt Rev Alan Hart-Pole"
    if start < 2 or not _list_opener(doc[start - 1]):
        return None
    if root.dep_ == "appos":
        head = root.head
        for _ in range(3):  # "An attorney for Pagliano, Mark MacDougall": up from "Pagliano"
            if head.i < start and title_or_plural(head) and head.pos_ in ("NOUN", "PROPN"):
                return head
            if head.dep_ not in ("pobj", "prep"):
                break
            head = head.head
    for child in root.children:
        if child.dep_ == "appos" and child.i < name.start and title_or_plural(child):
            return child
    return _nearest_title(doc, start, name)


def _nearest_title(doc: Doc, start: int, name: Span) -> Token | None:
    """No parse to go by: the nearest title in a plain noun phrase before the comma or dash
    at ``start - 1``; after a spaced dash the phrase may run longer ("the three directors in
    question in the matter - Ana Ruiz, …")."""
    dash = doc[start - 1].text in ("-", "--", "\u2013", "\u2014")
    i, reach = start - 2, 16 if dash else 9
    links = ("at", "of", "for", "'s", "\u2019s", *(("in",) if dash else ()))
    while i >= max(para_start(doc, name.start), start - reach):
        t = doc[i]
        far = i < start - 10 or any(x.lower_ == "in" for x in doc[i:start])
        one = not far and doc[start - 1].text != ":"  # "X at Y: Clinton …" is a headline
        if title_or_plural(t) and t.dep_ == "compound" and t.head.i > t.i:
            person = t.head.ent_type_ == "PERSON"
            if person and not name.start <= t.head.i < name.end:
                return None  # "Senator Ann Roe of Ohio, Mr. Hale's rival": Roe's title
            if not person and not title_or_plural(t.head):
                return None  # "her strong fan base, Ms Moon", "the State Republican Party's
                # gala, Trump": the title only qualifies a thing or a body
        if title_or_plural(t) and t.pos_ in ("NOUN", "PROPN") and (t.tag_ == "NNS" or one):
            if i == start - 2 and doc[start - 1].text == ":" and i == para_start(doc, i):
                return None  # "Historians: Hale, Ruiz agree": a line's kicker, no list
            return t  # far back or before a colon, only a plural title heads a list of names
        np_word = t.pos_ in _NP_WORDS or t.tag_ == "PRP$"
        if not np_word and t.lower_ not in links:
            return None
        i -= 1
    return None


def _a_name(tok: Token) -> bool:
    """A person's name, or a name the tagger left unlabelled that heads an apposition
    ("the three directors - Ana Ruiz, Tom Hale and ...")."""
    return tok.ent_type_ == "PERSON" or (
        tok.pos_ == "PROPN" and tok.dep_ in ("appos", "nsubj") and not tok.ent_type_
    )


def _list_opener(tok: Token) -> bool:
    """A comma, or a spaced dash or colon opening a list of names after a plural title."""
    if tok.text == ",":
        return True
    return tok.text in ("-", "--", "\u2013", "\u2014", ":") and tok.whitespace_ != ""


def _word_hyphen(doc: Doc, i: int, floor: int) -> bool:
    """A hyphen inside a word ("front-runner"), not a spaced dash."""
    return doc[i].tag_ == "HYPH" and not doc[i].whitespace_ and i - 1 >= floor and (
        not doc[i - 1].whitespace_ and doc[i - 1].is_alpha)


def _pre_apposition(doc: Doc, name: Span) -> str | None:
    """ "Pagliano's attorney, Mark MacDougall" -> "Pagliano's attorney"."""
    head = _pre_apposition_head(doc, name)
    if head is None:
        return None
    s = head.i
    floor = max(para_start(doc, name.start), min(name.start - 10, head.i - 3))
    while s - 1 >= floor and (
        doc[s - 1].pos_ in _NP_WORDS or doc[s - 1].tag_ == "PRP$" or doc[s - 1].text in POSSESSIVE
        or _word_hyphen(doc, s - 1, floor)  # "front-runner"
    ):
        s -= 1
    while s < head.i and (doc[s].like_num or doc[s].lower_ in COUNT_WORDS):
        if doc[s + 1].text == "-" and not doc[s].whitespace_:
            break  # "first-team players": the number is part of the word
        s += 1  # "two Vermont developers", "another volunteer": the kind, not the count
    first = name.root
    while first.dep_ == "conj" and first.head.i < first.i and _a_name(first.head):
        first = first.head
    comma = _age_before(doc, first.left_edge.i if first is not name.root else name.start) - 1
    if s > 0 and doc[s - 1].lower_ in ("as", "than", "like"):
        return None  # "her first year as mayor, Sam Ode said": someone else's
    if s > 1 and doc[s - 1].lemma_.lower() in ("be", "become") and (
        doc[s - 2].lower_ == "to" or doc[s - 2].tag_ == "MD"
    ):
        return None  # "the first mother to become governor, Ana Ruiz said": a wish, not a post
    tail = doc[head.i + 1 : comma]
    long_tail = len(tail) > 8 or any(t.lower_ == "in" for t in tail)  # "in question in …"
    long_tail = long_tail and doc[comma].text != ","  # a dash-opened list
    end = comma if comma > head.i and not long_tail else head.i + 1
    if doc[s].lower_ == "whose" and s < end - 1:
        owner = doc[s - 2] if s >= 2 and doc[s - 1].text == "," else None
        rest = clean(doc, s + 1, end)  # "said Ruiz, whose wife, Ana, is …": Ruiz's wife
        if owner is None or owner.pos_ != "PROPN" or rest is None:
            return None
        return f"{owner.text}'s {rest}"
    return clean(doc, s, end)


def _descriptor(doc: Doc, name: Span) -> str | None:
    """A person noun with a modifier right before the name: "Queensland toddler",
    "pioneering tennis great", "Kent's lawyer" (the modifier is needed: "said toddler X"
    is no role)."""
    floor = para_start(doc, name.start)
    head = before_nickname(doc, name.start - 1, floor)  # "Reality star 'Mama' Jo Ruiz"
    if head <= floor or doc[head].lower_ not in DESCRIPTOR_NOUNS or not doc[head].is_lower:
        return None
    i = head - 1
    while i >= max(floor, head - 3):
        t = doc[i]
        if t.pos_ not in ("NOUN", "ADJ", "PROPN") or t.ent_type_ in ("PERSON", "DATE", "TIME"):
            break
        if t.is_lower and doc[i + 1].text[:1].isupper():
            break  # "video Tennis star": a caption run into the text
        i -= 1
    if i + 1 == head:
        return None
    if i - 1 >= floor and doc[i].lower_ == "and" and _person_word(doc[i - 1]):
        j = i - 1  # "Chess coach and radio host Lena Park": both descriptions
        while j - 1 >= floor and doc[j - 1].pos_ in ("NOUN", "ADJ", "PROPN"):
            if doc[j - 1].ent_type_ in ("PERSON", "DATE", "TIME") or j - 1 < i - 4:
                break
            j -= 1
        if j < i - 1:
            return doc[j : head + 1].text
    return doc[i + 1 : head + 1].text


def _person_word(tok: Token) -> bool:
    """A title or a describing noun for a person: "expert", "star", "director"."""
    return tok.lower_ in DESCRIPTOR_NOUNS or is_title(tok)


def _shared_apposition(doc: Doc, name: Span) -> str | None:
    """ "Ana Ruiz and Tom Bell, the former heads of the choir": a plural
    apposition after the last of two names is the first one's too."""
    other = next((c for c in name.root.children if c.dep_ == "conj"), None)
    if other is None or other.ent_type_ != "PERSON" or other.i < name.end:
        return None
    start = other.i
    while start > name.end and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    role = _post_apposition(doc, doc[start : other.i + 1])
    head = role.split(" of ")[0].split()[-1] if role else ""
    return role if head.endswith("s") else None  # a plural: both names


__all__ = ["affiliation", "body_role", "inverse_kin", "role_of"]


def role_of(doc: Doc, name: Span) -> str | None:
    """The role the text gives the person named by the token span ``name``, or None."""
    nxt = doc[name.end] if name.end < len(doc) else None
    placed = {t.ent_type_ for t in name} <= {"GPE", "NORP"}
    if nxt is not None and placed and nxt.is_title and is_title(nxt):
        return None  # "fellow candidate Ohio Senator Ana Ruiz": the state qualifies her title
    role = _role_of(doc, name)
    bare_name = without_honorific(doc, name)
    if not role and bare_name is not None:
        role = _role_of(doc, bare_name)  # "Mr Blair said he would stand down as …"
    start = name.start
    while start + 2 < name.end and title_in_name(doc[start]) and doc[start + 1].text[:1].isupper():
        start += 1  # "Substitute Rodrigo De Paul" taken whole as the name: the title is before
    role = role or (_role_of(doc, doc[start : name.end]) if start > name.start else None)
    return vetted(doc, name, role)


def _role_of(doc: Doc, name: Span) -> str | None:
    """The role the text gives the person named by ``name``, as written."""
    patterns = (
        pre_title,
        bracketed_title,  # "its "national reporter" Ana Ruiz, winner of …"
        office_of_body,
        shared_title,
        _descriptor,
        _post_apposition,
        _shared_apposition,
        paired_title,
        _pre_apposition,
        relative_office,
        relative_title,
        copular_title,
        job_is,
        joined_as,
        with_as,
        fronted_as,
        while_title,
        maker,
        possessed_noun,
        named_as,  # "one resident, named only as Ana"
    )
    body = None  # ", of the University of X": kept only if no pattern gives a title
    for pattern in patterns:
        role = pattern(doc, name)
        if role and pattern is not _post_apposition and bare(role.split()[-1]) in KIN_WORDS:
            more = _post_apposition(doc, name)  # "her son Tom, one of the best climbers"
            return f"{role}, {more}" if more else role
        if role and pattern is shared_title and _such_as(doc, name) and not _of_body(doc, name):
            own = _post_apposition(doc, name)
            if own:
                return own  # "researchers such as Ana Ruiz, professor of …": her own title
        if role and pattern is _post_apposition and _of_body(doc, name):
            body = role
        elif role:
            return role
    prev = doc[name.start - 1] if name.start > 0 else None
    party = prev is not None and prev.text[:1].isupper() and bare(prev.text) in PARTY_WORDS
    if party and prev is not None and len(name) > 1:
        return prev.text  # "Libertarian Gary Johnson"; not "for Labour Brown's …"
    return body


def _such_as(doc: Doc, name: Span) -> bool:
    """ "such as" right before the name: one of a kind named by example."""
    return name.start >= 2 and doc[name.start - 2 : name.start].text.lower() == "such as"


def _of_body(doc: Doc, name: Span) -> bool:
    """The name is followed by ", of" (a body or home, not a title)."""
    i = name.end
    return i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ == "of"


def inverse_kin(doc: Doc, name: Span) -> tuple[int, str] | None:
    """For "X spoke with his son, Y": (token index of X, "father")."""
    head = _pre_apposition_head(doc, name)
    if head is None:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSS_PRON), None)
    role = KIN_INVERSE.get((head.lower_, poss.lower_)) if poss is not None else None
    if role is None:
        return None
    verb = head
    while verb.dep_ not in ("ROOT",) and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.ent_type_ not in ("PERSON", "ORG", "GPE"):
        return None
    return subj.i, role
