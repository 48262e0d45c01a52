"""Who states a figure: the speaker of the quotation it sits in, else the cue outside quotes.

A figure inside quotation marks is the quote's speaker's claim, so it takes the speaker the
quotes extractor gives that quotation. Outside quotes, the subject of a speech verb ("X said"),
"according to X" or a report's owner names the source; a pronoun ("he said") resolves to the
last speaker or subject named outside quotation marks, never to a name inside one.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from generator.extract import number_context as C
from generator.extract.number_cues import (
    POLL_NOUNS,
    SOURCE_VERBS,
    WATCH_VERBS,
    anaphoric_report,
    commissioner,
    is_report,
    name_span,
    report_owner,
    source_phrase,
)
from generator.extract.number_groups import previous_group
from generator.extract.number_names import clashes
from generator.extract.quote_marks import regions
from generator.extract.quotes import quotes
from generator.extract.speakers import Speakers
from generator.model import Actor, Article, Quote

PERSON_PRONOUNS = {"he": "person", "she": "person", "his": "person", "her": "person",
                   "him": "person", "it": "organization", "its": "organization"}

# Parts of those a poll asked: "A majority of voters expect …" states no figure itself.
_SHARES = frozenset({"majority", "plurality", "minority"})

# Words that describe a company or organisation ("the oil giant said", "the firm said").
ORG_NOUNS = {"company", "firm", "giant", "group", "corporation", "conglomerate", "business",
             "maker", "manufacturer", "producer", "retailer", "chain", "lender", "insurer",
             "carrier", "airline", "operator", "provider", "supplier", "broadcaster", "publisher",
             "startup", "major", "multinational", "utility", "miner", "exporter", "brand",
             "outfit", "organisation", "organization", "charity", "automaker", "carmaker",
             "supermarket", "grocer", "bank", "watchdog", "regulator"}


def _own_count(doc: Doc, num: int, head: Token) -> bool:
    """Whether the source's head is who the figure's own clause is about (its subject, or the
    noun a relative clause hangs on), in a clause that is no speech verb."""
    verb = next((a for a in doc[num].ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_ in SOURCE_VERBS or verb.lemma_ in WATCH_VERBS:
        return False  # "Acme has seen a 180% rise": what Acme saw, Acme states
    if verb.dep_ == "relcl" and verb.head.i == head.i:
        return True
    return any(c.i == head.i for c in verb.children if c.dep_ in C.SUBJECTS)


_JOINT = re.compile(r"\w[/-][A-Z]")  # two sponsors of one poll: "Harbour Gazette/River News"


def _entity_text(tok: Token) -> str:
    """The words of the named entity ``tok`` belongs to."""
    return next((e.text for e in tok.doc.ents if e.start <= tok.i < e.end), tok.text)


def actor_for(text: str, actors: tuple[Actor, ...]) -> str | None:
    """The canonical name of the actor a phrase names ("the IMF" -> its canonical name)."""
    low = re.sub(r"^(the|a|an)\s+", "", text.lower()).strip()
    best: tuple[int, str] | None = None
    named = set()
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            n = re.sub(r"^(the|a|an)\s+", "", name.lower())
            found = n and (n == low or re.search(rf"\b{re.escape(n)}\b", low))
            if found:
                named.add(actor.name)
            if found and (best is None or len(n) > best[0]):
                best = (len(n), actor.name)
    if named and _JOINT.search(text) and not any(_JOINT.search(n) for n in named):
        return re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)  # "Acme/Zed",
        # one of them maybe no actor of its own
    return best[1] if best else None


class Sources:
    """Source resolution for the figures of one parsed article."""

    def __init__(
        self,
        article: Article,
        doc: Doc,
        actors: tuple[Actor, ...],
        found_quotes: tuple[Quote, ...] | None = None,
    ):
        self.article, self.doc, self.actors = article, doc, actors
        marks = regions(article.text)
        quoted = [(r.start - 1, r.end + 1) for r in marks]
        self.speakers = Speakers(doc, actors, quoted + list(article.furniture))
        if found_quotes is None:
            found_quotes = quotes(article, doc, actors)
        self.quotes: tuple[Quote, ...] = found_quotes
        self._qstarts = [q.start for q in self.quotes]

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation whose words contain character ``pos``."""
        i = bisect_right(self._qstarts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < max(self.quotes[i].end, self.quotes[i].start):
            return self.quotes[i]
        return None

    def inside_quote(self, pos: int) -> bool:
        """True inside any pair of quotation marks (also scare quotes)."""
        return self.speakers.inside_quote(pos)

    def source(self, sent: Span, num: int) -> str | None:
        """Who states the figure at token ``num`` of ``sent``."""
        doc = self.doc
        quote = self.quote_at(doc[num].idx)
        if quote is not None and quote.speaker:
            words = quote.speaker.split()
            if words[0].islower() and words[-1].isalpha() and not actor_for(quote.speaker,
                                                                               self.actors):
                noun = words[-1].lower()  # "the oil giant" named as the quote's speaker
                noun = noun[:-1] if noun.endswith("s") and noun[:-1] in ORG_NOUNS else noun
                return self._described_org(noun, quote.start) or quote.speaker
            return quote.speaker
        span = source_phrase(doc, sent, num)
        if span is not None and any(a <= span.start_char < b for a, b in self.article.furniture):
            return None  # "Scroll down for video A poll showed …": page furniture
        if span is not None and span.start <= num < span.end:
            inner = [report_owner(doc, t) or commissioner(doc, t) for t in span.root.subtree
                     if is_report(t)]
            if inner and inner[0] is not None and not inner[0].start <= num < inner[0].end:
                return actor_for(inner[0].text, self.actors) or inner[0].text  # "61% of those
                # polled in a survey for Acme said": the poll's owner
            if span.root.lower_ in {"percent", "%", "cent"} and quote is None:
                return self._earlier_report(POLL_NOUNS, doc[num].idx)  # "19 percent said"
            if is_report(span.root) and report_owner(doc, span.root) is None and quote is None:
                return self._paragraph_report(span.root.idx)  # "the poll of 900 people found"
            return None  # "the two firms said": the figure is not its own source
        if span is None:
            ref = anaphoric_report(sent)
            if ref is None or quote is not None or self.inside_quote(doc[num].idx):
                return None
            return self._earlier_report({ref.lemma_.lower()}, ref.idx) or (
                self._paragraph_report(ref.idx))  # "the poll asked"
        if quote is not None and self.inside_quote(span.start_char):
            span = None if span.root.pos_ == "PRON" else span  # "we estimated" in a quote
            if span is None:
                return None
        head = span.root
        if is_report(head) and head.pos_ == "NOUN" and report_owner(doc, head) is None:
            earlier = self._earlier_report({head.lemma_.lower()}, head.idx)
            earlier = earlier or self._paragraph_report(head.idx)
            if earlier:
                return earlier  # "the study found": the study named before
        if head.lower_ in _SHARES and quote is None:
            return self._earlier_report(POLL_NOUNS, doc[num].idx)  # "A majority of voters
            # expect …, 44 percent to 34 percent": those asked, not a source
        if _own_count(doc, num, head):
            return None  # "Ines, who has four children, said": her count, not her claim
        low = head.lower_
        if low in PERSON_PRONOUNS or span.text.lower() in PERSON_PRONOUNS:
            name = self.speakers.name_of(head) if low in {"he", "she", "it"} else None
            return name or self._last_actor(span.start_char, PERSON_PRONOUNS[low])
        if low == "they" and head.head.is_ancestor(doc[num]):
            return previous_group(doc, sent)  # "..., according to analysts. They suggest"
        if low in C.PRONOUNS or head.pos_ == "PRON":
            return None
        whole = span.text.lower() in {f.lower() for a in self.actors for f in (a.name, *a.aliases)}
        named = (whole or actor_for(head.text, self.actors)) and actor_for(span.text, self.actors)
        # a form written whole ("De Blasio said"), or one whose head names the actor
        if named and clashes(span.text, named, self.actors):
            named = None  # "Swiss Re said" matched to "Munich Re" through "Re"
        if not named and doc[span.start].lower_ == "the" and head.pos_ == "NOUN":
            named = self._described_org(head.lemma_.lower(), span.start_char)
        if not named and head.dep_ == "appos" and head.head.ent_type_:
            named = actor_for(_entity_text(head.head), self.actors)  # "Ana Ruiz, a historian
            # who has counted 13 …": the person the description is set beside
        return named or re.sub(r"^(the|a|an)\s+", "", span.text, flags=re.IGNORECASE)

    def poll_before(self, sent: Span, num: int) -> str | None:
        """ "A Acme poll found 74 percent backed it. Sixty percent of Republicans agreed.": a
        share with no source of its own, right after a sentence in the same paragraph that
        cites a named poll or survey, is that poll's."""
        doc = self.doc
        if sent.start == 0 or self.inside_quote(doc[num].idx):
            return None
        if "\n" in self.article.text[doc[sent.start - 1].idx:sent.start_char]:
            return None  # a new paragraph
        prev = doc[sent.start - 1].sent
        for tok in prev:
            if tok.lemma_.lower() in POLL_NOUNS or tok.lower_ in POLL_NOUNS:
                named = self._owner_name(tok)
                if named is not None:
                    return named
        return None

    def _owner_name(self, tok: Token) -> str | None:
        """Who owns the report ``tok`` names ("the Gallup poll" → Gallup), as an actor's name."""
        owner = report_owner(self.doc, tok)
        if owner is None or owner.root.pos_ == "PRON":
            return None
        text = re.sub(r"^(the|a|an)\s+", "", owner.text, flags=re.IGNORECASE)
        return actor_for(text, self.actors) or text

    def _earlier_report(self, lemmas: set[str], pos: int) -> str | None:
        """The owner of the last report of a kind named before ``pos`` ("the Gallup poll")."""
        doc = self.doc
        for tok in reversed(doc[:max(0, self._token_at(pos))]):
            if tok.lemma_.lower() in lemmas or tok.lower_ in lemmas:
                named = self._owner_name(tok)
                if named is not None:
                    return named
        return None

    def _paragraph_report(self, pos: int) -> str | None:
        """ "... according to research by Acme. The poll found ...": the named owner of the
        last report word of any kind before ``pos`` in the same paragraph."""
        doc = self.doc
        for tok in reversed(doc[:max(0, self._token_at(pos))]):
            if "\n" in tok.text or "\n" in tok.whitespace_:
                return None
            if is_report(tok) and not self.inside_quote(tok.idx):
                owner = report_owner(doc, tok)
                if owner is not None and owner.root.pos_ == "PROPN":
                    return actor_for(owner.text, self.actors) or owner.text
        return None

    def _token_at(self, pos: int) -> int:
        """The index of the token at or after character ``pos``."""
        return next((t.i for t in self.doc if t.idx >= pos), len(self.doc))

    def _previous_subject(self, pos: int) -> Actor | None:
        """The organisation that is the subject of the sentence before, in the same paragraph
        ("The Acme Center ... came to a similar conclusion. ..., the group said")."""
        doc = self.doc
        i = self._token_at(pos)
        if i >= len(doc) or doc[i].sent.start == 0:
            return None
        sent = doc[i].sent
        prev = doc[sent.start - 1].sent
        if "\n" in doc[prev.start:sent.start + 1].text:
            return None
        for c in prev.root.children:
            if c.dep_ in C.SUBJECTS and c.pos_ == "PROPN":
                name = actor_for(name_span(doc, c).text, self.actors)
                actor = next((a for a in self.actors if a.name == name), None)
                if actor is not None and actor.kind == "organization":
                    return actor
        return None

    def _described_org(self, noun: str, pos: int) -> str | None:
        """ "the oil giant said": the most prominent organisation named before (outside
        quotes) that the noun fits, by its name, alias or role, or any for a company word."""
        generic = noun in ORG_NOUNS
        prev = self._previous_subject(pos)
        if prev is not None and (generic or re.search(rf"\b{re.escape(noun)}", " ".join(
                (prev.name, *prev.aliases, prev.role or "")).lower())):
            return prev.name
        rank = {a.name: k for k, a in enumerate(self.actors)}
        best: tuple[int, str] | None = None
        for s, _e, actor in self.speakers.mentions:
            if s >= pos:
                break
            if actor.kind != "organization" or self.inside_quote(s):
                continue
            words = " ".join((actor.name, *actor.aliases, actor.role or "")).lower()
            if generic or re.search(rf"\b{re.escape(noun)}", words):
                key = rank.get(actor.name, len(rank))
                if best is None or key < best[0]:
                    best = (key, actor.name)
        return best[1] if best else None

    def _last_actor(self, pos: int, kind: str) -> str | None:
        """The actor of ``kind`` named last before ``pos`` outside quotation marks."""
        best: tuple[int, str] | None = None
        for s, _e, actor in self.speakers.mentions:
            if s >= pos:
                break
            if actor.kind == kind and not self.inside_quote(s):
                best = (s, actor.name)
        return best[1] if best else None

    def last_person(self, pos: int) -> str | None:
        """The person named last before ``pos`` outside quotation marks (for ages)."""
        return self._last_actor(pos, "person")
