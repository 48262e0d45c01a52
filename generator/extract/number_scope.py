"""Parse repairs for a figure's clause: the scope adverb it holds ("10,000 members
worldwide") and the object the parser took for a new clause's subject ("have cable boxes
and the firm is hoping ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Adverbs that say where a count holds: "10,000 members worldwide".
SCOPE_ADVERBS = {"worldwide", "nationwide", "statewide", "countrywide", "globally", "abroad",
                 "overseas", "nationally", "internationally", "locally", "annually"}
# Verbs of having whose object the parser may hang on a following clause.
HAVING_VERBS = {"have", "own", "hold", "use", "keep"}


def scope_adverb(verb: Token, skip: set[int]) -> tuple[int, int] | None:
    """The scope adverb a verb takes after its figure ("there are 500 members worldwide")."""
    for child in verb.rights:
        if child.dep_ == "advmod" and child.lower_ in SCOPE_ADVERBS and child.i not in skip:
            return child.i, child.i + 1
    return None


def stray_object(verb: Token) -> Token | None:
    """ "homes have Vela boxes and Vela is hoping ...": the noun right after a verb of
    having that the parser made the subject of the next clause is the verb's object."""
    if verb.lemma_.lower() not in HAVING_VERBS or any(
            c.dep_ in {"dobj", "attr"} for c in verb.children):
        return None
    for child in verb.rights:
        if child.dep_ != "ccomp":
            continue
        subs = [c for c in child.children if c.dep_ == "nsubj"]
        if subs and subs[0].left_edge.i == verb.i + 1 and subs[0].pos_ in {"NOUN", "PROPN"}:
            return subs[0]
    return None


def bare_infinitive(doc: Doc, end: int) -> int | None:
    """End of a bare "to" + verb right at ``end`` that ends its phrase ("threats to kill,"),
    which completes the noun before it whatever head the parser gave the verb."""
    if end + 1 >= len(doc) or doc[end].lower_ != "to" or doc[end].dep_ != "aux":
        return None
    verb = doc[end + 1]
    if verb.pos_ != "VERB" or any(c.dep_ != "aux" for c in verb.children):
        return None
    after = doc[end + 2] if end + 2 < len(doc) else None
    return end + 2 if after is None or after.is_punct or after.dep_ == "cc" else None


def contact_noun(verb: Token) -> Token | None:
    """ "a tradition he has kept": the noun a relative clause without "that" hangs on, right
    before the clause's pronoun subject (also when the parser hung the noun on the verb)."""
    subs = [c for c in verb.lefts if c.dep_ == "nsubj" and c.pos_ == "PRON"]
    if not subs or subs[0].i == 0 or subs[0].lower_ in {"that", "which", "who", "it"}:
        return None
    prev = verb.doc[subs[0].i - 1]
    if prev.pos_ != "NOUN":
        return None
    if verb.dep_ == "relcl" and verb.head.i == prev.i:
        return prev
    misparsed = prev.dep_ == "pobj" and prev.head.head.i == verb.i and prev.head.i < prev.i
    return prev if misparsed else None
