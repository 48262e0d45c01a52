"""Ages glued to a time word: "his then-11-week-old daughter", "her now-9-year-old son".
The tokenizer keeps "then-11" whole, so the numeral is read from the token's tail."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract import number_words as W
from generator.extract.number_spans import Quantity

PREFIXED = re.compile(r"^(?:now|then|still|soon)-(\d{1,3}(?:\.\d)?)$", re.IGNORECASE)


def prefixed_age_at(doc: Doc, sent: Span, i: int) -> Quantity | None:
    """The age at token ``i`` when it reads "then-11" "-" "week" "-" "old"."""
    m = PREFIXED.match(doc[i].text)
    if m is None or (i + 4 >= sent.end + 0 and i + 4 > sent.end - 1):
        return None
    parts = [t.lower_ for t in doc[i + 1:i + 5]]
    if parts[0] != "-" or parts[2:] != ["-", "old"] or parts[1] not in W.TIME_UNITS:
        return None
    value = float(m.group(1))
    return Quantity(i, i + 5, int(value) if value.is_integer() else value,
                    W.TIME_UNITS[parts[1]], "age", i)
