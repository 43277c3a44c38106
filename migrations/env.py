"""Alembic environment: runs migrations on the connection the store hands over.

`store.engine.upgrade` passes its connection in `config.attributes`; the
`alembic` command line (alembic.ini at the repository root) gives a URL.
Logging is left to the caller: a library does not configure handlers.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from store.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection given and no sqlalchemy.url in the alembic configuration")
    engine = create_engine(url)
    try:
        with engine.connect() as own:
            _run(own)
    finally:
        engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
