"""Who speaks: the subject of a speech verb, mapped to an actor's canonical name.

``Speakers`` holds one article's parse and actors. ``cues`` lists the speech verbs (said, told,
according to …) outside quotation marks; ``speaker`` names the one who speaks for a cue: an
actor (also through a surname, a role noun such as "the senator", a pronoun whose referent is
the last person named as a subject, or "the group"/"the company" for the last organisation
named), a group noun for chants ("crowds"), a descriptive noun phrase ("a spokesman"), or None.
What a description stands for is worked out in ``speaker_epithets``, ``speaker_bodies`` and
``speaker_nouns`` (which also rejects things as speakers: "the show", "concerns"); the
pronoun history is built in ``speaker_history``; the cue's subject is found in
``speaker_subjects``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from generator.extract import speaker_cues as cues
from generator.extract import speaker_named as ties
from generator.extract import speaker_subjects as subjects
from generator.extract.actor_words import TITLE_NOUNS
from generator.extract.doc_text import doc_text
from generator.extract.quote_topic import NESTED as NESTED_QUOTE
from generator.extract.quote_words import (
    CHANT_LEMMAS,
    CUE_LEMMAS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORG_NOUNS,
    VAGUE,
)
from generator.extract.speaker_bodies import (
    described_before,
    of_age,
    org_by_word,
    same_surname,
    spokesperson_for,
)
from generator.extract.speaker_chains import owned_document, title_run_person
from generator.extract.speaker_documents import (
    ARTICLES,
    TEXT_NOUNS,
    it_text_author,
    sent_before,
    text_author,
)
from generator.extract.speaker_epithets import (
    appositive,
    by_role,
    can_speak,
    described,
    epithet,
    last_org,
    last_publication,
    members,
    press_org,
    press_owned,
)
from generator.extract.speaker_gender import sexes
from generator.extract.speaker_generic import generic_person
from generator.extract.speaker_glued import answers_back
from generator.extract.speaker_handles import user_before
from generator.extract.speaker_history import events, speech_subjects
from generator.extract.speaker_institutions import institution, previous_institution
from generator.extract.speaker_issued import issued_by
from generator.extract.speaker_kin import named_parent
from generator.extract.speaker_nearby import aged_person, spoken_org, subject_org
from generator.extract.speaker_nouns import (
    demonstrative_person,
    described_person,
    lead_subject,
    nationality_person,
    ordinal_person,
    role_holder,
    speaker_noun,
)
from generator.extract.speaker_phrases import (
    bare_name,
    document_speech,
    office_name,
    person_name,
    plausible,
)
from generator.extract.speaker_plural_owner import own_body, plural_owner
from generator.extract.speaker_pronouns import (
    HE,
    SHE,
    referent,
    resolve,
)
from generator.extract.speaker_ranks import rank_run_person
from generator.extract.speaker_runin import run_in_name
from generator.extract.speaker_self import FIRST as FIRST_PERSON
from generator.extract.speaker_spokes import named_spokesperson
from generator.extract.speaker_titles import abbreviated_title, before_postnominal, titled_name
from generator.furniture import merge_spans
from generator.model import Actor

IT = frozenset({"it"})
LINKING = frozenset({"be", "seem", "appear", "become", "remain", "look", "sound", "feel"})
NAME_DEPS = frozenset({"compound", "flat", "nmod", "amod", "poss", "case", "det", "nummod"})


class Speakers:
    """Speaker resolution for one parsed article."""

    def __init__(self, doc: Doc, actors: tuple[Actor, ...], quoted: list[tuple[int, int]]):
        self.doc, self.text, self.actors = doc, doc_text(doc), actors
        self.quoted = merge_spans(quoted)  # quotes inside a caption join it
        self._marked = sorted(quoted)  # each quotation on its own
        self._qstarts = [s for s, _ in self.quoted]
        self.mentions = self._mentions()
        self._mstarts = [m[0] for m in self.mentions]
        self.sex = sexes(self.text, self.mentions, doc, self.inside_quote)
        spoken: set[int] = set()
        self.speech_subjects = speech_subjects(self, spoken)
        self.history = events(self)
        outside = [t for t in doc if t.lower_ in ("he", "she") and not self.inside_quote(t.idx)]
        self._refs = resolve(doc, self.history, self.sex, outside, spoken, self.inside_quote)

    # -- positions -------------------------------------------------------------------------
    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self._qstarts, pos) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def in_excerpt(self, pos: int, min_words: int = 25) -> bool:
        """True inside a passage quoted from another text: a paragraph that opens with a
        quotation mark left open at its end (the next paragraph goes on with the passage),
        told in the third person ("Ruiz reports: // "Lena thought …")."""
        around = [(lo, hi) for lo, hi in self._marked if lo <= pos < hi]
        if not around:
            return False
        lo, hi = around[-1]
        text = self.text
        opens = lo == 0 or text[lo - 1] == "\n"
        left_open = hi - 1 >= len(text) or text[hi - 1] not in "\"\u201d"
        words = NESTED_QUOTE.sub(" ", text[lo + 1 : hi])
        long = len(words.split()) >= min_words
        return opens and left_open and long and not FIRST_PERSON.search(words)

    def _mentions(self) -> list[tuple[int, int, Actor]]:
        """Every (start, end, actor) mention: the actors' spans, else their names searched."""
        out: list[tuple[int, int, Actor]] = []
        for actor in self.actors:
            spans = list(actor.spans)
            if not spans:
                for form in {actor.name, *actor.aliases}:
                    pat = r"(?<!\w)" + re.escape(form) + r"(?!\w)"
                    spans += [(m.start(), m.end()) for m in re.finditer(pat, self.text)]
            out += [(s, e, actor) for s, e in spans]
        return sorted(out, key=lambda m: (m[0], -m[1]))

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor with a mention overlapping [start, end), the longest mention first."""
        i = bisect_right(self._mstarts, end)
        best = None
        for s, e, actor in self.mentions[max(0, i - 40) : i]:
            if s < end and start < e and (best is None or e - s > best[1] - best[0]):
                best = (s, e, actor)
        return best[2] if best else None

    def actor_named(self, words: str) -> Actor | None:
        """The actor whose name, alias or surname is ``words`` (case as written)."""
        for actor in self.actors:
            if words == actor.name or words in actor.aliases:
                return actor
        hits = [a for a in self.actors if a.kind == "person" and a.name.split()[-1] == words]
        return hits[0] if len(hits) == 1 else None

    # -- cues ------------------------------------------------------------------------------
    def is_cue(self, tok: Token) -> bool:
        if self.inside_quote(tok.idx):
            return False
        if tok.lemma_.lower() not in CUE_LEMMAS:
            return document_speech(tok) or cues.goes_on(tok) or answers_back(tok)
        if cues.naming(tok):
            return False  # "a fund called Acme Watch"
        if cues.narrating(tok) or cues.word_use(tok):
            return False  # "learn how to tell stories", "a word Ruiz has used to describe"
        if tok.dep_ == "amod":
            return False  # "continued support", "the stated aim": a modifier, not speech
        if tok.lemma_.lower() == "accord":
            return any(c.lower_ == "to" for c in tok.children)
        return tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")

    def cues(self, start: int, end: int) -> list[Token]:
        """Speech verbs between character offsets ``start`` and ``end``, outside quotes."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return [t for t in span if self.is_cue(t)] if span is not None else []

    def subject(self, cue: Token) -> Token | None:
        """The one who speaks for ``cue`` (``speaker_subjects.subject``)."""
        return subjects.subject(self, cue)

    # -- speakers --------------------------------------------------------------------------
    def speaker(self, cue: Token) -> str | None:
        """The speaker's name for a speech verb, or None where the text does not say."""
        subj = self.subject(cue)
        if cue.lemma_.lower() in CHANT_LEMMAS and (subj is None or subj.lower_ in VAGUE):
            return self._group_noun(cue) if subj is None else None
        if subj is None and cue.tag_ in ("VB", "VBG"):
            earlier = subjects.cue_before(self, cue)  # "Ruiz said, going on to say that …"
            if earlier is not None:
                return self.speaker(earlier)
            lead = lead_subject(self, cue) if cue.tag_ == "VBG" else None
            return lead.name if lead is not None else None
        if subj is None:
            earlier = ties.cue_before_subjectless(self, cue)  # "And continued: “…”"
            return self.speaker(earlier) if earlier is not None else None
        name = self.name_of(subj)
        if name is not None and self.actor_named(name) is None:
            name = bare_name(name)  # 'state Del. Ana "Cia" Ruiz (D-Ohio' → Ana Ruiz
        return name if name is None or plausible(name) else None

    def name_of(self, head: Token) -> str | None:
        """The canonical name for a subject token."""
        head = run_in_name(self, before_postnominal(head))  # "Ana Ruiz MP said": Ana Ruiz
        low = head.lower_
        if head.pos_ == "PRON" or low in VAGUE:
            if low in HE | SHE:
                user = user_before(self, head)  # "… an online hater who … '…,' he posted"
                actor = self._refs.get(head.i) or self.last_person(head.idx, low in SHE)
                return user or (actor.name if actor else None)
            if low in IT:  # "The school apologised. It said: …": the school
                return it_text_author(self, head) or previous_institution(
                    self, head) or last_org(self, head.idx)
            if low == "they":
                return ties.they_org(self, head) or ties.they_of_clause(self, head)
            return None
        ran = title_run_person(self, head) or rank_run_person(self, head)  # "Army Capt. Ana Ruiz"
        if ran is not None:
            return ran
        person = head.ent_type_ == "PERSON" and head.head.ent_type_ != "PERSON"
        a_description = head.pos_ == "NOUN" and head.left_edge.lower_ == "the"  # "X, the candidate"
        if head.dep_ == "appos" and head.head.pos_ == "PROPN" and not person and not a_description:
            head = head.head
        named = appositive(self, head) or members(self, head)
        if named is not None:
            return named
        tied = ties.apposed_person(self, head) or ties.following_name(self, head)
        tied = tied or ties.named_earlier(self, head)
        if tied is not None:
            return tied.name  # "said Acme Deputy CEO, Ana Ruiz"; "the video maker, named …"
        titled = titled_name(self, head)  # "said president and CEO Ana Ruiz"
        if titled is not None:
            return titled.name
        shared = same_surname(self, head)
        if shared is not None:
            return shared.name
        actor = self.actor_at(head.idx, head.idx + len(head.text))
        if actor is not None:
            return (ties.stand_in(self, head, actor) or actor).name  # "United's head coach"
        words = self.phrase(head)
        actor = self.actor_named(words.text) or self.actor_named(head.text)
        actor = actor or ordinal_person(self, head) or nationality_person(self, head)
        if actor is None and head.pos_ == "PROPN":
            actor = role_holder(self, head)  # "The Lord Chancellor, Lord Ruiz, said"
        if actor is not None:
            return actor.name
        issuer = issued_by(self, head)  # "Ruiz released an ad that urges": Ruiz
        if issuer is not None:
            return issuer
        owner = owned_document(self, head, TEXT_NOUNS)  # "says its report": its owner
        if owner is not None:
            return owner
        if press_owned(head) and (paper := last_publication(self, head.idx)) is not None:
            return paper  # "the paper's editorial board wrote" after The Daily Velt
        owners = [t for t in words if t.i != head.i and t.dep_ in ("compound", "poss", "nmod")]
        lemma = head.lemma_.lower()
        if lemma in DOCUMENT_NOUNS | ORG_NOUNS:
            for t in owners:
                actor = self.actor_at(t.idx, t.idx + len(t.text)) or ties.initials_of(self, t)
                if actor is not None and actor.kind == "person" and lemma in ORG_NOUNS:
                    return office_name(words)  # "Netanyahu's office", "the Clinton campaign"
                if actor is not None:
                    return actor.name
            if lemma in ORG_NOUNS and any(t.dep_ == "poss" for t in owners):
                return office_name(words)  # "the prime minister's office"
        body = spokesperson_for(self, head) or named_spokesperson(self, head)
        if body is not None:
            return body
        if head.lower_ == "old":
            words = self.doc[head.left_edge.i : head.i + 1]  # "the 51-year-old"
        aged = of_age(self, words) or (aged_person(self, head) if head.lower_ == "old" else None)
        if aged is None and head.lower_ == "old":
            aged = getattr(ties.previous_subject(self, head), "name", None)  # "Ruiz admits …"
        if aged is not None:
            return aged  # "the 34-year-old mother said" after "Ivanka Trump, 34,"
        determined = any(t.lower_ in ("the", "its", "this", "that") for t in head.lefts)
        if lemma in TEXT_NOUNS and not owners:
            author = sent_before(self, head) if determined else None  # "An email was sent from"
            author = author or (previous_institution(self, head) if determined else None)
            author = author or text_author(self, head)
            if author is not None or (determined and lemma in DOCUMENT_NOUNS | ARTICLES):
                return author  # "a report published by Acme said": Acme
        if lemma in ORG_NOUNS and head.tag_ == "NNS" and head.lower_ != lemma:
            return self._describe(words)  # "the groups say": several bodies, not the last one
        common = all(t.pos_ == "NOUN" and t.dep_ == "compound" for t in owners)
        if common and (org := institution(self, head)) is not None:
            return org  # "the college said" after Westfield University
        if determined and lemma in ORG_NOUNS and common:  # "the advocacy group"
            org = press_org(self, head) or org_by_word(self, head)
            org = org or described_before(self, head)
            org = org or subject_org(self, head) or spoken_org(self, head)
            org = org or last_org(self, head.idx, unnamed=True)
            if org is not None:
                return org
        common_word = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
        titled_word = head.pos_ == "PROPN" and head.is_title and head.lower_ in TITLE_NOUNS and (
            not head.ent_type_ and not any(c.dep_ == "compound" for c in head.children)
        )  # "the President had said": a title, capitalised, with no name
        nounish = common_word or (determined and (abbreviated_title(head) or titled_word))
        if determined and nounish:
            actor = epithet(self, head, words) or demonstrative_person(self, head)
            if actor is not None:
                return actor.name
        owned = any(t.dep_ == "poss" for t in head.lefts)
        if (determined or owned) and nounish:
            actor = by_role(self, head) or described(self, head) or named_parent(self, head)
            titled = determined or any(t.dep_ == "poss" and t.pos_ == "PROPN" for t in head.lefts)
            actor = actor or (described_person(self, head) if titled else None)  # "Acme's chief"
            actor = actor or (ties.modified_subject(self, head) if determined else None)
            if actor is not None:
                return actor.name  # … "said the top seed" after "Ruiz was happy": Ruiz
        owner = plural_owner(self, head) if determined else own_body(self, head)
        if owner is not None:
            return owner  # "the analysts said" after "Acme released an analysts' note"
        generic = generic_person(self, head)  # "… said the man": the last person who spoke
        if generic is not None:
            return generic
        if head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            return person_name(words)  # "director Ana Ruiz" → Ana Ruiz
        if head.pos_ == "PROPN":
            return words.text
        return self._describe(words) if head.pos_ == "NOUN" else None

    def phrase(self, head: Token) -> Span:
        """The head's name or noun phrase, without a leading determiner."""
        left = [t for t in head.lefts if t.dep_ in NAME_DEPS]
        start = min([t.left_edge.i for t in left] + [head.i])
        while start < head.i and self.doc[start].dep_ in ("det", "punct"):
            start += 1
        return self.doc[start : head.i + 1]

    def _describe(self, words: Span) -> str | None:
        text = words.text.strip()
        if not speaker_noun(words[-1]):
            return None  # a thing, not who speaks: "the show", "concerns"
        first = words[0]
        if first.is_sent_start and first.is_title and first.tag_ in ("NN", "NNS") and text:
            text = text[0].lower() + text[1:]  # "Officials at the agency said": no name
        return text if text and text.lower() not in VAGUE else None

    def _group_noun(self, cue: Token) -> str | None:
        """A group noun ("crowds", "protesters") before a chant verb in its sentence."""
        for tok in reversed(list(cue.sent[: cue.i - cue.sent.start])):
            if tok.lower_ in GROUP_NOUNS:
                return tok.text
        return None

    def last_person(self, pos: int, female: bool) -> Actor | None:
        """The person a he/she at ``pos`` refers to (``speaker_pronouns.referent``)."""
        sex = "f" if female else "m"
        return referent(self.doc, self.history, self.sex, pos, sex, self.inside_quote)

    def sentence_subject(self, sent: Span, any_kind: bool = False) -> str | None:
        """The person actor named as the subject of a sentence's main verb, if any; with
        ``any_kind`` also an organisation, place or group actor, or one named in apposition
        ("Another critic, Ana Ruiz, likened …")."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and any_kind and root.pos_ == "PROPN" and root.left_edge.i == sent.start:
            subj = root  # "Ana Ruiz, the director, compared …" parsed with the name as root
        if subj is None or self.inside_quote(subj.idx):
            return None
        if subj.lower_ in ("he", "she"):
            actor = self._refs.get(subj.i)
            return actor.name if actor is not None else None
        if subj.lower_ == "it":  # "The ministry said … It blamed “…”": the ministry
            acts = subj.dep_ == "nsubj" and root.pos_ == "VERB" and root.lemma_ not in LINKING
            return self.name_of(subj) if any_kind and acts else None
        actor = self.actor_at(subj.idx, subj.idx + len(subj.text))
        if actor is None and any_kind and can_speak(subj):
            named = appositive(self, subj)
            actor = self.actor_named(named) if named is not None else None
        if actor is None or (actor.kind != "person" and not any_kind):
            return None
        return actor.name

    def token_at(self, pos: int) -> Token | None:
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[-1] if span is not None and len(span) else None
