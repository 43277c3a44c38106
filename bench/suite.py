"""`make bench`: every benchmark of the project in one run, as ratios against a floor.

Absolute times on a shared machine are noise; each figure here is measured
against its floor in the same run. Goals are printed beside the figures, and
one dated line per run (with the machine) is appended to bench/results.md.

    python -m bench [--quick] [--no-record]

--quick: the crawl at 100 units instead of 400, the memory series on a smaller
page shape, fewer repeats (about 2 minutes instead of about 8).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime

from bench.crawl import CrawlRun, append_result, machine, measure_crawl, ratio, table
from bench.extract import median_ratio
from bench.links import compare
from bench.reports import year_of_reports

RSS_UNITS = (100, 400, 1600)


def _mb(run: CrawlRun) -> float:
    return run.cold.peak_rss_kb / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-record", action="store_true", help="do not append to results.md")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    crawl_units = 100 if args.quick else 400
    shape = (2, 5) if args.quick else (4, 20)  # columns, items of the memory series
    verdicts: list[str] = []

    def verdict(name: str, ok: bool) -> str:
        verdicts.append(f"{name} {'ok' if ok else 'MISSED'}")
        return "ok" if ok else "MISSED"

    print(f"== crawl vs floor, warm vs cold ({crawl_units} units × 4 columns × 20 items)")
    run = measure_crawl(crawl_units)
    assert run.warm is not None and run.floor is not None
    print(table([m for m in (run.cold, run.warm, run.floor, run.own_floor) if m is not None]))
    floor_ratio = run.cold.seconds / run.floor.seconds
    own_ratio = run.cold.seconds / run.own_floor.seconds if run.own_floor else None
    warm_bytes = run.warm.bytes_sent / run.cold.bytes_sent if run.cold.bytes_sent else 0.0
    warm_time = run.warm.seconds / run.cold.seconds
    print(f"crawl/floor time {floor_ratio:.2f} (goal ≤ 1.2: "
          f"{verdict('crawl/floor', floor_ratio <= 1.2)}); "
          f"crawl/floor CPU {ratio(run.cold.cpu_seconds, run.floor.cpu_seconds)}")
    if run.own_floor is not None:
        print(f"crawl/own-http time {own_ratio:.2f} (the crawl beyond its own HTTP stack); "
              f"own-http/floor {ratio(run.own_floor.seconds, run.floor.seconds)}")
    print(f"warm/cold bytes {warm_bytes:.2f} (goal ≤ 0.10: "
          f"{verdict('warm bytes', warm_bytes <= 0.10)}); warm/cold time {warm_time:.2f}")

    print(f"\n== peak RSS of a cold crawl ({shape[0]} columns × {shape[1]} items per unit)")
    rss: dict[int, float] = {}
    failed = list(run.failed)
    for units in RSS_UNITS:
        if not args.quick and units == crawl_units:
            rss[units] = _mb(run)
        else:
            one = measure_crawl(units, *shape, warm=False, floor=False)
            failed += one.failed
            rss[units] = _mb(one)
        print(f"{units:>5} units: {rss[units]:6.0f} MB")
    largest, smallest = rss[RSS_UNITS[-1]], rss[RSS_UNITS[0]]
    growth = largest / smallest
    print(f"{RSS_UNITS[-1]}/{RSS_UNITS[0]} units RSS {growth:.2f} (goal ≤ 1.20: "
          f"{verdict('RSS flat', growth <= 1.2)}); at {RSS_UNITS[-1]} units {largest:.0f} MB "
          f"(goal ≤ 120: {verdict('RSS cap', largest <= 120)})")

    print("\n== extraction vs parse (read_list / selectolax parse, median over pages)")
    extract = median_ratio(repeat=5 if args.quick else 20, show=False)
    print(f"read_list/parse {extract:.1f}× (goal ≤ 3: {verdict('extraction', extract <= 3)})")

    print("\n== reports for a year (12 monthly, 4 quarterly, 1 annual; 100 units, 52 runs)")
    year = year_of_reports(100)
    print(f"compute {year.compute_s:.2f} s + render {year.render_s:.2f} s = {year.total_s:.2f} s "
          f"(goal < 2 s: {verdict('reports', year.total_s < 2)})")

    link_units = 20 if args.quick else 40
    print(f"\n== link checking vs LinkChecker ({link_units} units' subpages and column lists)")
    ours, theirs = compare(link_units, 8)
    links_ratio: float | None = None
    for one_run in (ours, theirs):
        if one_run is not None:
            print(f"{one_run.label:<12} {one_run.seconds:7.2f} s {one_run.requests:7} requests")
    if theirs is None:
        print("linkchecker is not installed (apt-get install linkchecker): not compared")
    else:
        links_ratio = ours.seconds / theirs.seconds
        print(f"govwatch/linkchecker time {links_ratio:.2f} (goal < 1: "
              f"{verdict('links', links_ratio < 1)})")

    total = time.perf_counter() - began
    print(f"\nbench finished in {total:.0f} s: " + ", ".join(verdicts))
    for m in failed:
        print(f"govwatch {m.label} crawl exited {m.exit_code}; last output:\n{run.log_tail}",
              file=sys.stderr)
    if not args.no_record:
        rss_text = "/".join(f"{rss[u]:.0f}" for u in RSS_UNITS)
        append_result(
            f"- {datetime.now():%Y-%m-%d %H:%M} · {machine()} · suite"
            f"{' --quick' if args.quick else ''}: crawl/floor {floor_ratio:.2f} "
            f"({crawl_units} units, cold {run.cold.seconds:.1f}s, floor {run.floor.seconds:.1f}s, "
            f"{run.cold.requests} req; crawl/own-http "
            + (f"{own_ratio:.2f}" if own_ratio is not None else "n/a")
            + f"); warm/cold bytes {warm_bytes:.2f}, time {warm_time:.2f}; "
            f"peak RSS {rss_text} MB at {'/'.join(map(str, RSS_UNITS))} units "
            f"({shape[0]}×{shape[1]}); read_list/parse {extract:.1f}×; year of reports "
            f"{year.total_s:.2f}s; links govwatch/linkchecker "
            + (f"{links_ratio:.2f}" if links_ratio is not None else "n/a")
            + (" (a crawl exited non-zero)" if failed else "")
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
