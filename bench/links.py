"""Link checking: govwatch's checker against Debian's LinkChecker on the same pages.

Both read the same start pages (each unit's subpage and column lists of a
generated portal) and check every link on them once, with the same number of
parallel requests and the same per-host spacing of request starts. LinkChecker
spaces starts to a host by a random 1/rate..6/rate seconds (3.5/rate on
average) and lifts its default 10 requests/s cap only for servers answering with
a `LinkChecker` header, so the portal sends one and govwatch is given a delay of
3.5/rate. Each side runs in its own interpreter; the server counts requests.

    python -m bench.links [--units 40] [--threads 8]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler
from pathlib import Path

RATE = 1000.0  # LinkChecker's maxrequestspersecond: starts 1–6 ms apart
MEAN_SPACING_S = 3.5 / RATE
AS_OF = date(2026, 11, 24)


@dataclass(frozen=True, slots=True)
class LinkRun:
    label: str
    seconds: float
    requests: int
    checked: int  # distinct link targets the checker reports on (-1: not reported)
    exit_code: int


def start_pages(units: int, columns: int, base_url: str) -> list[str]:
    pages = []
    for u in range(units):
        pages.append(f"{base_url}u{u}/index.html")
        pages += [f"{base_url}u{u}/c{c}/index.html" for c in range(columns)]
    return pages


# --- the govwatch side (run as `python -m bench.links --govwatch PAGES.json THREADS`) ---------


async def govwatch_check(pages: list[str], threads: int) -> int:
    """Fetch and read each start page as a crawl does, then check every link on them once."""
    from checks.model import CrawlSettings, Fetched
    from crawler.fetch import Fetcher
    from crawler.links import LinkChecker, LinkGate
    from crawler.observe import Observer

    base = pages[0].split("/u0/", 1)[0] + "/"
    settings = CrawlSettings(concurrency=threads, delay_s=MEAN_SPACING_S, retries=0,
                             link_check_limit=10**9, detail_pages=0)
    async with Fetcher(settings) as fetcher:
        observer = Observer(fetcher, AS_OF, detail_pages=0)
        checker = LinkChecker(fetcher.check_link, LinkGate(base), limit=10**9, parallel=threads)

        async def one(url: str) -> None:
            observation, _ = await observer.observe(url, "subpage")
            if isinstance(observation.outcome, Fetched):
                await checker.check_pages([(url, observation.outcome)])

        await asyncio.gather(*(one(u) for u in pages))
        return len(checker.report().status)


def _govwatch_main(pages_file: str, threads: str) -> int:
    pages = json.loads(Path(pages_file).read_text(encoding="utf-8"))
    checked = asyncio.run(govwatch_check(pages, int(threads)))
    print(json.dumps({"checked": checked}))
    return 0


# --- the comparison ----------------------------------------------------------------------------


class _Announcing(BaseHTTPRequestHandler):
    """Mixed into the sample portal's handler: the header that lifts LinkChecker's rate cap."""

    def end_headers(self) -> None:
        self.send_header("LinkChecker", "bench")
        super().end_headers()


def _timed(label: str, argv: list[str], portal: object, env: dict[str, str] | None = None
           ) -> tuple[LinkRun, str]:
    portal.reset_counters()  # type: ignore[attr-defined]
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - started
    requests = len(portal.request_log())  # type: ignore[attr-defined]
    checked = -1
    if done.stdout.strip().startswith("{"):
        checked = int(json.loads(done.stdout.strip().splitlines()[-1]).get("checked", -1))
    return LinkRun(label, seconds, requests, checked, done.returncode), done.stdout + done.stderr


def compare(units: int = 40, threads: int = 8) -> tuple[LinkRun, LinkRun | None]:
    """(govwatch, LinkChecker or None when it is not installed)."""
    from sampleportal.generate import generated_site
    from sampleportal.server import serve

    site = generated_site(units, 4, 20, today=AS_OF)
    linkchecker = shutil.which("linkchecker")
    with tempfile.TemporaryDirectory(prefix="govwatch-links-") as tmp, serve(site) as portal:
        handler = portal._server.RequestHandlerClass
        portal._server.RequestHandlerClass = type(
            "AnnouncingHandler", (_Announcing, handler), {}  # type: ignore[arg-type]
        )
        portal._server.handle_error = lambda *_: None  # type: ignore[method-assign]
        work = Path(tmp)
        os.chmod(work, 0o755)  # LinkChecker run as root drops to `nobody` and reads its config
        pages = start_pages(units, 4, portal.base_url)
        pages_file = work / "pages.json"
        pages_file.write_text(json.dumps(pages), encoding="utf-8")
        ours, _ = _timed("govwatch", [sys.executable, "-m", "bench.links", "--govwatch",
                                      str(pages_file), str(threads)], portal)
        theirs = None
        if linkchecker is not None:
            rc = work / "linkcheckerrc"
            rc.write_text(f"[checking]\nmaxrequestspersecond={RATE:g}\nthreads={threads}\n"
                          "recursionlevel=1\n[output]\nstatus=0\nwarnings=0\n",
                          encoding="utf-8")
            rc.chmod(0o644)
            theirs, _ = _timed("linkchecker", [linkchecker, "-f", str(rc), "-t", str(threads),
                                               "-r", "1", "--no-status", "--no-warnings",
                                               "--no-robots", "-o", "none", *pages], portal)
    return ours, theirs


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["--govwatch"]:
        return _govwatch_main(*args_in[1:3])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=40)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(args_in)
    ours, theirs = compare(args.units, args.threads)
    for run in (ours, theirs):
        if run is not None:
            print(f"{run.label:<12} {run.seconds:7.2f} s  {run.requests:6} requests  "
                  f"exit {run.exit_code}")
    if theirs is None:
        print("linkchecker is not installed (apt-get install linkchecker)")
        return 0
    print(f"govwatch/linkchecker time: {ours.seconds / theirs.seconds:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
