"""Value F1 and value+unit F1 of the numbers step on NewsQuant (590 news sentences, 904 figures).

Reads ``../shared/corpus/newsquant/NewsQuant.json`` (skips with a message when it is absent).
Each sentence is briefed on its own; a figure matches a gold quantity of the same sentence when
the values are equal (ranges "a-b" against our ranges' end points), one to one. value+unit also
needs the unit to agree after normalising ("USD" = "dollar", "percent" = "percentage", plurals
word by word, hyphens as spaces, and "-"/"count" for a bare count). The gold has no offsets,
so matching is per sentence, as in the CQE evaluation. Published figures (CQE authors' table)
are printed beside ours.

Usage: .venv/bin/python benchmarks/numbers_newsquant.py [--misses]
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import nlp  # noqa: E402
from generator.extract.numbers import numbers  # noqa: E402
from generator.model import Article, NumberFact  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "newsquant"
OUR_UNITS = {
    "usd": "dollar", "gbp": "pound sterling", "eur": "euro", "jpy": "japanese yen",
    "cny": "chinese yuan", "aud": "australian dollar", "cad": "canadian dollar",
    "hkd": "hong kong dollar", "inr": "indian rupee", "percent": "percentage",
    "percentage points": "percentage point", "years": "year", "miles per hour": "mile per hour",
    "kilometres": "kilometre", "metres": "metre", "feet": "foot", "inches": "inch",
    "people": "people", "cents": "cent", "times": "times",
}
# The brief's figures for quantulum3; the corpus's results table is read at run time too.
QUANTULUM3 = {"value": 0.75, "value+unit": 0.42}


def unit_key(unit: str | None) -> str:
    """A comparable form of a unit: singular, lower case, ours mapped to the gold's names."""
    if not unit or unit in {"-", "count"}:
        return ""
    u = unit.lower().split(" per ")[0] if unit.split(" per ")[0].upper() in {
        "USD", "GBP", "EUR", "JPY", "CNY", "AUD", "CAD", "HKD", "INR"} else unit.lower()
    u = OUR_UNITS.get(u, u).replace("year of age", "year").replace("-", " ")
    return " ".join(re.sub(r"(?<=[a-rtv-z])s$", "", w) if len(w) > 3 else w for w in u.split())


def values_of(fact: NumberFact) -> str | float | None:
    """A figure's value, or "a-b" for a range."""
    if fact.value is not None:
        return float(fact.value)
    nums = re.findall(r"\d[\d,]*(?:\.\d+)?", fact.text)
    if len(nums) == 2:
        a, b = (float(n.replace(",", "")) for n in nums)
        return f"{a}-{b}"
    return None


def gold_value(q: dict) -> str | float:
    v = q["value"]
    m = re.fullmatch(r"(-?[\d.]+)\s*-\s*([\d.]+)", v)
    return f"{float(m.group(1))}-{float(m.group(2))}" if m else float(v)


def same_value(a: str | float | None, b: str | float) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-6 * max(1.0, abs(b))
    return a == b


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def published() -> dict[tuple[str, str], float]:
    path = CORPUS / "NewsQuant.published-results.csv"
    out = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out[(row["model"], row["type"])] = float(row["F1"]) / 100
    return out


def main() -> int:
    src = CORPUS / "NewsQuant.json"
    if not src.exists():
        print(f"skipped: {src} not found (it is only in the development checkout)")
        return 0
    data = json.loads(src.read_text(encoding="utf-8"))
    texts = [r["text"] for r in data]
    n_pred = n_gold = tp_value = tp_unit = 0
    misses = "--misses" in sys.argv
    for rec, doc in zip(data, nlp.parse_many(texts), strict=True):
        article = Article(path=Path("s.txt"), text=rec["text"], sha256="")
        facts = numbers(article, doc, ())
        gold = [(gold_value(q), unit_key(q["normalized_unit"])) for q in rec["quantities"]]
        n_pred += len(facts)
        n_gold += len(gold)
        left = list(gold)
        for fact in facts:
            v = values_of(fact)
            hit = next((g for g in left if same_value(v, g[0])), None)
            if hit is None:
                if misses:
                    print(f"extra: {fact.text!r} {fact.unit} | {rec['text'][:90]}")
                continue
            left.remove(hit)
            tp_value += 1
            if unit_key(fact.unit) == hit[1]:
                tp_unit += 1
            elif misses:
                print(f"unit: {fact.text!r} {fact.unit!r} vs {hit[1]!r}")
        if misses:
            for g in left:
                print(f"missed: {g} | {rec['text'][:90]}")
    pub = published()
    for kind, tp in (("value", tp_value), ("value+unit", tp_unit)):
        p, r, f = f1(tp, n_pred, n_gold)
        q3 = pub.get(("quantulum3", kind))
        print(f"{kind}: P {p:.3f} R {r:.3f} F1 {f:.3f}   quantulum3 {QUANTULUM3[kind]:.2f} "
              f"(corpus table: {q3:.3f})   CQE {pub.get(('CQE-Numparser', kind), 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
