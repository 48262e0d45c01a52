"""A hedged "a" that counts one unit: "in about a week", "nearly a mile", "more than an hour".

Only after a hedge and before a time or measure unit is "a" a figure: "a week later" or
"a mile away" on their own say when or where, and "about a year ago" is a date.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.number_spans import Quantity
from generator.extract.number_words import MEASURE_UNITS, TIME_UNITS

HEDGES = ("more than", "less than", "just over", "just under", "well over", "up to",
          "at least", "about", "around", "nearly", "almost", "roughly", "approximately")
SINGULAR = {"year", "month", "week", "day", "hour", "minute", "decade", "century", "mile",
            "kilometre", "kilometer", "foot", "yard", "metre", "meter", "kilogram", "inch",
            "ton", "tonne", "pound", "ounce", "litre", "liter", "gallon", "acre", "hectare"}
DATE_AFTER = {"ago", "earlier", "later", "before", "after", "from", "since"}
# Verbs of a penalty whose "for a week" is its term: "suspended for a week", "banned for a year".
SANCTION_VERBS = {"suspend", "ban", "jail", "imprison", "sentence", "bar", "expel", "exclude",
                  "disqualify", "sideline", "ground", "detain", "fine", "punish", "exile"}


def _sanction(doc: Doc, i: int) -> bool:
    """ "suspended for a week": "for a" + time unit on a penalty verb states its term."""
    prep = doc[i - 1] if i > 0 else None
    if prep is None or prep.lower_ != "for" or doc[i + 1].lower_ not in TIME_UNITS:
        return False
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in SANCTION_VERBS


def article_at(doc: Doc, sent: Span, i: int) -> Quantity | None:
    """The figure 1 for a hedged "a"/"an" + singular unit at token ``i``, else None."""
    tok = doc[i]
    if tok.lower_ not in {"a", "an"} or i + 1 >= sent.end:
        return None
    unit = doc[i + 1]
    if unit.lower_ not in SINGULAR:
        return None
    if i + 2 < sent.end and doc[i + 2].lower_ in DATE_AFTER | {"-", "'s", "\u2019s"}:
        return None  # "about a year ago", "a mile-long", "a week's pay"
    before = doc[max(sent.start, i - 2):i].text.lower()
    if not any(before == h or before.endswith(" " + h) for h in HEDGES) and not _sanction(doc, i):
        return None
    name = TIME_UNITS.get(unit.lower_) or MEASURE_UNITS.get(unit.lower_) or unit.lower_ + "s"
    kind = "duration" if unit.lower_ in TIME_UNITS else "measure"
    return Quantity(i, i + 2, 1, name, kind, i, i + 1)
