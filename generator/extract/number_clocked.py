"""Race times given bare: "broke the record by clocking 7.42" is seven point four two seconds."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from generator.extract.number_spans import Quantity

# Verbs whose object is a finishing time: "clocked 10.02", "was timed at 9.98", "ran 44.93".
CLOCK_VERBS = {"clock", "time", "run"}
# A bare time has hundredths: "7.37", "20.14"; "3.5" is as likely a distance or a score.
_HUNDREDTHS = 2


def _clock_verb(doc: Doc, q: Quantity) -> Token | None:
    """The timing verb a bare figure is the object of ("clocking 7.37", "timed at 9.98")."""
    tok = doc[q.num]
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "at" and head.head.pos_ == "VERB":
        head = head.head  # "was timed at 9.98"
    elif tok.dep_ not in {"dobj", "npadvmod", "attr"}:
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in CLOCK_VERBS else None


def clocked_time(doc: Doc, q: Quantity) -> Quantity:
    """A figure with hundredths and no unit that a timing verb takes is a time in seconds."""
    if q.unit is not None or q.noun is not None or q.kind not in {"count", "measure"}:
        return q
    text = doc[q.num].text
    whole, _, frac = text.partition(".")
    if not (whole.isdigit() and frac.isdigit() and len(frac) == _HUNDREDTHS):
        return q
    if _clock_verb(doc, q) is None:
        return q
    return replace(q, unit="seconds", kind="duration")


def clocked_about(doc: Doc, sent: Span, q: Quantity, about: str | None) -> str | None:
    """ "Smith broke the record by clocking 7.42, which ...": the time is the record's, so
    the about is the main clause the "by clocking" phrase hangs on, not what follows."""
    if q.unit != "seconds":
        return about
    verb = _clock_verb(doc, q)
    if verb is None or verb.dep_ != "pcomp" or verb.head.lower_ != "by":
        return about
    by, main = verb.head, verb.head.head
    if main.pos_ not in {"VERB", "AUX"} or not sent.start <= main.i < sent.end:
        return about
    drop = {t.i for t in by.subtree}
    words = [t for t in main.subtree if t.i not in drop and sent.start <= t.i < sent.end]
    while words and words[-1].is_punct:
        words.pop()
    if not words:
        return about
    clause = "".join(t.text_with_ws for t in words[:-1]) + words[-1].text
    return f"{clause} by {verb.text}"
