"""A role read off the words around a name, cut back to its sound head or dropped.

A role must not run on past its head into what follows: a clause ("the manager he plays"),
a phrase about someone else ("runner-up behind him", "actress for her part"), the next item of
a list ("a clerk and one of the many who ..."), or the sentence before ("Acme Inc. Former
chief executive"). It must not swallow the first word of the name it stands before ("Defence
Minister Gen" of "Gen Ito"), and must not be a denial, a comparison or name-calling ("is not
a crook", "is a better candidate", "his lover").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_words import SPEECH_VERBS
from generator.extract.role_number import role_tokens
from generator.extract.role_words import bare, is_title, title_or_plural

_SUBJECTS = frozenset({"he", "she", "they", "i", "we", "you"})
_OBJECTS = frozenset({"him", "her", "them", "his", "their", "its", "me", "my", "our", "us"})
_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_NEW_NP = frozenset({"the", "a", "an", "his", "her", "their", "its", "one", "other", "many"})
_LIST_CUES = frozenset({",", "including", "like", "and", "as"})
_NEGATIONS = frozenset({"not", "n't", "never"})
_RANK_ABBREVS = frozenset(
    {"gen", "col", "sen", "rep", "gov", "del", "lt", "capt", "sgt", "maj", "adm", "cmdr"}
    | {"dr", "st", "mr", "mrs", "ms", "prof", "rev", "mt", "ft", "sr", "jr"}
)
EPITHETS = frozenset(
    {"racist", "bigot", "liar", "crook", "thug", "jihadist", "extremist", "lover", "mistress"}
    | {"idiot", "fool", "hypocrite", "traitor", "demagogue", "fascist", "loser", "clown"}
)


def _sentence_part(toks: list[Token], name: Span) -> list[Token]:
    """The role's words in the name's sentence: none of the sentence before ("Inc. Former")."""
    for k in range(len(toks) - 1, 0, -1):
        word, nxt = toks[k - 1], toks[k]
        stop = word.text == "." or (
            word.text.endswith(".")
            and bare(word.text).rstrip(".") not in _RANK_ABBREVS
            and "." not in word.text[:-1]
            and not is_title(nxt)  # "S.C. Rep.", "Fla. Gov.": a state's title
            and nxt.lower_.rstrip(".") not in _RANK_ABBREVS
        )
        if stop and nxt.text[:1].isupper() and nxt.i < name.start:
            return toks[k:]  # "Jay-Z. Soul singer": the list of the sentence before ends
    return toks


def _name_words(toks: list[Token], name: Span) -> list[Token]:
    """Without capitalised words right before the name that are the name's own ("chair Tom
    Del" of "Tom Del Roe"; "Minister Gen" of "Gen Ito")."""
    if not toks or toks[-1].i + 1 != name.start:
        return toks
    k = len(toks)
    while k > 1 and toks[k - 1].pos_ == "PROPN" and toks[k - 1].text[:1].isupper():
        word = toks[k - 1]
        rank = bare(word.text) in _RANK_ABBREVS and not word.text.endswith(".")
        if is_title(word) and not rank:
            break
        k -= 1
    if k == len(toks) or not is_title(toks[k - 1]) or bare(toks[k - 1].text) in _RANK_ABBREVS:
        return toks
    return toks[:k]


def _cut(toks: list[Token], pre: bool) -> list[Token] | None:
    """Up to the first word that starts a clause, a phrase about another or a new list item;
    None when what is cut off shows the name is one of a list."""
    for k in range(1, len(toks)):
        tok = toks[k]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        low = tok.lower_
        if low in _SUBJECTS:
            return toks[:k]  # "the hotel manager he plays"
        if tok.tag_ in _FINITE and not is_title(tok) and not pre:
            return toks[:k]
        if tok.tag_ in _FINITE and pre and tok.lemma_ in SPEECH_VERBS:
            return toks[k + 1 :]  # "Ann Roe says rival"; not "England sevens coach"
        if tok.pos_ == "ADP" and nxt is not None and nxt.lower_ in _OBJECTS:
            return toks[:k]  # "runner-up behind him", "actress for her part"
        more = toks[k + 3] if low == "as" and k + 3 < len(toks) else nxt
        joined = low in ("and", "or") or (
            low == "as" and nxt is not None and nxt.lower_ == "well" and k + 2 < len(toks)
        )
        if joined and more is not None and more.lower_ in _NEW_NP:
            if _listed(toks[0].doc, toks):
                return None
            body = more.i + 1 < len(more.doc) and more.doc[more.i + 1].text[:1].isupper()
            counted = toks[k - 1].tag_ == "NNS" and any(t.like_num for t in toks[:k])
            if counted:
                return None  # "Ann Lee, their two sons and …": a list of others
            if not (body and any(t.pos_ == "ADP" for t in toks[1:k])):
                return toks[:k]  # not "expert for Acme and the Daily Bugle"
    return toks


def _listed(doc: Doc, toks: list[Token]) -> bool:
    """The role follows its name as one item of a list ("including Al Roe, the mayor and …")."""
    i = toks[0].i
    while i > 0 and doc[i - 1].pos_ in ("DET", "PRON") and doc[i - 1].lower_ != "one":
        i -= 1  # back over "the", "their"
    j = i - 1
    while j >= 0 and doc[j].text in (",", "-", "\u2013", "\u2014"):
        j -= 1
    while j >= 0 and doc[j].pos_ == "PROPN":
        j -= 1  # back over the name
    if j >= 1 and doc[j].text == ",":
        return doc[j - 1].pos_ == "PROPN"  # "Al Roe, Ann Lee, the mayor and …"; not "Last year,"
    return j >= 0 and doc[j].lower_ in _LIST_CUES


def _denied(doc: Doc, toks: list[Token], pre: bool) -> bool:
    """A denial or judgement ("is not a crook", "is a better candidate", "is such a fraud"), or a
    phrase after a preposition ("…, on a call with reporters"), or names in a list ("Al and
    Bo"): no role."""
    i = toks[0].i
    while i > 0 and doc[i - 1].pos_ in ("DET",):
        i -= 1
    copulas = [j for j in range(max(0, i - 3), i) if doc[j].lemma_ == "be"]
    if copulas:  # words after the copula only: not "One such politician was President X"
        after = [t.lower_ for t in doc[copulas[-1] + 1 : toks[0].i]]
        judged = toks[0].tag_ in ("JJR", "RBR") or "such" in [*after, toks[0].lower_]
        if any(w in _NEGATIONS for w in after) or judged:
            return True
    prep = i > 1 and doc[i - 1].pos_ == "ADP" and doc[i - 1].lower_ != "of"
    if prep and not pre and doc[i - 2].text == "," and toks[-1].is_lower:
        return True
    words = [t for t in toks if t.is_alpha]
    names = all(t.text[:1].isupper() or t.lower_ == "and" for t in words)
    return names and any(t.lower_ == "and" for t in words) and not any(map(is_title, toks))


def sound(doc: Doc, name: Span, role: str) -> str | None:
    """``role`` cut back to its sound words, or None when none are left to give."""
    span = role_tokens(doc, name, role)
    if span is None or len(span) == 0 or span.start < name.end <= span.end:
        return role
    pre = span.end <= name.start
    gap = doc[span.end : name.start] if pre else doc[name.end : span.start]
    if len(gap) > (1 if pre else 6) or any(t.text in (".", ";", "?", "!") for t in gap):
        return role  # read off words elsewhere ("directed by X": "director")
    toks: list[Token] | None = _sentence_part(list(span), name)
    toks = _name_words(toks, name) if pre else toks
    toks = _cut(toks, pre) if toks else None
    if not toks or _denied(doc, toks, pre):
        return None
    if bare(toks[-1].text) in EPITHETS or not any(title_or_plural(t) for t in toks):
        return None if len(toks) < len(span) or bare(toks[-1].text) in EPITHETS else role
    if len(toks) == len(span):
        return role
    return doc[toks[0].i : toks[-1].i + 1].text


__all__ = ["EPITHETS", "sound"]
