"""A time budget for briefing one article, so a rule stuck on some text costs that article
only: the run reports the file and goes on with the others."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Far above what any article needs (a 120,000-character seed briefs in a few seconds).
ARTICLE_SECONDS = 120.0


class OverBudget(Exception):
    """Briefing one article took longer than its budget."""


def _raise(_signum: int, _frame: object) -> None:
    raise OverBudget


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` in the block after ``seconds`` of wall time. Only where a
    timer signal can be used (the main thread on POSIX); elsewhere the block runs unbounded."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
