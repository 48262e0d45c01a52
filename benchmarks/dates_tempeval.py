"""Value F1 of the date module on TempEval-3 platinum, DATE and TIME expressions.

Reads ``../shared/corpus/tempeval3-platinum`` (skips with a message when it is absent): each
article's ``<TEXT>`` with its tags stripped, resolved against its own creation date (DCT).

Scoring, as TempEval-3 does it: a system expression matches a gold one when their spans
overlap (relaxed match, one to one); span P/R/F1 count matches; value accuracy is the share of
matches whose normalised value is the gold value; value F1 = span F1 x value accuracy.
Only gold DATE and TIME expressions count, and only the module's dates and times (not its
durations) are system output. HeidelTime reached 0.78 on this test set (all types).

Usage: .venv/bin/python benchmarks/dates_tempeval.py [--misses]
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import nlp  # noqa: E402
from generator.extract.dates import resolve  # noqa: E402
from generator.extract.timeline_context import tense_at  # noqa: E402
from generator.extract.timeline_timex import find_dates  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "tempeval3-platinum"
TAG = re.compile(r"<(/?)(\w+)([^>]*)>|&(amp|lt|gt|quot|apos);")
SYSTEM_KINDS = {"date", "weekday", "deictic", "rel", "ago", "season", "decade", "century",
                "ref", "time"}  # fmt: skip


def strip(body: str) -> tuple[str, list[tuple[int, int, str, str, str]]]:
    """The text without tags, and the gold timexes: (start, end, type, value, text)."""
    out: list[str] = []
    gold, stack, pos, n = [], [], 0, 0
    for m in TAG.finditer(body):
        out.append(body[pos : m.start()])
        n += m.start() - pos
        pos = m.end()
        if m.group(4):
            ent = html.unescape(m.group(0))
            out.append(ent)
            n += len(ent)
        elif m.group(2) == "TIMEX3" and not m.group(1):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(3)))
            stack.append((n, attrs))
        elif m.group(2) == "TIMEX3":
            start, attrs = stack.pop()
            gold.append((start, n, attrs.get("type", ""), attrs.get("value", ""), ""))
    out.append(body[pos:])
    text = "".join(out)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    gold = [(s - lead, e - lead, t, v, text[s - lead : e - lead]) for s, e, t, v, _ in gold]
    return text, gold


def system(text: str, dct: dt.date) -> list[tuple[int, int, str, str]]:
    """The module's dates and times with their values: (start, end, value, text)."""
    doc = nlp.parse(text)
    out = []
    for t in find_dates(text):
        if t.kind not in SYSTEM_KINDS or t.recurring:
            continue
        res = resolve(t, dct, tense_at(doc, t.start, t.end, text))
        if res is not None:
            out.append((t.start, t.end, res.value, t.text))
    return out


def main() -> int:
    if not CORPUS.is_dir():
        print(f"skipped: {CORPUS} is absent (the shared corpus is not part of a user's clone)")
        return 0
    show = "--misses" in sys.argv
    n_gold = n_sys = n_match = n_value = 0
    for path in sorted(CORPUS.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        dct_value = re.search(r"<DCT>.*?value=\"([\d-]+)", raw, re.S).group(1)  # type: ignore[union-attr]
        dct = dt.date.fromisoformat(dct_value[:10])
        text, gold_all = strip(re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1))  # type: ignore[union-attr]
        gold = [g for g in gold_all if g[2] in ("DATE", "TIME")]
        sys_out = system(text, dct)
        n_gold += len(gold)
        n_sys += len(sys_out)
        used: set[int] = set()
        for gs, ge, _, gv, gt in gold:
            hit = next(
                (
                    i
                    for i, (s, e, _, _) in enumerate(sys_out)
                    if i not in used and s < ge and gs < e
                ),
                None,
            )
            if hit is None:
                if show:
                    print(f"{path.name}: missed {gt!r} = {gv}")
                continue
            used.add(hit)
            n_match += 1
            if sys_out[hit][2] == gv:
                n_value += 1
            elif show:
                print(f"{path.name}: value {sys_out[hit][3]!r} = {sys_out[hit][2]}, gold {gv}")
        if show:
            for i, (_, _, v, t) in enumerate(sys_out):
                if i not in used:
                    print(f"{path.name}: extra {t!r} = {v}")
    p = n_match / n_sys if n_sys else 0.0
    r = n_match / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = n_value / n_match if n_match else 0.0
    print(f"TempEval-3 platinum, DATE+TIME: gold {n_gold}, system {n_sys}, matched {n_match}")
    print(f"span P {p:.3f} R {r:.3f} F1 {f1:.3f}; value accuracy {acc:.3f}")
    print(f"value F1 {f1 * acc:.3f} (HeidelTime 0.78)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
