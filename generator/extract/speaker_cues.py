"""Speech verbs the word list alone gets wrong, and subjects the parse misplaces around them.

``narrating`` rejects "tell" in the sense of narrating a thing ("learn to tell stories",
"tell the truth"); ``goes_on`` accepts "went on:" right before a quotation as speech;
``listener`` marks the object after "told"/"asked" as the one spoken to, never the speaker;
``fronted_name`` finds a name the parse hung elsewhere that opens the cue's clause ("…,” Ana
Ruiz, from Acme (AC) told the paper") and ``relative_name`` one whose relative clause ends
right before the cue ("Ana Ruiz, who chairs the panel, said …" parsed as a conjunct);
``contrast_subject`` the subject of a "while" clause a participle cue follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

# what one "tells" that is not a listener: narrating, not reporting speech
_NARRATED = """
story stories tale tales truth lie lies difference joke jokes time fortune fortunes
"""
NARRATED = frozenset(_NARRATED.split())
# works one "writes" that are not words said: "who wrote a biography of the composer"
_WORKS = """
book novel biography memoir song script screenplay album play poem thesis opera symphony
history autobiography
"""
WORKS = frozenset(_WORKS.split())
# speech verbs whose object is the one spoken to
ADDRESSED = frozenset({"tell", "inform", "assure", "remind"})


def narrating(tok: Token) -> bool:
    """ "tell stories", "tell the difference": "tell" with a thing narrated as its object
    and no listener; "wrote a book about her": "write" with a work as its object."""
    lemma = tok.lemma_.lower()
    if lemma not in ("tell", "write"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("dative", "ccomp") for c in kids):
        return False
    things = WORKS if lemma == "write" else NARRATED
    return any(c.dep_ == "dobj" and c.lemma_.lower() in things for c in kids)


def word_use(tok: Token) -> bool:
    """ "a term Ruiz has used to describe Cole": the purpose of using a word, not speech."""
    return (
        tok.lemma_.lower() in ("describe", "call", "refer")
        and tok.dep_ in ("xcomp", "advcl")
        and tok.head.lemma_.lower() in ("use", "employ")
    )


def naming(tok: Token) -> bool:
    """ "a group called Acme Watch": a participle naming the indefinite noun it hangs on,
    with no one who does the calling and nothing quoted ("a plan called “a disgrace” by
    Ruiz" speaks; so does a misparsed "one lawmaker called Ruiz “…”")."""
    if tok.lemma_.lower() not in ("call", "dub") or tok.tag_ != "VBN" or tok.dep_ != "acl":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.head.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return False
    return not any(c.is_quote for c in tok.subtree)


def goes_on(tok: Token) -> bool:
    """ "The minister went on: “…”": "go on" with a colon or an opening mark right after, or
    right after a quotation, with a comma or a full stop after it ("“…,” Ruiz went on.")."""
    if tok.lemma_.lower() != "go" or tok.i + 2 >= len(tok.doc):
        return False
    prt = tok.doc[tok.i + 1]
    if prt.lower_ != "on" or prt.head.i != tok.i:
        return False
    nxt = tok.doc[tok.i + 2]
    if nxt.text == ":" or (nxt.is_quote and nxt.i + 1 < len(tok.doc)):
        return True
    before = tok.doc[max(0, tok.i - 5) : tok.i]  # "“…?” Ruiz went on, as if …"
    return nxt.text in (",", ".") and any(t.is_quote for t in before)


def listener(cue: Token) -> bool:
    """The words after this cue name who was spoken to ("told the BBC News website")."""
    return cue.lemma_.lower() in ADDRESSED


def fronted_name(sp: Speakers, cue: Token) -> Token | None:
    """The last word of a person's name that opens the cue's clause right after a closing
    mark, followed by a comma: "“…,” Ana Ruiz, from Acme (AC) told the paper." → Ruiz."""
    doc, i = cue.doc, cue.i - 1
    lo = max(cue.sent.start, cue.i - 16)
    while i >= lo and not sp.inside_quote(doc[i].idx) and not doc[i].is_quote:
        i -= 1
    if i < lo or i + 1 >= cue.i:
        return None
    start = k = i + 1
    while k < cue.i and doc[k].pos_ == "PROPN":
        k += 1
    if k == start or k >= cue.i - 1 or doc[k].text != ",":
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.children):
        return None
    name = doc[start:k]
    actor = sp.actor_at(name.start_char, name.end_char)
    person = actor.kind == "person" if actor is not None else name[-1].ent_type_ == "PERSON"
    return name[-1] if person else None


def relative_name(cue: Token) -> Token | None:
    """A name whose relative clause ends with the comma right before the cue: "Ana Ruiz, who
    chairs the panel, said …", which the parse may hang on another verb."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].text != "," or cue.dep_ not in ("conj", "ROOT", "ccomp"):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.children):
        return None
    for tok in reversed(doc[cue.sent.start : cue.i - 1]):
        rel = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i), None)
        if rel is None:
            continue
        who = any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in rel.children)
        if who and rel.right_edge.i == cue.i - 2 and tok.pos_ == "PROPN":
            return tok
        return None
    return None


def contrast_subject(cue: Token) -> Token | None:
    """The subject of a "while" clause between a participle cue and the verb it hangs on:
    "“…,” said Ruiz while Diaz disagreed, saying: “…”" → Diaz, whether the parse hangs
    "saying" on "disagreed" or on "said"."""
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.head.i > cue.i:
        return None
    near = [v for v in cue.head.children if cue.head.i < v.i < cue.i and v.dep_ == "advcl"]
    for verb in [cue.head, *sorted(near, key=lambda t: -t.i)]:
        if any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children):
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def beyond_relative(cue: Token) -> Token | None:
    """The subject of the clause that holds a relative clause the parse hung a participle cue
    on: "Ruiz was defensive about a builder who said he was cheated, saying: “…”" → Ruiz, not
    the builder. Only for a comma-led participle after a relative clause with a clause of its
    own, where the participle reads as the main clause's."""
    rel = cue.head
    if cue.tag_ != "VBG" or cue.dep_ != "advcl" or rel.dep_ != "relcl" or rel.i > cue.i:
        return None
    if cue.i == 0 or cue.doc[cue.i - 1].text != ",":
        return None
    if not any(c.dep_ in ("ccomp", "advcl", "xcomp") and rel.i < c.i < cue.i for c in rel.children):
        return None
    for verb in rel.head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ not in ("WP", "WDT"):
            return subj
    return None


def relative_as_clause(cue: Token) -> Token | None:
    """A name whose "who" clause the parse took for the cue's complement, with the name as
    that clause's subject: "Ana Ruiz, meanwhile, who chairs the panel, said that …" → Ruiz.
    Only a subjectless cue right after the comma that ends the clause, with nothing but
    commas and adverbs between the name and "who"."""
    doc = cue.doc
    if cue.i < 3 or doc[cue.i - 1].text != "," or cue.dep_ not in ("conj", "ROOT", "ccomp"):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in cue.children):
        return None
    for clause in (c for c in cue.lefts if c.dep_ in ("ccomp", "advcl")):
        if clause.right_edge.i not in (cue.i - 2, cue.i - 1):
            continue
        subjects = sorted((c for c in clause.children if c.dep_ == "nsubj"), key=lambda t: t.i)
        if len(subjects) != 2 or subjects[1].lower_ != "who":
            continue
        if not subjects[0].text[:1].isupper() or subjects[0].pos_ not in ("PROPN", "NOUN"):
            continue  # a name, also one tagged a plural noun ("Sanders")
        name, who = subjects
        between = doc[name.i + 1 : who.i]
        if all(t.text == "," or t.pos_ == "ADV" for t in between):
            return name
    return None
