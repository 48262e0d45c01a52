"""A role given in a time clause about the person: "Tom Hale, who admitted fraud while he
was finance director at the bank" -> "finance director at the bank"; also
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


def joined_while_title(doc: Doc, name: Span) -> str | None:
    """ "X has always backed it, and tried to bring it in when he was Home Secretary": the
    "when he was" clause hangs on a verb that shares the name's subject ("tried", "bring").
    A past office, so a role only where the text gives no other."""
    root = name.root
    if root.dep_ != "nsubj" or root.head.i < name.end:
        return None
    end = para_end(doc, name.end)
    for clause in (c for v in _shared_verbs(root.head)[1:] for c in v.children):
        attr = _was_title(clause)
        if attr is None or attr.i >= end:
            continue
        if any(t.ent_type_ == "PERSON" for t in doc[name.end : clause.left_edge.i]):
            return None  # "Ana Ruiz met Tom Hale and left when he was …": either of them
        return _role_phrase(doc, attr.left_edge.i, para_end(doc, attr.i), 10, strict=True)
    return None


def _shared_verbs(verb: Token) -> list[Token]:
    """The verb and those that share its subject: "X has been …, and tried to adopt
    them when she was …" ("tried" joined by "and" with no subject, "adopt" under it)."""
    out, todo = [], [verb]
    while todo:
        v = todo.pop()
        out.append(v)
        for c in v.children:
            own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            if c.pos_ in ("VERB", "AUX") and c.dep_ in ("conj", "xcomp") and not own_subject:
                todo.append(c)
    return out


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
