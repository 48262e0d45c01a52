"""How often something happened: "scored twice", "delayed twice", "twice a day"."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_joins import rate_after
from generator.extract.number_spans import Quantity

TIMES = {"twice": 2, "thrice": 3}
# Words after "twice" that make it a ratio, not a count: "twice as big", "twice the price".
RATIO_NEXT = {"the", "that", "this", "its", "his", "her", "their", "our", "my", "your",
              "what", "more", "less", "over"}


def times_at(doc: Doc, sent: Span, i: int) -> Quantity | None:
    """ "twice" or "thrice" as a count of occasions ("had scored twice", "twice a day"), never
    a multiple of something ("twice as many", "twice the size", "more than twice")."""
    tok = doc[i]
    value = TIMES.get(tok.lower_)
    if value is None:
        return None
    if i + 1 < sent.end and doc[i + 1].lower_ in RATIO_NEXT:
        return None
    if i + 2 < sent.end and doc[i + 1].lower_ == "as" and doc[i + 2].lower_ not in {
            "a", "an", "the", "part", "captain", "substitute"}:
        return None  # "twice as many", unlike "twice as a replacement"
    if i - 1 >= sent.start and doc[i - 1].lower_ in {"than", "nearly", "almost", "about"}:
        return None  # "more than twice", "nearly twice": a ratio read by what follows
    end, rate = rate_after(doc, i + 1, sent.end)
    head = tok.head.head if tok.head.pos_ == "ADP" else tok.head  # "twice as a replacement"
    if rate is None and (tok.dep_ != "advmod" or head.pos_ not in {"VERB", "AUX"}):
        return None
    if rate is None and head.lemma_ == "be":
        return None  # "it is twice": a ratio whose other side is elsewhere
    return Quantity(i, end, value, f"times per {rate}" if rate else "times", "count", i)
