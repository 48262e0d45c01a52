"""Who owns a quote that has no speech verb of its own: the subject of the clause that holds
it, the owner of a claim, the subject of an aside, a paragraph ending in a colon, a dash
signature. Each returns an actor's name or None."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.doc_text import doc_text
from generator.extract.quote_marks import Region
from generator.extract.quote_words import CLAIM_NOUNS
from generator.extract.speaker_documents import TEXT_NOUNS
from generator.extract.speakers import Speakers

DASH_SIGNATURE = re.compile(r"\s*[\u2015\u2014\u2013-]+\s*")
MARKS = "\"'\u2018\u2019\u201c\u201d"
DASH_BEFORE = re.compile(r"(?:--|[\u2014\u2013])\s*$")
DASH_AFTER = re.compile(r"\s*(?:--|[\u2014\u2013])")
MIN_SENTENCE_WORDS = 6  # a whole sentence quoted, not a short title or slogan
SENTENCES = re.compile(r"\b[a-z]{2,}[.?!] +[A-Z]")  # one sentence ends and another begins


def run_into(text: str, start: int, end: int) -> bool:
    """A quote of several sentences right after a word, with no colon or comma to introduce
    it: a speech run on after a caption that lacks its full stop ("… snatch victory 'We lost.
    It hurts.'"), not the object of the clause before it."""
    before = text[max(0, start - 4) : start].rstrip(MARKS + " \u00a0")
    if not before or not before[-1].isalnum():
        return False
    return bool(SENTENCES.search(text, start, end)) or whole_sentence(text, start, end)


def whole_sentence(text: str, start: int, end: int) -> bool:
    """The quote is a full sentence of its own: it opens with a capital, ends with a full
    stop and runs to several words ("… on Monday 'Doing so would help us all a lot.'"),
    not a name or a phrase the clause before takes as its object ("branded it 'Brexit'")."""
    words = text[start:end].strip(MARKS + " \u00a0,")
    return (
        words[:1].isupper()
        and words.endswith((".", "?", "!"))
        and len(words.split()) >= MIN_SENTENCE_WORDS
    )


def clause_subject(speakers: Speakers, span: Span) -> str | None:
    """The person named as the subject of the verb whose clause holds the quote (not for a
    speech of several sentences, run on after a caption that lacks its full stop)."""
    if run_into(doc_text(span.doc), span.start_char, span.end_char):
        return None
    inside = range(span.start, span.end)
    root = next(
        (t for t in span if (t.head.i not in inside or t.head == t) and not t.is_quote), None
    )  # not a nested quote's mark, which may hang on anything
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None) if root else None
    if verb is None or verb.i in inside or _noun_content(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or speakers.inside_quote(subj.idx):
        return None
    name = speakers.name_of(subj) if subj.pos_ in ("PROPN", "PRON") else None
    actor = speakers.actor_named(name) if name else None
    return name if actor is not None and actor.kind == "person" else None


def introduced_by(speakers: Speakers, start: int, end: int) -> str | None:
    """The one person named in a sentence that ends in a colon and introduces the next
    paragraph's quotation."""
    text = speakers.text
    if not text[start:end].rstrip().endswith(":"):
        return None
    people = {
        a.name
        for s, _e, a in speakers.mentions
        if start <= s < end and a.kind == "person" and not speakers.inside_quote(s)
    }
    return people.pop() if len(people) == 1 else None


def colon_agent(speakers: Speakers, start: int, end: int) -> str | None:
    """The person a clause ending in a colon attributes the words after it to, by "by" or
    "from": "… the question put by nurse Ana Ruiz: “…”", "a message from Ruiz: “…”"."""
    if not speakers.text[start:end].rstrip().endswith(":"):
        return None
    span = speakers.doc.char_span(start, end, alignment_mode="contract")
    for tok in reversed(span) if span is not None else []:
        head = tok
        while head.dep_ in ("compound", "flat") and head.head != head:
            head = head.head
        prep = head.head if head.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in ("by", "from") or speakers.inside_quote(tok.idx):
            continue
        actor = speakers.actor_at(tok.idx, tok.idx + len(tok.text))
        return actor.name if actor is not None and actor.kind == "person" else None
    return None


def embedded_cue(speakers: Speakers, cue: Token) -> bool:
    """A speech verb in a relative clause inside what someone else thinks: "He believes that
    critics who have claimed … are wrong" (the critics' claim is not a speech that goes on)."""
    if cue.dep_ != "relcl":
        return False
    for anc in cue.ancestors:
        if anc.dep_ == "ccomp":
            verb = anc.head
            owner = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            return verb.pos_ in ("VERB", "AUX") and owner and not speakers.is_cue(verb)
    return False


def reported_within(speakers: Speakers, cue: Token) -> bool:
    """A speech verb inside what another speaker says: "Ruiz says 24 firms reported this year"
    (the firms' report is Ruiz's content, not a speech that a later quote goes on with)."""
    if cue.dep_ not in ("ccomp", "acl", "relcl"):
        return False  # "Ever since Ruiz announced …, she has said": Ruiz's act goes on
    tok = cue
    while tok.head.i != tok.i and tok.dep_ in _CONTENT_DEPS:
        if speakers.is_cue(tok.head):
            return True
        tok = tok.head  # not past "when …" or "and …": "… when Hale shot back that …"
    return False


# Links that keep a clause inside what a speech verb says: its object, a clause on it.
_CONTENT_DEPS = frozenset({"ccomp", "acl", "relcl", "dobj", "pobj", "prep"})


def aside_subject(speakers: Speakers, span: Span, cue: Token) -> str | None:
    """The person subject of an adverbial clause holding the quote, when that clause is not
    the cue's own speech: "as Ruiz went on about “…”, Diaz said yes" gives Ruiz."""
    inside = range(span.start, span.end)
    root = next(
        (t for t in span if (t.head.i not in inside or t.head == t) and not t.is_quote), None
    )  # not a nested quote's mark, which may hang on anything
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None) if root else None
    if verb is None or verb.i in inside or verb.dep_ != "advcl" or speakers.is_cue(verb):
        return None
    if verb.head.i != cue.i:
        return None
    return clause_subject(speakers, span)


def claim_owner(speakers: Speakers, span: Span) -> str | None:
    """The owner of a claim the quote belongs to: "Ruiz's claim that there were “…”"."""
    noun = _claim_noun(span)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun else None
    owner = _text_owner(owner) if owner is not None else None
    return speakers.name_of(owner) if owner is not None else None


def unnamed_claim(span: Span) -> bool:
    """The quote is in an owned claim whose owner has no name here ("its prediction that …"
    after a text no one is named for): a speech verb nearby is someone else's."""
    noun = _claim_noun(span)
    return noun is not None and any(c.dep_ == "poss" for c in noun.children)


def _claim_noun(span: Span) -> Token | None:
    """The noun for words (CLAIM_NOUNS) whose clause holds the quote, if any."""
    inside = range(span.start, span.end)
    root = next((t for t in span if t.head.i not in inside or t.head == t), None)
    for anc in root.ancestors if root is not None else []:
        if anc.i in inside or anc.pos_ not in ("NOUN", "VERB", "AUX", "ADP", "SCONJ"):
            return None
        if anc.pos_ == "NOUN":
            return anc if anc.lemma_.lower() in CLAIM_NOUNS else None
    return None


def _noun_content(verb: Token) -> bool:
    """The verb heads a "that" clause giving a noun's content ("the claim that Ruiz would be
    …"): its subject is what the words are about, not who says them."""
    return (
        verb.dep_ == "acl"
        and verb.head.pos_ == "NOUN"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


def _text_owner(owner: Token) -> Token | None:
    """The one whose claim it is: a name stays; "its" after "Ruiz's letter …" in the same
    sentence is the letter's, so Ruiz's; any other pronoun is left to ``name_of``."""
    if owner.lower_ != "its":
        return owner
    texts = [t for t in owner.sent if t.i < owner.i and t.lemma_.lower() in TEXT_NOUNS]
    poss = next((c for c in texts[-1].children if c.dep_ == "poss"), None) if texts else None
    return poss if poss is not None and poss.pos_ == "PROPN" else None


_VERDICT_NOUNS = """
    assessment verdict view message opinion conclusion advice reaction response answer reply
    summary take motto mantra
    """
VERDICT_NOUNS = CLAIM_NOUNS | frozenset(_VERDICT_NOUNS.split())


def verdict_owner(speakers: Speakers, span: Span) -> str | None:
    """Whose words a quote is said to be: "“…,” is the verdict of Ana Ruiz" or "“…” was
    Ruiz's reply" (the quote is the subject of "be", its attribute a noun for words)."""
    inside = range(span.start, span.end)
    root = next(
        (t for t in span if (t.head.i not in inside or t.head == t) and not t.is_quote), None
    )
    verb = root.head if root is not None else None
    if verb is None or verb.i in inside or verb.lemma_ != "be" or verb.i < span.end:
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr" and c.i > verb.i), None)
    if attr is None or attr.lemma_.lower() not in VERDICT_NOUNS:
        return None
    owner = next((c for c in attr.children if c.dep_ == "poss"), None)
    prep = next((c for c in attr.children if c.dep_ == "prep" and c.lower_ in ("of", "from")), None)
    owner = owner or next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else owner
    if owner is None or owner.pos_ not in ("PROPN", "NOUN"):
        return None
    return speakers.name_of(owner)


def introduced_voice(speakers: Speakers, sent: Span) -> str | None:
    """A person introduced, at their first mention, as the subject of the sentence before a
    quote, with a description in apposition ("His friend, Ana Ruiz, a teacher, blames …") or
    before the name ("Party spokesman Ana Ruiz renewed her call …")."""
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or speakers.inside_quote(subj.idx):
        return None
    pair = next((c for c in subj.children if c.dep_ == "appos"), None)
    if pair is None and _titled(subj):
        pair = next(c for c in subj.lefts if c.pos_ == "NOUN")  # "party spokesman Ana Ruiz"
    if pair is None:
        return None
    name = pair if subj.pos_ == "NOUN" and pair.pos_ == "PROPN" else subj
    if name.pos_ != "PROPN" or {subj.pos_, pair.pos_} != {"NOUN", "PROPN"}:
        return None
    actor = speakers.actor_at(name.idx, name.idx + len(name.text))
    if actor is None or actor.kind != "person" or not actor.spans:
        return None
    return actor.name if min(s for s, _e in actor.spans) >= sent.start_char else None


def _titled(subj: Token) -> bool:
    """A name with its description written before it: "party spokesman Ana Ruiz", "general
    secretary of the nurses' union Ana Ruiz" (the description parsed as a modifier)."""
    return subj.pos_ == "PROPN" and any(
        c.pos_ == "NOUN" and c.dep_ in ("compound", "amod", "nmod") for c in subj.lefts
    )


def dash_speaker(speakers: Speakers, r: Region, para: tuple[int, int]) -> str | None:
    """The name after a dash that signs a quote: “…” ― Ana Ruiz."""
    m = DASH_SIGNATURE.match(speakers.text, r.end + 1, para[1])
    if m is None:
        return None
    span = speakers.doc.char_span(m.end(), para[1], alignment_mode="expand")
    names: list[Token] = []
    for tok in span or []:
        if tok.pos_ != "PROPN" and not (names and tok.text in ".-"):
            break
        names.append(tok)
    names = [t for t in names if t.pos_ == "PROPN"]
    return speakers.name_of(names[-1]) if names else None


def dash_aside(speakers: Speakers, r: Region) -> str | None:
    """A quote set off by dashes inside a sentence is the words of the person named right
    before it ("… including Ana Ruiz -- “…” -- and …"), else of the sentence's subject
    ("Ruiz took it as praise -- “…” -- and …")."""
    text, doc = speakers.text, speakers.doc
    opening, closing = r.start, r.end
    while opening > 0 and text[opening - 1] in MARKS:
        opening -= 1
    while closing < len(text) and text[closing] in MARKS:
        closing += 1
    before = DASH_BEFORE.search(text, max(0, opening - 8), opening)
    if before is None or not DASH_AFTER.match(text, closing):
        return None
    dash = before.start()
    prior = doc.char_span(max(0, dash - 60), dash, alignment_mode="expand")
    last = [t for t in prior or [] if not t.is_space]
    if last:
        actor = speakers.actor_at(last[-1].idx, last[-1].idx + len(last[-1].text))
        if actor is not None and actor.kind == "person":
            return actor.name
    first = doc.char_span(r.start, r.end, alignment_mode="expand")
    if first is None or not len(first):
        return None
    sent = first[0].sent
    for tok in sent:
        if tok.idx >= dash:
            break
        if tok.dep_ in ("nsubj", "nsubjpass") and not speakers.inside_quote(tok.idx):
            actor = speakers.actor_at(tok.idx, tok.idx + len(tok.text))
            return actor.name if actor is not None and actor.kind == "person" else None
    return None
