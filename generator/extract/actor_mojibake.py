"""Names garbled by a wrong decoding ("SarukhÃ¡n" for "Sarukhán"), mended with ftfy.

The article's text is left as written (quotes stay verbatim, offsets hold); only an actor's
name is mended, and the garbled form the text uses is kept among its aliases.
"""

from __future__ import annotations

from dataclasses import replace

import ftfy

from generator.model import Actor

# Characters a UTF-8 text read as Latin-1 or Windows-1252 is full of: a cheap test before ftfy.
_SIGNS = ("\u00c3", "\u00c2", "\u00e2\u20ac")


def mended(actor: Actor) -> Actor:
    """``actor`` with its name, aliases and role mended, the garbled forms kept as aliases."""
    forms = (actor.name, *actor.aliases)
    if not any(sign in form for form in (*forms, actor.role or "") for sign in _SIGNS):
        return actor
    name = ftfy.fix_text(actor.name)
    aliases = [ftfy.fix_text(a) for a in actor.aliases] + [f for f in forms if f != name]
    unique = tuple(dict.fromkeys(a for a in aliases if a != name))
    role = ftfy.fix_text(actor.role) if actor.role else actor.role
    return replace(actor, name=name, aliases=unique, role=role)
