"""Names as a briefing lists them: the canonical form of an actor and its aliases."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actor_clusters import Cluster, is_acronym, surname
from generator.extract.actor_mentions import bare
from generator.extract.actor_words import HONORIFICS
from generator.extract.given_names import is_given_name
from generator.model import ActorKind


def canonical(c: Cluster, kind: ActorKind) -> str:
    """The fullest form: most words for a person, else the most used non-acronym form."""
    forms = [f for f in c.forms if f]
    if kind == "person":
        multi = [f for f in forms if " " in f] or forms
        fuller = [  # "Le Pen" is a surname in "Marine Le Pen" ("De Blasio" in "Bill de Blasio");
            # "Jo Dee" is whole in "Ask Jo Dee"
            f for f in multi
            if not any(
                g != f and g.lower().endswith(" " + f.lower()) and (
                    is_given_name(g.split()[0]) or not is_given_name(f.split()[0]))
                for g in multi
            )  # "Duncan Smith" is short for "Iain Duncan Smith"
        ]
        best = max(fuller, key=lambda f: (c.forms[f], len(f.split())))  # not "Le Pen" alone
        return best.title() if best.isupper() and len(best) > 3 else best  # "WALLACE:" label
    plain = [f for f in forms if not is_acronym(f)] or forms
    multi = [f for f in plain if " " in f]
    if any(f.split()[-1] in f2.split() for f in plain if " " not in f for f2 in multi):
        plain = multi  # "Department of State", never its fragment "State"
    return max(plain, key=lambda f: (c.forms[f], len(f)))


def aliases_of(c: Cluster, name: str, kind: ActorKind, text: str) -> tuple[str, ...]:
    """Other forms in the text; for a person also the surname and the short "First Last",
    where the text writes them ("Smith" is no form of "Iain Duncan Smith" unless written)."""
    seen = {name.lower()}
    out: list[str] = []
    titled = " of " in name  # "Duchess of Cambridge": no surname
    extra = [surname(name)] if kind == "person" and len(name.split()) > 1 and not titled else []
    if kind == "person" and len(name.split()) > 2:
        extra.append(f"{name.split()[0]} {surname(name)}")
    extra = [f for f in extra if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text)]
    for form in [*sorted(c.forms, key=lambda f: -c.forms[f]), *sorted(c.extra_forms), *extra]:
        if form and form.lower() not in seen:
            seen.add(form.lower())
            out.append(form)
    return tuple(out)


_RELIGIOUS = frozenset({"sister", "brother", "father", "mother"})  # "Sister Gerald", a nun
# Known by the style and one name: "Prince Charles", "Pope Francis", "Queen Rania".
_ROYAL = frozenset({"prince", "princess", "king", "queen", "pope", "emperor", "empress"})


def honorific_forms(doc: Doc, c: Cluster, name: str, kind: ActorKind) -> tuple[str, ...]:
    """ "Dr. Michael Jhung", "Mr. Sarkozy": a person's name as written after an honorific."""
    if kind != "person":
        return ()
    out: dict[str, None] = {}
    for m in c.mentions:
        prev = doc[m.tok_start - 1] if m.tok_start > 0 else None
        if prev is None or not prev.text[:1].isupper():
            continue
        word = bare(prev.text)
        royal = word in _ROYAL and is_given_name(m.text)  # not "King Jnr"
        if word in HONORIFICS or royal or (word in _RELIGIOUS and " " not in m.text):
            form = f"{prev.text} {m.text}"
            if form.lower() != name.lower():
                out[form] = None
    return tuple(out)


def unshared(clusters: list[Cluster], alias_lists: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A surname two people share stays only with the one the text calls by it most often;
    with neither when the text calls both by it equally, or neither."""
    owners: dict[str, list[int]] = {}
    for i, al in enumerate(alias_lists):
        for a in al:
            owners.setdefault(a, []).append(i)
    out = []
    for i, al in enumerate(alias_lists):
        keep = []
        for a in al:
            users = [j for j in owners[a] if a in clusters[j].forms]
            uses = sorted((clusters[j].forms[a] for j in users), reverse=True)
            clear = len(uses) == 1 or (len(uses) > 1 and uses[0] > uses[1])
            top = i in users and clusters[i].forms[a] == uses[0]
            if len(owners[a]) == 1 or (top and clear):
                keep.append(a)
        out.append(tuple(keep))
    return out


_STYLES = frozenset({"sir", "dame", "lord", "lady"}) | _ROYAL  # part of how one is known


def styled_names(
    names: list[str], alias_lists: list[tuple[str, ...]], kinds: list[ActorKind]
) -> tuple[list[str], list[tuple[str, ...]]]:
    """A person named by one word that the text also writes after "Sir", "Dame", "Lord",
    "Lady" or a royal style is listed by that fuller form ("Lady Vee", "Prince Charles"), the
    bare word an alias."""
    out_names, out_aliases = list(names), list(alias_lists)
    for i, (name, aliases) in enumerate(zip(names, alias_lists, strict=True)):
        if kinds[i] != "person" or " " in name:
            continue
        styled = [a for a in aliases if a.split()[0].lower() in _STYLES and a.split()[1:] == [name]]
        if styled:
            out_names[i] = styled[0]
            out_aliases[i] = (name, *(a for a in aliases if a != styled[0]))
    return out_names, out_aliases
