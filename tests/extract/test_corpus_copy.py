"""The corpus copy under tests/corpus is the shared hand-checked corpus, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

COPY = Path(__file__).resolve().parents[1] / "corpus" / "realpages"
ORIGINAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "realpages"


def test_the_copy_is_unedited() -> None:
    if not ORIGINAL.is_dir():
        pytest.skip(f"shared corpus absent at {ORIGINAL}")
    names = sorted(p.name for p in ORIGINAL.iterdir() if p.is_file())
    assert sorted(p.name for p in COPY.iterdir() if p.is_file()) == names
    for name in names:
        assert (COPY / name).read_bytes() == (ORIGINAL / name).read_bytes(), name
