"""A whole crawl of a portal whose columns misbehave: bounded time, bounded memory, right findings.

One real crawl (the CLI, in a child process so its peak RSS is its own) runs
against the fault portal on loopback; each hostile behaviour is then its own
test case, judged on the findings the run recorded. A hostile column gets
exactly one finding: `column_unreachable` when no usable answer came,
`extraction_failed` (a warning) when the answer could not be read, and the
finding its content deserves when the server relented in time (429, 500×3) or
lied only about the charset. The ordinary columns beside them must keep theirs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from govwatch.cli import main
from tests.faults.portal import (
    AFTER_429,
    AFTER_500S,
    AS_OF,
    GBK_AS_UTF8,
    STALE,
    UTF8_AS_GBK,
    FaultPortal,
    fault_server,
)

REPO = Path(__file__).resolve().parents[2]
CRAWL_BOUND_S = 30.0  # the slowest column: 4 tries × 2 s deadline + back-off, with room to spare
RSS_CAP_MB = 256.0  # a 100-link portal peaks near 105 MB; the 100,000-link page adds ~100 MB
GRADED = {
    "subpage_unreachable",
    "column_unreachable",
    "column_empty",
    "column_stale",
    "category_missing",
    "broken_link",
    "content_injection",
    "extraction_failed",
}


@dataclass(frozen=True)
class Expect:
    """The one finding a column must get: check, severity and, for a stale list, its newest date."""

    check: str | None
    severity: str | None = None
    newest: date | None = None


UNREACHABLE = Expect("column_unreachable", "fail")
UNREADABLE = Expect("extraction_failed", "warn")

HOSTILE: dict[str, Expect] = {
    "/hang/index.html": UNREACHABLE,
    "/trickle/index.html": UNREACHABLE,
    "/bigchunked/index.html": UNREADABLE,  # 20 MB, no length announced
    "/big/index.html": UNREADABLE,  # 20 MB announced
    "/bomb/index.html": UNREADABLE,
    "/loop/a": UNREACHABLE,
    "/garbage/index.html": UNREADABLE,
    "/gbkasutf8/index.html": Expect("column_stale", "fail", GBK_AS_UTF8),
    "/utf8asgbk/index.html": Expect("column_stale", "fail", UTF8_AS_GBK),
    "/throttle/index.html": Expect("column_stale", "fail", AFTER_429),
    "/reset/index.html": UNREACHABLE,
    "/flaky/index.html": Expect("column_stale", "fail", AFTER_500S),
    "/down/index.html": UNREACHABLE,
    "/many/index.html": UNREADABLE,  # 100,000 links and not one date
    "/cut/index.html": UNREACHABLE,
}
ORDINARY: dict[str, Expect] = {
    "/fresh/index.html": Expect(None),
    "/stale/index.html": Expect("column_stale", "fail", STALE),
    "/empty/index.html": Expect("column_empty", "fail"),
}
CATEGORY = {"/empty/index.html": "notice"}


def config_yaml(base: str) -> str:
    """Two units: every hostile column (and a fresh one) under one, the ordinary ones apart."""

    def unit(unit_id: str, name: str, paths: list[str]) -> list[str]:
        head = [
            f"  - id: {unit_id}",
            f"    name: {name}",
            "    kind: department",
            f'    subpage: "{base}/sub/{unit_id}.html"',
            "    columns:",
        ]
        return head + [
            f'      - {{name: 栏目{path.split("/")[1]}, url: "{base}{path}", '
            f"category: {CATEGORY.get(path, 'dynamic')}}}"
            for path in paths
        ]

    lines = [
        "portal:",
        "  name: 故障区人民政府",
        f'  base_url: "{base}/"',
        "crawl: {timeout_s: 2, retries: 3, backoff_s: 0.05, concurrency: 4, delay_s: 0,",
        "        link_check_limit: 200}",
        "categories:",
        "  - {id: dynamic, names: [工作动态], max_age_days: 14}",
        "  - {id: notice, names: [通知公告], max_age_days: 183}",
        "units:",
        *unit("hostile", "故障局", [*HOSTILE, "/fresh/index.html"]),
        *unit("ordinary", "正常局", list(ORDINARY)),
    ]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Crawl:
    exit_code: int
    elapsed_s: float
    peak_rss_mb: float
    stderr: str
    findings: list[dict[str, Any]]


# Started from pytest, a child's peak RSS (ru_maxrss) would include pytest's own size: the
# kernel counts the memory a process had when it exec'd. A small launcher starts the crawl and
# reports the crawl's own peak (its reader process's included) from wait4.
_LAUNCHER = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)\n"
)


def crawl_in_child(config: Path, db: str, log: Path) -> tuple[int, float, float]:
    """Run `govwatch crawl` as a grandchild; its own peak RSS comes back through the launcher."""
    started = time.monotonic()
    with log.open("wb") as stderr:
        launched = subprocess.run(
            [
                sys.executable,
                "-c",
                _LAUNCHER,
                sys.executable,
                "-m",
                "govwatch",
                "--config",
                str(config),
                "--db",
                db,
                "crawl",
                "--as-of",
                AS_OF.isoformat(),
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=stderr,
            check=True,
        )
    elapsed = time.monotonic() - started
    code, peak_kb = launched.stdout.split()
    return int(code), elapsed, int(peak_kb) / 1024  # ru_maxrss is in KB on Linux


@pytest.fixture(scope="module")
def portal() -> Iterator[FaultPortal]:
    with fault_server() as running:
        yield running


@pytest.fixture(scope="module")
def crawl(portal: FaultPortal, tmp_path_factory: pytest.TempPathFactory) -> Crawl:
    root = tmp_path_factory.mktemp("faults")
    config = root / "portal.yaml"
    config.write_text(config_yaml(portal.base), encoding="utf-8")
    db = f"sqlite:///{root / 'govwatch.db'}"
    log = root / "crawl.log"
    code, elapsed, rss = crawl_in_child(config, db, log)
    shown = CliRunner().invoke(
        main, ["--config", str(config), "--db", db, "findings", "--format", "json"]
    )
    assert shown.exit_code == 0, shown.output
    stderr = log.read_text(encoding="utf-8", errors="replace")
    return Crawl(code, elapsed, rss, stderr, json.loads(shown.stdout))


def graded_for(crawl: Crawl, url: str, unit: str) -> list[dict[str, Any]]:
    return [
        f for f in crawl.findings if f["url"] == url and f["unit"] == unit and f["check"] in GRADED
    ]


def assert_one(found: list[dict[str, Any]], expect: Expect) -> None:
    if expect.check is None:
        assert found == []
        return
    assert [(f["check"], f["severity"]) for f in found] == [(expect.check, expect.severity)]
    if expect.newest is not None:
        assert found[0]["observed"]["newest"] == expect.newest.isoformat()


def test_crawl_completes_in_bounded_time(crawl: Crawl) -> None:
    assert crawl.exit_code == 0, crawl.stderr[-2000:]
    assert crawl.elapsed_s < CRAWL_BOUND_S


@pytest.mark.parametrize("path", list(HOSTILE))
def test_hostile_column_gets_its_one_finding(crawl: Crawl, portal: FaultPortal, path: str) -> None:
    assert_one(graded_for(crawl, portal.url(path), "hostile"), HOSTILE[path])


@pytest.mark.parametrize(
    ("unit", "path"), [("hostile", "/fresh/index.html"), *(("ordinary", p) for p in ORDINARY)]
)
def test_ordinary_column_keeps_its_finding(
    crawl: Crawl, portal: FaultPortal, unit: str, path: str
) -> None:
    assert_one(graded_for(crawl, portal.url(path), unit), ORDINARY[path])


def test_no_finding_beyond_the_columns(crawl: Crawl, portal: FaultPortal) -> None:
    """No broken_link, injection or subpage finding leaks out of the hostile pages."""
    columns = {portal.url(p) for p in (*HOSTILE, *ORDINARY)}
    stray = [f for f in crawl.findings if f["check"] in GRADED and f["url"] not in columns]
    assert stray == []
    assert len([f for f in crawl.findings if f["check"] in GRADED]) == 17  # 14 hostile + 3 ordinary


def test_servers_that_relent_were_retried_not_abandoned(crawl: Crawl, portal: FaultPortal) -> None:
    """The server's own count: 500 three times then the page; 429 once then the page."""
    assert portal.gets["/flaky/index.html"] == 4
    assert portal.gets["/throttle/index.html"] == 2
    assert portal.gets["/down/index.html"] == 4  # 1 + retries, then given up


def test_peak_memory_stays_under_the_cap(crawl: Crawl) -> None:
    print(f"peak RSS {crawl.peak_rss_mb:.0f} MB")
    assert 0 < crawl.peak_rss_mb < RSS_CAP_MB
