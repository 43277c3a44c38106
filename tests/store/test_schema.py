"""The migrations build exactly the models' schema, and operator problems are StoreErrors."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import sqlalchemy.exc
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from store import StoreError, default_db_url, ensure_schema, make_engine, upgrade
from store.engine import _alembic_config, head_revision
from store.models import Base

TABLES = {"run", "run_unit", "observation", "finding", "page_cache"}


def schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    assert set(inspect(engine).get_table_names()) >= TABLES
    assert schema_differences(engine) == []


def test_downgrade_removes_everything_and_upgrade_restores_it(engine: Engine) -> None:
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert TABLES.isdisjoint(inspect(engine).get_table_names())
    upgrade(engine)
    assert set(inspect(engine).get_table_names()) >= TABLES
    assert schema_differences(engine) == []


def test_server_database_behind_head_asks_for_db_upgrade(engine: Engine) -> None:
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite is upgraded automatically")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with pytest.raises(StoreError, match="govwatch db upgrade"):
        ensure_schema(engine)
    upgrade(engine)
    ensure_schema(engine)  # at head now: no complaint


def test_embedded_database_is_created_and_upgraded_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    url = default_db_url(tmp_path)
    assert url == f"sqlite:///{tmp_path.resolve() / 'var' / 'govwatch.db'}"
    engine = make_engine(url)
    try:
        ensure_schema(engine)
        ensure_schema(engine)  # idempotent
        with engine.connect() as connection:
            revision = MigrationContext.configure(connection).get_current_revision()
            journal = connection.execute(text("PRAGMA journal_mode")).scalar()
            foreign_keys = connection.execute(text("PRAGMA foreign_keys")).scalar()
            busy = connection.execute(text("PRAGMA busy_timeout")).scalar()
    finally:
        engine.dispose()
    assert revision == head_revision() is not None
    assert (journal, foreign_keys) == ("wal", 1)
    assert busy is not None and busy >= 1000


def test_default_url_lives_under_var_of_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert default_db_url() == f"sqlite:///{tmp_path.resolve() / 'var' / 'govwatch.db'}"
    assert (tmp_path / "var").is_dir()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def test_unreachable_server_is_a_store_error_without_the_password() -> None:
    engine = make_engine(
        f"postgresql+psycopg://govwatch:s3cret@127.0.0.1:{closed_port()}/govwatch?connect_timeout=5"
    )
    try:
        with pytest.raises(StoreError) as caught:
            ensure_schema(engine)
    finally:
        engine.dispose()
    message = str(caught.value)
    assert "127.0.0.1" in message and "***" in message
    assert "s3cret" not in message


def test_sqlite_file_in_a_missing_folder_is_a_store_error(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'no' / 'such' / 'dir' / 'x.db'}")
    try:
        with pytest.raises(StoreError, match=r"x\.db"):
            ensure_schema(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://host/x"])
def test_bad_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError, match="invalid database URL"):
        make_engine(url)


def test_the_head_constant_is_alembics_head() -> None:
    """ensure_schema skips alembic for a database at HEAD_REVISION: it must be the real head."""
    from store.engine import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def _shape(engine: Engine) -> dict[str, object]:
    """Everything a schema is made of, as the database itself reports it."""
    seen = inspect(engine)
    return {
        table: (
            [(c["name"], str(c["type"]), c["nullable"]) for c in seen.get_columns(table)],
            seen.get_pk_constraint(table),
            sorted(map(str, seen.get_indexes(table))),
            sorted(map(str, seen.get_unique_constraints(table))),
            sorted(map(str, seen.get_foreign_keys(table))),
        )
        for table in sorted(seen.get_table_names())
    }


def test_a_new_sqlite_database_is_created_as_the_migrations_build_it(tmp_path: Path) -> None:
    """A new file is built from the models and stamped at head, without running alembic:
    the result must be what the migrations build, and alembic must take it from there."""
    created = make_engine(f"sqlite:///{tmp_path / 'created.db'}")
    migrated = make_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    try:
        ensure_schema(created)
        upgrade(migrated)
        assert _shape(created) == _shape(migrated)
        assert schema_differences(created) == []
        with created.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == head_revision()
        config = _alembic_config()
        with created.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert inspect(created).get_table_names() == ["alembic_version"]
        upgrade(created)
        assert _shape(created) == _shape(migrated)
    finally:
        created.dispose()
        migrated.dispose()


def test_a_sqlite_database_with_tables_but_no_revision_is_left_to_alembic(tmp_path: Path) -> None:
    """Only an empty file is created from the models; anything else goes through alembic
    (which then refuses to build over tables it did not make)."""
    engine = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE run (id INTEGER PRIMARY KEY)"))
        with pytest.raises(sqlalchemy.exc.OperationalError, match="already exists"):
            ensure_schema(engine)
    finally:
        engine.dispose()
