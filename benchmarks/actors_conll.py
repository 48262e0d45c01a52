"""PER/ORG/LOC F1 of the names the actors step finds, on CoNLL-2003 English test (eng.testb).

Usage: .venv/bin/python benchmarks/actors_conll.py [--split testb|testa] [--limit N]

Reads ``../shared/corpus/conll2003-en/eng.<split>.gz`` (skips with a message when it is absent).

Matching scheme:
- Each CoNLL document becomes one article: its sentences joined by newlines, its tokens by
  single spaces. The spaCy pipeline runs on a ``Doc`` built from the gold tokens (so both sides
  share token boundaries), with every gold sentence as one paragraph.
- Gold entities come from the IOB1 tags (a ``B-`` or a change of type starts a new one); MISC is
  not scored.
- Predictions: every span of every actor, typed by the actor's kind (person -> PER,
  organization -> ORG, place -> LOC; groups are not scored), mapped to the gold tokens it covers.
- A prediction counts when its token range and type equal a gold entity's exactly. Micro
  precision, recall and F1 over PER+ORG+LOC, and per type.
- Three systems are scored: ``spacy`` (spaCy's entities alone: PERSON -> PER, ORG -> ORG,
  GPE/LOC -> LOC, the 58.5 baseline's mapping), ``actors-all`` (``actors(..., focused=False)``:
  every named actor the step finds) and ``actors`` (the focused key-actor list as briefed, at most
  ``MAX_ACTORS`` per document; its recall is capped by design, documents being long lists of
  sports results).
"""

from __future__ import annotations

import gzip
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spacy.tokens import Doc  # noqa: E402

from generator import nlp  # noqa: E402
from generator.extract.actors import actors  # noqa: E402
from generator.model import Article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "conll2003-en"
TYPES = ("PER", "ORG", "LOC")
KIND_TYPE = {"person": "PER", "organization": "ORG", "place": "LOC"}
SPACY_TYPE = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}

Entity = tuple[int, int, str]  # (first token, end token, type)


def read_docs(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, IOB1 tag); a trailing -DOCSTART- opens nothing."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sent: list[tuple[str, str]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts:
                if sent:
                    docs[-1].append(sent)
                    sent = []
                continue
            if parts[0] == "-DOCSTART-":
                if sent:
                    docs[-1].append(sent)
                    sent = []
                docs.append([])
                continue
            sent.append((parts[0], parts[-1]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def gold_entities(tags: list[str]) -> set[Entity]:
    """Entities from IOB1 tags, PER/ORG/LOC only."""
    out: set[Entity] = set()
    start, typ = None, None
    for i, tag in enumerate([*tags, "O"]):
        t = tag[2:] if tag != "O" else None
        if start is not None and (t != typ or tag.startswith("B-")):
            if typ in TYPES:
                out.add((start, i, typ))
            start, typ = None, None
        if t is not None and start is None:
            start, typ = i, t
    return out


def build(sents: list[list[str]]) -> tuple[Doc, list[int]]:
    """Run the project's pipeline on a Doc of the gold tokens, one sentence per line.

    Returns the Doc and, for each Doc token, its gold token index (-1 for the line breaks).
    """
    pipeline = nlp.load()
    words: list[str] = []
    gold_index: list[int] = []
    k = 0
    for n, sent in enumerate(sents):
        if n:
            words.append("\n")
            gold_index.append(-1)
        for w in sent:
            words.append(w)
            gold_index.append(k)
            k += 1
    spaces = [
        w != "\n" and i + 1 < len(words) and words[i + 1] != "\n" for i, w in enumerate(words)
    ]
    doc = Doc(pipeline.vocab, words=words, spaces=spaces)
    for _, proc in pipeline.pipeline:
        doc = proc(doc)
    return doc, gold_index


def to_tokens(doc: Doc, index: list[int], start: int, end: int) -> tuple[int, int] | None:
    """Gold token range [first, end) covered by the characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or index[span.start] < 0 or index[span.end - 1] < 0:
        return None
    return index[span.start], index[span.end - 1] + 1


def score(gold: set[Entity], pred: set[Entity], tally: Counter[str]) -> None:
    for typ in TYPES:
        g = {e for e in gold if e[2] == typ}
        p = {e for e in pred if e[2] == typ}
        tally[f"{typ}_tp"] += len(g & p)
        tally[f"{typ}_fp"] += len(p - g)
        tally[f"{typ}_fn"] += len(g - p)


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, tally: Counter[str]) -> None:
    tp = sum(tally[f"{t}_tp"] for t in TYPES)
    fp = sum(tally[f"{t}_fp"] for t in TYPES)
    fn = sum(tally[f"{t}_fn"] for t in TYPES)
    p, r, f = f1(tp, fp, fn)
    per_type = " ".join(
        f"{t}={100 * f1(tally[t + '_tp'], tally[t + '_fp'], tally[t + '_fn'])[2]:.1f}"
        for t in TYPES
    )
    print(f"{name:11s} P={100 * p:.1f} R={100 * r:.1f} F1={100 * f:.1f}  {per_type}")


def main() -> int:
    args = sys.argv[1:]
    split = args[args.index("--split") + 1] if "--split" in args else "testb"
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else None
    path = CORPUS / f"eng.{split}.gz"
    if not path.exists():
        print(f"skipped: {path} not found (the benchmark needs ../shared next to the project)")
        return 0
    docs = read_docs(path)[:limit]
    tallies = {k: Counter() for k in ("spacy", "actors-all", "actors")}
    t0 = time.time()
    for sents in docs:
        gold = gold_entities([t for s in sents for _, t in s])
        doc, index = build([[w for w, _ in s] for s in sents])
        article = Article(path=Path("conll.txt"), text=doc.text, sha256="")
        spacy_pred = {
            (*toks, SPACY_TYPE[e.label_])
            for e in doc.ents
            if e.label_ in SPACY_TYPE and (toks := to_tokens(doc, index, e.start_char, e.end_char))
        }
        score(gold, spacy_pred, tallies["spacy"])
        for name, focused in (("actors-all", False), ("actors", True)):
            pred: set[Entity] = set()
            for a in actors(article, doc, focused=focused):
                typ = KIND_TYPE.get(a.kind)
                for s, e in a.spans if typ else ():
                    toks = to_tokens(doc, index, s, e)
                    if toks:
                        pred.add((*toks, typ))
            score(gold, pred, tallies[name])
    print(f"CoNLL-2003 eng.{split}: {len(docs)} documents, {time.time() - t0:.0f}s")
    for name, tally in tallies.items():
        report(name, tally)
    return 0


if __name__ == "__main__":
    sys.exit(main())
