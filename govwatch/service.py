"""`govwatch serve`: the weekly crawl, the bulletins, probes and alerts, on a schedule, alone.

- One instance per database: a lock row renewed by heartbeat; a second
  instance waits (and logs who holds it) until the lock is released or lapses.
- Catch-up exactly once: each job records the due time it handled; on start,
  a job whose most recent due time is after its record runs once, however
  many due times were missed (coalesce, in APScheduler's words).
- SIGTERM/SIGINT: the crawl in flight is cancelled (the runner marks the run
  interrupted; the next crawl of that day resumes it), the lock is released.
- The clock is injectable (`clock`), so catch-up is tested without sleeping.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from checks.model import PortalConfig
from config.service import ServiceSettings
from govwatch import scheduled
from govwatch.alerting import planner_for, send_digest
from govwatch.notify import drain
from govwatch.runner import run_crawl
from store import Store
from store.service import JobRecord, ServiceStore

log = logging.getLogger(__name__)

LOCK = "serve"
CRON_JOBS = ("crawl", "monthly", "quarterly")
LOOKBACK = timedelta(days=400)  # longer than any cron period we schedule (a quarter)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def cron(expression: str, zone: ZoneInfo) -> CronTrigger:
    return CronTrigger.from_crontab(expression, timezone=zone)


def last_due(expression: str, zone: ZoneInfo, now: datetime) -> datetime | None:
    """The most recent fire time at or before `now` (APScheduler only looks forward)."""
    trigger = cron(expression, zone)
    found: datetime | None = None
    moment = trigger.get_next_fire_time(None, now - LOOKBACK)
    while moment is not None and moment <= now:
        found = moment
        moment = trigger.get_next_fire_time(moment, moment + timedelta(seconds=1))
    return found


def missed(
    crons: dict[str, str], records: dict[str, JobRecord], zone: ZoneInfo, now: datetime
) -> dict[str, datetime]:
    """name → the one due time to catch up: the latest, when it is after the job's record."""
    out: dict[str, datetime] = {}
    for name, expression in crons.items():
        due = last_due(expression, zone, now)
        record = records.get(name)
        if due is not None and (record is None or record.last_due < due):
            out[name] = due
    return out


@dataclass
class Service:
    """The scheduled jobs over one configuration and database."""

    config: PortalConfig
    store: Store
    states: ServiceStore
    settings: ServiceSettings
    clock: Clock = utc_now
    holder: str = f"{socket.gethostname()}:{os.getpid()}"

    def __post_init__(self) -> None:
        self.zone = ZoneInfo(self.config.portal.timezone)
        self.stopping = threading.Event()
        self._busy: dict[str, threading.Lock] = {n: threading.Lock() for n in CRON_JOBS}
        self._crawl: tuple[asyncio.AbstractEventLoop, asyncio.Task[object]] | None = None
        self._crawl_guard = threading.Lock()

    @property
    def crons(self) -> dict[str, str]:
        schedule = self.settings.schedule
        return {"crawl": schedule.crawl, "monthly": schedule.monthly,
                "quarterly": schedule.quarterly}

    # --- the jobs ------------------------------------------------------------

    def run_job(self, name: str, due: datetime | None = None) -> str | None:
        """Run `name` for its latest due time unless that was already handled; its outcome."""
        due = due or last_due(self.crons[name], self.zone, self.clock())
        if due is None:
            return None
        with self._busy[name]:
            record = self.states.jobs().get(name)
            if record is not None and record.last_due >= due:
                return None
            self.states.job_started(name, due, self.clock())
            log.warning("job %s started (due %s)", name, due.isoformat())
            try:
                outcome = self._perform(name, due)
            except asyncio.CancelledError:
                outcome = "interrupted"
            except Exception as exc:  # a job failing must not stop the service: logged, recorded
                log.exception("job %s failed", name)
                outcome = f"failed: {type(exc).__name__}: {exc}"
            self.states.job_finished(name, self.clock(), outcome)
            log.warning("job %s finished: %s", name, outcome)
            return outcome

    def _perform(self, name: str, due: datetime) -> str:
        folder = Path(self.settings.schedule.reports_dir)
        if name == "crawl":
            return self._crawl_now()
        if name == "monthly":
            return f"written {scheduled.monthly_bulletin(self.config, self.store, due, folder)}"
        return f"written {scheduled.quarterly_ranking(self.config, self.store, due, folder)}"

    def _crawl_now(self) -> str:
        """The weekly check for today, in its own event loop so stop() can cancel it."""
        as_of = self.clock().astimezone(self.zone).date()
        planner = planner_for(self.config, self.states, self.settings.alerts, as_of)
        loop = asyncio.new_event_loop()
        try:
            task = loop.create_task(run_crawl(self.config, self.store, as_of, planner=planner))
            with self._crawl_guard:
                if self.stopping.is_set():
                    task.cancel()
                self._crawl = (loop, task)
            summary = loop.run_until_complete(task)
        finally:
            with self._crawl_guard:
                self._crawl = None
            loop.close()
        send_digest(self.config, self.store, self.states, self.settings.alerts,
                    summary.run_id, as_of, self.clock())
        scheduled.national_alerts(self.config, self.store, self.states, self.settings.alerts,
                                  summary.run_id, self.clock())
        self.send()
        return (f"{summary.status} run {summary.run_id} as of {as_of}: {summary.units} units, "
                f"{summary.fails} fail, {summary.warns} warn")

    def send(self) -> None:
        result = drain(self.states, now=self.clock)
        if result.sent or result.failed:
            log.warning("outbox: %d sent, %d to retry", result.sent, result.failed)

    def probe(self) -> None:
        failures = scheduled.probe_round(
            self.config, self.states, self.settings.alerts, self.settings.probes, self.clock()
        )
        if failures:
            log.warning("probes: %d failed", failures)
        self.send()

    def catch_up(self) -> dict[str, datetime]:
        """Jobs whose latest due time passed while no instance ran: each runs once."""
        return missed(self.crons, self.states.jobs(), self.zone, self.clock())

    # --- the scheduler -------------------------------------------------------

    def scheduler(self) -> BackgroundScheduler:
        """The job table: cron jobs in the portal's zone, probes and the outbox on intervals."""
        schedule = self.settings.schedule
        # a machine that was off runs a job once, not once per missed time (coalesce)
        once = {"coalesce": True, "max_instances": 1,
                "misfire_grace_time": schedule.misfire_grace_s}
        scheduler = BackgroundScheduler(
            timezone=self.zone, executors={"default": ThreadPoolExecutor(4)}, job_defaults=once
        )
        for name, expression in self.crons.items():
            scheduler.add_job(self.run_job, cron(expression, self.zone), args=[name], id=name,
                              name=name, **once)
        if schedule.probes_per_day:
            every = 86400 / schedule.probes_per_day
            jittered = IntervalTrigger(seconds=every, jitter=int(every / 4), timezone=self.zone)
            scheduler.add_job(self.probe, jittered, id="probe", **once)
        sending = IntervalTrigger(seconds=schedule.send_every_s, timezone=self.zone)
        scheduler.add_job(self.send, sending, id="send", **once)
        return scheduler

    # --- one instance, running until stopped ---------------------------------

    def acquire(self) -> bool:
        """Wait for the lock; False when stopped first."""
        ttl = timedelta(seconds=self.settings.schedule.lock_ttl_s)
        told: str | None = None
        while not self.stopping.is_set():
            now = self.clock()
            other = self.states.acquire(LOCK, self.holder, now, now + ttl)
            if other is None:
                log.warning("lock acquired by %s", self.holder)
                return True
            if other != told:
                log.warning("another instance holds the lock (%s); waiting", other)
                told = other
            self.stopping.wait(self.settings.schedule.lock_poll_s)
        return False

    def serve(self) -> None:
        if not self.acquire():
            return
        scheduler = self.scheduler()
        try:
            scheduler.start()
            due_now = self.catch_up()
            if not due_now:
                log.warning("catch-up: nothing due")
            for name, due in due_now.items():
                log.warning("catching up %s (due %s)", name, due.isoformat())
                scheduler.add_job(self.run_job, args=[name, due], id=f"catch-up-{name}",
                                  next_run_time=datetime.now(self.zone))
            self._heartbeat()
        finally:
            self.stop()
            scheduler.shutdown(wait=True)
            self.states.release(LOCK, self.holder)
            log.warning("stopped; lock released")

    def _heartbeat(self) -> None:
        ttl = timedelta(seconds=self.settings.schedule.lock_ttl_s)
        while not self.stopping.wait(self.settings.schedule.lock_ttl_s / 3):
            now = self.clock()
            other = self.states.acquire(LOCK, self.holder, now, now + ttl)
            if other is not None:
                log.error("lock lost to %s: stopping", other)
                return

    def stop(self) -> None:
        """From a signal handler or another thread: cancel the crawl in flight, end serve()."""
        self.stopping.set()
        with self._crawl_guard:
            if self._crawl is not None:
                loop, task = self._crawl
                loop.call_soon_threadsafe(task.cancel)
