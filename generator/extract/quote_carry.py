"""A speech that runs on over paragraphs: by convention a quotation mark left open at the end
of a paragraph is continued by the quotation that opens the next one, and the speech verb
after that one names the speaker of both ("… the first point.¶“And the second,” Ruiz said")."""

from __future__ import annotations

from generator.extract.quote_marks import Region


def carried_speaker(
    i: int,
    kept: list[Region],
    own: list[object],
    para_of: list[int],
    paras: list[tuple[int, int]],
    text: str,
) -> str | None:
    """The speaker the quote ``i`` shares with the quotes that continue it in the following
    paragraphs (``own``: each quote's speaker from its own cue, a string where it has one)."""
    j = i
    for _ in range(4):
        if kept[j].closed or j + 1 >= len(kept) or para_of[j + 1] != para_of[j] + 1:
            return None
        j += 1
        lo = paras[para_of[j]][0]
        if text[lo : kept[j].start - 1].strip():
            return None  # the next paragraph does not open with the quotation
        name = own[j]
        if isinstance(name, str):
            return name
    return None

