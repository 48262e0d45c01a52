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


def spoke(sp: Speakers, tok: Token) -> bool:
    """ "since Ruiz spoke only in vague terms during the interview": a person speaking, told
    of in the writer's words, whose words may follow in paragraphs of their own (no cue, and
    so a speech act only, not a cue of the quotes in its sentence)."""
    if tok.lemma_.lower() != "speak" or tok.pos_ != "VERB" or sp.inside_quote(tok.idx):
        return False
    if tok.dep_ in ("ccomp", "relcl", "xcomp", "acl", "pcomp"):
        return False  # "… insisted Ruiz was speaking about adults": told by someone else
    if any(sp.is_cue(t) for t in tok.sent):
        return False  # "“…,” Lee said after Ruiz spoke": the speech is Lee's
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return False
    name = sp.speaker(tok)
    actor = sp.actor_named(name) if name is not None else None
    return actor is not None and actor.kind == "person"

