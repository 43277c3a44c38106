"""How fast `govwatch crawl` is against its floor, and what a warm re-crawl saves.

Serves a generated portal on loopback, runs `govwatch crawl` twice on one
database (cold, then warm with conditional GETs) and a bare httpx client over
exactly the requests the cold crawl made, with the same per-host concurrency.
Prints a table and appends a dated line to bench/results.md.

    python -m bench.crawl [--units 400] [--columns 4] [--items 20]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # `python bench/crawl.py` from anywhere
    sys.path.insert(0, str(ROOT))

from sampleportal.generate import generated_config_yaml, generated_site  # noqa: E402
from sampleportal.server import RunningPortal, serve  # noqa: E402

RESULTS = ROOT / "bench" / "results.md"
AS_OF = date(2026, 11, 24)
CONCURRENCY = 8


@dataclass(frozen=True, slots=True)
class Measure:
    """One subprocess run: its wall time, peak RSS, exit status, and what the server saw."""

    label: str
    seconds: float
    cpu_seconds: float  # user + system time of the child: how much of `seconds` was its own work
    peak_rss_kb: int
    exit_code: int
    requests: int
    bytes_sent: int
    not_modified: int


def run_measured(label: str, argv: list[str], portal: RunningPortal, log_path: Path) -> Measure:
    """Run one command; wait4 gives the child's own peak RSS (ru_maxrss, KB on Linux)."""
    portal.reset_counters()
    started = time.perf_counter()
    with log_path.open("wb") as log:
        process = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    entries = portal.request_log()
    return Measure(
        label=label,
        seconds=seconds,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        peak_rss_kb=int(usage.ru_maxrss),
        exit_code=process.returncode,
        requests=len(entries),
        bytes_sent=sum(e.bytes for e in entries),
        not_modified=sum(1 for e in entries if e.status == 304),
    )


def govwatch_command() -> str:
    beside = Path(sys.executable).with_name("govwatch")
    found = str(beside) if beside.exists() else shutil.which("govwatch")
    if found is None:
        raise SystemExit("govwatch is not installed: run `make setup` first")
    return found


def table(rows: list[Measure]) -> str:
    head = (f"{'run':<8}{'seconds':>9}{'cpu s':>7}{'requests':>10}{'304s':>7}{'MB sent':>9}"
            f"{'peak RSS MB':>13}")
    lines = [head, "-" * len(head)]
    for m in rows:
        rss = f"{m.peak_rss_kb / 1024:.0f}" if m.peak_rss_kb else "-"
        lines.append(f"{m.label:<8}{m.seconds:>9.2f}{m.cpu_seconds:>7.1f}{m.requests:>10}{m.not_modified:>7}"
                     f"{m.bytes_sent / 1e6:>9.2f}{rss:>13}")
    return "\n".join(lines)


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}" if b else "n/a"


def append_result(text: str) -> None:
    if not RESULTS.exists():
        RESULTS.write_text("# Crawl benchmark results\n\n", encoding="utf-8")
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write(text + "\n")


@dataclass(frozen=True, slots=True)
class CrawlRun:
    """One portal's figures: the cold crawl, and (when asked) the warm re-crawl and the floor."""

    units: int
    pages: int
    cold: Measure
    warm: Measure | None
    floor: Measure | None
    log_tail: str
    own_floor: Measure | None = None  # the same requests on the crawler's own HTTP stack

    @property
    def failed(self) -> list[Measure]:
        return [m for m in (self.cold, self.warm) if m is not None and m.exit_code != 0]


def measure_crawl(
    units: int, columns: int = 4, items: int = 20, *, warm: bool = True, floor: bool = True
) -> CrawlRun:
    """Serve a generated portal and measure `govwatch crawl` on it (and its floor)."""
    site = generated_site(units, columns, items, today=AS_OF)
    with tempfile.TemporaryDirectory(prefix="govwatch-bench-") as tmp, serve(site) as portal:
        work = Path(tmp)
        config = work / "portal.yaml"
        config.write_text(generated_config_yaml(site, portal.base_url, concurrency=CONCURRENCY,
                                                delay_s=0), encoding="utf-8")
        crawl = [govwatch_command(), "--config", str(config), "--db",
                 f"sqlite:///{work / 'bench.db'}", "crawl", "--as-of", AS_OF.isoformat()]
        cold = run_measured("cold", crawl, portal, work / "cold.log")
        requested = [[e.method, portal.url(e.path)] for e in portal.request_log()]
        again = run_measured("warm", crawl, portal, work / "warm.log") if warm else None
        bare = own = None
        if floor:
            urls = work / "urls.json"
            urls.write_text(json.dumps(requested), encoding="utf-8")
            floor_command = [sys.executable, "-m", "bench.floor", str(urls), str(CONCURRENCY)]
            bare = run_measured("floor", floor_command, portal, work / "floor.log")
            own = run_measured("own-http", [*floor_command, "--own"], portal, work / "own.log")
        tail = (work / "cold.log").read_text(encoding="utf-8", errors="replace")[-800:]
    return CrawlRun(units, site.pages(), cold, again, bare, tail, own)


def machine() -> str:
    return f"{platform.platform()} · {os.cpu_count()} CPUs"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=400)
    parser.add_argument("--columns", type=int, default=4)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--no-record", action="store_true", help="do not append to results.md")
    args = parser.parse_args(argv)

    run = measure_crawl(args.units, args.columns, args.items)
    cold, warm, floor = run.cold, run.warm, run.floor
    assert warm is not None and floor is not None
    print(f"portal: {args.units} units x {args.columns} columns x {args.items} items "
          f"({run.pages} reachable pages), concurrency {CONCURRENCY}, delay 0")
    print(table([m for m in (cold, warm, floor, run.own_floor) if m is not None]))
    if run.own_floor is not None:
        print(f"crawl/own-http time: {ratio(cold.seconds, run.own_floor.seconds)} (the crawl's "
              "cost beyond its HTTP)   own-http/floor: "
              f"{ratio(run.own_floor.seconds, floor.seconds)}")
    print(f"crawl/floor time: {ratio(cold.seconds, floor.seconds)}   "
          f"warm/cold bytes: {ratio(warm.bytes_sent, cold.bytes_sent)}   "
          f"warm/cold time: {ratio(warm.seconds, cold.seconds)}")
    for m in run.failed:
        print(f"govwatch {m.label} crawl exited {m.exit_code}; last output:\n{run.log_tail}",
              file=sys.stderr)
    if not args.no_record:
        append_result(
            f"- {datetime.now():%Y-%m-%d %H:%M} · {machine()} · "
            f"{args.units}×{args.columns}×{args.items}: cold {cold.seconds:.1f}s "
            f"({cold.requests} req, {cold.bytes_sent / 1e6:.1f} MB, RSS "
            f"{cold.peak_rss_kb / 1024:.0f} MB), warm {warm.seconds:.1f}s "
            f"({warm.bytes_sent / 1e6:.1f} MB), floor {floor.seconds:.1f}s; "
            f"crawl/floor {ratio(cold.seconds, floor.seconds)}, warm/cold bytes "
            f"{ratio(warm.bytes_sent, cold.bytes_sent)}"
            + (" (crawl exited non-zero)" if run.failed else "")
        )
    return 1 if run.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
