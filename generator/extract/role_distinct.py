"""Whom a description cannot be: the text sets it beside a person in one clause.

"The prime minister told Mr Dunn he would go": whoever "the prime minister" is, it is not
Mr Dunn, for the two are separate parties of one verb. A description that refers back to
someone ("… the chancellor is leaving …") must not be given to a person whom the text, anywhere,
so sets apart from that same description: a wrong role is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Roles in which a description names the very person beside it: "X became the chancellor",
# "Y named X the chancellor", "X served as the chancellor"
_SAME_DEPS = frozenset({"attr", "oprd", "acomp", "appos", "poss", "compound"})
_SAME_LEMMAS = frozenset({"be", "become", "remain", "name", "appoint", "elect", "make"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause ``tok`` stands in (through prepositions and nouns), or None
    where the way up passes a link that makes it the same person ("as", an apposition)."""
    cur = tok
    while True:
        if cur.dep_ in _SAME_DEPS or (cur.dep_ == "prep" and cur.lower_ in ("as", "like")):
            return None
        head = cur.head
        if head == cur:
            return None
        if head.pos_ in _CLAUSE_POS and head.dep_ not in ("pobj", "pcomp"):
            return head  # "in charge of planning in place of …": a gerund is a noun here
        cur = head


def _phrase_heads(doc: Doc, words: list[str]) -> list[Token]:
    """Head tokens of "the <words>" wherever the text has it, in lowercase title words:
    "the prime minister", not "the Prime Minister's Questions" nor "the prime minister's"."""
    n = len(words)
    heads = []
    for tok in doc:
        if tok.i < 1 or tok.i + 1 < n:
            continue
        start = tok.i - n + 1
        if [t.lower_ for t in doc[start : tok.i + 1]] != words or doc[start - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.tag_ == "POS" or nxt.ent_type_ == "PERSON"):
            continue  # "the chancellor's speech", "the chancellor Gordon Brown"
        heads.append(tok)
    return heads


def _apart(desc: Token, name: Span) -> bool:
    """The description and the name are separate parties of one verb."""
    root = name.root
    if desc.i in range(name.start, name.end) or root.dep_ in _SAME_DEPS:
        return False
    if root in desc.subtree or (desc in root.subtree and desc.dep_ != "conj"):
        return False
    verb = _clause_verb(desc)
    if verb is None or verb.lemma_.lower() in _SAME_LEMMAS:
        return False
    other = _clause_verb(root)
    return other is not None and verb.i == other.i


def set_apart(doc: Doc, desc_text: str, spans: list[tuple[int, int]]) -> bool:
    """True when the text sets "the ``desc_text``" beside a mention at ``spans`` as a separate
    party of one verb ("the prime minister told Mr Brown"), so the description is not theirs."""
    words = desc_text.lower().split()
    if not words:
        return False
    heads = _phrase_heads(doc, words)
    if not heads:
        return False
    for s, e in spans:
        name = doc.char_span(s, e, alignment_mode="expand")
        if name is None:
            continue
        if any(_apart(h, name) for h in heads if h.sent.start == name.sent.start):
            return True
    return False
