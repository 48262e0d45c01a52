"""The one who speaks for a speech verb: its subject in the parse, else by position.

``subject`` tries the constructions the parser gets wrong first (a relative clause naming the
speaker, a contrast, an embedding clause), then climbs from the cue through the verbs it
depends on to a nominal subject (``_parsed_subject``), and last looks at the words next to the
cue (a fronted name, an adjacent subject, an inverted object). ``cue_before`` finds the finite
speech verb a subjectless one continues ("Ruiz said, going on to say …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract import speaker_cues as cues
from generator.extract import speaker_named as ties
from generator.extract.quote_words import CHANT_LEMMAS
from generator.extract.speaker_apposed import apposed_description, apposed_name
from generator.extract.speaker_bodies import adjacent_subject
from generator.extract.speaker_epithets import can_speak
from generator.extract.speaker_glued import before_party_tag, compound_subject
from generator.extract.speaker_misparsed import misparsed_name
from generator.extract.speaker_nouns import antecedent
from generator.extract.speaker_ones import named_one
from generator.extract.speaker_spokes import embedding_subject

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

RELATIVE_TAGS = frozenset({"WP", "WDT"})  # who, which, that heading a relative clause
MESSAGE_VERBS = frozenset({"email", "e-mail", "text", "message", "write", "tweet", "mail"})
NAMED_BY = frozenset({"quote", "report", "describe", "call", "dub", "label", "brand", "term"})


def subject(sp: Speakers, cue: Token) -> Token | None:
    """The one who speaks for ``cue``: its subject in the parse, else by position."""
    # "Ana Ruiz, who chairs it, said"; "…, while Diaz disagreed, saying"
    named = cues.relative_name(cue) or cues.contrast_subject(cue) or cues.beyond_relative(cue)
    named = named or cues.relative_as_clause(cue)  # "Ruiz, meanwhile, who …, said that"
    named = named or embedding_subject(sp, cue)  # "… claims that the seat …, saying"
    named = named or compound_subject(cue) or before_party_tag(cue)  # "Ruiz (R-Ohio) said"
    if named is not None and not sp.inside_quote(named.idx):
        return named
    misparsed = misparsed_name(sp, cue)  # "Skelly called Braynard “…”", "Waters tweeted"
    if misparsed is not None:
        return misparsed
    subj = _parsed_subject(sp, cue)
    subj = (named_one(subj) or subj) if subj is not None else None  # "one of …, Ana Ruiz"
    if subj is not None and not sp.inside_quote(subj.idx) and nominal(subj):
        return subj
    near = cues.fronted_name(sp, cue) or apposed_name(sp, cue) or apposed_description(sp, cue)
    near = near or adjacent_subject(sp, cue)
    return near or ties.inverted_object(sp, cue) or ties.aged_before(sp, cue)


def nominal(tok: Token) -> bool:
    """A noun, name or pronoun that is not a date ("said Thursday")."""
    aged = tok.lower_ == "old" and any(c.lower_.startswith("year") for c in tok.lefts)
    if aged or tok.lower_ in ("latter", "former"):
        return True  # "the 51-year-old said", "the latter said"
    if tok.pos_ == "VERB" and tok.dep_ == "nsubj" and tok.is_title and not tok.is_sent_start:
        return True  # "“…,” Trump shot back": a name the tagger read as a verb
    return tok.pos_ in ("PROPN", "NOUN", "PRON") and tok.ent_type_ not in ("DATE", "TIME")


def _named_among_subjects(sp: Speakers, verb: Token) -> Token | None:
    """The one person's name among several subjects the parse hangs on a verb, else the
    subject right before it after a quote ("Nothing she said “…,” the senator said")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not sp.inside_quote(c.idx)]
    named = [c for c in subjects if c.ent_type_ == "PERSON"]
    if len(subjects) > 1 and len(named) == 1:
        return named[0]
    last = subjects[-1] if len(subjects) > 1 else None
    if last is None or last.right_edge.i + 1 != verb.i or last.left_edge.i < 2:
        return None
    before = verb.doc[last.left_edge.i - 2 : last.left_edge.i]
    return last if before[0].text == "," and before[1].is_quote else None


def _parsed_subject(sp: Speakers, cue: Token) -> Token | None:
    """The cue's subject in the parse, climbing to the verb it depends on."""
    tok: Token | None = cue
    shared = False  # tok is a verb the cue is conjoined to: its passive subject speaks too
    raised = False  # tok governs the cue as its xcomp: "Ruiz is said to have told …": Ruiz
    for _ in range(4):
        if tok is None or sp.inside_quote(tok.idx):
            return None
        if tok.lemma_.lower() == "accord":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        named = _named_among_subjects(sp, tok)
        if named is not None:
            return named  # "said study co-author Tom Hale", "co" read as a second subject
        for child in tok.children:
            dep = child.dep_
            if dep == "nsubj" and sp.inside_quote(child.idx):
                child = next(  # "WASHINGTON -- President Ruiz … said": the dateline's
                    (c for c in child.children if c.dep_ == "appos"), child
                )
            if sp.inside_quote(child.idx) or not can_speak(child):
                continue  # "the air pollution had made him …" and vowed: not the pollution
            if dep in ("nsubj", "csubj") or (
                child.dep_ == "nsubjpass"
                and (shared or raised or tok.lemma_.lower() in ("quote", "report"))
            ):
                if child.tag_ in RELATIVE_TAGS and tok.dep_ == "relcl":
                    # Ruiz, who said …; the police, which reported …
                    return antecedent(sp, child, tok.head) or _last_listed(child, tok.head)
                return child
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None and tok.lemma_.lower() in NAMED_BY:
            # "was described by Ruiz as …", "was quoted by": the agent speaks
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        if tok.dep_ == "acl" and not can_speak(tok.head):
            # "ended the debate with a reference to the film, remarking …": who ended it
            tok = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            continue
        addressed = _addressed(tok)
        if addressed is not None:
            tok = addressed  # "Ruiz emailed supporters saying: …": who emailed them
            continue
        if tok.dep_ in ("acl", "relcl") and tok.lemma_.lower() not in CHANT_LEMMAS:
            return tok.head
        if tok.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp") and tok.head != tok:
            shared = tok.dep_ == "conj"  # Ruiz was booed and joked, “…”: Ruiz
            raised = tok.dep_ == "xcomp"
            tok = tok.head if tok.dep_ != "pcomp" else tok.head.head
            if cue.tag_ == "VBG" and tok is not None and not sp.is_cue(tok):
                tok = next((a for a in tok.ancestors if sp.is_cue(a)), tok)
            continue
        return None
    return None


def _addressed(tok: Token) -> Token | None:
    """The verb of sending a message whose addressees a participle hangs on ("Ruiz emailed
    supporters saying …", "wrote to voters saying"), else None."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or tok.head.pos_ != "NOUN":
        return None
    noun = tok.head
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in MESSAGE_VERBS:
        return None
    return verb


def cue_before(sp: Speakers, cue: Token) -> Token | None:
    """A finite speech verb a few words before a subjectless one in its sentence."""
    lo = max(cue.sent.start, cue.i - 8)
    for tok in reversed(sp.doc[lo : cue.i]):
        if tok.tag_ in ("VBD", "VBZ", "VBP") and sp.is_cue(tok):
            return tok
    return None


def _last_listed(rel: Token, head: Token) -> Token:
    """The name a "who" clause after a list of names belongs to: the last one, right before
    it ("stars such as Ana Ruiz, Tom Diaz and Lisa Bond, who joked …": Bond), where the
    parser hangs the clause on the first."""
    if rel.lower_ != "who" or head.pos_ != "PROPN":
        return head
    last = head
    while True:
        nxt = [c for c in last.children if c.dep_ == "conj" and c.i < rel.i]
        if not nxt:
            break
        last = nxt[-1]
    between = [t for t in last.doc[last.i + 1 : rel.i] if not t.is_punct]
    return last if last is not head and not between and last.pos_ == "PROPN" else head
