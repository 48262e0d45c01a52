"""ROUGE-1 F of the summary against CNN/DM human highlights, beside Lead-3 in the same run.

Usage: .venv/bin/python benchmarks/summary_rouge.py [--split test|validation|all] [--show N]

Reads ../shared/corpus/cnndm-test-frank250 (FRANK's CNN/DM articles; tune on `validation`,
report on `test`). ROUGE-1 is computed here, no dependency: lowercased alphanumeric tokens
(anything else separates words, as in rouge-score's tokenizer), no stemming, unigram overlap
F1, averaged over articles. Lead-3 is the article's first three spaCy sentences, raw.
Prints a message and exits 0 when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpus" / "cnndm-test-frank250" / "cnndm_test_250.jsonl.gz"


def tokens(text: str) -> list[str]:
    """rouge-score style tokens: lowercase, non-alphanumerics are separators."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).split()


def rouge1_f(candidate: str, reference: str) -> float:
    """Unigram-overlap F1 between two texts."""
    c, r = Counter(tokens(candidate)), Counter(tokens(reference))
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return 2 * p * rec / (p + rec)


def load(split: str) -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh]
    return [r for r in recs if split == "all" or r["frank_split"] == split]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=["test", "validation", "all"])
    ap.add_argument("--show", type=int, default=0, help="print N summaries beside the reference")
    args = ap.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared corpus is not beside this checkout)")
        return 0

    from generator import nlp
    from generator.extract import summary as summ
    from generator.furniture import furniture_spans
    from generator.model import Article

    recs = load(args.split)
    t0 = time.perf_counter()
    ours, lead3, words = [], [], []
    pairs: list[tuple[str, str, str]] = []
    texts = [r["article"] for r in recs]
    for rec, doc in zip(recs, nlp.parse_many(texts), strict=True):
        text = rec["article"]
        article = Article(
            path=Path(rec["id"] + ".txt"),
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            furniture=furniture_spans(text),
        )
        got = summ.summary(article, doc)
        base = " ".join(s.text.strip() for s in list(doc.sents)[:3])
        ours.append(rouge1_f(got, rec["reference"]))
        lead3.append(rouge1_f(base, rec["reference"]))
        words.append(len(got.split()))
        pairs.append((got, base, rec["reference"]))
        if len(ours) <= args.show:
            print(f"--- {rec['id']}  R1 {ours[-1]:.3f} (lead-3 {lead3[-1]:.3f})")
            print("OURS:", got)
            print("REF: ", rec["reference"])
    n = len(recs)
    r_ours, r_lead = 100 * sum(ours) / n, 100 * sum(lead3) / n
    print(f"split={args.split} articles={n} ({time.perf_counter() - t0:.0f}s)")
    print(
        f"ROUGE-1 F  summary: {r_ours:.2f}   Lead-3: {r_lead:.2f}   "
        f"ratio {r_ours / r_lead:.3f}   mean summary words {sum(words) / n:.0f}"
    )
    stemmed(pairs)
    return 0


def stemmed(pairs: list[tuple[str, str, str]]) -> None:
    """The same with rouge-score's Porter stemming, where that package is installed."""
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("(rouge-score not installed: no stemmed figures)")
        return
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    n = len(pairs)
    ours = sum(scorer.score(ref, got)["rouge1"].fmeasure for got, _, ref in pairs) / n
    lead = sum(scorer.score(ref, base)["rouge1"].fmeasure for _, base, ref in pairs) / n
    print(f"rouge-score, stemmed: summary {100 * ours:.2f}   Lead-3 {100 * lead:.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
