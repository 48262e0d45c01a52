"""A role given in a time clause about the person: "Tom Hale, who admitted fraud while he
was chief financial officer at the bank" -> "chief financial officer at the bank"; also
"Ana Ruiz resigned when she was head of the unit"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.role_clauses import _role_phrase, past_age
from generator.extract.role_words import is_title, para_end

_MARKS = frozenset({"while", "when"})
_PRONOUNS = frozenset({"he", "she"})


def while_title(doc: Doc, name: Span) -> str | None:
    """The title in a "while/when he was <title>" clause hanging on a verb the name is the
    subject of, or on the relative clause right after the name (", who …")."""
    end = para_end(doc, name.end)
    verb = _relative_verb(doc, name, end)
    clauses = list(verb.subtree) if verb is not None else []  # "who admitted taking … while"
    if verb is None and name.root.dep_ == "nsubj" and name.root.head.i >= name.end:
        clauses = list(name.root.head.children)
    for clause in clauses:
        attr = _was_title(clause)
        between = doc[name.end : clause.left_edge.i] if attr is not None else None
        if between is not None and any(t.ent_type_ == "PERSON" for t in between):
            return None  # "Ana Ruiz met Tom Hale when he was …": either of them
        if attr is not None and attr.i < end:
            return _role_phrase(doc, attr.left_edge.i, para_end(doc, attr.i), 10, strict=True)
    return None


def _relative_verb(doc: Doc, name: Span, end: int) -> Token | None:
    """The verb of ", who …" right after the name (an age set off by commas skipped)."""
    i = past_age(doc, name.end, end)
    if i + 2 >= end or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return None
    verb = doc[i + 1].head
    return verb if verb.dep_ == "relcl" and verb.head.i < i else None


def _was_title(clause: Token) -> Token | None:
    """The title noun of a clause "while he was <title>", or None."""
    if clause.dep_ != "advcl" or clause.lemma_.lower() != "be":
        return None
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in clause.children if c.dep_ == "attr"), None)
    if not marks & _MARKS or subj is None or subj.lower_ not in _PRONOUNS:
        return None
    return attr if attr is not None and is_title(attr) else None
