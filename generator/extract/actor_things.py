"""Names of things that are not actors: schemes and laws ("Race Equality Strategy"), stakes
("Permanent Interest Bearing Shares"), competitions ("Serie A", "Group C"), battles, medical
conditions ("the condition Erythropoietic Protoporphyria") and products named before what
they are ("its new RipGuard technology", "a Windows virus")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract.actor_words import _words

# Last words that make a name a scheme, a law, a stake or a condition, not a body.
_THING_HEADS = _words(
    """
    strategy scheme initiative regulations regulation directive act bill treaty agreement accord
    shares bonds syndrome disease disorder tremor protoporphyria
    """
)
# Competitions and stages: "Serie A", "Group C", "the Grand Slam", "the Grand National".
_COMPETITION = re.compile(r"^(?:Serie [A-D]|Group [A-H]|Pool [A-H]|Grand (?:Slam|National|Prix))$")
_EVENT_START = re.compile(r"^(?:Battle|Siege|Sack|Treaty) of ")
# Words before a name that say it is a condition: "the condition X", "suffers from X".
_CONDITION_LEADS = _words("condition disease syndrome disorder illness")
_SUFFER = (("suffers", "from"), ("suffering", "from"), ("suffered", "from"), ("diagnosed", "with"))
# Nouns after a name that say it names a product: "RipGuard technology", "a Windows virus".
PRODUCT_NOUNS = _words(
    """
    technology software virus worm account console computer handset browser format app
    """
)


def thing_name(name: str) -> bool:
    """True for a name that by its shape names a thing, not an actor."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in _THING_HEADS:
        return True
    return bool(_COMPETITION.match(name) or _EVENT_START.match(name))


def thing_context(doc: Doc, span: Span) -> bool:
    """True where the words around a name say it is a condition or a product."""
    i = span.start - 1
    led = i >= 1 and doc[i].lower_ in _CONDITION_LEADS and doc[i].pos_ == "NOUN"
    if led and (doc[i - 1].lower_ in ("the", "a", "an") or doc[i - 1].pos_ == "ADJ"):
        return True  # "the condition X", "a rare disease X" (not "Alzheimer's disease Ana Ruiz")
    if i >= 1 and (doc[i - 1].lower_, doc[i].lower_) in _SUFFER:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.lower_ in PRODUCT_NOUNS and nxt.pos_ == "NOUN"
