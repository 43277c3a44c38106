"""The composition root's shared state: which configuration and database a command uses.

Only this package reads environment variables and builds the engine; every
other layer is handed what it needs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from checks.model import PortalConfig
from config import default_config_path, load_config

if TYPE_CHECKING:
    from store import Store


@dataclass
class App:
    """Resolved per command: --config/--db, then $GOVWATCH_CONFIG/$GOVWATCH_DB, then defaults."""

    config_path: Path
    db_url: str | None
    _config: PortalConfig | None = field(default=None, repr=False)
    _store: Store | None = field(default=None, repr=False)

    @classmethod
    def from_options(cls, config: str | None, db: str | None) -> App:
        path = config or os.environ.get("GOVWATCH_CONFIG")
        if path:
            config_path = Path(path)
        elif Path("config/portal.yaml").is_file():
            config_path = Path("config/portal.yaml")
        else:
            config_path = default_config_path()
        return cls(config_path=config_path, db_url=db or os.environ.get("GOVWATCH_DB"))

    @property
    def config(self) -> PortalConfig:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    @property
    def store(self) -> Store:
        """The store, its schema created or upgraded on first use of an embedded SQLite database."""
        if self._store is None:
            from store import Store, default_db_url, ensure_schema, make_engine

            engine = make_engine(self.db_url or default_db_url())
            try:
                ensure_schema(engine)
            except BaseException:
                engine.dispose()
                raise
            self._store = Store(engine)
        return self._store

    def close(self) -> None:
        """Return pooled connections at the end of a command (PostgreSQL counts them)."""
        if self._store is not None:
            self._store.engine.dispose()
            self._store = None
