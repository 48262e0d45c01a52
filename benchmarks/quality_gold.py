"""Dev-set quality figures: runs ../shared/tools/score_gold.py against the briefings CLI.

Usage: .venv/bin/python benchmarks/quality_gold.py [--gold DIR] [--only NAME] [--nodate] [--all]

``--gold DIR`` scores another folder of gold files in the same format (default: the dev set).

Prints the scorer's figure lines (actors, numbers, quotes, timeline, boilerplate) and, with
``--all``, every miss too. Nothing from ../shared is imported: the scorer runs as a subprocess.
Skips with a message, exit 0, when ../shared or the CLI is absent.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_gold.py"
GOLD = SHARED / "gold-dev"
CLI = ROOT / ".venv" / "bin" / "briefings"


def main() -> int:
    args = sys.argv[1:]
    if not SCORER.exists() or not GOLD.exists():
        print(f"skipped: {SCORER} or {GOLD} not found (needs ../shared next to the project)")
        return 0
    cli = CLI if CLI.exists() else None
    if cli is None:
        print(f"skipped: {CLI} not found (run `pip install -e .` in the project's venv)")
        return 0
    gold = Path(args[args.index("--gold") + 1]) if "--gold" in args else GOLD
    cmd = [sys.executable, str(SCORER), "--gold", str(gold), "--cmd", str(cli)]
    if "--only" in args:
        cmd += ["--only", args[args.index("--only") + 1]]
    if "--nodate" in args:
        cmd.append("--nodate")
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=1800)
    lines = run.stdout.splitlines()
    figures = [ln for ln in lines if "(target" in ln or ln.startswith("OK ") or " short: " in ln]
    shown = lines if "--all" in args else figures
    print("\n".join(shown) if shown else run.stdout[-3000:])
    if run.returncode not in (0, 1) or not shown:
        print(run.stderr[-3000:], file=sys.stderr)
        print(f"scorer exited {run.returncode}")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
