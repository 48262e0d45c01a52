"""Signs that a lone name the tagger read as a body is a person's: a first name or initials
left just before it ("Al Kellock", "J P McManus"), or a list of people it stands in
("Chris Marsh, Dido, Robbie Lane")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_kind_compounds import hyphened_title
from generator.extract.actor_kind_names import SITE_HEADS
from generator.extract.actor_words import ORG_DESCRIPTORS, TITLE_NOUNS, word_set
from generator.extract.given_names import is_given_name

_INITIAL = re.compile(r"[A-Z]\.?")


def person_signs(doc: Doc, start: int, end: int) -> int:
    """How strongly the words around the name at tokens ``start:end`` make it a person's:
    a first name or initials left out before a one-word name, people it is listed with."""
    n = 0
    prev = doc[start - 1] if start > 0 and end - start == 1 else None
    if prev is not None and prev.is_title and is_given_name(prev.text):
        n += 2  # "veteran Al Kellock": the first name the mention left out
    elif prev is not None and _INITIAL.fullmatch(prev.text) and prev.text not in ("A", "I"):
        n += 2  # "patron J P McManus"
    tok = doc[end - 1]
    mates = [t for t in tok.conjuncts if t.ent_type_]
    given = [t.i > 0 and is_given_name(doc[t.i - 1].text) for t in mates]
    named = all(given)
    if mates and not named and tok.ent_type_ == "PERSON" and not _owns_a_title(doc, tok):
        named = all(  # "Clinton and Roe" after "Ana Clinton"; not "Wigan chairman" elsewhere
            g or _full_named_elsewhere(doc, t) for g, t in zip(given, mates, strict=True)
        )
    if end - start > 3 or tok.tag_ != "NNP":
        return n
    if mates and named and all(t.ent_type_ == "PERSON" for t in mates) and end - start == 1:
        return n + 1  # "the likes of Chris Marsh, Dido and Robbie Lane"
    return n + _apposed_to_people(tok)


def _full_named_elsewhere(doc: Doc, tok: Token) -> bool:
    """The surname at ``tok`` follows a given name somewhere in the text ("Clinton and Roe"
    after "Hillary Clinton"): a person named in full."""
    if tok.ent_type_ != "PERSON":
        return False
    return any(
        t.lower_ == tok.lower_ and t.i > 0 and is_given_name(doc[t.i - 1].text)
        for t in doc
        if t.i != tok.i
    )


def _owns_a_title(doc: Doc, tok: Token) -> bool:
    """The word stands before a lowercase title somewhere ("Wigan chairman"): a body's name."""
    return any(
        t.text == tok.text and t.i + 1 < len(doc) and doc[t.i + 1].is_lower
        and doc[t.i + 1].lower_ in TITLE_NOUNS
        for t in doc
    )


def _apposed_to_people(tok: Token) -> int:
    """1 when the name (or the list it is in) stands beside a noun for people: "the Shawnee
    leaders Tecumsa and Tenskwa", "two players, Pero Anta and Thabo Sefa"."""
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    return int(first.dep_ == "appos" and head.tag_ == "NNS" and head.lemma_ in TITLE_NOUNS)


# Nouns for a body that stand right before its name: "investment bank Hallam Stoke" (the
# kinds of body, less those that also lead teams, parties and places, plus a few more).
_BODY_NOUNS = (
    ORG_DESCRIPTORS - word_set("club team party union movement paper shop store station")
) | word_set(
    """
    reinsurer carmaker analyst consultancy consultants regulator inspector auctioneers
    auctioneer brand conglomerate house
    """
)
# Nouns that follow a body's name but never a person's: "the Hallam division", "Hallam shares".
_BODY_AFTER = frozenset(
    {"division", "subsidiary", "auctioneers", "shares", "headquarters", "factory", "factories",
     "plant", "plants"}
)


def body_signs(doc: Doc, start: int, end: int, text: str) -> int:
    """How strongly the words around the name at tokens ``start:end`` make it a body's:
    "investment bank X", "London-based X", "X, which"."""
    n = 0
    before = start - 1
    while before > 0 and doc[before].is_space:  # "Leeds-based\u00a0Hallam": a stray space
        before -= 1
    prev = doc[before] if before >= 0 else None
    tied = prev is not None and (prev.head.i in range(start, end) or doc[end - 1].head == prev)
    titled = hyphened_title(doc, before + 1)  # "film-maker Ann Lee", not "car-maker Acme"
    if tied and prev is not None and prev.text in _BODY_NOUNS and not titled:
        n += 2  # lowercase only: "Bank" would open the name
    elif prev is not None and _based(doc, before + 1):
        n += 2  # "Leeds-based Hallam Stoke"
    after = doc[end : end + 2]
    if _WHICH.match(text, doc[end - 1].idx + len(doc[end - 1])):
        n += 1  # "Hallam Stoke, which", "Hallam Stoke - which": a person takes "who"
    words = [t.text for t in after]
    if words[:1] and (words[0] in _BODY_AFTER or words in (["chief", "executive"], ["and", "Co"])):
        n += 2  # "Hallam Stoke auctioneers", "Hallam chief executive Ann Lee", "Hallam and Co"
    elif words[:1] in (["'s"], ["\u2019s"]) and doc[end + 1 : end + 2].text in _BAND_AFTER:
        n += 2  # "the Hallams' drummer": a band's
    if words[:1] and words[0] in _BAND_AFTER:
        n += 2  # "Hallam Stoke frontman Al Dee": a band, which has a singer, not a person
    n += _neuter_signs(doc, start, end)
    if len(after) == 2 and after[0].text == ",":
        appos = [t for t in doc[end + 1 : end + 9] if t.dep_ == "appos" and t.head.i == end - 1]
        if appos and _body_noun(appos[0]):
            n += 2  # "Hallam Re, the world's largest reinsurance company,"
    root = doc[end - 1]
    if root.dep_ == "appos" and root.head.i < start and _body_noun(root.head):
        n += 2  # "a small electronics firm, Hallam Stoke,"
    return n + _owned_by_body(doc, start, end) + _called_a_body(root)


def _called_a_body(root: Token) -> int:
    """3 when the name is the subject of "is a … store/firm": "Hallam is a Leeds gifts and
    accessories store"."""
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return 0
    attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
    if attr is None or attr.i < root.i:
        return 0
    nouns = (attr, *attr.conjuncts)
    return 3 * any(t.lemma_.lower() in _CALLED_BODIES and t.doc[t.i - 1].text != "-" for t in nouns)


# What a name "is" that only a body is: "X is a Leeds gifts store" (not "a film-maker").
_CALLED_BODIES = word_set(
    """
    store shop company firm business chain retailer brand label manufacturer corporation
    bank charity agency newspaper magazine carmaker conglomerate supermarket restaurant band
    """
)


# "which" after a comma, a dash or a gap a lost dash left; not "a book by Sue Lee which".
_WHICH = re.compile(r"(?:\s*[,\u2013\u2014]|\s\s|\s-)\s*which\b")


def _based(doc: Doc, start: int) -> bool:
    """ "Leeds-based" right before the token at ``start``, one token or three."""
    prev = doc[start - 1]
    return prev.lower_.endswith("-based") or (
        prev.lower_ == "based" and start > 1 and doc[start - 2].text == "-"
    )


# Bodies named right before the name as its appositive ("the firm, X"), less those a person
# can also be called ("the analyst, Ann Lee").
_APPOSED_BODIES = _BODY_NOUNS - word_set("analyst inspector consultants house")


def _body_noun(tok: Token) -> bool:
    """ "firm", "companies", or "one of the largest coal companies"."""
    if tok.lower_ == "one":
        tok = next((c for p in tok.children if p.lower_ == "of" for c in p.children), tok)
    return tok.lemma_.lower() in _APPOSED_BODIES or tok.lower_ in _APPOSED_BODIES


# What a body has and a person does not: "Hallam's shareholders", "Hallam's head of sales".
_OWNED = word_set(
    """
    executives employees staff workforce shareholders shares profits revenues turnover
    headquarters subsidiary subsidiaries board
    """
)


def _owned_by_body(doc: Doc, start: int, end: int) -> int:
    """2 when the name owns what only a body has ("Hallam Stoke's executives", "Hallam's head
    of marketing"); 3 when it owns a member named in full ("Hallam's Ann Lee")."""
    if doc[end : end + 1].text not in ("'s", "\u2019s") or doc[end - 1].dep_ != "poss":
        return 0
    owned = doc[end - 1].head
    chief = owned.lower_ == "executive" and doc[owned.i - 1].lower_ == "chief"
    if owned.lower_ in _OWNED or chief:
        return 2
    if owned.lower_ == "head" and any(c.lower_ == "of" for c in owned.children):
        return 2
    first = doc[end + 1]
    full = owned.i == end + 2 and first.dep_ == "compound" and first.ent_iob_ == "B"
    full = full and owned.ent_type_ == "PERSON" and first.is_title and owned.is_title
    full = full and owned.lower_ not in SITE_HEADS  # "Perth's Martin Place": a site, a city's
    return 3 if full and not is_given_name(doc[start].text) else 0  # not "Sue Lee's Tom Cat"


_BAND_AFTER = frozenset(
    {"frontman", "frontwoman", "guitarist", "drummer", "bassist", "keyboardist", "bandmates"}
)


def _neuter_signs(doc: Doc, start: int, end: int) -> int:
    """1 when "its" or "their" a few words on in the same clause picks up the subject name at
    tokens ``start:end`` ("Hallam filed for bankruptcy, its second time"), with no other
    noun for it to stand for in between."""
    root = doc[end - 1]
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "NNP" or root.conjuncts:
        return 0
    if (start and doc[start - 1].lower_ in ("and", "or")) or is_given_name(doc[start].text):
        return 0  # "Sarah and John … their daughter": "their" is the pair's
    for tok in doc[end : min(end + 10, root.sent.end)]:
        other = tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ or tok.pos_ == "PRON"
        if other and tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ not in ("its", "their"):
            return 0  # "Hallam told the workers their …": someone else's
        if tok.lower_ in ("its", "their") and tok.dep_ == "poss":
            return int(root.head in tok.ancestors or root.head.head in tok.ancestors)
    return 0


_HE_SHE = frozenset({"he", "she"})
_HIS_HER = frozenset({"his", "her", "himself", "herself"})
_NEUTER = frozenset({"it", "its", "they", "their", "them", "itself"})


def pronoun_signs(doc: Doc, start: int, end: int) -> int:
    """How strongly a gendered pronoun that picks up the subject name at tokens ``start:end``
    makes it a person's: "Hallam won easily. She now meets …" (2), "Hallam thanked fans on
    his website" (1). No other name or "it" may come between; a pronoun in reported speech
    ("Hallam said she …") or one that says a quote ("… ," he said) is someone else's."""
    root = doc[end - 1]
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return 0
    sent = root.sent
    for tok in doc[end : sent.end]:
        low = tok.lower_
        if low in _NEUTER or low in _HE_SHE or (tok.ent_type_ and tok.pos_ == "PROPN"):
            return 0  # "it", or another name the pronoun could stand for
        if low in _HIS_HER and tok.dep_ in ("poss", "dobj", "pobj") and not _reported(tok, root):
            return 1 if low != "her" or tok.dep_ == "poss" else 0
    if sent.end >= len(doc):
        return 0
    first = doc[sent.end]
    said = first.head.lemma_ in _SAY
    if first.text in ("He", "She") and first.dep_ == "nsubj" and not said:
        return 2
    return 2 if root.head.lemma_ in _SAY and _quote_goes_on(doc[sent.end].sent) else 0


_SAY = frozenset({"say", "add", "tell", "explain", "write", "insist"})
_MARKS = frozenset("\"“”")


def _quote_goes_on(nxt: Span) -> bool:
    """The next sentence is a quote that "he said" / "she said" hands to the same speaker,
    with no name outside the marks before the pronoun: "'…,' Hallam said. '…,' he said"."""
    if nxt[0].text not in _MARKS:
        return False
    inside = False
    for tok in nxt:
        if tok.text in _MARKS:
            inside = not inside
        elif not inside and tok.ent_type_ and tok.pos_ == "PROPN":
            return False
        elif not inside and tok.lower_ in _HE_SHE and tok.dep_ == "nsubj":
            return tok.head.lemma_ in _SAY
    return False


# Nouns only a person is called by, for a back-reference: "Eminem opened the show. The rapper".
_EPITHETS = word_set(
    """
    rapper singer actor actress comedian comedienne musician presenter singer-songwriter
    songwriter novelist
    """
)


def epithet_signs(doc: Doc, start: int, end: int) -> int:
    """1 when the subject name at tokens ``start:end`` is picked up by the next sentence's
    subject as "The rapper", "The 31-year-old": words only used of a person."""
    root = doc[end - 1]
    if root.dep_ not in ("nsubj", "nsubjpass") or root.sent.end + 2 >= len(doc):
        return 0
    first = doc[root.sent.end]
    if first.text != "The":
        return 0
    noun = first.head if first.dep_ == "det" else None
    if noun is None or noun.dep_ != "nsubj" or noun.i > first.i + 3:
        return 0
    if any(c.dep_ in ("prep", "relcl", "acl") for c in noun.children):
        return 0  # "The man in charge", "The singer who …": someone new
    aged = noun.lower_ == "old" or noun.lower_.endswith("-year-old")
    return int(noun.lower_ in _EPITHETS or aged)


def _reported(tok: Token, subject: Token) -> bool:
    """The pronoun at ``tok`` stands in a clause reported by the subject's verb."""
    for t in tok.ancestors:
        if t == subject.head:
            return False
        if t.dep_ == "ccomp":
            return True
    return False
