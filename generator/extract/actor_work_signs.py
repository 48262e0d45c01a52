"""Signs in the words around a name that it is the title of a work, a scheme or a nickname:
"episodes of X", "Ann Lee's X, about …", "nicknamed X", "X, the pensions programme", "play
the role of X"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_words import _words

# Nouns that introduce the title of a work: "the song Hallelujah", "the film Casablanca".
WORK_NOUNS = _words(
    """
    song songs film films movie movies book books album albums show shows series novel novels
    play single track musical documentary poem opera painting sitcom drama memoir
    programme program episode hit anthem ballad tale thriller comedy biopic epic blockbuster
    sequel franchise story soap character
    """
)


# Parts and showings of a work: "episodes of X", "the premiere of X".
_WORK_PARTS = _words("episode season screening premiere trailer chapter sequel adaptation remake")


def part_of_work(root: Token) -> bool:
    """A name (or a list of them) after "episodes of", "the premiere of"."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    return tok.head.head.lemma_.lower() in _WORK_PARTS and tok.head.head.pos_ == "NOUN"


def owned_about(doc: Doc, start: int, end: int) -> bool:
    """A name held by its maker and then what it is about: "Ann Lee's Red Sky, about a girl
    sold as a servant" (not "about 30 miles", "about to retire")."""
    if start < 1 or doc[start - 1].tag_ != "POS" or end + 2 >= len(doc):
        return False
    if doc[end].text not in (",", "-", "\u2013", "\u2014") or doc[end + 1].lower_ != "about":
        return False
    nxt = doc[end + 2]
    return not nxt.like_num and nxt.lower_ != "to"


def nicknamed(doc: Doc, start: int) -> bool:
    """A nickname or label, not a new actor: "the file, nicknamed Skulls", "dubbed Red Baron"."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].lower_ == "the"):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("nicknamed", "dubbed", "codenamed", "code-named")


_DESC_POS = frozenset({"NOUN", "ADJ", "VERB"})
_DESC_STOPS = frozenset({"of", "about", "that", "which", "on", "in", "for", "with", "by"})
# Heads of a description after a comma that say what a work or scheme is.
_WORK_HEADS = WORK_NOUNS | _words("biography scheme app game")


def described_as_work(doc: Doc, end: int) -> bool:
    """A name followed by ", a/the" and lowercase words ending in a work noun: "Quiet Borders,
    a film biography of …", "Social Care, the pensions programme" (not "Acme, the film
    studio": the last noun is the head)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    k = end + 2
    while k < len(doc) and k < end + 6 and doc[k].is_lower and doc[k].pos_ in _DESC_POS:
        k += 1
    if k == end + 2:
        return False
    head = doc[k - 1]
    stop = k >= len(doc) or doc[k].is_punct or doc[k].lower_ in _DESC_STOPS
    named = head.lower_ in _WORK_HEADS or head.lemma_.lower() in _WORK_HEADS
    return stop and head.pos_ != "ADJ" and named  # "programme" is at times tagged a verb


def plays_part(doc: Doc, start: int) -> bool:
    """A character played by an actor: "will play the role of Jim Smith" (not "the role of
    Jim Smith in the talks": only after "play")."""
    words = [t.lower_ for t in doc[max(0, start - 4) : start]]
    if len(words) < 3 or words[-1] != "of" or words[-2] not in ("role", "part"):
        return False
    k = -3 - int(words[-3] == "the")
    return len(words) >= -k and doc[start + k].lemma_.lower() == "play"


# Words whose object is a law, a treaty or a scheme: "repeal Medicaid", "the provisions of Nafta".
_LAW_VERBS = _words("repeal ratify renegotiate amend enact")
_LAW_NOUNS = _words("repeal provisions provision clause clauses renegotiation ratification")


def law_object(root: Token) -> bool:
    """A name that is what is repealed or ratified: "calls for the repeal of Healthcare Plus",
    "vowed to renegotiate Tafta" (only laws, treaties and schemes are)."""
    if root.dep_ == "dobj" and root.head.pos_ == "VERB":
        return root.head.lemma_.lower() in _LAW_VERBS
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.pos_ == "NOUN" and noun.lower_ in _LAW_NOUNS
