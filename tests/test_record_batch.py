"""Finished units are written a few at a time: by count, by age, and whatever is left at the end."""

from __future__ import annotations

from collections.abc import Sequence

from govwatch.runner import RecordBatch
from store import UnitRecord


class Recorder:
    """Stands in for the Store: remembers each transaction's units."""

    def __init__(self) -> None:
        self.transactions: list[list[str]] = []

    def record_units(self, records: Sequence[UnitRecord]) -> None:
        self.transactions.append([r.unit_id for r in records])


def unit(name: str) -> UnitRecord:
    return UnitRecord(1, name, [], [])


def test_a_full_batch_is_written_at_once_and_the_rest_on_flush() -> None:
    recorder = Recorder()
    batch = RecordBatch(recorder, size=2, seconds=60, clock=lambda: 0.0)  # type: ignore[arg-type]
    for name in ("a", "b", "c"):
        batch.add(unit(name))
    assert recorder.transactions == [["a", "b"]]
    batch.flush()
    batch.flush()  # nothing left: no empty transaction either
    assert recorder.transactions == [["a", "b"], ["c"]]


def test_a_unit_is_not_held_back_longer_than_the_batch_age() -> None:
    recorder = Recorder()
    now = [0.0]
    batch = RecordBatch(recorder, size=100, seconds=2, clock=lambda: now[0])  # type: ignore[arg-type]
    batch.add(unit("a"))
    now[0] = 1.9
    batch.add(unit("b"))
    assert recorder.transactions == []
    now[0] = 2.0
    batch.add(unit("c"))
    assert recorder.transactions == [["a", "b", "c"]]
