"""Signs in the words around a name that it is the title of a work, a scheme or a nickname:
"episodes of X", "Ann Lee's X, about …", "nicknamed X", "X, the pensions programme", "play
the role of X"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_countries import is_country
from generator.extract.actor_spans import bare
from generator.extract.actor_words import ORG_HEADS, word_set
from generator.extract.given_names import is_given_name

# Nouns that introduce the title of a work: "the song Hallelujah", "the film Casablanca".
WORK_NOUNS = word_set(
    """
    song songs film films movie movies book books album albums show shows series novel novels
    play single track musical documentary poem opera painting sitcom drama memoir
    programme program episode hit anthem ballad tale thriller comedy biopic epic blockbuster
    sequel franchise story soap character revue pantomime panto
    """
)


# Parts and showings of a work: "episodes of X", "the premiere of X".
_WORK_PARTS = word_set("episode season screening premiere trailer chapter sequel adaptation remake")


def part_of_work(root: Token) -> bool:
    """A name (or a list of them) after "episodes of", "the premiere of"."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    part = tok.head.head
    if part.lemma_.lower() == "chapter" and (
        bare(root.text) in ORG_HEADS or any(c.ent_type_ == "GPE" for c in part.children)
    ):
        return False  # "the Ohio chapter of the Acme Institute": a branch of a body
    return part.lemma_.lower() in _WORK_PARTS and part.pos_ == "NOUN"


def owned_about(doc: Doc, start: int, end: int) -> bool:
    """A name held by its maker and then what it is about: "Ann Lee's Red Sky, about a girl
    sold as a servant", "Jo Hale's The Red Sky - about a girl" (not "about 30 miles", "about
    to retire")."""
    if start >= 2 and doc[start - 1].text == "The":
        start -= 1  # the title's own article, left out of the name
    if start < 1 or doc[start - 1].tag_ != "POS" or end + 2 >= len(doc):
        return False
    if doc[end].text not in (",", "-", "\u2013", "\u2014") or doc[end + 1].lower_ != "about":
        return False
    nxt = doc[end + 2]
    return not nxt.like_num and nxt.lower_ != "to"


def nicknamed(doc: Doc, start: int) -> bool:
    """A nickname or label, not a new actor: "the file, nicknamed Skulls", "dubbed Red Baron"."""
    i = start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].lower_ == "the"):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("nicknamed", "dubbed", "codenamed", "code-named")


_DESC_POS = frozenset({"NOUN", "ADJ", "VERB"})
_DESC_STOPS = frozenset({"of", "about", "that", "which", "on", "in", "for", "with", "by"})
# Heads of a description after a comma that say what a work or scheme is.
_WORK_HEADS = WORK_NOUNS | word_set("biography scheme app game")


def described_as_work(doc: Doc, end: int) -> bool:
    """A name followed by ", a/the" and lowercase words ending in a work noun: "Quiet Borders,
    a film biography of …", "Social Care, the pensions programme" (not "Acme, the film
    studio": the last noun is the head)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    k = end + 2
    while k < len(doc) and k < end + 6 and doc[k].is_lower and doc[k].pos_ in _DESC_POS:
        k += 1
    if k == end + 2:
        return False
    head = doc[k - 1]
    stop = k >= len(doc) or doc[k].is_punct or doc[k].lower_ in _DESC_STOPS
    named = head.lower_ in _WORK_HEADS or head.lemma_.lower() in _WORK_HEADS
    return stop and head.pos_ != "ADJ" and named  # "programme" is at times tagged a verb


def plays_part(doc: Doc, start: int) -> bool:
    """A character played by an actor: "will play the role of Jim Smith" (not "the role of
    Jim Smith in the talks": only after "play")."""
    words = [t.lower_ for t in doc[max(0, start - 4) : start]]
    if len(words) < 3 or words[-1] != "of" or words[-2] not in ("role", "part"):
        return False
    k = -3 - int(words[-3] == "the")
    return len(words) >= -k and doc[start + k].lemma_.lower() == "play"


_PART_VERBS = frozenset({"play", "star", "cast", "portray"})
# Sides play people in positions, not parts: "City played defender Jo Hale at left-back".
_POSITIONS = word_set(
    """
    striker midfielder defender goalkeeper keeper winger forward full-back centre-back back
    flanker lock prop hooker fly-half scrum-half centre wing captain substitute youngster
    """
)


def _part_words(doc: Doc, end: int) -> int:
    """Where a run of up to four lower-case words ending in a noun, right before ``end``,
    starts ("religious cult leader", "the domineering mother"); -1 if there is none."""
    i = end
    while i > 0 and end - i < 4 and doc[i - 1].text.islower() and doc[i - 1].is_alpha:
        if doc[i - 1].lower_ == "as" or doc[i - 1].lemma_.lower() in _PART_VERBS:
            break
        i -= 1
    return i if i < end and doc[end - 1].pos_ == "NOUN" else -1


def named_part(doc: Doc, start: int) -> bool:
    """A character named after the part: "will play cult leader Jim Smith", "stars Jo Lane
    as the domineering mother, Amanda Smith" (not "played Arsenal": a part's noun comes
    first)."""
    comma = start > 0 and doc[start - 1].text == ","
    i = _part_words(doc, start - 1 if comma else start)
    if i < 1:
        return False
    if not comma:
        played = doc[i - 1].lemma_.lower() == "play" and doc[i - 1].pos_ in ("VERB", "AUX")
        return played and doc[start - 1].lower_ not in _POSITIONS
    if doc[i - 1].lower_ != "as":
        return False
    sent = doc[start].sent
    return any(t.lemma_.lower() in _PART_VERBS for t in doc[sent.start : i - 1])


# Words whose object is a law, a treaty or a scheme: "repeal Medicaid", "the provisions of Nafta".
_LAW_VERBS = word_set("repeal ratify renegotiate amend enact")
_LAW_NOUNS = word_set("repeal provisions provision clause clauses renegotiation ratification")


def law_object(root: Token) -> bool:
    """A name that is what is repealed or ratified: "calls for the repeal of Healthcare Plus",
    "vowed to renegotiate Tafta" (only laws, treaties and schemes are)."""
    if root.dep_ == "dobj" and root.head.pos_ == "VERB":
        return root.head.lemma_.lower() in _LAW_VERBS
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    noun = root.head.head
    return noun.pos_ == "NOUN" and noun.lower_ in _LAW_NOUNS


# Prizes a work is given: "the prize for X", "an Oscar for X".
_AWARDS = word_set(
    """
    award awards prize prizes nomination nominations trophy gong oscar oscars bafta baftas
    grammy grammys emmy emmys globe globes cesar cesars
    """
)
_WINNING = word_set("win take receive collect scoop earn pick land nominate share")
# Plurals whose examples are works: "one of the biggest hits".
_WORK_PLURALS = word_set("hits songs singles albums films movies books novels shows plays records")


# Categories of a prize given to a person: "best actor for X", "best director for X".
_PEOPLE_PRIZED = word_set(
    "actor actress director newcomer performer singer artist player writer presenter comedian"
)


def _prized(tok: Token) -> bool:
    """A prize or a category of one: "the award", "an Oscar", "best album"."""
    best = any(c.lower_ == "best" and c.dep_ == "amod" for c in tok.children)
    return tok.lower_ in _AWARDS or tok.lemma_.lower() in _AWARDS or best


def award_for(root: Token) -> bool:
    """A name a prize is given for: "the top newcomer prize for Open Roads", "took best song for
    Vanishing Point", "an Oscar for Blue Harbour", "nominations for Red Sky and Blue Harbour",
    "was nominated for Blue Harbour" (not "won gold for Britain")."""
    if any(is_given_name(t.text) for t in root.lefts if t.dep_ == "compound"):
        return False  # "a nomination for Jane Hollis", "prizes for cast member Jo Dean"
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "nominations for Red Sky and Blue Harbour"
    if root.dep_ != "pobj" or root.head.lower_ != "for" or is_country(root.text):
        return False
    after = root.doc[root.i + 1 : root.i + 3]
    if len(after) == 2 and after[0].text == "," and after[1].like_num:
        return False  # "a debut nomination for Hollis, 49,": a person and her age
    head = root.head.head
    if head.pos_ == "VERB" and head.lemma_.lower() == "nominate":
        return True  # "she was nominated for Blue Harbour": people are nominated for works
    if head.lemma_.lower() in _PEOPLE_PRIZED:
        return False  # "best actor for Cheadle": a category given to a person
    if head.pos_ in ("NOUN", "PROPN") and _prized(head):
        return True
    if head.pos_ != "VERB" or head.lemma_.lower() not in _WINNING:
        return False
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [g for o in objs for g in o.conjuncts]
    return any(_prized(o) for o in objs)


def one_of_works(root: Token) -> bool:
    """A name set beside "one of the biggest hits": "Blue Lines was one of the top hits"."""
    near = list(root.children)
    if root.dep_ in ("nsubj", "attr") and root.head.lemma_ == "be":
        near += [c for c in root.head.children if c.dep_ in ("attr", "nsubj") and c != root]
    for tok in near:
        if tok.lower_ != "one":
            continue
        for of in (c for c in tok.children if c.lower_ == "of"):
            if any(g.lower_ in _WORK_PLURALS for g in of.children if g.dep_ == "pobj"):
                return True
    return False


_SHOWING = word_set("show screen air broadcast televise")


def screened(root: Token) -> bool:
    """A name a relative clause says is shown: "Tin Town, which is screened in 40 countries",
    "X, which was aired last year" (bodies are not shown; "which shows" is not passive)."""
    for clause in (c for c in root.children if c.dep_ == "relcl"):
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        which = any(c.dep_ == "nsubjpass" and c.lower_ == "which" for c in clause.children)
        if passive and which and clause.lemma_.lower() in _SHOWING:
            return True
    return False
