"""Opening the database and bringing its schema to the latest migration.

An operator problem here (no server, wrong URL, schema behind) raises
`StoreError` naming the URL without its password; the CLI prints it and exits
non-zero instead of showing a traceback (STYLE.md §6).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy.exc
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

import migrations

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest migration in migrations/versions (a test holds the two together). A database
# already at it is used without loading alembic, which costs more than the rest of start-up.
HEAD_REVISION = "0002"

SQLITE_BUSY_TIMEOUT_MS = 30_000  # a second writer (a recheck during a crawl) waits, not fails


class StoreError(Exception):
    """The database cannot be used: an operator problem, reported without a traceback."""


def safe_url(url: str | Engine) -> str:
    """The URL as it may be shown to people: the password masked."""
    try:
        parsed = url.url if isinstance(url, Engine) else make_url(url)
    except sqlalchemy.exc.ArgumentError:
        return "<unparseable database URL>"
    return parsed.render_as_string(hide_password=True)


def default_db_url(base: Path | None = None) -> str:
    """A SQLite file under `<base>/var/` (base: the current directory, i.e. the checkout)."""
    folder = (base or Path.cwd()) / "var"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(folder / 'govwatch.db').resolve()}"


def _json_default(value: object) -> str:
    """Dates in JSON columns are ISO strings (they come back as strings)."""
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout on every connection."""
    try:
        engine = create_engine(url, json_serializer=_dumps, pool_pre_ping=True)
    except (sqlalchemy.exc.ArgumentError, sqlalchemy.exc.NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"无效的数据库地址 / invalid database URL {safe_url(url)}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")  # in-memory databases answer 'memory': fine
    finally:
        cursor.close()


def _alembic_config() -> Config:
    """Found through the installed package, so it works from any working directory."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(migrations.__file__).parent))
    return config


def head_revision() -> str | None:
    """The newest migration as alembic reads migrations/versions."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (alembic's own table), None for an empty database."""
    with _connected(engine) as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = list(connection.scalars(text("SELECT version_num FROM alembic_version")))
        return versions[0] if len(versions) == 1 else None


def upgrade(engine: Engine) -> None:
    """Bring the schema to the latest migration (`govwatch db upgrade`)."""
    from alembic import command

    config = _alembic_config()
    with _connected(engine) as connection, connection.begin():
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    log.info("database %s at revision %s", safe_url(engine), current_revision(engine))


def ensure_schema(engine: Engine) -> None:
    """SQLite is migrated automatically; a server database must be upgraded explicitly."""
    current = current_revision(engine)
    if current == HEAD_REVISION:
        return
    if engine.dialect.name == "sqlite":
        if current is None and _is_empty(engine):
            create_at_head(engine)
        else:
            upgrade(engine)
        return
    head = head_revision()
    if current != head:
        raise StoreError(
            f"数据库结构不是最新版本 / database schema of {safe_url(engine)} is at revision "
            f"{current or 'none'}, not {head}: run `govwatch db upgrade`"
        )


def _is_empty(engine: Engine) -> bool:
    with _connected(engine) as connection:
        return not inspect(connection).get_table_names()


def create_at_head(engine: Engine) -> None:
    """A new database built from the models and stamped at HEAD_REVISION, as alembic's
    "create_all, then stamp head" recipe does — without loading alembic, whose import costs
    a first run more memory than the rest of the crawl. A test holds the models, the
    migrations and this stamp together; later migrations upgrade it like any other."""
    from store.models import Base

    with _connected(engine) as connection, connection.begin():
        Base.metadata.create_all(connection)
        connection.execute(
            text(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
        )
        connection.execute(
            text("INSERT INTO alembic_version (version_num) VALUES (:head)"),
            {"head": HEAD_REVISION},
        )
    log.info("database %s created at revision %s", safe_url(engine), HEAD_REVISION)


@contextmanager
def _connected(engine: Engine) -> Iterator[Connection]:
    """A connection whose failure to open becomes a StoreError naming the (masked) URL."""
    try:
        connection = engine.connect()
    except sqlalchemy.exc.DBAPIError as exc:
        raise unreachable(engine, exc) from exc
    with connection:
        yield connection


def unreachable(engine: Engine, exc: BaseException) -> StoreError:
    """The driver's first line of complaint, without SQLAlchemy's statement dump."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    return StoreError(f"无法连接数据库 / cannot use database {safe_url(engine)}: {reason}")
