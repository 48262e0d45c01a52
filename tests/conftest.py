"""Shared fixtures: paths, the shared reference folder, and a generate helper."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_ae4ffa75ccf7d439.txt"


@pytest.fixture
def shared() -> Path:
    """The read-only reference folder beside the project; skip where a clone has none."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"{SHARED} is absent: corpus checks run only beside ../shared")
    return SHARED


@pytest.fixture
def in_root(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run from the project root, as the README's commands do."""
    monkeypatch.chdir(ROOT)
    return ROOT


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
