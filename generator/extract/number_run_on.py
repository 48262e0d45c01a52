"""A clause the parser split at a bracketed acronym: in "get their travel (TX) claims quickly
paid" the words after "(TX)" are read as a second verb joined without "and", so the about
stops at "get their travel". The run-on verb, joined with no coordinator, completes it."""

from __future__ import annotations

from spacy.tokens import Token

# Words that join two clauses: with one of them the second verb is a real coordination.
JOINS = {"cc", "punct", "mark", "preconj"}


def _verb_of(tok: Token) -> Token | None:
    """The verb a figure's word hangs from, a few steps up the parse."""
    for _ in range(4):
        if tok.pos_ == "VERB":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def run_on(anchor: Token, about: str) -> str:
    """The about with the run-on words when the figure is its verb's subject, the about ends
    right before a bracketed acronym (or at the verb, the acronym a few words on) and a verb
    under the figure's verb follows it unjoined."""
    if not about or anchor.dep_ not in {"nsubj", "appos"}:
        return about
    verb = _verb_of(anchor)
    if verb is None or verb.i < anchor.i:
        return about
    doc = verb.doc
    end = min(verb.sent.end, verb.i + 12)
    last = next((t for t in doc[verb.i:end] if t.i + 3 < len(doc) and doc[t.i + 1].text == "("
                 and doc[t.i + 2].text.isupper() and doc[t.i + 3].text == ")"), None)
    if last is None:
        return about
    if about.endswith(last.text):
        at = last.i + 1
    elif about.endswith(verb.text) and last.i - verb.i <= 6 and not any(
        t.dep_ in JOINS for t in doc[verb.i + 1:last.i + 1]
    ):  # the about stopped at the verb: its object runs up to the acronym
        at = verb.i + 1
    else:
        return about
    rest = doc[last.i + 4:min(last.i + 8, verb.sent.end)]
    verbs = [t for t in rest if t.pos_ == "VERB"]
    second = next((t for t in verbs if t.tag_ == "VBN"), verbs[0] if verbs else None)
    if second is None or not verb.is_ancestor(second):
        return about
    if any(t.dep_ in JOINS for t in doc[last.i + 4:second.i]):
        return about  # "get X (TX), and then Y": two clauses
    return f"{about} {doc[at:second.i + 1].text}"
