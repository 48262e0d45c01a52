"""Atomic writes: a page on disk is always either the old one or the new one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

TEMP_PREFIX = ".briefings-tmp-"


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files a crashed run left behind; return them."""
    if not folder.is_dir():
        return []
    stale = sorted(folder.glob(TEMP_PREFIX + "*"))
    for tmp in stale:
        tmp.unlink(missing_ok=True)
    return stale
