"""The contract audit's fixtures: loopback portals, the real CLI in a subprocess, and the
runs the tests read.

Two portals are served on 127.0.0.1 with `sampleportal.server.serve`:

- the bundled sample portal (`sampleportal.site.sample_site`), whose truth is written by hand
  in `sampleportal.config.expected_findings`;
- a small *mini* portal built here, one trap per unit, so that each statement of
  INTERFACE.md has a page that makes it observable (a column configured at an address that
  redirects to a stale or an empty list, a category shown only by its second name, a unit
  with warnings only, a hidden gambling link, a 404 link, …).

Every command goes through `.venv/bin/python -m govwatch` in a subprocess with its own
stdout and stderr, so what a script would read is exactly what is asserted on.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sampleportal.config import config_yaml
from sampleportal.pages import Route
from sampleportal.server import RunningPortal, serve
from sampleportal.site import sample_site

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)  # the check day of every crawl that passes --as-of
NEXT_DAY = date(2026, 11, 26)


# --------------------------------------------------------------------------- the CLI


@dataclass(frozen=True, slots=True)
class Result:
    """One finished command: what a script sees."""

    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout parsed whole: fails when anything but JSON is written there."""
        return json.loads(self.stdout)


def cli_env(extra: Mapping[str, str] | None = None, drop: Sequence[str] = ()) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOVWATCH_")}
    env["PYTHONPATH"] = str(ROOT)
    env.pop("COLUMNS", None)
    for name in drop:
        env.pop(name, None)
    env.update(extra or {})
    return env


def govwatch(
    *args: str,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
) -> Result:
    """The real program, `python -m govwatch ARGS`, in a subprocess (GOVWATCH_* unset unless
    given in `env`)."""
    proc = subprocess.run(
        [sys.executable, "-m", "govwatch", *args],
        capture_output=True,
        text=True,
        env=cli_env(env),
        cwd=cwd or ROOT,
        timeout=timeout,
        check=False,
    )
    return Result(tuple(args), proc.returncode, proc.stdout, proc.stderr)


def in_parallel(calls: Mapping[str, tuple[str, ...]], workers: int = 3) -> dict[str, Result]:
    """Independent commands run side by side (each is a process start-up): name -> result."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {name: pool.submit(govwatch, *args) for name, args in calls.items()}
        return {name: f.result() for name, f in futures.items()}


# --------------------------------------------------------------------------- a mutable site


@dataclass
class MutableSite:
    """A `sampleportal.pages.Site` whose routes a test may change between two crawls; it
    records when each request arrived (server side), for the politeness statements."""

    today: date
    routes: dict[str, Route] = field(default_factory=dict)
    arrivals: list[tuple[float, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def route(self, path: str) -> Route | None:
        with self.lock:
            self.arrivals.append((time.monotonic(), path))
            return self.routes.get(path)

    def page(self, path: str, body: str, **kw: Any) -> None:
        self.routes[path] = Route(body=body.encode("utf-8"), **kw)

    def reset(self) -> None:
        with self.lock:
            self.arrivals.clear()


def html(title: str, body: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title>'
        f"{head}</head><body><div class=\"main\">{body}</div></body></html>"
    )


def list_page(title: str, items: Sequence[tuple[str, str, str]]) -> str:
    """A column's list page: (title, href, date) lines in a ul/li list."""
    lines = "".join(
        f'<li><a href="{href}" target="_blank">{t}</a><span class="date">{d}</span></li>'
        for t, href, d in items
    )
    return html(title, f'<h2>{title}</h2><ul class="list">{lines}</ul>')


def article(title: str, published: str | None) -> str:
    when = f'<div class="info">发布时间：{published} 来源：本站</div>' if published else ""
    head = f'<meta name="PubDate" content="{published}">' if published else ""
    body = (
        f'<div class="article"><h1>{title}</h1>{when}<div class="content">'
        f"<p>{title}。会议强调，要压实工作责任，确保各项任务落地见效。</p></div></div>"
    )
    return html(title, body, head)


def dated_column(site: MutableSite, base: str, name: str, dates: Sequence[str]) -> None:
    """A list page at `base`index.html whose lines open dated articles under `base`."""
    items = []
    for i, d in enumerate(dates):
        href = f"{base}art_{i + 1}.html"
        title = f"{name}第{i + 1}条信息"
        items.append((title, href, d))
        site.page(href, article(title, f"{d} 09:00"))
    site.page(f"{base}index.html", list_page(name, items))


def subpage(name: str, links: Sequence[tuple[str, str]], extra: str = "") -> str:
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for t, h in links)
    return html(name, f"<h1>{name}</h1><ul class=\"nav\">{items}</ul>{extra}")


HIDDEN_SPAM = (
    '<div style="display:none"><a href="http://www.spam-casino.example.com/">澳门赌场</a> '
    '<a href="http://www.spam-casino.example.com/bjl">百家乐</a> '
    '<a href="http://www.spam-casino.example.com/zx">网上赌场</a></div>'
)

# The dates that give the mini portal's findings (TODAY = 2026-11-25).
ALPHA_STALE_NEWEST = date(2026, 1, 5)  # 通知公告 (183 days): 324 days old on TODAY


def mini_site(today: date = TODAY) -> MutableSite:
    """Four units, each carrying the traps of a few INTERFACE.md statements (module doc)."""
    site = MutableSite(today)
    home = [("甲局", "/a/index.html"), ("乙局", "/b/index.html")]
    site.page("/", subpage("迷你区人民政府", home))
    # alpha (department): fresh 工作动态; 通知公告 configured at /a/tzgg_old/, a 301 to a stale
    # list; 机构概况 very old but without a freshness rule; a 404 link; a hidden gambling block.
    site.page(
        "/a/index.html",
        subpage(
            "甲局",
            [
                ("工作动态", "/a/gzdt/index.html"),
                ("通知公告", "/a/tzgg_old/"),
                ("政策文件", "/a/zcwj/index.html"),
                ("机构概况", "/a/jggk/index.html"),
                ("办事指南", "/a/missing.html"),
            ],
            HIDDEN_SPAM,
        ),
    )
    dated_column(site, "/a/gzdt/", "工作动态", ["2026-11-20", "2026-11-12", "2026-10-30"])
    site.routes["/a/tzgg_old/"] = Route(status=301, location="/a/tzgg/index.html")
    dated_column(site, "/a/tzgg/", "通知公告", [ALPHA_STALE_NEWEST.isoformat(), "2025-12-01"])
    dated_column(site, "/a/zcwj/", "政策文件", ["2026-09-01", "2026-06-01"])
    dated_column(site, "/a/jggk/", "机构概况", ["2019-03-01", "2018-05-02"])
    # beta (department): 工作动态 configured at /b/old/, a 302 to an empty list (暂无信息);
    # 通知公告 and 政策文件 shown by link text only, one of them in 【】.
    site.page(
        "/b/index.html",
        subpage(
            "乙局",
            [("工作动态", "/b/old/"), ("【通知公告】", "/b/tzgg.html"), ("政策文件", "/b/zc.html")],
        ),
    )
    site.routes["/b/old/"] = Route(status=302, location="/b/gzdt/index.html")
    empty = '<h2>工作动态</h2><div class="list">暂无信息</div>'
    site.page("/b/gzdt/index.html", html("工作动态", empty))
    dated_column(site, "/b/tzgg/", "通知公告", ["2026-11-01"])
    one = "/b/tzgg/art_1.html"
    site.page("/b/tzgg.html", list_page("通知公告", [("一则通知", one, "2026-11-01")]))
    site.page("/b/zc.html", list_page("政策文件", [("一份文件", one, "2026-11-01")]))
    # gamma (department, no columns): 动态 by its second name 部门动态, 通知公告, no 政策文件.
    site.page(
        "/c/index.html",
        subpage("丙局", [("部门动态", "/b/tzgg.html"), ("通知公告", "/b/tzgg.html")]),
    )
    # delta (kind office, required nowhere): a list whose lines and articles carry no date.
    site.page("/d/index.html", subpage("丁办", [("工作动态", "/d/gzdt/index.html")]))
    undated = [(f"丁办信息{i}", f"/d/gzdt/art_{i}.html", "") for i in range(1, 4)]
    site.page("/d/gzdt/index.html", list_page("工作动态", undated))
    for t, href, _ in undated:
        site.page(href, article(t, None))
    # pages for `inspect` only (not configured)
    site.page(
        "/t/yearless.html",
        list_page(
            "工作动态",
            [
                ("十一月信息", "/t/a1.html", "[11-20]"),
                ("十二月信息", "/t/a2.html", "[12-28]"),
                ("十月信息", "/t/a3.html", "[10-02]"),
            ],
        ),
    )
    site.page("/t/article.html", article("关于开展安全生产检查的通知", "2026-11-18"))
    return site


CATEGORIES = """\
categories:
  - id: dynamic
    names: [工作动态, 部门动态]
    max_age_days: 14
    required_for: [department]
  - id: notice
    names: [通知公告]
    max_age_days: 183
    required_for: [department]
  - id: policy
    names: [政策文件, 规范性文件]
    max_age_days: 183
    required_for: [department]
  - id: overview
    names: [机构概况]
    max_age_days: null
"""


def mini_config(base_url: str, *, units: Sequence[str] = ("alpha", "beta", "gamma", "delta"),
                crawl: str = "crawl: {delay_s: 0, timeout_s: 5}\n") -> str:
    root = base_url.rstrip("/")
    blocks = {
        "alpha": f"""\
  - id: alpha
    name: 甲局
    kind: department
    subpage: {root}/a/index.html
    columns:
      - {{name: 工作动态, url: "{root}/a/gzdt/index.html", category: dynamic}}
      - {{name: 通知公告, url: "{root}/a/tzgg_old/", category: notice}}
      - {{name: 政策文件, url: "{root}/a/zcwj/index.html", category: policy}}
      - {{name: 机构概况, url: "{root}/a/jggk/index.html", category: overview}}
""",
        "beta": f"""\
  - id: beta
    name: 乙局
    kind: department
    subpage: {root}/b/index.html
    columns:
      - {{name: 工作动态, url: "{root}/b/old/", category: dynamic}}
""",
        "gamma": f"""\
  - id: gamma
    name: 丙局
    kind: department
    subpage: {root}/c/index.html
""",
        "delta": f"""\
  - id: delta
    name: 丁办
    kind: office
    subpage: {root}/d/index.html
    columns:
      - {{name: 工作动态, url: "{root}/d/gzdt/index.html", category: dynamic}}
""",
    }
    head = f"portal:\n  name: 迷你区人民政府\n  base_url: {root}/\n  timezone: Asia/Shanghai\n"
    return head + crawl + CATEGORIES + "units:\n" + "".join(blocks[u] for u in units)


# --------------------------------------------------------------------------- fixtures


@dataclass
class Crawled:
    """A portal crawled by the CLI into its own SQLite file, with what the commands printed."""

    portal: RunningPortal
    config: Path
    db: str
    crawls: list[Result]
    requests: list[dict[str, int]]  # per crawl: path -> requests the server answered
    site: MutableSite | None = None

    def run(self, *args: str) -> Result:
        return govwatch("--config", str(self.config), "--db", self.db, *args)


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    """The bundled sample portal, crawled once for TODAY with `-v crawl --format json`."""
    folder = tmp_path_factory.mktemp("sample")
    with serve(sample_site(TODAY)) as portal:
        config = folder / "portal.yaml"
        config.write_text(config_yaml(portal.base_url, delay_s=0), encoding="utf-8")
        crawled = Crawled(portal, config, f"sqlite:///{folder / 'gw.db'}", [], [])
        first = crawled.run("-v", "crawl", "--as-of", TODAY.isoformat(), "--format", "json")
        assert first.code == 0, first.stderr[-3000:]
        crawled.crawls.append(first)
        crawled.requests.append({p: n for p, (n, _b) in portal.by_path().items()})
        yield crawled


@pytest.fixture(scope="session")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    """The mini portal: run 1 crawls every unit for TODAY; run 2 crawls `--unit alpha` for
    NEXT_DAY (so `findings` has a run per unit to choose from)."""
    folder = tmp_path_factory.mktemp("mini")
    site = mini_site()
    with serve(site) as portal:
        config = folder / "mini.yaml"
        config.write_text(mini_config(portal.base_url), encoding="utf-8")
        crawled = Crawled(portal, config, f"sqlite:///{folder / 'gw.db'}", [], [], site)
        for args in (
            ("crawl", "--as-of", TODAY.isoformat()),
            ("crawl", "--unit", "alpha", "--as-of", NEXT_DAY.isoformat()),
        ):
            portal.reset_counters()
            result = crawled.run(*args)
            assert result.code == 0, result.stderr[-3000:]
            crawled.crawls.append(result)
            crawled.requests.append({p: n for p, (n, _b) in portal.by_path().items()})
        yield crawled


@pytest.fixture(scope="session")
def mini_findings(mini: Crawled) -> dict[str, Any]:
    """The `findings --format json` answers the tests read: default, latest and by id."""
    results = in_parallel(
        {
            "default": ("--config", str(mini.config), "--db", mini.db, "findings",
                        "--format", "json"),
            "latest": ("--config", str(mini.config), "--db", mini.db, "findings",
                       "--run", "latest", "--format", "json"),
            "run1": ("--config", str(mini.config), "--db", mini.db, "findings",
                     "--run", "1", "--format", "json"),
        }
    )
    for r in results.values():
        assert r.code == 0, r.stderr[-2000:]
    return {name: r.json() for name, r in results.items()}


# --------------------------------------------------------------------------- politeness portal


def polite_site(column_delay_s: float, slow_delay_s: float) -> MutableSite:
    """One unit whose four columns answer after `column_delay_s` (c4 after `slow_delay_s`);
    /q/index.html is a second subpage linking only c1 and c4."""
    site = MutableSite(TODAY)
    site.page("/", subpage("礼貌区", [("单位", "/p/index.html")]))
    links = [(f"栏目{i}", f"/p/c{i}/index.html") for i in range(1, 5)]
    site.page("/p/index.html", subpage("戊局", links))
    site.page("/q/index.html", subpage("戊局", [links[0], links[3]]))
    site.page("/p/art.html", article("一条信息", "2026-11-20 09:00"))
    for i in range(1, 5):
        body = list_page(f"栏目{i}", [("一条信息", "/p/art.html", "2026-11-20")])
        delay = slow_delay_s if i == 4 else column_delay_s
        site.page(f"/p/c{i}/index.html", body, delay_s=delay)
    return site


def polite_config(base_url: str, crawl: str, subpage_path: str = "/p/index.html",
                  columns: Sequence[int] = (1, 2, 3, 4)) -> str:
    root = base_url.rstrip("/")
    cols = "".join(
        f'      - {{name: 栏目{i}, url: "{root}/p/c{i}/index.html", category: dynamic}}\n'
        for i in columns
    )
    return (
        f"portal: {{name: 礼貌区, base_url: \"{root}/\"}}\n{crawl}"
        "categories:\n  - {id: dynamic, names: [栏目1], max_age_days: 14}\n"
        f"units:\n  - id: wu\n    name: 戊局\n    kind: department\n"
        f"    subpage: {root}{subpage_path}\n    columns:\n{cols}"
    )


@dataclass
class PoliteRun:
    """A crawl of the politeness portal: findings, server-side peak in flight, start gaps."""

    findings: list[dict[str, Any]]
    peak: int
    gaps: list[float]
    code: int
    stderr: str


def crawl_polite(folder: Path, crawl: str, column_delay_s: float, slow_delay_s: float,
                 **config: Any) -> PoliteRun:
    site = polite_site(column_delay_s, slow_delay_s)
    with serve(site) as portal:
        path = folder / "polite.yaml"
        path.write_text(polite_config(portal.base_url, crawl, **config), encoding="utf-8")
        db = f"sqlite:///{folder / 'gw.db'}"
        result = govwatch("--config", str(path), "--db", db, "crawl", "--as-of",
                          TODAY.isoformat())
        found = govwatch("--config", str(path), "--db", db, "findings", "--format", "json")
        times = sorted(t for t, _p in site.arrivals)
        return PoliteRun(
            found.json() if found.code == 0 else [],
            portal.max_concurrency(),
            [b - a for a, b in itertools.pairwise(times)],
            result.code,
            result.stderr,
        )
