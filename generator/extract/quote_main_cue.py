"""A speech verb inside another one's clause, whose own speaker is no one the article names,
does not carry its speech on to a later quote: in "“…,” Ruiz said, after news outlets
declared her the winner. “…”" or "Ruiz said some critics had predicted a loss. “…”" the
next quote goes on with Ruiz, not with what her sentence reports of others."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from generator.extract.speakers import Speakers


def act_speaker(sp: Speakers, cue: Token, name: str) -> str:
    """The speaker a speech act at ``cue`` (naming ``name``) stands for: ``name``, or the
    named actor who speaks by an earlier speech verb ``cue`` depends on when ``name`` is a
    description ("news outlets", "some critics")."""
    if sp.actor_named(name) is not None:
        return name
    for anc in cue.ancestors:
        if anc.i < cue.i and sp.is_cue(anc):
            outer = sp.speaker(anc)
            if outer is not None and sp.actor_named(outer) is not None:
                return outer
    return name
