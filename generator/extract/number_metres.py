"""Track and field distances: "200m gold", "the 100m", "a personal best of 6.50m" are metres,
and "the 301m tower" sizes a structure: not millions, though a bare "m" after a numeral is
otherwise read as a scale word."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from generator.extract import number_words as W
from generator.extract.number_spans import Quantity

# Words right after "200m" that make it a race ("200m gold", "400m hurdles").
RACE_AFTER = {
    "gold", "silver", "bronze", "final", "finals", "race", "hurdles", "freestyle", "butterfly",
    "backstroke", "breaststroke", "medley", "relay", "sprint", "dash", "heat", "heats",
    "semi-final", "semi", "title", "champion", "medal", "steeplechase", "individual",
}
# Words in the sentence that make a bare "6.50m" (under 100) a jump or throw.
FIELD_CUES = {
    "jump", "jumps", "throw", "throws", "vault", "cleared", "athletics", "javelin", "discus",
    "long-jump", "high-jump", "triple-jump", "pole-vault",
}
# Things a glued "m" measures when it sizes them: "the 301m tower", "a 30m wall".
STRUCTURE_NOUNS = {
    "tower", "building", "skyscraper", "bridge", "wall", "statue", "cliff", "drop", "fall",
    "yacht", "boat", "ship", "tree", "wave", "crane", "tunnel", "mast", "spire", "dam", "fence",
    "hole", "crater", "sculpture", "wheel", "ramp", "slide", "structure", "column", "pole",
    "ladder", "shaft", "well", "pier", "runway", "dome", "chimney", "antenna", "monument",
    "high", "tall", "deep", "long", "wide", "track", "cable",
}
# Spans of time a glued "m" is covered in: "426m per minute", "10m a second" is a speed.
SPEED_TIMES = {"second", "sec", "minute", "min", "hour"}
# "-long" after a glued "m" makes it a length whatever its size: "a 5,000m-long kite".
DIMENSIONS = {"high", "tall", "deep", "long", "wide"}
BEST_CUES = ("personal best", "season's best", "season best", "world record", "olympic record")
# Standard race distances, and words of the sentence that make "the 1500m" or "a tight
# 3,000m" a race: "Moss won the 1500m by two seconds", "ran the fastest indoor 400m".
RACE_DISTANCES = {50, 60, 100, 110, 200, 300, 400, 500, 800, 1000, 1500, 1600, 3000, 5000,
                  10000}
RACE_CUES = {
    "ran", "run", "runs", "running", "race", "raced", "races", "won", "win", "wins", "winning",
    "clocked", "sprinter", "sprinted", "indoor", "outdoor", "athlete", "athletes", "athletics",
    "hurdler", "medallist", "olympic", "olympics", "secs", "seconds", "lap", "laps", "track",
}


def _glued_length(doc: Doc, sent: Span, q: Quantity) -> Quantity | None:
    """ "a 5,000m-long kite" (one token with its "m"): a length in metres, not millions."""
    tok = doc[q.num]
    if q.kind != "count" or q.end != q.num + 1 or q.start != q.num or tok.whitespace_:
        return None
    if not tok.lower_.endswith("m") or q.end + 1 >= sent.end or doc[q.end].text != "-":
        return None
    if doc[q.end + 1].lower_ not in DIMENSIONS:
        return None
    num = W.numeral(tok.text[:-1])
    value = W.numeral_value(num) if num and not (num.group("cur") or num.group("scale")) else None
    if value is None or value <= 0:
        return None
    return replace(q, value=int(value) if float(value).is_integer() else value, unit="metres",
                   kind="measure", noun=None)


def track_distance(doc: Doc, sent: Span, q: Quantity) -> Quantity | None:
    """``q`` re-read as metres when its glued "m" marks a race or a field mark, else None."""
    if (glued := _glued_length(doc, sent, q)) is not None:
        return glued
    if q.kind != "count" or q.end - q.num != 2 or q.start != q.num:
        return None
    m_tok = doc[q.num + 1]
    if m_tok.lower_.rstrip(".") != "m" or doc[q.num].whitespace_:
        return None
    num = W.numeral(doc[q.num].text)
    if not num or num.group("cur") or num.group("scale"):
        return None
    value = W.numeral_value(num)
    if value is None or value <= 0 or value > 10_000:
        return None
    nxt = doc[q.end].lower_ if q.end < sent.end else ""
    prev = doc[q.start - 1].lower_ if q.start > sent.start else ""
    words = {t.lower_ for t in sent}
    low = sent.text.lower()
    race = nxt in RACE_AFTER or (
        prev in {"the", "a"} and (m_tok.text.endswith(".") or nxt in {"", ".", ",", ";", "and"})
        and value in {60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000}
    )
    sized = nxt in STRUCTURE_NOUNS or (nxt == "-" and q.end + 1 < sent.end
                                       and doc[q.end + 1].lower_ in STRUCTURE_NOUNS)
    dimension = nxt == "-" and q.end + 1 < sent.end and doc[q.end + 1].lower_ in DIMENSIONS
    race = race or (sized and value <= 2000) or dimension  # "a 5,000m-long kite"
    per = doc[q.end + 1].lower_ if nxt in {"per", "a", "an"} and q.end + 1 < sent.end else ""
    if per in SPEED_TIMES:  # "the record was 426m per minute": a speed, not millions
        return replace(q, value=int(value) if float(value).is_integer() else value,
                       unit=f"metres per {per}", kind="measure", noun=None, end=q.end + 2)
    named = q.start > sent.start and doc[q.start - 1].pos_ in {"DET", "ADJ"}
    race = race or (named and value in RACE_DISTANCES and bool(words & RACE_CUES) and not (
        doc[q.end].pos_ in {"NOUN", "PROPN"} if q.end < sent.end else False
    ))  # "won the 1500m by", "a close 5,000m in 13:52": not "won 400m" or "400m people"
    field = value < 100 and (bool(words & FIELD_CUES) or any(c in low for c in BEST_CUES))
    if not (race or field):
        return None
    return replace(q, value=int(value) if float(value).is_integer() else value, unit="metres",
                   kind="measure", noun=None)
