"""Speakers named only at their quotes: every named speaker is also an actor.

A quote's speaker is the canonical name of an actor. Where the actor step missed the name
("reports the Golf Channel", a surname the tagger never took in), the speaker becomes an actor
here, with every place the text writes it, so the briefing stays traceable and consistent.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from generator.extract.actor_groups import occurrences
from generator.extract.actor_spans import bare, is_junk_word
from generator.extract.actor_words import HONORIFICS, ORG_DESCRIPTORS, ORG_HEADS, TITLE_NOUNS
from generator.extract.actors import first_role
from generator.extract.doc_text import doc_text
from generator.extract.given_names import is_given_name
from generator.extract.roles import role_of
from generator.extract.speaker_handles import handle_actors
from generator.model import Actor, ActorKind, Article, Quote

_KIND_OF_LABEL: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}


_NAMED_AS = re.compile(r"\b(?:his|her|whose) name (?:is|was) $")


def with_speakers(
    article: Article, doc: Doc, actors: tuple[Actor, ...], quotes: tuple[Quote, ...]
) -> tuple[Actor, ...]:
    """``actors`` and, after them, each named speaker of ``quotes`` that no actor is called."""
    known = {n.lower() for a in actors for n in (a.name, *a.aliases)}
    added: list[Actor] = []
    speakers = [q.speaker for q in quotes if q.speaker]
    handles = {a.name: a for a in handle_actors(doc, actors)}  # "a troll called 'ana_r99'"
    for name in dict.fromkeys([*speakers, *_reporters(doc, quotes)]):
        if name in handles and name.lower() not in known:
            added.append(handles[name])
            known.add(name.lower())
            continue
        if name.lower() in known or not _proper_name(name):
            continue
        full = _written_in_full(article.text, name)
        spans = occurrences(article.text, full or name, article)
        if not spans:
            continue
        if full is not None:
            spans = tuple(sorted({*spans, *occurrences(article.text, name, article)}))
        kind = "person" if full is not None else _kind(doc, name, spans)
        role = first_role(doc, spans, role_of) if kind == "person" else None
        aliases = (name,) if full is not None else ()
        actor = Actor(full or name, kind, role, aliases, len(spans), spans)
        added.append(actor)
        known.update(n.lower() for n in (actor.name, *actor.aliases))
    return actors + tuple(added)


def _reporters(doc: Doc, quotes: tuple[Quote, ...]) -> list[str]:
    """Outlets that report a quoted sentence right after its words ("“…”, reports the Golf
    Channel"; "“…”, TMZ reported"): named reporters, though the words are someone else's."""
    names: list[str] = []
    for q in quotes:
        after = doc.char_span(q.end, min(len(doc_text(doc)), q.end + 60), alignment_mode="expand")
        for tok in after[:8] if after is not None else ():
            if tok.sent.start != after[0].sent.start:
                break
            if tok.lemma_.lower() != "report" or tok.pos_ != "VERB":
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            words = [t.text for t in subj.subtree if t.pos_ == "PROPN"] if subj else []
            if words and subj is not None and subj.pos_ == "PROPN":
                names.append(" ".join(words))
            break
    return names


def _proper_name(name: str) -> bool:
    """A name, not a description: capitalised words, not ending in a title ("Prime Minister")."""
    words = name.split()
    if not words or not all(w[:1].isupper() or w.lower() in ("of", "and", "for") for w in words):
        return False
    return bare(words[-1]) not in TITLE_NOUNS | HONORIFICS  # not "Prime Minister", "Chairman"


def _written_in_full(text: str, name: str) -> str | None:
    """ "Yiannis Papadoyiannakis" for a speaker called "Papadoyiannakis": a lone surname that
    the text also writes after a first name (a given name, or a capitalised word mid-sentence
    that is no title)."""
    if " " in name:
        return None
    for m in re.finditer(rf"(?<![\w-])([A-Z][a-z]+) {re.escape(name)}\b", text):
        first = m.group(1)
        if is_given_name(first):
            return f"{first} {name}"
        opening = not re.search(r"[a-z,] $", text[max(0, m.start() - 2) : m.start()])
        plain = bare(first) not in TITLE_NOUNS | HONORIFICS and not is_junk_word(first)
        if plain and (not opening or text[m.end() : m.end() + 1] == ","):
            return f"{first} {name}"  # "…, said Papadoyiannakis" after "Yiannis Papadoyiannakis,"
    return None


def _kind(doc: Doc, name: str, spans: tuple[tuple[int, int], ...]) -> ActorKind:
    """The tagger's label where the name is written; a given name first makes a person."""
    words = name.split()
    if 2 <= len(words) <= 3 and is_given_name(words[0]):
        return "person"
    if len(words) >= 2 and bare(words[0]) in HONORIFICS:
        return "person"  # "Lord Nicholls of Birkenhead said", "Mr Hale said"
    text = doc_text(doc)
    if any(_NAMED_AS.search(text, max(0, s - 20), s) for s, _ in spans):
        return "person"  # "said his name was Ed"
    votes: Counter[ActorKind] = Counter()
    for s, e in spans:
        for ent in doc.ents:
            if ent.start_char < e and s < ent.end_char and ent.label_ in _KIND_OF_LABEL:
                votes[_KIND_OF_LABEL[ent.label_]] += 1
    if not votes and 2 <= len(words) <= 3 and _plain_name(words):
        return "person"  # "Piers Freelove said": a name the tagger left unlabelled
    kind = votes.most_common(1)[0][0] if votes else "organization"
    if kind == "group" and 2 <= len(words) <= 3 and not words[-1].endswith("s"):
        return "person"  # a speaker "Tigran Petrosian" the tagger read as a nationality
    return kind


def _plain_name(words: list[str]) -> bool:
    """Capitalised words of letters, none a body's head ("Piers Freelove", not "Acme Group")."""
    body_words = ORG_HEADS | ORG_DESCRIPTORS
    return all(w[:1].isupper() and w.isalpha() and bare(w) not in body_words for w in words)
