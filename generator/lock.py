"""One generate run at a time per content folder.

The lock is an advisory lock (``flock``) on a hidden file in the content folder, so the
operating system releases it when a run ends, however it ends: there is never a stale lock to
delete by hand. A second run waits up to ``BRIEFINGS_LOCK_WAIT`` seconds (default 10), then
gives up with a message naming the folder and the process holding it. The lock file itself is
left in place (deleting it would let two runs lock two different files); MkDocs ignores hidden
files, and the file holds only the last holder's process id.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = ".briefings.lock"
WAIT_ENV = "BRIEFINGS_LOCK_WAIT"
DEFAULT_WAIT = 10.0
POLL = 0.1
F = TypeVar("F", bound=Callable[..., Any])


class ContentLocked(RuntimeError):
    """Another run holds the content folder, or the lock cannot be taken at all."""


def wait_seconds() -> float:
    """How long a run waits for another one: ``$BRIEFINGS_LOCK_WAIT`` or 10 seconds."""
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT)))
    except ValueError:
        return DEFAULT_WAIT


@contextlib.contextmanager
def content_lock(out_dir: Path, wait: float | None = None) -> Iterator[Path]:
    """Hold the content folder's lock for the ``with`` block; raise ContentLocked if another
    run keeps it longer than ``wait`` seconds. Yields the lock file's path."""
    wait = wait_seconds() if wait is None else wait
    lock_path = out_dir / LOCK_NAME
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise ContentLocked(
            f"cannot create the lock file {lock_path}: {err.strerror or err}; "
            "check that the folder is writable"
        ) from None
    try:
        _acquire(fd, out_dir, wait)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield lock_path
    finally:
        os.close(fd)  # closing releases the lock


def _acquire(fd: int, out_dir: Path, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            _try_lock(fd)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = _holder(fd)
                raise ContentLocked(
                    f"another briefings run{holder} is writing to {out_dir}; waited "
                    f"{wait:g} s: try again when it has finished (or set {WAIT_ENV} to wait "
                    "longer)"
                ) from None
            time.sleep(POLL)


def _try_lock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    import msvcrt  # pragma: no cover - Windows

    try:  # pragma: no cover
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError as err:  # pragma: no cover
        raise BlockingIOError(str(err)) from None


def _holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except (OSError, AttributeError):
        return ""
    return f" (process {pid})" if pid.isdigit() else ""


def content_locked(make_report: Callable[[], Any]) -> Callable[[F], F]:
    """Decorate ``generate(seeds_dir, out_dir, ...)`` to run holding ``out_dir``'s lock.

    When the lock cannot be taken, the run briefs nothing and returns ``make_report()`` with
    the content folder refused and the reason, so the CLI names it and exits non-zero.
    """

    def decorate(func: F) -> F:
        @functools.wraps(func)
        def run(seeds_dir: Path, out_dir: Path, *args: Any, **kwargs: Any) -> Any:
            try:
                with content_lock(Path(out_dir)):
                    return func(seeds_dir, out_dir, *args, **kwargs)
            except ContentLocked as err:
                report = make_report()
                report.refused.append((Path(out_dir), str(err)))
                return report

        return run  # type: ignore[return-value]

    return decorate
