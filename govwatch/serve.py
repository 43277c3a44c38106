"""The composition of `govwatch serve`: settings, stores, signals, logging of job outcomes."""

from __future__ import annotations

import logging
import signal
from types import FrameType

from config.service import service_settings
from govwatch.app import App
from govwatch.service import Service
from store.service import ServiceStore


def run_service(app: App) -> None:
    """Blocks until SIGTERM/SIGINT; a ConfigError in the service sections stops it at once."""
    settings = service_settings(app.config)
    logging.getLogger("govwatch").setLevel(logging.INFO)
    service = Service(app.config, app.store, ServiceStore(app.store.engine), settings)

    def stop(signum: int, _frame: FrameType | None) -> None:
        logging.getLogger(__name__).warning("signal %s: stopping", signal.Signals(signum).name)
        service.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    service.serve()
