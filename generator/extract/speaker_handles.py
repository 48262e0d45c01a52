"""Online users named by their handle: "a commenter known as 'ana_r99'", "A troll called
'grumpycat'". The quoted word is a person's name as the text gives it (not a quotation), so
the user can be a speaker of their own posts ("'…,' he posted") and an actor of kind person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from generator.extract.doc_text import doc_text
from generator.model import Actor

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers

USER_NOUNS = r"(?:troll|commenter|user|poster|hater|follower|tweeter|blogger|account)s?"
NAMING = r"(?:called|known as|named|nicknamed|going by|under the (?:user ?name|handle))"
HANDLE = re.compile(
    rf"\b{USER_NOUNS},?\s+{NAMING}\s+['\"\u2018\u201c](@?[A-Za-z0-9_.]*[a-z0-9_][A-Za-z0-9_.]*)"
    r"['\"\u2019\u201d]"
)


def handle_names(text: str) -> list[str]:
    """The handles the text gives online users, in order, each once: a single quoted word
    (letters, digits, ``_``, ``.``, an ``@`` in front) right after a user noun and a verb of
    naming."""
    return list(dict.fromkeys(m.group(1) for m in HANDLE.finditer(text)))


def handle_spans(text: str, name: str) -> list[tuple[int, int]]:
    """Every place ``name`` is written as a word (also capitalised to open a sentence)."""
    forms = {name, name[:1].upper() + name[1:]}
    pat = re.compile(r"(?<![\w@-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")
    return [m.span() for m in pat.finditer(text)]


def handle_actors(doc: Doc, actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """A person actor for each handle that no actor is called already (cached on the doc)."""
    cached = doc.user_data.get("handle_actors")
    if cached is None:
        text = doc_text(doc)
        cached = tuple(
            Actor(name, "person", None, (), len(spans), tuple(spans))
            for name in handle_names(text)
            if (spans := handle_spans(text, name))
        )
        doc.user_data["handle_actors"] = cached
    known = {n.lower() for a in actors for n in (a.name, *a.aliases)}
    return tuple(a for a in cached if a.name.lower() not in known)


def is_handle(text: str, start: int, end: int) -> bool:
    """Whether the quoted words at [start, end) are a handle named by ``handle_names``
    (in any case: "'Fatalsplash' - who …" after "a troll called 'fatalsplash'")."""
    return text[start:end].lower() in {h.lower() for h in handle_names(text)}


def user_before(sp: Speakers, pron: Token) -> str | None:
    """The one online user the article names by a handle, for a he/she whose own sentence
    last tells of an unnamed user acting ("… hitting back at an online troll who accused her of
    … '…,' he posted"): walking back from the pronoun, a user noun with a "who" clause comes
    before any person named as a subject. Else None."""
    users = [a for a in sp.actors if a in handle_actors(sp.doc, ())]
    if len(users) != 1:
        return None
    for tok in reversed(sp.doc[pron.sent.start : pron.i]):
        if sp.inside_quote(tok.idx):
            continue
        subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ not in ("WP", "WDT")
        if subject and tok.pos_ in ("PROPN", "PRON"):
            return None  # "Ruiz thanked a follower who … '…,' she said" has Ruiz nearer
        if re.fullmatch(USER_NOUNS, tok.lower_) and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in tok.children
        ):
            return users[0].name
    return None
