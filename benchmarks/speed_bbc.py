#!/usr/bin/env python3
"""Speed and peak memory of `briefings generate` on the BBC corpus, beside spaCy alone.

Usage: python benchmarks/speed_bbc.py [--limit N] [--cmd "briefings"]

Writes the 2,225 BBC articles of ../shared/corpus/bbc-news as seeds, then in the same run:
1. `briefings generate SEEDS --out OUT` (a fresh output folder), and
2. spaCy's own full pipeline (`nlp.pipe`) over the same texts,
each in its own process, and prints articles per second, words per second and peak resident
memory (from the kernel's rusage of that process).
"""

from __future__ import annotations

import gzip
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news" / "bbc_articles.jsonl.gz"

SPACY_ONLY = """
import sys
from pathlib import Path
from generator import nlp
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
for _ in nlp.load().pipe(texts, batch_size=32):
    pass
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Run a command; return (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        err = proc.stderr.read().decode()[-2000:] if proc.stderr else ""
        sys.exit(f"{shlex.join(cmd)} failed: {err}")
    return seconds, usage.ru_maxrss / 1024


def main() -> int:
    args = sys.argv[1:]
    limit = int(args[args.index("--limit") + 1]) if "--limit" in args else None
    cmd = shlex.split(args[args.index("--cmd") + 1]) if "--cmd" in args else [
        str(Path(sys.executable).with_name("briefings"))]
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent (the benchmark runs beside ../shared)")
        return 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh][:limit]
    words = sum(len(r["text"].split()) for r in records)
    with tempfile.TemporaryDirectory(prefix="bench-bbc-") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for r in records:
            (seeds / f"{r['id'].replace('/', '-')}.txt").write_text(r["text"], encoding="utf-8")
        gen_s, gen_mb = run([*cmd, "generate", str(seeds), "--out", str(Path(tmp) / "out"), "-q"])
        nlp_s, nlp_mb = run([sys.executable, "-c", SPACY_ONLY, str(seeds)])
    n = len(records)
    print(f"articles: {n}, words: {words:,}")
    print(f"briefings generate: {gen_s:.1f} s, {n / gen_s:.1f} articles/s, "
          f"{words / gen_s:,.0f} words/s, peak {gen_mb:.0f} MiB")
    print(f"spaCy nlp.pipe only: {nlp_s:.1f} s, {n / nlp_s:.1f} articles/s, "
          f"{words / nlp_s:,.0f} words/s, peak {nlp_mb:.0f} MiB")
    print(f"overhead of extraction and writing: {gen_s / nlp_s:.2f}x spaCy's time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
