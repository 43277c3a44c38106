"""A6 in the pure checks: a column configured at its second list page (`index_1.html`) is read
from its first page (`index.html`, the crawler's `Forward` "the list's first page"), so the
observation's `url` is the configured page and its outcome's `final_url` the first page. The
broken link stands on the first page; `found_on` names the configured one.

    PYTHONPATH=. .venv/bin/python tests/portal25a/repro/a6_found_on.py
"""

from __future__ import annotations

from checks.links import LinkReport, check_broken_links
from checks.model import Fetched, Observation, Unit
from checks.unit import UnitPages
from crawler.fetch import LinkStatus

ROOT = "http://127.0.0.1:8000/bm/ybj/"
TARGET = ROOT + "fj/ybml2027.pdf"

subpage = Observation(
    url=ROOT + "index.html",
    role="subpage",
    outcome=Fetched(status=200, final_url=ROOT + "index.html", encoding="utf-8"),
)
column = Observation(
    url=ROOT + "tzgg/index_1.html",  # as configured
    role="column",
    outcome=Fetched(
        status=200,
        final_url=ROOT + "tzgg/index.html",  # where the crawler read it, and where the link is
        encoding="utf-8",
        links=(("2027年医保药品目录.pdf", TARGET),),
    ),
)
pages = UnitPages(subpage=subpage, columns={column.url: column})
report = LinkReport(status={TARGET: LinkStatus(TARGET, False, 404, "http 404")})
unit = Unit("ybj", "区医疗保障局", "department", subpage.url)
for finding in check_broken_links(unit, pages.link_pages(), report):
    print(finding.url, "found_on", finding.observed["found_on"])
print("the link stands on", column.outcome.final_url)  # type: ignore[union-attr]
