"""The database: runs, observations, findings and the page cache (SQLite or PostgreSQL)."""

from store import service_tables as _service_tables  # noqa: F401  (registers the tables)
from store.engine import StoreError, default_db_url, ensure_schema, make_engine, upgrade
from store.records import CachedPage, Store, UnitRecord

__all__ = [
    "CachedPage",
    "Store",
    "StoreError",
    "UnitRecord",
    "default_db_url",
    "ensure_schema",
    "make_engine",
    "upgrade",
]
