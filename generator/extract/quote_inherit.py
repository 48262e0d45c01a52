"""The speaker of a quote with no speech verb of its own: it continues a speech before it.

``inherited`` looks, in order, at a run of open marks that a later cue names ("“One. “Two,”
said Ruiz"), a run-in quote going on mark by mark, the subject of the quote's own sentence
("Ruiz dismissed it as “a sideshow”"), the speeches earlier in the paragraph (within two
sentences), a voice the sentence before introduces, the end of the paragraph before (for a
paragraph that opens with a quote), the subject of the sentence before, the first speech after
it, and last a speech run on over paragraphs (``quote_carry``).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.extract.quote_carry import carried_speaker
from generator.extract.quote_ends import CAPTION, PICTURED
from generator.extract.quote_marks import Region
from generator.extract.quote_owners import colon_agent, introduced_by, introduced_voice, run_into
from generator.extract.quote_sentences import previous_sentence as _previous_sentence
from generator.extract.quote_sentences import sentence_end as _sentence_end
from generator.extract.quote_sentences import sentence_start as _sentence_start
from generator.extract.speakers import Speakers

NO_CUE = object()  # a quote with no speech verb of its own


@dataclass(frozen=True)
class Speech:
    """One act of speech: where, who (None when the text does not say) and if it is a quote."""

    pos: int
    speaker: str | None
    para: int


def inherited(
    i: int,
    kept: list[Region],
    direct: list[object],
    para_of: list[int],
    paras: list[tuple[int, int]],
    acts: list[Speech],
    speakers: Speakers,
    names: list[str | None],
) -> str | None:
    """The speaker a quote without a cue continues: the speech before it, else the one after.
    ``names`` are the speakers already given to the quotes before it."""
    r, p = kept[i], para_of[i]
    lo, doc, text = paras[p][0], speakers.doc, speakers.text
    ahead = _run_on_speaker(i, kept, direct, para_of, text)
    if ahead is not None:
        return ahead  # “One … “Two …,” said Ruiz: the cue after the run names its speaker
    if i > 0 and not kept[i - 1].closed and para_of[i - 1] == p and names[i - 1] is not None:
        between = text[kept[i - 1].end : r.start]
        if not between.strip(" \u00a0'\"\u2018\u2019\u201c\u201d"):
            return names[i - 1]  # said: 'One … 'Two …: a run-in quote goes on, mark by mark
    own_sent = _sentence_start(doc, r.start, back=0)
    inside = bool(text[own_sent : r.start - 1].strip())
    captioned = any(m.search(text, own_sent, r.start) for m in (CAPTION, PICTURED))
    if inside and not captioned and not run_into(text, r.start, r.end):
        # Ruiz dismissed it as “a sideshow”; Japan branded it “an outlaw” (not a speech of
        # several sentences run on after a caption that lacks its full stop)
        sent = doc.char_span(own_sent, r.start, alignment_mode="expand")
        subject = speakers.sentence_subject(sent[0].sent, True) if sent is not None else None
        subject = subject or colon_agent(speakers, own_sent, r.start - 1)
        if subject is not None:
            return subject
    window = _sentence_start(doc, r.start, back=2)
    before = [a for a in acts if a.para == p and max(lo, window) <= a.pos < r.start]
    for j in range(i - 1, -1, -1):
        if para_of[j] == p and direct[j] is not NO_CUE:
            before.append(Speech(kept[j].start, direct[j], p))  # type: ignore[arg-type]
            break
    if inside and i > 0 and para_of[i - 1] == p and names[i - 1] and kept[i - 1].start >= window:
        before.append(Speech(kept[i - 1].start, names[i - 1], p))  # “…” and “…” And, “…”
    if inside and captioned:  # a caption's own speech ("Ruiz, pictured, called it 'sad'")
        before = [a for a in before if a.pos < own_sent]  # is not the speech run on after it
    prev = _previous_sentence(doc, r.start - 1, lo) if not inside else None
    voice = introduced_voice(speakers, prev) if prev is not None else None
    if voice is not None and all(a.pos < prev.start_char for a in before):
        return voice  # His friend, Ana Ruiz, a teacher, blames the war. “…”
    if before:
        return max(before, key=lambda a: a.pos).speaker
    opens_paragraph = not text[lo : r.start - 1].strip()
    if opens_paragraph and p > 0:
        prev = [a for a in acts if a.para == p - 1]
        prev_quotes = [j for j in range(i) if para_of[j] == p - 1]
        if prev_quotes and not kept[prev_quotes[-1]].closed:
            return names[prev_quotes[-1]]  # a quote running on over paragraphs
        last_sent = _sentence_start(doc, paras[p - 1][1] - 1, back=0)
        tail = [a for a in prev if a.pos >= last_sent]
        if prev_quotes and kept[prev_quotes[-1]].end >= last_sent:
            return names[prev_quotes[-1]]
        if tail:
            return tail[-1].speaker
        introduced = introduced_by(speakers, last_sent, paras[p - 1][1])
        if introduced is not None:
            return introduced  # "… this statement by Ruiz on June 11:" ¶ “…”
    prev_sent = _previous_sentence(doc, r.start - 1, lo if not opens_paragraph else 0)
    if prev_sent is not None and (subject := speakers.sentence_subject(prev_sent)):
        return subject
    window_end = _sentence_end(doc, r.end, ahead=0 if inside else 1)
    after = [a for a in acts if a.para == p and r.end < a.pos < window_end]
    return after[0].speaker if after else carried_speaker(i, kept, direct, para_of, paras, text)


def _run_on_speaker(
    i: int, kept: list[Region], direct: list[object], para_of: list[int], text: str
) -> str | None:
    """The speaker named at the end of a run of marks that never close in one paragraph:
    “One. “Two,” said Ruiz (each sentence of a run-in speech opens a new mark)."""
    j = i
    while j + 1 < len(kept) and not kept[j].closed and para_of[j + 1] == para_of[i]:
        between = text[kept[j].end : kept[j + 1].start]
        if between.strip(" \u00a0'\"\u2018\u2019\u201c\u201d"):
            return None
        j += 1
        if direct[j] is not NO_CUE:
            return direct[j] if isinstance(direct[j], str) else None
    return None
