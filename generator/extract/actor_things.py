"""Names of things that are not actors: schemes and laws ("Race Equality Strategy"), stakes
("Permanent Interest Bearing Shares"), competitions ("Serie A", "Group C"), battles, medical
conditions ("the condition Erythropoietic Protoporphyria") and products named before what
they are ("its new RipGuard technology", "a Windows virus")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actor_asides import defined_thing
from generator.extract.actor_words import word_set
from generator.extract.doc_text import tokens_of
from generator.extract.given_names import is_given_name

# Last words that make a name a scheme, a law, a stake or a condition, not a body.
_THING_HEADS = word_set(
    """
    strategy scheme initiative regulations regulation directive act bill treaty agreement accord
    shares bonds syndrome disease disorder tremor protoporphyria study
    """
)
# Whole names of public schemes, events and rooms that read as bodies but never act: "the
# Budget", "changes to Medicare", "talks in the Oval Office".
_SCHEME_NAMES = frozenset(
    {
        "budget", "pre-budget report", "medicare", "medicaid", "social security", "obamacare",
        "national insurance", "oval office", "air force one", "queen's speech",
    }
)
# Competitions and stages: "Serie A", "Group C", "the Grand Slam", "the Grand National".
_COMPETITION = re.compile(
    r"^(?:Serie [A-D]|Group [A-H]|Pool [A-H]|Grand (?:Slam|National|Prix)|"
    r"(?:[A-Z][\w.'-]* ){1,3}(?:Masters|Open|Cup|Championships|Olympics|Invitational|Marathon))$"
)  # "Monte Carlo Masters", "US Open", "Ryder Cup": a tournament, not a body
_COLOURS = word_set("black white red green blue silver grey gray yellow gold maroon")
_ROMAN = re.compile(r"(?=[IVXL]{2,4}$)X{0,3}(?:IX|IV|V?I{0,3})")
_EVENT_START = re.compile(r"^(?:Battle|Siege|Sack|Treaty|Fight|Match|Game|Bout|Trial) of ")
# Words before a name that say it is a condition: "the condition X", "suffers from X".
_CONDITION_LEADS = word_set("condition disease syndrome disorder illness")
_SUFFER = (("suffers", "from"), ("suffering", "from"), ("suffered", "from"), ("diagnosed", "with"))
# Nouns after a name that say it names a product: "RipGuard technology", "a Windows virus".
PRODUCT_NOUNS = word_set(
    """
    technology software virus worm account console computer handset browser format app
    """
)
# Nouns after a name that make it a thing everywhere: "the Watergate scandal", "RFID tags".
_THING_AFTER = word_set(
    """
    scandal affair painting paintings album novel tags tag recorder derby chip chips
    handgun pistol rifle shotgun revolver
    """
)
# Plural works after "the" and a name: "the Harry Potter films" (a maker takes no "the").
_WORKS_AFTER = word_set("films movies books novels series theme")
# Nouns after a name held by an owner: "Van Gogh's Sunflowers painting", "its Betamax video
# recorder", "the court's Landmark decision", "whose Northern Skies album".
_OWNED_THING = PRODUCT_NOUNS | _THING_AFTER | word_set(
    """
    campaign scheme programme program initiative decision ruling probe system systems device
    devices range brand product products book film song single show series game games
    recorder player players phone phones machine model models service platform
    """
)
_BROADCASTS = word_set("show shows series programme program")
_SHOWS = word_set("show shows series programme program film album book song single game")
_OWNERS = frozenset({"'s", "\u2019s", "its", "whose", "their", "his", "her"})
_NOT_THINGS = frozenset({"PERSON", "NORP"})


_BILL = re.compile(r"(?:HB|SB|AB|HF|SF|LB|HR|H\.R\.|S\.B\.|H\.B\.)\s?\d{1,5}")


def thing_name(name: str) -> bool:
    """True for a name that by its shape names a thing, not an actor."""
    words = name.split()
    if " ".join(words).lower().replace("\u2019", "'") in _SCHEME_NAMES:
        return True
    if len(words) >= 2 and words[-1].lower() in _THING_HEADS:
        return True
    if _BILL.fullmatch(name):
        return True  # "HB2", "SB 17", "H.R. 3762": a bill, not an actor
    if _ROMAN.fullmatch(name):
        return True  # "the starting XV", "a first XI": a numeral, not a body
    return bool(_COMPETITION.match(name) or _EVENT_START.match(name))


def thing_context(doc: Doc, span: Span) -> bool:
    """True where the words around a name say it is a condition or a product."""
    i = span.start - 1
    led = i >= 1 and doc[i].lower_ in _CONDITION_LEADS and doc[i].pos_ == "NOUN"
    if led and (doc[i - 1].lower_ in ("the", "a", "an") or doc[i - 1].pos_ == "ADJ"):
        return True  # "the condition X", "a rare disease X" (not "Alzheimer's disease Ana Ruiz")
    if i >= 1 and (doc[i - 1].lower_, doc[i].lower_) in _SUFFER:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in PRODUCT_NOUNS and nxt.pos_ == "NOUN":
        return True
    if i >= 0 and doc[i].text in _COLOURS and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
        return True  # "his black Nissan Navara", "a green Honda": a vehicle, not its maker
    if i >= 0 and doc[i].ent_type_ == "MONEY" and span.label_ not in _NOT_THINGS:
        return True  # "a £5bn Future Farms Fund": a sum names a fund or a deal, not a body
    if span.label_ not in _NOT_THINGS and (defined_common(doc, span) or defined_thing(doc, span)):
        return True  # "... communication technology (ICT)", then "their ICT use"
    if span.label_ not in _NOT_THINGS and owned_product(doc, span):
        return True  # "its new RipGuard technology ...", then "RipGuard is designed to ..."
    return span.label_ not in _NOT_THINGS and thing_noun_after(doc, span)


def owned_product(doc: Doc, span: Span) -> bool:
    """A name the text anywhere calls an owner's product: "Acme says its new Zapper software
    ..." makes every "Zapper" a thing (not "Acme software", which has no owner)."""
    words = [t.text for t in span]
    n = len(words)
    for at in tokens_of(doc, words[0]):
        t, k = doc[at], at + n
        if t.text != words[0] or k >= len(doc) or [x.text for x in doc[t.i : k]] != words:
            continue
        if doc[k].lower_ not in PRODUCT_NOUNS or doc[k].pos_ != "NOUN":
            continue
        i = t.i - 1
        while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
            i -= 1  # "its new X technology"
        if i >= 0 and doc[i].lower_ in _OWNERS:
            return True
    return False


def defined_common(doc: Doc, span: Span) -> bool:
    """An acronym the text spells out anywhere as lowercase words: "radio frequency ID (RFID)"
    makes every later "RFID" a thing too."""
    if len(span) != 1 or not span.text.isupper() or len(span.text) < 2:
        return False
    return any(
        common_acronym(doc, i, i + 1) for i in tokens_of(doc, span.text) if i != span.start
    ) or common_acronym(doc, span.start, span.end)


_CALIBRE = re.compile(r"\.?\d+(?:mm|cm|in)?|\d+-gauge")


def _calibre(word: str) -> bool:
    """A size written against its unit: "9mm", ".22", "12-gauge"."""
    return bool(_CALIBRE.fullmatch(word))


def thing_noun_after(doc: Doc, span: Span) -> bool:
    """A name that only modifies a thing noun after it: "the Watergate scandal" anywhere, and
    with an owner before it "Van Gogh's Sunflowers painting", "its Betamax video recorder"."""
    k = span.end + int(span.end < len(doc) and doc[span.end].text == ")")  # "(RFID) tags"
    while k < len(doc) and k < span.end + 2 and (
        (doc[k].is_lower and doc[k].pos_ == "ADJ") or _calibre(doc[k].text)
    ):
        k += 1  # "a Wimax wireless network", "the Acme X-9 9mm pistol"
    if k >= len(doc) or not doc[k].is_lower or doc[k].pos_ not in ("NOUN", "VERB"):
        return False
    noun = doc[k]
    if k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].pos_ == "NOUN":
        noun = doc[k + 1]  # "its Betamax video recorder": the head is the last noun
    person = span.label_ == "PERSON" or doc[span.start].ent_type_ == "PERSON"
    person = person or (len(span) > 1 and is_given_name(span[0].text))  # "the Lena Ruiz affair"
    if noun.lower_ in _THING_AFTER and noun.pos_ == "NOUN" and not person:
        return True
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the" and noun.lower_ in _WORKS_AFTER and noun == doc[k]:
        return True  # "the Harry Potter films" (tagged a verb at times)
    if person:
        return False
    while i >= 0 and doc[i].is_lower and doc[i].pos_ == "ADJ":
        i -= 1  # "its new X system"
    if i < 0 or doc[i].lower_ not in _OWNERS:
        return False
    heads = {noun.lower_, doc[k].lower_}
    channel = span.text.isupper() or any(ch.isdigit() for ch in span.text)
    if heads & _SHOWS and (channel or heads & _BROADCASTS):
        return False  # "his recent BBC show", "her upcoming Vexo Music series": the channel
    return bool(heads & _OWNED_THING)


def common_acronym(doc: Doc, start: int, end: int) -> bool:
    """An acronym in brackets after the lowercase words it shortens: "radio frequency ID
    (RFID)", "vascular growth factor (VGF)" (a body's name is capitalised: "World Health
    Organization (WHO)")."""
    if end - start != 1 or not doc[start].text.isupper() or start < 3 or end >= len(doc):
        return False
    if doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    words = [t for t in doc[max(0, start - 4) : start - 1] if t.is_alpha]
    first = next((j for j, t in enumerate(words) if t.is_lower and t.pos_ in ("NOUN", "ADJ")), None)
    return first is not None and all(t.is_lower or t.text.isupper() for t in words[first:])
