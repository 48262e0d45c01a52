"""Products and versions named as if they were actors: a model code that shortens a product
named in full ("the Zeta Box 2 … the ZB2"), a version in a list of version numbers ("Gamma
95, 98, 2000 and QX"), a name described as a format or device ("on UMX, the disc format"),
a model after "models like", goods in a maker's list ("makes Zorbos and Nella Wafers") and a
name a body launched ("Keep, which Google launched")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actor_words import word_set
from generator.extract.doc_text import doc_text

_CODE = re.compile(r"([A-Z]{1,4})(\d{1,3})")
# Heads of a description that say a name is a product, a format or a scheme.
_PRODUCT_HEADS = word_set(
    """
    format console device gadget handset phone software browser chip processor camera laptop
    tablet virus worm codec standard app
    """
)
_DESC_POS = frozenset({"NOUN", "ADJ", "VERB", "PROPN"})
_STOPS = frozenset({"for", "of", "that", "which", "used", "made", "from", "with", "by", "in"})
# Plural nouns whose examples are products: "models like the Zeta Mini".
_PRODUCT_PLURALS = word_set("models handsets phones consoles gadgets devices")


def shortened_product(doc: Doc, name: str) -> bool:
    """A model code made of the capitals of a product named in full with the same number:
    "ZB2" after "Zeta Box 2", "PS3" after "PlayStation 3"."""
    code = _CODE.fullmatch(name)
    if code is None:
        return False
    letters, number = code.groups()
    for full in re.finditer(rf"((?:[A-Z][\w]*\s?){{1,3}})\s{number}\b", doc_text(doc)):
        caps = "".join(c for c in full.group(1) if c.isupper())
        if caps == letters:
            return True
    return False


def _is_number(text: str) -> bool:
    return text.isdigit()


def version_listed(doc: Doc, span: Span) -> bool:
    """A version in capitals in a list of version numbers: "running Gamma 95, 98, NT, 2000 and
    QX"."""
    if len(span) != 1 or not span.text.isupper():
        return False
    after = span.doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].like_num:
        return False  # "Jo Hale, 45, …": a person and an age
    numbers = 0
    i = span.start - 1
    while i >= 0 and span.start - i < 16:
        tok = doc[i]
        if tok.text in (",", "and", "or"):
            i -= 1
            continue
        if _is_number(tok.text):
            numbers += 1
        elif not (tok.text.isupper() or tok.text[:1].isupper()):
            break
        i -= 1
    return numbers >= 2


def described_product(doc: Doc, end: int) -> bool:
    """A name followed by ", the/a" and words ending in a product noun: "on UMX, the disc format
    for the machine", "Zedd, a mobile phone virus"."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    k = end + 2
    while k < len(doc) and k < end + 6 and doc[k].is_lower and doc[k].pos_ in _DESC_POS:
        if doc[k].lower_ in _STOPS:
            break
        k += 1
    if k == end + 2:
        return False
    head = doc[k - 1]
    stop = k >= len(doc) or doc[k].is_punct or doc[k].lower_ in _STOPS
    return stop and (head.lower_ in _PRODUCT_HEADS or head.lemma_.lower() in _PRODUCT_HEADS)


def listed_model(doc: Doc, span: Span) -> bool:
    """A name given as an example of products: "its models, like the Zeta Mini Photo, are due"
    (not a person: "top models like Jo Hale")."""
    if span.label_ == "PERSON":
        return False
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 1
    elif i < 0 or doc[i].lower_ not in ("like", "including"):
        return False
    i -= 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in _PRODUCT_PLURALS


_NAME = r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}"
# A maker's list of its goods: "the company that makes Zorbos, Crisp Ahoys and Nella Wafers".
_GOODS = re.compile(
    rf"\b(?:makes|produces|manufactures|bakes|brews) ({_NAME}(?:, {_NAME})*,? (?:and|or) {_NAME})"
)


def _goods(doc: Doc) -> frozenset[str]:
    """The names, singular, of goods the text lists as a maker's products."""
    found = doc.user_data.get("made_goods")
    if found is None:
        names = set()
        for m in _GOODS.finditer(doc_text(doc)):
            for item in re.split(r",? (?:and|or) |, ", m.group(1)):
                names.add(item.lower().removesuffix("s"))
        found = doc.user_data["made_goods"] = frozenset(names)
    return found


def made_goods(doc: Doc, name: str) -> bool:
    """A name the text lists among a maker's goods, in the singular or the plural: "makes
    Zorbos, Crisp Ahoys and Nella Wafers … a pitchman for the Zorbo"."""
    return name.lower().removesuffix("s") in _goods(doc)


_LAUNCHES = word_set("launch release unveil introduce debut")
_PRODUCT_BEFORE = word_set("app browser console handset")


def launched_product(doc: Doc, span: Span) -> bool:
    """A name set after its product noun ("the to-do app Clear") or one that powers a thing
    ("powered by Siri"), or a name a body brought out (``brought_out``)."""
    before = doc[span.start - 1] if span.start > 1 else None
    if before is not None and before.lower_ == "by" and doc[span.start - 2].lower_ == "powered":
        return True  # "lamps that can now be powered by Vela"
    if before is not None and before.lower_ in _PRODUCT_BEFORE and span.label_ != "PERSON":
        subject = span.root.dep_ in ("nsubj", "nsubjpass")  # "the browser Acme owns"
        return not subject and doc[span.start - 2].pos_ in ("DET", "NOUN", "ADJ")
    return brought_out(doc, span)


def brought_out(doc: Doc, span: Span) -> bool:
    """A name a body is said to have brought out: "Keep, which Google launched this week"."""
    end = span.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("which", "that"):
        return False
    for tok in doc[end + 2 : min(len(doc), end + 7)]:
        if tok.pos_ == "VERB":
            return tok.lemma_.lower() in _LAUNCHES and tok.tag_ in ("VBD", "VBN")
    return False


# Verbs whose object, "a" and a brand, is a vehicle or a thing owned: "driving a Zorvo".
_VEHICLE_VERBS = word_set("drive ride park steer crash own buy rent")


def driven_vehicle(doc: Doc, span: Span) -> bool:
    """A brand after "a" as the object of driving or owning: "was driving a Zorvo C20 without
    insurance" (the car, not the maker)."""
    if span.label_ == "PERSON":
        return False
    i = span.start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and span.start - i <= 2:
        i -= 1  # "a silver Zorvo"
    if i < 0 or doc[i].lower_ not in ("a", "an"):
        return False
    head = span.root
    while head.dep_ == "compound" and head.head.i > head.i and (
            head.head.pos_ == "PROPN" or any(c.isdigit() for c in head.head.text)):
        head = head.head  # "a Zorvo C20": the model, not "a top Zorvo aide"
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _VEHICLE_VERBS


def product_named(doc: Doc, span: Span, name: str) -> bool:
    """Any sign above that the name is a product's or a version's."""
    return (
        made_goods(doc, name)
        or shortened_product(doc, name)
        or version_listed(doc, span)
        or described_product(doc, span.end)
        or listed_model(doc, span)
        or launched_product(doc, span)
        or driven_vehicle(doc, span)
    )
