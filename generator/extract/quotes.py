"""Direct quotations with their speakers, in text order.

Steps: pair the quotation marks of every paragraph (``quote_marks``) and end a quote whose
closing mark was lost (``quote_ends``); keep the regions that quote someone's words
(``quote_filter``) (three words or more, or a two-word clause; not a title or a name used
as a modifier); find each one's speech verb (an ancestor in the parse, else the nearest cue in
the same sentence) and name its speaker (``speakers``); a quote with no cue of its own
continues the speaker of the speech just before it in the paragraph (or, for a paragraph that
opens with a quote, at the end of the paragraph before), else of the one just after it
(``quote_inherit``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from generator.extract.quote_chants import (
    chant_cue,
    chant_regions,
    group_speaker,
    is_group,
    previous_group,
)
from generator.extract.quote_colon import colon_label, source_label
from generator.extract.quote_cues import first_person, introduces_next, opens_next
from generator.extract.quote_ends import CAPTION, trimmed
from generator.extract.quote_fallback import parenthetical_cue, subordinate
from generator.extract.quote_filter import NAMING, ancestor_cue, is_quote
from generator.extract.quote_inherit import NO_CUE, Speech, inherited
from generator.extract.quote_labels import label_at, label_speaker
from generator.extract.quote_lead import colon_subject
from generator.extract.quote_main_cue import act_speaker, spoke
from generator.extract.quote_marks import Region, paragraphs, regions
from generator.extract.quote_narrator import narrator
from generator.extract.quote_owners import (
    aside_subject,
    claim_owner,
    clause_subject,
    dash_aside,
    dash_speaker,
    embedded_cue,
    reported_within,
    unnamed_claim,
    verdict_owner,
)
from generator.extract.quote_relay import relayed, reports_speech
from generator.extract.quote_runin import after_caption
from generator.extract.quote_sentences import later_sentence, reports_own
from generator.extract.quote_sentences import phrase_end as _phrase_end
from generator.extract.quote_sentences import previous_sentence as _previous_sentence
from generator.extract.quote_sentences import sentence as _sentence
from generator.extract.quote_sentences import sentence_start as _sentence_start
from generator.extract.quote_signed import signature
from generator.extract.quote_topic import topic_speaker
from generator.extract.quote_verbless import verbless_speaker
from generator.extract.quote_words import VAGUE
from generator.extract.speaker_handles import handle_actors, is_handle
from generator.extract.speaker_self import calls_self_by_name, self_named
from generator.extract.speakers import Speakers
from generator.model import Actor, Article, Quote

ENDS = (".", "?", "!")
PASSAGE_GAP = 4  # paragraphs a quoted passage may run on past the quotes inside it


def quotes(article: Article, doc: Doc, actors: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Direct quotations in text order, each with its speaker (an actor's name) or None."""
    text = article.text
    found = trimmed(text, regions(text))
    marks = [(r.start - 1, r.end + 1) for r in found if not is_handle(text, r.start, r.end)]
    everyone = actors + handle_actors(doc, actors)  # "a troll called 'ana_r99'" speaks too
    speakers = Speakers(doc, everyone, marks + list(article.furniture))  # none in furniture
    chants = {found[i] for i in chant_regions(text, found)}
    kept: list[Region] = []
    for r in found:
        r = _before_caption(article, r)
        if _furniture(article, r):
            continue
        run_in = bool(kept) and _runs_on(text, kept[-1], r)
        if run_in or _is_chant(text, r, chants) or is_quote(doc, r, speakers):
            kept.append(r)
    paras = paragraphs(text)
    para_of = [_para_index(paras, r.start) for r in kept]
    direct: list[object] = []
    chanters: list[tuple[int, str]] = []  # (position, group) of the chants so far
    labels = [label_at(text, r.start) for r in kept]
    for r, p, label in zip(kept, para_of, labels, strict=True):
        own = _chant_speaker(speakers, r, chanters) if r in chants else NO_CUE
        if label is not None:
            own = label_speaker(label.group(1), actors)  # a transcript: "PENCE: Well, …"
        elif own is NO_CUE:
            own = _direct_speaker(speakers, doc, r, found, paras[p])
        direct.append(own)
    acts = [
        Speech(cue.idx, act_speaker(speakers, cue, name), _para_index(paras, cue.idx))
        for cue in (t for t in doc if speakers.is_cue(t) or spoke(speakers, t))
        if not CAPTION.search(cue.sent.text) and not embedded_cue(speakers, cue)
        and not reported_within(speakers, cue)
        and not reports_speech(speakers, cue)
        and not _intends(cue)
        and (name := speakers.speaker(cue)) is not None
    ]  # a caption run into the text ("Ruiz (pictured) said …") does not carry a speech on
    out: list[Quote] = []
    names: list[str | None] = []
    teller = narrator(speakers, doc, kept, direct, paras, NO_CUE)  # a first-person account
    passage: tuple[int, str | None] | None = None  # paragraph and speaker of the last passage
    # quoted from another text
    for i, r in enumerate(kept):
        own = direct[i]
        excerpt = speakers.in_excerpt(r.start, min_words=1)
        if own is NO_CUE and teller is not None:
            name = teller
        elif own is NO_CUE and excerpt and passage and para_of[i] - passage[0] <= PASSAGE_GAP:
            name = passage[1]  # the next paragraph of the same report, past quotes inside it
        elif own is NO_CUE:
            name = inherited(i, kept, direct, para_of, paras, acts, speakers, names)
        else:
            name = own if isinstance(own, str) else None
        if name is not None and calls_self_by_name(speakers, name, r):
            name = None  # "'… that's why I support Ed,'" after Ed's own words: not Ed
        names.append(name)
        passage = (para_of[i], name) if excerpt else passage
        start = labels[i].end() if labels[i] is not None else r.start
        words = text[start : r.end]
        end = r.end
        if words.endswith(","):
            words, end = words[:-1].rstrip(), start + len(words[:-1].rstrip())
        out.append(
            Quote(text=words, speaker=name, sentence=_sentence(doc, text, r), start=start, end=end)
        )
    return _repeated_speakers(out)


_INTENT_LEMMAS = frozenset({"pledge", "promise", "vow", "threaten"})


def _intends(cue: Token) -> bool:
    """ "Acme has pledged to cut fees": a promise to act, reported in the writer's words, not
    speech whose quoted words follow."""
    if cue.lemma_.lower() not in _INTENT_LEMMAS or any(c.dep_ == "ccomp" for c in cue.children):
        return False
    return any(
        c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in cue.children
    )


def _repeated_speakers(out: list[Quote]) -> tuple[Quote, ...]:
    """A quote with no speaker whose words are quoted again, with a speaker, elsewhere in
    the article takes that speaker: a headline's “Not again” before “Not again,” Ruiz said."""
    def words(q: Quote) -> str:
        return q.text.rstrip(".?!").lower()

    said: dict[str, set[str]] = {}
    for q in out:
        if q.speaker is not None and len(q.text.split()) >= 3:
            said.setdefault(words(q), set()).add(q.speaker)
    return tuple(
        replace(q, speaker=next(iter(who)))
        if q.speaker is None and len(who := said.get(words(q), set())) == 1
        else q
        for q in out
    )


def _furniture(article: Article, r: Region) -> bool:
    """The quote overlaps page furniture, unless that is only a stretch inside its closed
    marks: "'She always carries a map too She never gets lost.'" reads to the caption finder
    as a caption run into the text, yet the marks hold one person's words."""
    hits = [(s, e) for s, e in article.furniture if s < r.end and r.start < e]
    inside = r.closed and all(r.start - 1 <= s and e < r.end for s, e in hits)
    return bool(hits) and not inside and not _caption_runs_in(article.text, r, hits)


def _caption_runs_in(text: str, r: Region, hits: list[tuple[int, int]]) -> bool:
    """A caption taken to run on to a full stop that lies inside closed marks opened after
    it: "Out: Ruiz left on Sunday 'Ruiz left an hour ago. Destination unknown,' wrote Tom
    Lee" — the caption ends before the opening mark, the quote is article text."""
    if not r.closed or len(hits) != 1:
        return False
    s, e = hits[0]
    return s < r.start - 1 and r.start < e < r.end and text[e : e + 1] in (".", "?", "!")


def _before_caption(article: Article, r: Region) -> Region:
    """A quote left open that runs into a caption ends before it: "'Now he is better.
    Family: Tom with his mother …" ends at "better."."""
    if r.closed:
        return r
    starts = [s for s, e in article.furniture if r.start < s < r.end]
    if not starts:
        return r
    end = r.start + len(article.text[r.start : starts[0]].rstrip())
    return Region(r.start, end, False, r.single) if end > r.start else r


def _runs_on(text: str, prev: Region, r: Region) -> bool:
    """A quote that goes on from one whose mark never closed, in the same marks: "'We won.
    'In the end …'" (each sentence of a run-in speech opens a new mark)."""
    gap = text[prev.end : r.start]
    return not prev.closed and prev.single == r.single and len(gap) <= 3 and "\n" not in gap


def _is_chant(text: str, r: Region, chants: set[Region]) -> bool:
    """A chant or slogan, not a name after "so-called", "dubbed" …"""
    return r in chants and not NAMING.search(text[max(0, r.start - 40) : r.start - 1].rstrip())


def _chant_speaker(speakers: Speakers, r: Region, chanters: list[tuple[int, str]]) -> object:
    """The group that chants a slogan; "others" and "some" are the group that chanted just
    before (within two sentences). NO_CUE when no chant word governs it after all."""
    doc = speakers.doc
    cue = chant_cue(doc, r)
    if cue is None:
        return NO_CUE
    verb = cue.head if cue.pos_ == "NOUN" and cue.head.pos_ in ("VERB", "AUX") else cue
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    group = group_speaker(cue)
    if subj is not None and subj.lower_ in VAGUE | {"they"}:
        inner = next((t for t in subj.subtree if t.i != subj.i and is_group(t)), None)
        if inner is not None:
            group = inner  # "others in the crowd"
        else:
            window = _sentence_start(doc, r.start, back=2)
            earlier = [name for pos, name in chanters if pos >= window]
            if earlier or subj.lower_ != "they":
                return earlier[-1] if earlier else None
            prev = _previous_sentence(doc, cue.sent.start_char, 0)
            group = previous_group(prev) if prev is not None else None  # Crowds … They chanted
    elif subj is not None and (group is None or subj.i != group.i):
        return speakers.name_of(subj)  # Ruiz shouted, “Out!”
    if group is None:
        return NO_CUE
    actor = speakers.actor_at(group.idx, group.idx + len(group.text))
    name = actor.name if actor is not None else group.text
    if actor is None and (group.pos_ != "PROPN" or is_group(group)):
        name = name.lower()  # "Fans roared …": fans
    chanters.append((r.start, name))
    return name


def _para_index(paras: list[tuple[int, int]], pos: int) -> int:
    for i, (lo, hi) in enumerate(paras):
        if lo <= pos <= hi:
            return i
    return len(paras) - 1


def _frames(
    doc: Doc, text: str, r: Region, found: list[Region], para: tuple[int, int]
) -> tuple[int, ...]:
    """(before_lo, before_hi, after_lo, after_hi): the sentence text either side of a quote."""
    lo, hi = para
    prev_end = max([q.end + 1 for q in found if q.end <= r.start - 1] + [lo])
    next_start = min([q.start - 1 for q in found if q.start > r.end] + [hi])
    first = doc.char_span(r.start, r.end, alignment_mode="expand")
    sent = first[0].sent if first is not None and len(first) else None
    sent_lo = sent.start_char if sent is not None else lo
    colon = text[lo : r.start - 1].rstrip().endswith(":")
    if (
        colon
        and sent is not None
        and sent.start > 0
        and (sent_lo >= r.start - 1 or not text[sent_lo : r.start - 1].strip(' :"\u201c'))
    ):
        sent_lo = doc[sent.start - 1].sent.start_char  # the cue is before the colon
    after_hi = hi
    closed = text[r.end + 1 : r.end + 2] == "."  # “… expansion”. ends the sentence
    words = text[r.start : r.end].rstrip("\"'\u201d\u2019")  # … said, “See, it is.”'
    run_on = not words.endswith(".") and not closed  # "…?" Vitter demanded.
    for tok in doc.char_span(r.end, hi, alignment_mode="expand") or []:
        if tok.idx <= r.end or tok.is_punct or tok.is_space:
            continue
        if tok.is_sent_start and not run_on:
            after_hi = tok.idx
            break
        run_on = False
    return max(prev_end, sent_lo, lo), r.start - 1, r.end + 1, min(next_start, after_hi)


def _direct_speaker(
    speakers: Speakers, doc: Doc, r: Region, found: list[Region], para: tuple[int, int]
) -> object:
    """The speaker named by the quote's own speech verb, or NO_CUE."""
    signed = signature(speakers, r, para)
    if signed is not None:
        return signed  # “…” ― Ana Ruiz.
    aside = dash_aside(speakers, r)
    if aside is not None:
        return aside  # … including Ana Ruiz -- “…” -- and …
    labelled = source_label(speakers, r.start, para[0])
    if labelled is not None:
        return labelled  # From Ruiz's blog post: “…”
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    b_lo, b_hi, a_lo, a_hi = _frames(doc, speakers.text, r, found, para)
    after = speakers.cues(a_lo, a_hi) if a_hi > a_lo else []
    if r.closed and speakers.text[r.start : r.end].rstrip("\"'\u201d\u2019").endswith(ENDS):
        after = [t for t in after if not reports_own(t)]  # “…” Ruiz said Diaz had left.
    after = [t for t in after if not later_sentence(t, r.end) and not opens_next(speakers.text, t)]
    if introduces_next(speakers.text, r, a_lo, a_hi, found):
        after = []  # “… my valley?” Responding to her, Diaz said: “…”: Diaz speaks the next
    before = speakers.cues(b_lo, b_hi) if b_hi > b_lo else []
    governing = ancestor_cue(speakers, span) if span is not None else None
    if governing is None and span is not None:
        governing = parenthetical_cue(speakers, span)  # The mayor, Ruiz said, has built a “…”
    if span is not None and after_caption(speakers.text, span, r.end):
        before = []  # "Ruiz, pictured, called it 'sad' 'We lost …'": the caption's verb
        governing = governing if governing is not None and governing.i > span.start else None
    cue = _tight_cue(doc, speakers.text, after, before, a_lo, b_hi)
    if governing is not None and cue is not None and span is not None:
        run_on = cue.i >= span.end and cue.sent.start != span[-1].sent.start
        if run_on or (cue.lemma_.lower() == "accord" and cue.i >= span.end):
            cue = governing  # "X told Y that “…,” according to the statement": X
        else:  # "Hale told her “…”, the website states": Hale
            cue = relayed(speakers, span, cue, governing) or cue
    cue = cue or governing
    if span is not None and cue is not None:
        aside = aside_subject(speakers, span, cue)
        if aside is not None:
            return aside  # as Ruiz went on about “the rigged system,” Diaz said yes: Ruiz
    if cue is None and span is not None:
        own = claim_owner(speakers, span) or verdict_owner(speakers, span)
        own = own or clause_subject(speakers, span)
        if own is not None:
            return own  # as Ruiz went on about “the rigged system,” Diaz said yes: Ruiz
        if unnamed_claim(span):
            return None  # "… mocked for its claim that Ruiz was “…”": no one named, not Ruiz
    # only the nearest cue, neither tight nor governing the quote; or "according to" a thing
    loose = cue is None or cue.lemma_.lower() == "accord"
    if cue is None:
        options = [(t.idx - a_lo, t) for t in after[:1]] + [(b_hi - t.idx, t) for t in before[-1:]]
        cue = min(options, key=lambda o: o[0])[1] if options else None
    if cue is None:
        own = dash_speaker(speakers, r, para) or colon_label(speakers, r.start, para[0])
        own = own or colon_subject(speakers, r.start, para[0])  # Ruiz apologised: “…”
        own = own or verbless_speaker(speakers, r.start, para[0])  # Here's Ruiz: “…”
        return own or NO_CUE  # - Coach Ana Ruiz: “…”
    name = speakers.speaker(cue)
    words = speakers.text[r.start : r.end]
    name = topic_speaker(speakers, cue, name, words) or name
    name = self_named(speakers, cue, name, words) or name  # 'my rival Ruiz …,' he said: not Ruiz
    if name is None and governing is not None and governing is not cue:
        name = speakers.speaker(governing)  # “…,” while trying to explain: not "explain"
    for other in after if name is None else []:
        own = other is not cue and not subordinate(cue, other)
        name = speakers.speaker(other) if own else None
        if name is not None and speakers.actor_named(name) is not None:
            break  # “…” that would respond to requests, Ruiz wrote: not "respond"
        name = None
    for other in reversed(before) if name is None else []:
        own = other is not cue and not subordinate(cue, other)
        name = speakers.speaker(other) if own else None
        if name is not None and speakers.actor_named(name) is not None:
            break  # footage of Ruiz saying on Monday, “…”: not "the footage concludes"
        name = None
    if name is None and span is not None:
        name = clause_subject(speakers, span)
    loose = loose or first_person(speakers, cue)  # 'I said, 'No': nested in someone's words
    return NO_CUE if name is None and loose else name  # a loose cue naming no one: inherit


def _tight_cue(
    doc: Doc, text: str, after: list[Token], before: list[Token], a_lo: int, b_hi: int
) -> Token | None:
    """A cue right after the closing mark (“…,” Ruiz said) or right before the opening
    one (Ruiz replied, “…”): the surest sign of who speaks."""
    if after:
        words, k = 0, after[0].i - 1
        while k >= 0 and doc[k].idx >= a_lo:
            words += not (doc[k].is_punct or doc[k].is_space)
            k -= 1
        if words <= 5:
            return after[0]
    if before:
        last = _phrase_end(before[-1])
        gap = text[last.idx + len(last.text) : b_hi]
        if not gap.strip(" ,:\u2014\u2013-"):
            return before[-1]
    return None
