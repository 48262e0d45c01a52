"""Where a name's tokens end: a slash inside a body's name, a possessive that is part of a
shop's name, the last word of an office title the tagger ran into a person's name."""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actor_words import POLL_NOUNS, TITLE_NOUNS
from generator.extract.given_names import is_given_name

# Photo agencies, whose names a slash joins in picture credits ("Getty/Instagram").
_PHOTO_CREDITS = frozenset(
    {"getty", "images", "ap", "reuters", "afp", "epa", "shutterstock", "instagram", "twitter",
     "facebook", "youtube", "pa", "rex", "corbis", "alamy", "splash"}
)


def slash_name(doc: Doc, i: int, label: str) -> bool:
    """True for a slash inside a body's name: "Nielsen/NetRatings", "Columbia/Sony Pictures"
    (not a picture credit such as "Getty/Instagram")."""
    if label != "ORG" or doc[i].text != "/" or doc[i].whitespace_ or doc[i - 1].whitespace_:
        return False
    before, after = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
    if after is None or not (before.text[:1].isupper() and after.text[:1].isupper()):
        return False
    return before.lower_ not in _PHOTO_CREDITS and after.lower_ not in _PHOTO_CREDITS


def owns_nothing(doc: Doc, e: int) -> bool:
    """True when a body's name ends in "'s" that possesses nothing: "Moody's have", "Christie's
    sold", "at Sotheby's." (the "'s" is part of the name, not "Tesco's profits")."""
    if doc[e - 1].tag_ != "POS":
        return False
    nxt = doc[e] if e < len(doc) else None
    after = doc[e + 1] if e + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ in ("VBN", "VBG") and after is not None and after.pos_ in (
        "NOUN", "PROPN"
    ):
        return False  # "the Party's presumed nominee": a participle before the owned noun
    return nxt is None or nxt.pos_ in ("VERB", "AUX", "CCONJ", "ADP") or nxt.text in (".", ",", ";")


def office_word_start(doc: Doc, s: int, e: int) -> int:
    """Past the last word of a title "X of the Y" or "X for Y" that the tagger read as a
    person's first name: "Speaker of the House Newt Gingrich" -> "Newt Gingrich",
    "Undersecretary for Management Pat Kerr" -> "Pat Kerr", "Director of National
    Intelligence James Clapper" -> "James Clapper"."""
    if e - s < 3 or s < 2:
        return s
    k = s - 1
    if doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ not in ("of", "for"):
        return s
    titled = any(_title_word(t.lower_.rstrip(".")) for t in doc[max(0, k - 3) : k])
    while titled and e - s > 2 and not is_given_name(doc[s].text) and doc[s + 1].is_title:
        s += 1  # not in "press secretary for George W. Bush": the name starts at "George"
    return s


def _title_word(word: str) -> bool:
    """A title noun, or one with a prefix: "secretary", "undersecretary", "subcommittee"."""
    return word in TITLE_NOUNS or any(word.endswith(t) for t in _LONG_TITLES)


_LONG_TITLES = tuple(t for t in TITLE_NOUNS if len(t) >= 6)


def joint_sponsors(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A body's name that joins two sponsors of a poll with a hyphen or a slash ("the
    Harbour Gazette-River News national poll", "a KTV/Daily Ledger survey") split in two: each
    body is an actor. Other names keep their hyphen or slash ("Nielsen/NetRatings data")."""
    out: list[tuple[int, int, str]] = []
    for s, e, label in spans:
        after = e
        while after < min(len(doc), e + 2) and doc[after].is_lower and doc[after].pos_ == "ADJ":
            after += 1  # "national"
        joint = [
            i for i in range(s + 1, e - 1)
            if doc[i].text in ("-", "/") and not doc[i].whitespace_ and not doc[i - 1].whitespace_
            and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()
        ]
        polled = after < len(doc) and doc[after].lower_ in POLL_NOUNS
        if label in ("ORG", "PERSON") and polled and len(joint) == 1:
            out += [(s, joint[0], "ORG"), (joint[0] + 1, e, "ORG")]  # a poll's, not a person's
        else:
            out.append((s, e, label))
    return out


_NAME_JOINERS = frozenset({"the", "of", "for", "and"})  # inside a name: "Rock the Vote"


def slashed_sponsors(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Token ranges of two bodies joined by a slash before a poll noun that the tagger left
    untagged: "the Daily Ledger/Vote the Future Poll" names both sponsors."""
    out = []
    for tok in doc:
        i = tok.i
        if tok.text != "/" or tok.whitespace_ or i == 0 or doc[i - 1].whitespace_:
            continue
        left = i
        while left > 0 and doc[left - 1].text[:1].isupper() and doc[left - 1].is_alpha and (
            doc[left - 1].lower_ not in ("a", "an", "the")
        ):
            left -= 1
        right = i + 1
        while right < len(doc) and doc[right].is_alpha and (
            doc[right].text[:1].isupper() or doc[right].lower_ in _NAME_JOINERS
        ) and doc[right].lower_ not in POLL_NOUNS:
            right += 1
        if right >= len(doc) or doc[right].lower_ not in POLL_NOUNS:
            continue
        if left < i and right > i + 1 and doc[right - 1].text[:1].isupper():
            out += [sp for sp in ((left, i), (i + 1, right)) if not taken & set(range(*sp))]
    return out
