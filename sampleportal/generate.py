"""A large synthetic portal for benchmarks, built page by page on request.

Nothing is stored: a path is parsed back into (unit, column, item) numbers and
the page is rendered from them, so serving 1,600 units costs no memory. Pages
carry the nav, boilerplate and footer of real CMS pages (~20–40 KB). One column
in ten lists no dates, so a crawl also reads detail pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

from sampleportal.pages import (
    CST,
    SITE_NAME,
    ListEntry,
    Route,
    day,
    detail_body,
    document,
    list_lines,
    meta_tags,
    modified_at,
)

CATEGORY_CYCLE = (("dynamic", "工作动态"), ("notice", "通知公告"), ("policy", "政策文件"),
                  ("personnel", "人事信息"), ("plan", "规划计划"), ("overview", "机构概况"))
UNIT_NAMES = ("发展和改革局", "教育局", "卫生健康局", "财政局", "司法局", "民政局", "水利局",
              "农业农村局", "商务局", "文化和旅游局", "应急管理局", "市场监督管理局")
TOWN_NAMES = ("街道", "镇")
PADDING = 22_000  # CMS boilerplate per page, to reach a realistic size

_UNIT = re.compile(r"^/u(\d+)/index\.html$")
_COLUMN = re.compile(r"^/u(\d+)/c(\d+)/index\.html$")
_DETAIL = re.compile(r"^/u(\d+)/c(\d+)/art_(\d+)\.html$")


@dataclass(frozen=True, slots=True)
class GeneratedSite:
    """`units` units of `columns_per_unit` columns of `items_per_list` items each."""

    today: date
    units: int
    columns_per_unit: int = 4
    items_per_list: int = 20

    def unit_name(self, i: int) -> str:
        if i % 5 == 4:
            return f"第{i + 1}{TOWN_NAMES[i % 2]}"
        return f"区{UNIT_NAMES[i % len(UNIT_NAMES)]}{i + 1}"

    def unit_kind(self, i: int) -> str:
        return "town" if i % 5 == 4 else "department"

    def column(self, j: int) -> tuple[str, str]:
        """(category id, column name) of a unit's j-th column."""
        return CATEGORY_CYCLE[j % len(CATEGORY_CYCLE)]

    def dated(self, i: int, j: int) -> bool:
        return (i + j) % 10 != 0

    def newest_age(self, i: int, j: int) -> int:
        return (i * 7 + j * 13) % 40

    def item_age(self, i: int, j: int, k: int) -> int:
        return self.newest_age(i, j) + k * (1 + (i + j) % 5)

    def pages(self) -> int:
        """Pages a crawler may reach: home, subpages, lists and detail pages."""
        return 1 + self.units * (1 + self.columns_per_unit * (1 + self.items_per_list))

    def route(self, path: str) -> Route | None:
        return _route(self, path)

    def _known(self, i: int, j: int | None = None, k: int | None = None) -> bool:
        return (i < self.units and (j is None or j < self.columns_per_unit)
                and (k is None or k < self.items_per_list))

    def _nav(self) -> list[tuple[str, str]]:
        return [("首页", "/"), ("网站地图", "/wzdt/index.html")]

    def _entries(self, i: int, j: int) -> list[ListEntry]:
        name = self.column(j)[1]
        return [
            ListEntry(f"{self.unit_name(i)}{name}第{k + 1}号：关于做好第{k + 1}批重点工作的通知",
                      f"/u{i}/c{j}/art_{k}.html",
                      self.item_age(i, j, k) if self.dated(i, j) else None)
            for k in range(self.items_per_list)
        ]

    def subpage(self, i: int) -> Route:
        blocks = []
        for j in range(self.columns_per_unit):
            _, name = self.column(j)
            lines = list_lines(self._entries(i, j)[:5], self.today, "none")
            link = f'<a href="/u{i}/c{j}/index.html">{name}</a>'
            blocks.append(f'<div class="lm">{link}{lines}</div>')
        html = document(title=f"{self.unit_name(i)}-{SITE_NAME}",
                        head=meta_tags(self.unit_name(i), "子站", {}), nav=self._nav(),
                        trail=[("首页", "/"), (self.unit_name(i), f"/u{i}/index.html")],
                        main="\n".join(blocks), today=self.today, padding=PADDING)
        return Route(body=html.encode(), last_modified=modified_at(self.today, 0))

    def column_page(self, i: int, j: int) -> Route:
        _, name = self.column(j)
        lines = list_lines(self._entries(i, j), self.today, "iso")
        html = document(title=f"{name}-{self.unit_name(i)}-{SITE_NAME}",
                        head=meta_tags(name, name, {}), nav=self._nav(),
                        trail=[("首页", "/"), (self.unit_name(i), f"/u{i}/index.html")],
                        main=f"<h2>{name}</h2>\n{lines}", today=self.today, padding=PADDING)
        return Route(body=html.encode(),
                     last_modified=modified_at(self.today, self.newest_age(i, j)))

    def detail(self, i: int, j: int, k: int) -> Route:
        entry = self._entries(i, j)[k]
        age = self.item_age(i, j, k)
        published = datetime.combine(day(self.today, age), time(10, 0), tzinfo=CST)
        extra = {"ArticleTitle": entry.title, "PubDate": f"{published:%Y-%m-%d %H:%M}"}
        html = document(title=entry.title, head=meta_tags(self.column(j)[1], None, extra),
                        nav=self._nav(), trail=[("首页", "/")],
                        main=detail_body(entry.title, published, self.unit_name(i), paragraphs=12),
                        today=self.today, padding=PADDING - 4000)
        return Route(body=html.encode(), last_modified=modified_at(self.today, age))

    def home(self) -> Route:
        links = "".join(f'<li><a href="/u{i}/index.html">{self.unit_name(i)}</a></li>'
                        for i in range(self.units))
        html = document(title=SITE_NAME, head=meta_tags("首页", "首页", {}), nav=self._nav(),
                        trail=[("首页", "/")], main=f"<ul>{links}</ul>", today=self.today)
        return Route(body=html.encode(), last_modified=modified_at(self.today, 0))


@lru_cache(maxsize=256)
def _route(site: GeneratedSite, path: str) -> Route | None:
    """Pages are rebuilt on request; a small cache serves the repeats of one crawl."""
    if path in ("/", "/index.html", "/wzdt/index.html"):
        return site.home()
    if path == "/lxwm/index.html":
        return Route(body="<p>联系我们</p>".encode())
    if m := _UNIT.match(path):
        i = int(m[1])
        return site.subpage(i) if site._known(i) else None
    if m := _COLUMN.match(path):
        i, j = int(m[1]), int(m[2])
        return site.column_page(i, j) if site._known(i, j) else None
    if m := _DETAIL.match(path):
        i, j, k = int(m[1]), int(m[2]), int(m[3])
        return site.detail(i, j, k) if site._known(i, j, k) else None
    return None


def generated_site(
    units: int, columns_per_unit: int = 4, items_per_list: int = 20, *, today: date
) -> GeneratedSite:
    return GeneratedSite(today=today, units=units, columns_per_unit=columns_per_unit,
                         items_per_list=items_per_list)


def generated_config_yaml(
    site: GeneratedSite, base_url: str, *, concurrency: int = 8, delay_s: float = 0,
    timeout_s: float = 15,
) -> str:
    """The configuration of a generated portal: every unit, every column."""
    from sampleportal.config import CATEGORIES

    root = base_url.rstrip("/")
    lines = ["portal:", "  name: 基准测试区人民政府", f"  base_url: {root}/",
             "crawl:", f"  timeout_s: {timeout_s}", f"  concurrency: {concurrency}",
             f"  delay_s: {delay_s}", CATEGORIES.rstrip("\n"), "units:"]
    for i in range(site.units):
        lines += [f"  - id: u{i}", f"    name: {site.unit_name(i)}",
                  f"    kind: {site.unit_kind(i)}", f"    subpage: {root}/u{i}/index.html",
                  "    columns:"]
        lines += [f"      - {{name: {site.column(j)[1]}, url: \"{root}/u{i}/c{j}/index.html\", "
                  f"category: {site.column(j)[0]}}}" for j in range(site.columns_per_unit)]
    return "\n".join(lines) + "\n"
