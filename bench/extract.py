"""Time of read_list per page against selectolax's parse alone (the floor); goal ≤ 3× parse.

read_list is timed as the crawl calls it (`explain=False`: the candidates and skipped blocks
that only `inspect` shows are not built); the last column is the `inspect` reading.

Run from the repository root: `python bench/extract.py [CORPUS] [--repeat N]`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from selectolax.lexbor import LexborHTMLParser

from crawler.extract import parse_html, read_list
from crawler.extract.scripts import forget_written

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "realpages"
AS_OF = date(2026, 11, 25)


def synthetic() -> dict[str, str]:
    """A few list shapes at column-page sizes."""
    rows = "".join(
        f"<li><a href='./202611/t202611{k % 28 + 1:02d}_{k}.html'>"
        f"关于第{k}批重点项目推进情况的通报</a>"
        f"<span>2026-11-{k % 28 + 1:02d}</span></li>"
        for k in range(40)
    )
    nav = (
        "<ul class='nav'>"
        + "".join(f"<li><a href='/c{k}/'>栏目{k}</a></li>" for k in range(60))
        + "</ul>"
    )
    table = "".join(
        f"<tr><td><a href='t{k}.html'>第{k}号公告标题文字</a></td>"
        f"<td>2026/11/{k % 28 + 1}</td></tr>"
        for k in range(40)
    )
    return {
        "synthetic-ul-40": f"<body>{nav}<div class='list'><ul>{rows}</ul></div></body>",
        "synthetic-table-40": f"<body>{nav}<table class='gl_list'>{table}</table></body>",
        "synthetic-ul-1000": f"<body>{nav}<ul>{rows * 25}</ul></body>",
    }


def _quantiles(samples: list[float]) -> tuple[float, float]:
    """Median and p95 in milliseconds."""
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def measure(calls: list[Callable[[], object]], repeat: int) -> list[tuple[float, float]]:
    """Median and p95 (ms) of each call, the calls taken in turn in every round so that all
    of them meet the same machine (a shared machine's speed drifts from second to second)."""
    samples: list[list[float]] = [[] for _ in calls]
    for _ in range(repeat):
        for call, kept in zip(calls, samples, strict=True):
            started = time.perf_counter()
            call()
            kept.append((time.perf_counter() - started) * 1000)
    return [_quantiles(kept) for kept in samples]


def _cold(tree: LexborHTMLParser, base: str, *, explain: bool) -> object:
    """read_list as it meets a page for the first time: what the page's scripts write is
    read anew (the crawl keeps it for the page's other readers)."""
    forget_written()
    return read_list(tree, base, AS_OF, explain=explain)


def median_ratio(corpus: Path = DEFAULT, repeat: int = 30, *, show: bool = True) -> float:
    """read_list time over parse time per page (the corpus plus synthetic lists), median."""
    pages = {p.name: p.read_text("utf-8") for p in sorted(corpus.glob("*.html"))}
    pages.update(synthetic())
    if show:
        print(
            f"{'page':<36} {'parse med/p95 ms':>18} {'read_list med/p95 ms':>22} {'ratio':>6}"
            f" {'inspect':>8}"
        )
    ratios = []
    base = "http://portal.example/col/"
    for name, html in pages.items():
        tree = parse_html(html)
        (parse_med, parse_p95), (read_med, read_p95), (explained, _) = measure(
            [
                partial(parse_html, html),
                partial(_cold, tree, base, explain=False),
                partial(_cold, tree, base, explain=True),
            ],
            repeat,
        )
        ratio = read_med / parse_med if parse_med else float("inf")
        ratios.append(ratio)
        if show:
            shown = explained / parse_med if parse_med else float("inf")
            print(
                f"{name:<36} {parse_med:>8.2f}/{parse_p95:<8.2f}"
                f" {read_med:>10.2f}/{read_p95:<10.2f} {ratio:>6.1f}× {shown:>7.1f}×"
            )
    return statistics.median(ratios)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    ratio = median_ratio(args.corpus, args.repeat)
    print(f"\nmedian ratio read_list/parse: {ratio:.1f}× (goal ≤ 3×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
