"""Atomic writes: a page on disk is always either the old one or the new one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

TEMP_PREFIX = ".briefings-tmp-"


def _mode_for(path: Path) -> int:
    """The page's current permissions, or the usual ones for a new file (0666 less umask)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename.

    On any failure (a full disk, an interrupt) the temporary file is removed and ``path`` is
    left as it was; a run killed outright leaves one that ``remove_stale_temporaries`` deletes.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = _mode_for(path)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)  # mkstemp makes 0600 files; keep pages readable as before
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files a crashed run left behind; return them."""
    if not folder.is_dir():
        return []
    stale = sorted(folder.glob(TEMP_PREFIX + "*"))
    for tmp in stale:
        tmp.unlink(missing_ok=True)
    return stale
