"""The outbox sender: drains due rows through apprise, with per-row exponential back-off.

At least once: a row is marked sent only after apprise reports success, so a
crash in between sends it again on restart. Never twice for one state change:
the outbox holds one row per dedupe key (checks/alerts.py), and only the one
service instance holding the lock runs this worker.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import apprise

from store.service import Message, ServiceStore

log = logging.getLogger(__name__)

BASE_DELAY = timedelta(seconds=60)
MAX_DELAY = timedelta(hours=6)



def _load_plugins() -> None:
    """apprise loads its plugins lazily, and its e-mail plugin imports `imghdr`, deprecated
    since Python 3.11: load them once here with that one warning silenced, so the first
    alert of a run (and tests, where warnings are errors) does not trip over it."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*imghdr", category=DeprecationWarning)
        apprise.Apprise().add("json://localhost/")


_load_plugins()

Deliver = Callable[[Message], str | None]  # None on success, else the reason


def backoff(attempts: int) -> timedelta:
    """60 s, 2 min, 4 min, … capped at 6 h: a WeCom outage of a day is ridden out, not hammered."""
    delay: timedelta = BASE_DELAY * (2 ** max(attempts - 1, 0))
    return min(delay, MAX_DELAY)


def deliver(message: Message) -> str | None:
    """Send one message to all its recipients with apprise; None when it went out."""
    sender = apprise.Apprise()
    for url in message.recipients:
        if not sender.add(url):
            return f"无效的提醒地址 / invalid apprise URL: {url.split('://', 1)[0]}://…"
    if not message.recipients:
        return "没有收件人 / no recipients"
    ok = sender.notify(title=message.title, body=message.body)
    return None if ok else "apprise 发送失败 / apprise reported a failed delivery"


@dataclass
class SendSummary:
    sent: int = 0
    failed: int = 0


def drain(
    outbox: ServiceStore,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    send: Deliver = deliver,
    limit: int = 50,
) -> SendSummary:
    """Send every due row once; failures are rescheduled, not retried in a loop here."""
    summary = SendSummary()
    for message in outbox.due(now(), limit):
        error = send(message)
        if error is None:
            outbox.mark_sent(message.id, now())
            summary.sent += 1
            log.info("alert sent: %s", message.dedupe_key)
            continue
        retry_at = now() + backoff(message.attempts + 1)
        outbox.mark_failed(message.id, error, retry_at)
        summary.failed += 1
        log.warning("alert %s not sent (%s); next attempt %s", message.dedupe_key, error, retry_at)
    return summary
