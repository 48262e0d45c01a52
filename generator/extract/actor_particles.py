"""Names joined by lowercase particles, which the tagger splits or cuts short: "Ursula von der
Leyen" (tagged "Ursula von der" and a place "Leyen"), "Sophie in 't Veld", and their short
forms later in the text ("von der Leyen said", "In 't Veld sees …")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.actor_spans import bare
from generator.extract.actor_words import HONORIFICS, TITLE_NOUNS
from generator.extract.given_names import is_given_name

# The particle runs that join a given name to a surname, as written between them.
PARTICLE_RUNS = frozenset(
    {"von", "von der", "van", "van der", "van den", "van de", "de", "de la", "de los",
     "de las", "del", "della", "da", "das", "dos", "du", "di", "le", "la", "ter", "ten",
     "in 't", "bin", "ibn"}
)
_LONGEST = 3  # tokens in the longest run ("in", "'", "t")


def particle_run(doc: Doc, i: int) -> int:
    """End of the longest particle run that starts at token ``i`` (``i``: none)."""
    for n in range(_LONGEST, 0, -1):
        toks = doc[i : i + n]
        if len(toks) < n or not all(t.is_lower or t.text in ("'", "\u2019") for t in toks[1:]):
            continue
        words = "".join(t.text + t.whitespace_ for t in toks).strip().replace("\u2019", "'")
        if words.lower() in PARTICLE_RUNS:
            return i + n
    return i


def _surname(doc: Doc, j: int) -> bool:
    """A capitalised word at ``j`` that ends a name: no capitalised word runs on after it
    ("Charles de Gaulle Airport" is a place's name)."""
    if j >= len(doc) or not (doc[j].is_title and doc[j].is_alpha):
        return False
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return nxt is None or not (nxt.is_title and nxt.is_alpha and not nxt.is_sent_start)


def _given(tok: Token) -> bool:
    """A given name: a common one, or a word of a person's entity (not of a place's)."""
    return (
        tok.is_title
        and tok.is_alpha
        and bare(tok.text) not in TITLE_NOUNS | HONORIFICS
        and tok.ent_type_ not in ("GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
        and (tok.ent_type_ == "PERSON" or is_given_name(tok.text))
    )


def particle_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of full names with a particle ("Ursula von der Leyen") and of the short
    forms of those names elsewhere ("von der Leyen", "Von der Leyen")."""
    full: list[tuple[int, int]] = []
    short_forms: set[str] = set()
    for i in range(1, len(doc)):
        if not doc[i].is_lower or not _given(doc[i - 1]):
            continue
        j = particle_run(doc, i)
        if j == i or not _surname(doc, j):
            continue
        if j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I":
            continue  # the tagger's name runs on: "Monte del Paschi di Siena"
        s = i - 1
        while s > 0 and i - s < 4 and _given(doc[s - 1]):
            s -= 1  # "Anna Maria van der Berg", "Luiz Inacio Lula da Silva"
        if doc[s].ent_iob_ == "I" or (doc[s].ent_type_ == "ORG" and not is_given_name(doc[s].text)):
            continue  # inside a longer name the tagger read: "Monte del Paschi di Siena"
        full.append((s, j + 1))
        short_forms.add(doc[i : j + 1].text.lower().replace("\u2019", "'"))
    out = list(full)
    for i in range(len(doc)):
        if any(s <= i < e for s, e in full):
            continue
        opens = doc[i].is_lower or doc[i].is_title  # "von der Leyen", "Von der Leyen"
        j = particle_run(doc, i) if opens else i
        if j > i and _surname(doc, j):
            form = doc[i : j + 1].text.lower().replace("\u2019", "'")
            if form in short_forms:
                out.append((i, j + 1))
    return sorted(out)
