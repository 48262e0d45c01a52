"""Key actors: who the story is about, with canonical names, roles, kinds and aliases.

The steps, each a small function: name mentions from spaCy's entities, cleaned of titles and
junk (``actor_mentions``); mentions grouped into actors (``actor_clusters``); every form of each
actor found again in the text, for complete spans; a kind by vote and cue; a role from the words
around a mention (``roles``); groups and unnamed actors (``actor_groups``); then importance
(mentions, lead position, speech) and a focused list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from generator.extract.actor_aliases import (
    aliases_of,
    canonical,
    honorific_forms,
    styled_names,
    unshared,
)
from generator.extract.actor_captions import caption_roles
from generator.extract.actor_clusters import (
    Cluster,
    cluster,
)
from generator.extract.actor_focus import (
    acting_places,
    all_common,
    background_plural,
    modifies_only,
    names_a_work,
    opens_a_side_post,
    opens_a_title,
    settings,
)
from generator.extract.actor_groups import described, groups, speaks
from generator.extract.actor_kinds import kind_of
from generator.extract.actor_mentions import Mention, mentions, quoted_regions
from generator.extract.actor_mojibake import mended
from generator.extract.actor_name_uses import listed_with_things, only_qualifies
from generator.extract.actor_offices import offices
from generator.extract.actor_parties import party_only_modifies
from generator.extract.actor_prune import families, not_surnames, passive_group
from generator.extract.actor_sift import TitleLines, sub_names
from generator.extract.actor_spans import bare, is_junk_word
from generator.extract.actor_teams import club_name
from generator.extract.actor_words import (
    HONORIFICS,
    ORG_HEADS,
    RELATIONAL_NOUNS,
    SPEECH_VERBS,
)
from generator.extract.actor_works import WORK_NOUNS
from generator.extract.given_names import is_given_name
from generator.extract.role_back_refs import back_references
from generator.extract.role_bodies import org_role
from generator.extract.role_forward_refs import forward_references
from generator.extract.role_later_refs import later_descriptions
from generator.extract.role_object_refs import earlier_references, object_references
from generator.extract.role_spouses import spouse_roles
from generator.extract.roles import affiliation, inverse_kin, role_of
from generator.model import Actor, ActorKind, Article

MAX_ACTORS = 30
LEAD_SENTENCES = 2


def _scannable(form: str) -> bool:
    """Forms safe to look for anywhere in the text (not "May", "Will", "US"-like words)."""
    return len(form) > 1 and not is_junk_word(form) and form.lower() not in STOP_WORDS


def scan(
    text: str, forms: list[list[str]], skip: list[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """Offsets of every occurrence of each actor's forms, longest first, nearest actor wins."""
    hits: list[tuple[int, int, int]] = []
    for idx, fs in enumerate(forms):
        for f in {f for f in fs if _scannable(f)}:
            for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text):
                hits.append((m.start(), m.end(), idx))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[list[tuple[int, int]]] = [[] for _ in forms]
    last_end = -1
    taken: dict[tuple[int, int], int] = {}
    for s, e, idx in hits:
        if s < last_end or any(a <= s and e <= b for a, b in skip):
            continue
        rivals = [i for s2, e2, i in hits if (s2, e2) == (s, e)]
        if len(rivals) > 1:  # a shared surname: the actor last named in full before it
            idx = max(rivals, key=lambda i: max((a for a, _ in out[i] if a < s), default=-1))
        taken[(s, e)] = idx
        out[idx].append((s, e))
        last_end = e
    return out


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _speech_count(doc: Doc, spans: list[tuple[int, int]]) -> int:
    """How many mentions are the subject of a verb of saying."""
    n = 0
    for s, e in spans:
        toks = _tokens(doc, s, e)
        if toks is None:
            continue
        nxt = doc[toks.end] if toks.end < len(doc) else None
        if speaks(toks.root) or (nxt is not None and nxt.lemma_.lower() in SPEECH_VERBS):
            n += 1
    return n


def _lead_end(article: Article, doc: Doc) -> int:
    """End offset of the article's first sentences (page furniture skipped)."""
    sents = [
        s
        for s in doc.sents
        if s.text.strip() and not article.is_furniture(s.start_char, s.end_char)
    ]
    return sents[min(LEAD_SENTENCES, len(sents)) - 1].end_char if sents else 0


def _role(
    doc: Doc, spans: list[tuple[int, int]], titles: TitleLines, headline: tuple[int, int]
) -> str | None:
    """The first role the body gives; a headline's words run together ("hurting rivals X,
    Y"), so a role from a Title Case line or the headline is taken only when the body gives
    none and it is a word or two ("Senator"). A role that only relates the person to another
    ("rival", "ally") gives way to a later one that says what they are ("Sen.")."""
    body = [
        sp for sp in spans
        if not titles.on_title_line(*sp) and not (headline[0] <= sp[0] and sp[1] <= headline[1])
    ]
    found = None
    for s, e in [*body, *(sp for sp in spans if sp not in body)]:
        toks = _tokens(doc, s, e)
        role = role_of(doc, toks) if toks is not None else None
        if role and ((s, e) in body or len(role.split()) <= 2):
            if not _relational(role):
                return role
            found = found or role
    return found


def _relational(role: str) -> bool:
    """ "rival", "her chief rival", "a close ally": the person only as someone's other."""
    return bare(role.split()[-1]) in RELATIONAL_NOUNS


def _headline(article: Article) -> tuple[int, int]:
    """The span of the first line when it repeats the article's title (news texts open on
    their headline), else an empty span."""
    first = article.text.split("\n", 1)[0]
    title = (article.title or "").strip().rstrip(".")
    same = bool(title) and first.strip().rstrip(".").lower() == title.lower()
    return (0, len(first)) if same else (0, 0)


def first_role(
    doc: Doc, spans: Sequence[tuple[int, int]], find: Callable[[Doc, Span], str | None]
) -> str | None:
    """The first role ``find`` reads off the mentions at ``spans``, in text order."""
    for s, e in spans:
        toks = _tokens(doc, s, e)
        role = find(doc, toks) if toks is not None else None
        if role:
            return role
    return None


def _score(a: Actor, talk: int, lead: bool) -> float:
    """Importance: mentions, speech, a place in the lead, a role; people first among equals."""
    lead_bonus = (1.0 if a.kind == "place" else 2.0) if lead else 0.0
    person = 1.0 if a.kind == "person" and " " in a.name else 0.0
    tail = 1.0 if a.kind in ("place", "group") and a.mentions == 1 and not talk else 0.0
    weight = 0.6 if a.kind == "place" else 1.0  # a setting ranks below those who act in it
    said = 2 * min(talk, 3)
    return weight * a.mentions + said + lead_bonus + (a.role is not None) + person - tail


def _significant(a: Actor, multiword: bool, talk: int, lead: bool) -> bool:
    """Whether an actor belongs in the focused list."""
    if a.kind == "person":
        return multiword or a.mentions >= 2 or talk > 0 or a.role is not None
    if a.kind == "organization":
        return True  # a body named even once is a source or a party ("Roche", "the Guardian")
    return a.mentions >= 2 or talk > 0 or lead


def actors(article: Article, doc: Doc, *, focused: bool = True) -> tuple[Actor, ...]:
    """Key actors, most important first: named people, bodies, places and groups.

    ``focused=False`` keeps every named actor found (no significance test, no cap).
    """
    text = article.text
    quoted = quoted_regions(text)
    short_quotes = [(s, e) for s, e, n in quoted if n <= 6]
    clusters = [
        c
        for c in cluster(mentions(article, doc), text)
        if not all(m.in_quote for m in c.mentions)
        or len(c.mentions) > 1
        or _in_title(article, c)
        or _full_name(c, text)
        or _named_outside_quotes(c, text, quoted)
    ]
    kinds = families([kind_of(c, doc, text) for c in clusters], clusters)
    keep = not_surnames(clusters, kinds, text)
    clusters, kinds = [clusters[i] for i in keep], [kinds[i] for i in keep]
    names = [canonical(c, k) for c, k in zip(clusters, kinds, strict=True)]
    alias_lists = [
        aliases_of(c, n, k, text) + honorific_forms(doc, c, n, k)
        for c, n, k in zip(clusters, names, kinds, strict=True)
    ]
    alias_lists = unshared(clusters, alias_lists)
    names, alias_lists = styled_names(names, alias_lists, kinds)  # "Lady Vee", not "Vee"
    furniture = [*article.furniture, *short_quotes]
    found = scan(text, [[n, *al] for n, al in zip(names, alias_lists, strict=True)], furniture)
    lead_end = _lead_end(article, doc)
    scored: list[tuple[float, int, Actor, bool]] = []
    extra_roles = _kin_roles(doc, clusters, found, kinds)
    titles = TitleLines(text)
    all_spans = [
        _drop_nested(sorted(set(found[i]) | {(m.start, m.end) for m in c.mentions}))
        for i, c in enumerate(clusters)
    ]
    headline = _headline(article)
    roles = [
        (_role(doc, sp, titles, headline) if k == "person" else None) or extra_roles.get(i)
        for i, (sp, k) in enumerate(zip(all_spans, kinds, strict=True))
    ]
    persons = {i: sp for i, sp in enumerate(all_spans) if kinds[i] == "person"}
    unroled = {i for i in persons if not roles[i]}
    given: set[tuple[int, int]] = set()
    held = [r.lower() for r in roles if r]

    def give(i: int, desc: str, span: tuple[int, int]) -> None:
        """Person ``i`` takes the description at ``span`` as role, alias and mention."""
        roles[i], alias_lists[i] = desc, (*alias_lists[i], desc)
        all_spans[i] = sorted([*all_spans[i], span])
        given.add(span)

    for i, (desc, span) in back_references(doc, persons, unroled).items():
        if desc.lower() not in held:  # "The Tory leader countered": the title's holder's
            give(i, desc, span)
    still = {i for i in persons if not roles[i]}
    for i, (desc, span) in forward_references(doc, persons, still).items():
        if span not in given:
            give(i, desc, span)
    for refs in (object_references, earlier_references):  # "slamming the Narvia senator",
        still = {i for i in persons if not roles[i]}  # "Ann Lee and the Narvia senator"
        for i, (desc, span) in refs(doc, persons, still).items():
            if span not in given and desc.lower() not in held:
                give(i, desc, span)
    now = {i: all_spans[i] for i in persons}
    for i, (desc, span) in later_descriptions(doc, now, dict(enumerate(roles)), given).items():
        give(i, desc, span)
    people = {i: sp for i, sp in enumerate(all_spans) if kinds[i] == "person"}
    for i, found_offices in offices(doc, people, {i for i in people if not roles[i]}).items():
        found_offices = [
            (r, sp) for r, sp in found_offices if not any(a < sp[1] and sp[0] < b for a, b in given)
        ]
        if found_offices:  # a description already given to someone is not a second office
            roles[i] = found_offices[0][0]
            all_spans[i] = _drop_nested([*all_spans[i], *(sp for _, sp in found_offices)])
    for i in people:
        body = [sp for sp in all_spans[i] if not titles.on_title_line(*sp)]
        roles[i] = roles[i] or first_role(doc, body, affiliation)  # only where none else
    for i, r in spouse_roles(doc, names, list(kinds), roles).items():
        roles[i] = r  # "… how his wife got her papers", the one Keller of her sex
    forms = [[n, *al] for n, al in zip(names, alias_lists, strict=True)]
    for i, r in caption_roles(doc, article, forms, {i for i in people if not roles[i]}).items():
        roles[i] = r  # "Real Madrid striker Karim Benzema rolls …", in a caption only
    for i, k in enumerate(kinds):
        if k == "organization":
            roles[i] = first_role(doc, all_spans[i], org_role)  # "news agency Tass"
    generic = sub_names(names, list(kinds))
    set_in = settings(doc, names, kinds, all_spans) | acting_places(doc, names, kinds, all_spans)
    for i, c in enumerate(clusters):
        spans, role = all_spans[i], roles[i]
        if focused and i in generic:
            continue  # "Council" beside "Security Council"
        actor = Actor(names[i], kinds[i], role, alias_lists[i], len(spans), tuple(spans))
        talk = _speech_count(doc, spans)
        lead = spans[0][0] < lead_end or _in_title(article, c)
        lone_modifier = len(spans) == 1 and all(m.modifier for m in c.mentions)
        lone_modifier = lone_modifier and not any(opens_a_title(doc, m) for m in c.mentions)
        lone_modifier = lone_modifier or party_only_modifies(doc, names[i], spans)
        side = kinds[i] != "person" and any(opens_a_side_post(doc, m) for m in c.mentions)
        if side and len(spans) == 1:  # "England prop Jo White": named once, for the side
            lone_modifier = False
            actor = replace(actor, kind="organization")
        body = kinds[i] == "organization" and " " in names[i]  # "ABN Amro chief strategist X"
        body = body and text[spans[0][1] : spans[0][1] + 1] != "-"  # not "Ivy League-trained"
        if focused and lone_modifier and kinds[i] != "person" and not body:
            continue  # "GOP" in "GOP nominee X"; a named body ("ABN Amro chief strategist X") stays
        if focused and kinds[i] == "group" and talk == 0 and passive_group(doc, c):
            continue  # "the recruitment of Westerners": never acts, never speaks
        work_role = role is not None and bool(set(role.lower().split()) & WORK_NOUNS)
        silent = not talk and (not role or work_role)  # "Vera Drake, Mike Leigh's tale": a film
        work = names_a_work(doc, spans, kinds[i] == "person")
        if focused and kinds[i] != "group" and silent and work:
            continue  # "his role in Vera Drake", "Friends actress X": a work, not an actor
        if focused and kinds[i] == "person" and not talk and only_qualifies(doc, spans, names[i]):
            continue  # "another Red Kite classic": a series or a brand
        unplaced = kinds[i] == "organization" and all(m.label == "PERSON" for m in c.mentions)
        if focused and unplaced and len(spans) == 1 and not talk and any(
            listed_with_things(doc, m.tok_start, m.tok_end) for m in c.mentions
        ):
            continue  # "whether it is Zorbs, legwarmers or platform boots": a product
        if focused and all_common(doc, c, spans):
            continue  # "a Derbyshire nursing home", "three Chihuahua puppies"
        once = kinds[i] == "organization" and len(spans) == 1 and not (talk or lead)
        if focused and once and all(modifies_only(doc, m) for m in c.mentions):
            continue  # "3.6 million Twitter followers"
        placed = i in set_in  # "fighters from Turkey and Afghanistan", "born in Leeds"
        full = len(names[i].split()) > 1 or _honoured(alias_lists[i])  # "Mr Letwin" counts
        if not focused or _significant(actor, full, talk, lead or placed):
            scored.append((_score(actor, talk, lead), spans[0][0], actor, True))
    taken = [sp for _, _, a, _ in scored for sp in a.spans]
    people = {
        f.lower() for _, _, a, _ in scored if a.kind == "person" for f in (a.name, *a.aliases)
    }
    roles_given = {a.role.lower() for _, _, a, _ in scored if a.role}
    for d in [*groups(article, doc), *described(article, doc)]:
        owner = re.split(r"['\u2019]s ", d.name, maxsplit=1)[0].lower()
        if d.kind == "person" and (owner in people or d.name.lower() in roles_given):
            continue  # "Pagliano's lawyer" is a named person's lawyer, named elsewhere
        spans = [sp for sp in d.spans if not any(a <= sp[0] and sp[1] <= b for a, b in taken)]
        if not spans or (focused and background_plural(d.name) and not d.chants):
            continue  # a bare "officials" or "analysts" is a source or a backdrop, no key actor
        lead = spans[0][0] < lead_end
        actor = Actor(d.name, d.kind, d.role, d.aliases, len(spans), tuple(spans))  # type: ignore[arg-type]
        scored.append((_score(actor, d.speaks, lead), spans[0][0], actor, False))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return tuple(mended(a) for _, _, a, _ in (scored[:MAX_ACTORS] if focused else scored))


def _honoured(aliases: tuple[str, ...]) -> bool:
    """True when the text names a person with an honorific ("Mr Letwin"): someone the reader is
    meant to know, even when named once."""
    return any(" " in a and a.split()[0].rstrip(".").lower() in HONORIFICS for a in aliases)


def _full_name(c: Cluster, text: str) -> bool:
    """A person named in full ("Gordon Brown") or a club ("Real Madrid") is an actor even when
    only a quote names it: a person by a common given name, then a surname (not a slogan such
    as "Vote Blair")."""
    m = c.mentions[0]
    words = m.text.split()
    person = len(words) in (2, 3) and is_given_name(words[0])
    if m.label == "ORG":  # a club by its name ("the Big Society" or "Oval Office" is no actor)
        named = person and words[-1].lower() not in ORG_HEADS  # "Sven-Goran Eriksson" read as one
        return (club_name(m.text, text) or named) and not (m.modifier or m.common)
    return m.label == "PERSON" and person


def _named_outside_quotes(c: Cluster, text: str, quoted: list[tuple[int, int, int]]) -> bool:
    """A name tagged only inside a quote that the text also writes outside every quote: "We
    wish Arsenal luck" after "Arsenal players have revealed their playlist"."""
    first = c.mentions[0]
    if first.modifier or first.common:
        return False  # "a Gold Star family": a name that only qualifies a noun
    form = first.text
    pattern = rf"(?<![\w-])(\w+\s+)?{re.escape(form)}(?![\w-])(\s+\w+)?"
    for m in re.finditer(pattern, text):
        at = m.start(0) + len(m.group(1) or "")
        if any(s <= at < e for s, e, _ in quoted):
            continue
        before, after = (m.group(1) or "").strip(), (m.group(2) or "").strip()
        article_before = before.lower() in ("a", "an", "the")
        if (before[:1].isupper() and not article_before) or after[:1].isupper():
            continue  # "Arvind Parmar": part of a longer name
        if article_before and after[:1].islower():
            continue  # "a Gold Star family": a modifier inside a noun phrase
        return True
    return False


def _in_title(article: Article, c: Cluster) -> bool:
    """True when the article's headline (from its metadata) names the actor."""
    title = article.title or ""
    return any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", title) for f in c.forms if f)


def _drop_nested(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, without any that lie inside another."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _kin_roles(
    doc: Doc, clusters: list[Cluster], found: list[list[tuple[int, int]]], kinds: list[ActorKind]
) -> dict[int, str]:
    """Roles implied by kin words: "Frank spoke with his son, Louis" makes Frank "father"."""
    out: dict[int, str] = {}
    for i, c in enumerate(clusters):
        if kinds[i] != "person":
            continue
        for s, e in found[i] or [(m.start, m.end) for m in c.mentions]:
            toks = _tokens(doc, s, e)
            hit = inverse_kin(doc, toks) if toks is not None else None
            if hit is None:
                continue
            idx, role = hit
            pos = doc[idx].idx
            for j, spans in enumerate(found):
                if j != i and kinds[j] == "person" and any(a <= pos < b for a, b in spans):
                    out.setdefault(j, role)
    return out


__all__ = ["Mention", "actors"]
