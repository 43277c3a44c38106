"""Store fixtures: a migrated database per test, on SQLite and (when configured) PostgreSQL;
each test starts from empty tables (`db_url` is in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, delete

from store import Store, make_engine, upgrade
from store.models import Base


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """Migrated to head, with every table empty."""
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(delete(table))
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: Engine) -> Store:
    return Store(engine)
