"""Name mentions for the actors extractor: spaCy entities, cleaned and sifted for junk.

A mention is the bare name as written ("Donald Trump" in "US President Donald Trump's"), with
its character offsets into the article text and the token range in the parsed ``Doc``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_apposed_bodies import affiliated_bodies, apposed_bodies
from generator.extract.actor_artists_recall import artist_runs
from generator.extract.actor_bodies_sides import side_before_post
from generator.extract.actor_conjuncts import conjoined_bodies, paired_place_bodies, paired_site
from generator.extract.actor_edges import (
    competition_lead,
    name_tail,
    run_in_start,
    state_start,
    titled_body_end,
    weekday_surname,
)
from generator.extract.actor_firm_initials import initialled_firms
from generator.extract.actor_given import given_name_runs, surname_led_runs
from generator.extract.actor_institutions import institution_runs
from generator.extract.actor_junk import is_junk
from generator.extract.actor_mention_bodies import given_in_passing, work_as_body
from generator.extract.actor_mention_trims import (
    joint_sponsors,
    office_word_start,
    owns_nothing,
    slash_name,
    slashed_sponsors,
)
from generator.extract.actor_name_uses import fuller_person_start, given_owner_body, partisan_name
from generator.extract.actor_named import credit_line, named_thing
from generator.extract.actor_norp import acts_as_body, norp_led_body
from generator.extract.actor_outlets import outlet_runs, outlet_tail, reporting_names
from generator.extract.actor_particles import particle_names, particle_run
from generator.extract.actor_parties import party_runs
from generator.extract.actor_recall_described import described_names
from generator.extract.actor_run_ins import run_in_body
from generator.extract.actor_sift import TitleLines
from generator.extract.actor_sites import domain_names
from generator.extract.actor_spans import (
    CAMPAIGN_VERBS,
    SAINTS,
    bare,
    campaign,
    cut_before_named,
    described_bodies,
    drop_country,
    drop_demonym,
    extend_given_names,
    extend_initial,
    extend_norp,
    extend_opening,
    extend_org,
    extend_surname,
    glued_start,
    hyphen_tail,
    join_people,
    kin_named,
    place_runs,
    portfolio_runs,
    possessive_lead,
    propn_runs,
    saint_names,
    titled_person_tails,
    titled_runs,
)
from generator.extract.actor_starts import org_start
from generator.extract.actor_teams import club_opening, club_tail
from generator.extract.actor_things import thing_context, thing_name
from generator.extract.actor_untagged import untagged_names
from generator.extract.actor_words import (
    HONORIFICS,
    NAME_CONNECTORS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    PARTY_WORDS,
    REPORT_NOUNS,
    SPEECH_VERBS,
    STREET_WORDS,
    TITLE_NOUNS,
)
from generator.extract.actor_works import (
    keeps_suffix,
    pageant_start,
    party_adjective,
    party_nickname,
    portfolio,
    work_title,
)
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.number_words import is_number_word
from generator.model import Article

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
SHORT_QUOTE_WORDS = 6  # a quotation this short is a chant, a slogan or a title of a work
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_CUTS = frozenset({":", ";", ",", "(", ")", "|", "/", "\u2014", "\u2013", '"', "\u201c", "\u201d"})
_OPENERS = {'"': '"', "\u201c": "\u201d", "\u2018": "\u2019", "'": "'"}
# A curly quote closed by a straight mark (or the reverse) still ends there: '“Deals …," X said'
_CLOSERS = {'"': '"\u201d', "\u201c": '\u201d"', "\u2018": "\u2019", "'": "'"}


@dataclass(frozen=True)
class Mention:
    """One name as written, e.g. ``Mention(10, 22, "Donald Trump", "PERSON", 2, 4)``."""

    start: int
    end: int
    text: str
    label: str
    tok_start: int
    tok_end: int
    in_quote: bool = False
    modifier: bool = False  # only qualifies a title: "White House" in "White House press secretary"
    common: bool = False  # one word qualifying a common noun: "a Derbyshire nursing home"

    def __post_init__(self) -> None:
        if "\u00a0" in self.text:  # "James\u00a0Comey" is written with a no-break space
            object.__setattr__(self, "text", self.text.replace("\u00a0", " "))


def quoted_regions(text: str) -> list[tuple[int, int, int]]:
    """(start, end, word count) of quotations, paragraph by paragraph."""
    out: list[tuple[int, int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        line, base = para.group(), para.start()
        i = 0
        while i < len(line):
            ch = line[i]
            single = ch in "'\u2018"
            opening = ch in _OPENERS and (i == 0 or not line[i - 1].isalnum())
            if not opening or (single and (i + 1 >= len(line) or not line[i + 1].isalnum())):
                i += 1
                continue
            close = _CLOSERS[ch]
            j = i + 1
            reopen = False
            while j < len(line):
                after_ok = j + 1 >= len(line) or not line[j + 1].isalnum()
                if line[j] in close and (not single or after_ok):
                    # ' mobbed. "Every week': a new paragraph's quote opens, the last never closed
                    reopen = not single and line[j - 1].isspace() and not after_ok
                    break
                j += 1
            if j >= len(line):
                i += 1
                continue
            words = len(line[i + 1 : j].split())
            out.append((base + i + 1, base + j, words))
            i = j if reopen else j + 1
    return out


_OPENING_PREPOSITIONS = frozenset(
    {"near", "in", "at", "from", "outside", "inside", "across", "after", "before", "during",
     "since", "under", "beyond", "behind", "despite", "amid", "throughout", "within"}
)


def _portfolio_comma(doc: Doc, s: int, i: int, e: int) -> bool:
    """The comma at ``i`` lists a ministry's portfolios: "Department for Heritage, Arts and
    Leisure"."""
    before = {t.lower_ for t in doc[s:i]}
    return bool(before & {"for", "of"}) and any(t.lower_ == "and" for t in doc[i:e])


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_NICK_MARKS = frozenset({'"', "\u201c", "\u201d"})


def _nickname(doc: Doc, s: int, e: int) -> tuple[int, int] | None:
    """Token range of a quoted nickname between a given name and a surname inside [s, e):
    'Juan "Chico" Ruiz' (one or two capitalised words inside the marks)."""
    for i in range(s + 1, min(e - 2, s + 3)):
        if doc[i].text not in _NICK_MARKS:
            continue
        for j in (i + 2, i + 3):
            if j < e - 1 and doc[j].text in _NICK_MARKS and all(
                t.is_title and t.is_alpha for t in doc[i + 1 : j]
            ) and doc[j + 1].is_title and doc[i - 1].is_title:
                return i, j + 1
    return None


def without_nickname(name: str) -> str:
    """The name with a quoted nickname taken out: 'Juan "Chico" Ruiz' -> "Juan Ruiz"."""
    return _NICK_RE.sub(" ", name)


_NICK_RE = re.compile(r"\s+[\"\u201c][A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)?[\"\u201d]\s+")


def _strip(doc: Doc, s: int, e: int, label: str) -> tuple[int, int]:
    """Trim determiners, titles, possessives and run-on words off the token range [s, e)."""
    for i in range(s, e):
        lead = all(t.lower_ in ("the", "a", "an") or t.is_space for t in doc[s:i])
        if doc[i].is_space and "\n" not in doc[i].text and lead:
            s = i + 1  # "the\xa0New York Daily News": a no-break space after "the"
            continue
        if "\n" in doc[i].text or doc[i].is_space or "\n" in doc[i].whitespace_:
            e = i + 1 if "\n" in doc[i].whitespace_ and not doc[i].is_space else i
            break
    nickname = _nickname(doc, s, e) if label == "PERSON" else None
    for i in range(s + 1, e):
        if nickname is not None and nickname[0] <= i < nickname[1]:
            continue  # 'Juan "Chico" Ruiz': the marks around a nickname cut nothing
        place_after = i + 1 < e and doc[i + 1].text[:1].isupper() and label in ("ORG", "FAC")
        slash = "/" in doc[i].text and not slash_name(doc, i, label)
        listed = doc[i].text == "," and label == "ORG" and _portfolio_comma(doc, s, i, e)
        if (doc[i].text in _CUTS - {"/"} and not listed) or slash or (
            doc[i].lower_ == "in" and place_after
        ):
            e = i  # "DC Martial Arts Fugitive: The", "Getty/Instagram"
            break
    for i in range(s + 1, e):
        prev = doc[i - 1]
        abbreviation = bare(prev.text) in TITLE_NOUNS | HONORIFICS
        if doc[i].is_sent_start and (prev.is_punct or not abbreviation):
            e = i
            break
    for i in range(e - 2, s - 1, -1):
        glued = i == 0 or not doc[i - 1].whitespace_  # a possessive; not "in 't Veld"
        if doc[i].text in _POSSESSIVE and glued:
            rest = [bare(t.text) for t in doc[i + 1 : e] if t.is_alpha]
            heads = rest and all(w in ORG_HEADS for w in rest) and doc[i - 1].text[:1].isupper()
            if heads or given_owner_body(doc, s, i, e):  # "Jo's Cervical Cancer Trust" too
                break  # "Maricopa County Sheriff's Office": the possessive is part of the name
            if i >= s + 2 and bare(doc[i - 2].text) in SAINTS and rest:
                break  # "St Enoch's Shopping Centre", "King's College Hospital"
            if rest and bare(doc[i - 1].text) in _GROUP_OWNERS and doc[i - 1].is_title:
                break  # "People's Daily Online", "Children's Society"
            if i - 1 >= s and possessive_lead(doc, i + 1, e) == i - 1:
                break  # "the Parkinson's Action Movement": an untagged owner, one name
            s = i + 1
            break
    while e - s > 3 and doc[e - 2].text == "-" and not doc[e - 2].whitespace_:
        if doc[e - 3].whitespace_ or not doc[e - 3].text[:1].isupper():
            break
        return _strip(doc, s, e - 2, label)[0], e  # "Ban Ki-moon": one hyphenated name
    campaign = e - s > 2 and doc[e - 1].text in ("No", "Yes")
    if campaign and doc[e - 2].lower_ in CAMPAIGN_VERBS:
        while doc[s].tag_ == "DT":
            s += 1
        return s, e  # "North East Says No"
    shop = label == "ORG" and e - s > 1 and owns_nothing(doc, e)
    while e > s and (
        doc[e - 1].is_punct
        or (doc[e - 1].text in _POSSESSIVE and not shop)
        or (doc[e - 1].is_alpha and doc[e - 1].is_lower)
        or bare(doc[e - 1].text) in HONORIFICS
        or doc[e - 1].tag_ in ("DT", "IN", "CC")
    ):
        e -= 1
    while s < e and (doc[s].lower_ in NAME_CONNECTORS or doc[s].is_punct):
        if label == "PERSON" and particle_run(doc, s) == e - 1:
            break  # "von der Leyen said": the particles open the surname
        if s + 1 < e and doc[s + 1].text == "-" and not doc[s].whitespace_:
            break  # "al-Douri"
        s += 1
    opening = e - s > 1 and doc[s].is_sent_start and doc[s].lower_ in _OPENING_PREPOSITIONS
    if opening and particle_run(doc, s) != e - 1:  # not "In 't Veld said"
        s += 1  # "Near Fort Carson, police …" read as one name
    while e - s > 1 and doc[s].tag_[:2] in ("VB", "JJ", "RB", "UH") and doc[s + 1].tag_ == "NNP":
        if label == "ORG" and doc[s].is_title and not doc[s].is_sent_start:
            break  # "Advanced Towing", "Ask Jeeves": a firm's name starts so
        if label in ("ORG", "FAC") and _ORDINAL.fullmatch(doc[s].lower_):
            break  # "the 6th Circuit Court of Appeals", "the 82nd Airborne Division"
        s += 1  # "Say Mexico", "Crooked Hillary Clinton"
    stance = doc[s].lower_ in ("pro", "anti") and doc[s + 1].text == "-"
    if e - s > 3 and stance and not doc[s].whitespace_:
        s += 3  # "pro-Clinton Priorities USA Action": the stance is not the name
    if partisan_name(doc, s, e):
        return s + 1, e  # "Republican Trump and Democrat Clinton": the person, not a body
    if label == "PERSON":
        s = office_word_start(doc, s, e)  # "Speaker of the House Newt Gingrich"
    strip_words = HONORIFICS | TITLE_NOUNS if label == "PERSON" else HONORIFICS
    for j in range(e - 2, s - 1, -1):
        nxt = doc[j + 1]
        particle = doc[j].is_lower and doc[j].lower_ in NAME_PARTICLES  # "Vicente del Bosque"
        if bare(doc[j].text) in strip_words and nxt.text[:1].isupper() and not (
            particle or keeps_suffix(doc, j)
        ):
            s = j + 1
            break
    return s, e




_GROUP_OWNERS = frozenset({"people", "children", "women", "men", "workers", "citizens", "veterans"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "every", "each"})
# people who speak from inside a body, unnamed: "an FBI source", "a Pentagon official"
INSIDE_SOURCES = frozenset({"source", "official", "spokesman", "spokeswoman", "spokesperson",
                            "insider", "aide", "agent", "officer"})


def inside_voice(tok: Token) -> bool:
    """The name modifies an unnamed voice from inside it who speaks: "an FBI source told"."""
    head = tok.head
    return head.i > tok.i and head.lemma_.lower() in INSIDE_SOURCES and (
        head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in SPEECH_VERBS)


def common_word(doc: Doc, span: Span) -> bool:
    """A one-word name that only qualifies a common noun ("three Chihuahua puppies", "a Mideast
    trip") or that follows an article like a common noun ("the Chihuahua's mother")."""
    if len(span) != 1:
        return False
    tok = span[0]
    prev = doc[tok.i - 1] if tok.i > 0 else None
    head = tok.head
    if head.i > tok.i and head.is_lower and head.lemma_ in ORG_DESCRIPTORS | REPORT_NOUNS:
        return False  # "the Gannett newspaper chain" names a body, "a CNN poll" a source
    if span.label_ == "ORG" and inside_voice(tok):
        return False  # "an FBI source told": the body the voice speaks from
    if span.label_ == "PERSON" and prev is not None and prev.lower_ in _DETERMINERS:
        return True
    modifies = tok.dep_ in ("compound", "amod", "nmod", "poss")
    if prev is not None and prev.text in ("a", "an") and tok.tag_ == "NNP" and not modifies:
        return True  # "a Marine was convicted": one member, a common noun
    return (
        tok.dep_ in ("compound", "amod", "nmod")
        and head.i > tok.i
        and head.pos_ == "NOUN"
        and head.is_lower
        and bare(head.text) not in TITLE_NOUNS
    )


def _wordless_count(ent: Span) -> bool:
    """A capitalised name the tagger read as a count: "NSW" tagged CARDINAL (no digit, no
    number word)."""
    return ent.label_ == "CARDINAL" and all(
        t.is_upper and t.is_alpha and not is_number_word(t.lower_) for t in ent
    )


def _norp_is_noun(span: Span) -> bool:
    """True for a nationality or party word used as a plural noun: "Iranians", "Democrats"."""
    root = span.root
    return root.tag_ in ("NNPS", "NNS") and root.dep_ not in ("amod", "compound")


def mentions(article: Article, doc: Doc) -> list[Mention]:
    """Every usable name mention in document order (junk, chants and furniture left out)."""
    text = article.text
    quotes = quoted_regions(text)
    ents = [e for e in doc.ents if e.label_ in LABELS]
    taken = {t.i for e in doc.ents if not _wordless_count(e) for t in e}
    spans: list[tuple[int, int, str]] = [
        (e.start, e.end, "ORG" if e.label_ == "NORP" and acts_as_body(e) else e.label_)
        for e in ents
    ]
    spans += [(e.start, e.end + 1, "ORG") for e in ents if norp_led_body(e)]
    spans += [
        (e.start, e.end, "ORG")
        for e in doc.ents
        if e.label_ == "PRODUCT" and (bare(e[-1].text) in ORG_HEADS or acts_as_body(e))
    ]
    spans += [(e.start, e.end, "ORG") for e in doc.ents if work_as_body(doc, e)]  # "F-Secure said"
    spans += [(s, e, "ORG") for s, e in propn_runs(doc, taken)]
    spans += [(s, e, "LOC") for s, e in place_runs(doc, taken)]  # "the Virgin Islands"
    spans += [(s, e, "ORG") for s, e in described_bodies(doc)]
    spans += [(s, e, "ORG") for s, e in apposed_bodies(doc, taken)]  # "Rise Up Ohio, a PAC"
    spans += [(s, e, "ORG") for s, e in affiliated_bodies(doc, taken)]  # "of The Ledger"
    spans += [(s, e, "ORG") for s, e in described_names(doc, taken)]  # "firm G4X"
    spans += [(s, e, "ORG") for s, e in side_before_post(doc, taken)]  # "X boss Ann Hale"
    spans += [(s, e, "ORG") for s, e in conjoined_bodies(doc, taken)]  # "Fitch and Moody's"
    spans += [(s, e, "ORG") for s, e in slashed_sponsors(doc, taken)]  # "Acme/Zed Poll"
    spans += [(s, e, "ORG") for s, e in outlet_runs(doc, taken)]
    spans += [(s, e, "ORG") for s, e in reporting_names(doc, taken)]  # "Courierly reported"
    named_ents = {t.i for e in ents for t in e}  # a party the tagger read as a work is free
    spans += [(s, e, "ORG") for s, e in party_runs(doc, named_ents)]  # "The Lib Dems have …"
    spans += [(s, e, "ORG") for s, e in domain_names(doc, taken)]  # "ArmsHub.com"
    paired = paired_place_bodies(doc)  # "Iraq and Afghanistan Veterans of America"
    spans = [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in paired)]
    spans += [(s, e, "ORG") for s, e in paired]
    named = taken | {i for s, e, _ in spans for i in range(s, e)}
    spans += [(s, e, "LOC" if bare(doc[e - 1].text) in STREET_WORDS else "ORG")
              for s, e in untagged_names(doc, named)]  # "Wall Street" is a place
    persons = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
    tails = titled_person_tails(doc) + titled_runs(doc, taken) + given_name_runs(doc, persons)
    tails += surname_led_runs(doc, persons)  # "Zurab Kvaratse, the champion, …"
    spans = [sp for sp in spans if not any(sp[0] <= a and b <= sp[1] for a, b in tails)]
    spans += [(s, e, "PERSON") for s, e in tails]
    joined = particle_names(doc)  # "Ursula von der Leyen", tagged in two pieces
    spans = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b in joined)]
    spans += [(s, e, "PERSON") for s, e in joined]
    arts = artist_runs(doc)  # "rapper 50 Cent", "U2, Usher, Jo Dee and Ann Lee"
    spans = [sp for sp in spans if not any(a < sp[1] and sp[0] < b for a, b, _ in arts)] + arts
    spans = initialled_firms(join_people(doc, sorted(spans)), doc)  # "MM" + "Warburg"
    spans = joint_sponsors(doc, spans)  # "the Acme-Zed poll": two bodies
    spans = portfolio_runs(doc, spans)  # "Department for Heritage, Arts and Leisure"
    spans = institution_runs(doc, spans)  # "University of Texas" + "M.D." + "Anderson …"
    out: list[Mention] = []
    titles = TitleLines(text)
    covered: list[tuple[int, int]] = []
    captioned: list[Mention] = []
    person_words = {t.text for e in doc.ents if e.label_ == "PERSON" for t in e[1:]}
    full_names = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 2}
    surnames = person_words | {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    surnames |= {doc[e - 1].text for _, e, label in spans if label == "PERSON"}
    surnames |= {doc[e].text for _, e, label in spans if label == "PERSON" and e < len(doc)
                 and doc[e].pos_ == "PROPN" and doc[e].is_title}  # "Ravi" + "Oz", run on later
    for s0, e0, label in saint_names(doc, sorted(spans)):
        glued = label == "PERSON" and e0 - s0 == 3 and doc[s0 + 1 : e0].text in full_names
        glued = glued and doc[s0 + 1].lower_ not in NAME_PARTICLES  # "Osama bin Laden"
        glued = glued or (label == "PERSON" and run_in_body(doc, s0, e0, full_names))
        if glued and bare(doc[s0].text) not in TITLE_NOUNS | HONORIFICS | GIVEN_NAMES:
            s0 += 1  # "McLaren Fernando Alonso" beside "Fernando Alonso": a team, a name
        e0, label = campaign(doc, e0, label, taken)
        if label in ("GPE", "LOC") and club_tail(doc, e0):
            e0, label = e0 + 1, "ORG"  # "Newcastle" + "United": the club, not the city
        if label in ("GPE", "LOC", "ORG") and club_opening(doc, s0):
            s0, label = s0 - 1, "ORG"  # "Real" + "Madrid"
        if label in ("ORG", "GPE") and (cut := outlet_tail(doc, e0, taken)) > e0:
            e0, label = cut, "ORG"  # "The Hollywood" + "Reporter"
        if label == "ORG":
            e0 = titled_body_end(doc, s0, e0)  # "Acme Chief Marketing Officer, Ana Ruiz"
            e0 = extend_org(doc, s0, cut_before_named(doc, s0, e0), taken - set(range(s0, e0)))
            s0 = org_start(doc, s0, e0, taken - set(range(s0, e0)))
            s0 = possessive_lead(doc, s0, e0)  # "the Parkinson's Action Movement"
            s0 = extend_norp(doc, s0, e0)
        if label == "ORG" and e0 - s0 >= 3 and doc[e0 - 2].lower_ == "and" and (
                doc[e0 - 1].text in surnames) and not (
                e0 < len(doc) and doc[e0].like_num):  # not "Bet Direct and Bet 365"
            e0 -= 2  # "the head of Acme Television and Ruiz's boss": a body, then a person
        e0 = paired_site(doc, e0)  # "the Acme Dam and Reservoir"
        if label in ("ORG", "PERSON"):
            s0 = extend_opening(doc, extend_initial(doc, s0), e0, label)
        if label == "PERSON":
            if e0 - s0 >= 3 and bare(doc[s0].text) in PARTY_WORDS:
                s0 += 1  # "Libertarian Gary Johnson" read whole
            s0 = fuller_person_start(doc, extend_given_names(doc, s0, taken), e0)  # "FKA X"
            e0 = hyphen_tail(doc, extend_surname(doc, e0, taken))
            e0 = weekday_surname(doc, s0, e0)  # "England coach Mike Friday"
            s0 = drop_demonym(doc, s0, e0)
        s0 = drop_country(doc, s0, e0)
        if label in ("GPE", "LOC"):
            s0 = state_start(doc, s0)  # "Republic of Ireland", tagged from "of"
        if label != "PERSON" and _titled_surname(doc, s0, e0, person_words):
            label = "PERSON"  # "Magistrate Rinaudo" read as a body
        if any(a <= s0 and e0 <= b for a, b in covered):
            continue  # "Homeless" inside "Coalition for the Homeless"
        covered.append((s0, e0))
        s, e = _strip(doc, s0, e0, label)
        s = competition_lead(doc, pageant_start(doc, s, e), e)  # "Miss Universe Olivia
        # Culpo", "League One Preston (home to …)"
        if label in ("PERSON", "ORG") and (g := run_in_start(doc, s, e, label)) > s:
            s, label = g, "PERSON"  # "BT Mike Rake": the body's name, then the person's
        if label in ("PERSON", "GPE", "LOC", "FAC"):
            e = name_tail(doc, s, e, label)  # "Stephen Kramer QC", "Croatia 1-0"
        if s >= e:
            continue
        glued = glued_start(doc, s)
        if glued is not None and doc[s].idx > glued:  # "led byWen Jiabao": "Wen" glued to "by"
            s -= 1
        span = Span(doc, s, e, label=label)
        start = span.start_char if glued is None else glued
        if label != "PERSON" and kin_named(doc, s, e):
            label = "PERSON"  # "Trump's wife, Melania, a former model"
            span = Span(doc, s, e, label=label)
        norp_adjective = label == "NORP" and not (_norp_is_noun(span) or party_nickname(span.text))
        if is_junk(doc, span, text[start : span.end_char]) or norp_adjective:
            continue
        if named_thing(doc, span) and not given_in_passing(doc, span):
            continue  # "a guitar named Lucille" (not "police were called to Rusty Anchor Inn")
        if credit_line(span) or work_title(doc, span):
            continue
        if thing_name(span.text) or thing_context(doc, span):
            continue  # "Race Equality Strategy", "Serie A", "its RipGuard technology"
        if portfolio(doc, span, TITLE_NOUNS):
            continue
        if party_nickname(span.text):
            if party_adjective(doc, span):
                continue  # "a Lib Dem spokesman"
            label = "ORG"  # "the Lib Dems"
            span = Span(doc, s, e, label=label)
        end = span.end_char
        glued = text.find("(", start, end)
        if glued > start + 1 and text[glued - 1].isalpha() and ")" not in text[glued:end]:
            end = glued  # "the British National Party(BNP)": a bracket glued to the name
        if article.is_furniture(start, end) and label == "PERSON" and " " in text[start:end]:
            captioned.append(Mention(start, end, text[start:end], label, s, e))  # for the body
        if article.is_furniture(start, end) or not titles.keep(start, end, label):
            continue
        inside = [q for q in quotes if q[0] <= start and end <= q[1]]
        if inside and inside[0][2] <= SHORT_QUOTE_WORDS:
            continue
        root = span.root
        modifier = root.dep_ in ("compound", "nmod", "amod") and bare(root.head.text) in TITLE_NOUNS
        common = common_word(doc, span)
        name = without_nickname(text[start:end]) if label == "PERSON" else text[start:end]
        out.append(Mention(start, end, name, label, s, e, bool(inside), modifier, common))
    out += _body_uses(article, doc, captioned, out, quotes) + _full_in_caption(captioned, out)
    return sorted(out, key=lambda m: m.start)


def _body_uses(
    article: Article,
    doc: Doc,
    captioned: list[Mention],
    found: list[Mention],
    quotes: list[tuple[int, int, int]],
) -> list[Mention]:
    """Mentions in the body of a full name tagged only in a caption: the tagger may miss the
    same name in running text ("… with the soap's heart-throb Tavi Hale.")."""
    text, out = article.text, []
    for name in dict.fromkeys(c.text for c in captioned):
        if any(f.text == name for f in found):
            continue  # tagged in the body already, maybe as another kind
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = m.span()
            if article.is_furniture(start, end) or any(
                f.start < end and start < f.end for f in [*found, *out]
            ):
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            inside = any(a <= start and end <= b for a, b, _ in quotes)
            if span is not None:
                out.append(Mention(start, end, name, "PERSON", span.start, span.end, inside))
    return out


def _full_in_caption(captioned: list[Mention], found: list[Mention]) -> list[Mention]:
    """A caption's full name for a person the body names by one of its words only ("Cristiano
    Ronaldo" under a photo, "Ronaldo" in the story): the fullest form the text gives them,
    when no other full name holds that word."""
    people = [m.text for m in found if m.label == "PERSON"]
    body = set(people)
    in_full = {w for name in people if " " in name for w in (name.split()[0], name.split()[-1])}
    holders: dict[str, set[str]] = {}
    for c in captioned:
        for w in (c.text.split()[0], c.text.split()[-1]):
            holders.setdefault(w, set()).add(c.text)
    out: dict[str, Mention] = {}
    for c in captioned:
        words = c.text.split()
        short = [w for w in (words[-1], words[0]) if w in body and w not in in_full]
        if c.text not in body and any(len(holders[w]) == 1 for w in short):
            out.setdefault(c.text, c)
    return list(out.values())


def _titled_surname(doc: Doc, s: int, e: int, person_words: set[str]) -> bool:
    """A title and a surname the text gives a person elsewhere: "Magistrate Rinaudo"."""
    first = doc[s].text
    return (
        e - s == 2
        and first[:1].isupper()
        and bare(first) in TITLE_NOUNS
        and doc[s + 1].text in person_words
    )
