"""Quotes against PolNeAR's hand-annotated attributions (precision, recall, F1, speakers).

Runs ``../shared/tools/score_polnear_quotes.py`` on the dev split against the ``briefings``
CLI of this checkout and prints its figures. Usage, from the project root:

    .venv/bin/python benchmarks/quotes_polnear.py [--split dev|test] [--limit N]

The test split is for a final check only: the corpus authors ask that it be used sparingly.
Skips with a message when ``../shared`` (the reference corpus) is absent.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_polnear_quotes.py"
CLI = ROOT / ".venv" / "bin" / "briefings"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    args = parser.parse_args()
    if not SCORER.exists():
        print(f"skipped: {SCORER} not found (the reference corpus lives in ../shared)")
        return 0
    cli = str(CLI) if CLI.exists() else "briefings"
    cmd = [sys.executable, str(SCORER), "--split", args.split, "--cmd", cli]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    print(done.stdout.strip())
    if done.returncode != 0:
        print(done.stderr.strip()[-2000:], file=sys.stderr)
    print(
        "baseline (textacy per paragraph, test split): f1=0.84 e2e_recall=0.71; "
        "target on test: f1>=0.92 e2e_recall>=0.85"
    )
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
