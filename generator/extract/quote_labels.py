"""Speaker labels of a transcript inside quotation marks: '"WALLACE: Let's start …'.

The label names who speaks; it is not part of the quotation. It names an actor by a name,
an alias or a surname, in capitals.
"""

from __future__ import annotations

import re

from generator.model import Actor

LABEL = re.compile(r"([A-Z][A-Z'\u2019.\-]+(?: [A-Z][A-Z'\u2019.\-]+){0,2}):[ \t]+(?=\S)")


def label_at(text: str, start: int) -> re.Match[str] | None:
    """The capitalised "NAME:" label that opens the quotation starting at ``start``."""
    m = LABEL.match(text, start)
    return m if m and any(c.isalpha() for c in m.group(1)[1:]) else None


def label_speaker(label: str, actors: tuple[Actor, ...]) -> str | None:
    """The actor a label names ("PENCE" → "Mike Pence"), if exactly one fits."""
    want = label.lower().rstrip(".")
    exact = [a.name for a in actors if want in {f.lower() for f in (a.name, *a.aliases)}]
    if len(exact) == 1:
        return exact[0]
    last = [a.name for a in actors if a.kind == "person" and a.name.lower().split()[-1] == want]
    return last[0] if len(last) == 1 else None
