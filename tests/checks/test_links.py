"""broken_link: which links count, one check per target per run, findings per unit, a budget
reported as not checked (never as broken), and the address gate's judgement."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TypeVar

import pytest

from checks.links import LinkReport, check_broken_links
from checks.model import Fetched, Unit
from checks.urls import link_target
from crawler.links import LinkChecker, LinkGate, address_kind, literal_address

T = TypeVar("T")
PORTAL = "http://www.example.gov.cn/"
SUB = "http://www.example.gov.cn/bm/fgj/"
COL = "http://www.example.gov.cn/bm/fgj/gzdt/"


@dataclass(frozen=True)
class Status:
    url: str
    ok: bool
    status: int | None
    error: str | None


def run(coro: Awaitable[T]) -> T:
    async def bounded() -> T:
        return await asyncio.wait_for(coro, 5.0)

    return asyncio.run(bounded())


def page(url: str, *hrefs: str) -> tuple[str, Fetched]:
    links = tuple((f"链接{i}", h) for i, h in enumerate(hrefs))
    return url, Fetched(200, url, "utf-8", links=links)


class FakeCheck:
    """Answers 404 for paths containing 'gone', connection refused for 'down', 200 otherwise."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    async def __call__(self, url: str) -> Status:
        self.asked.append(url)
        if "gone" in url:
            return Status(url, False, 404, "HTTP 404")
        if "down" in url:
            return Status(url, False, None, "connection refused")
        return Status(url, True, 200, None)


PUBLIC_DNS = {"www.example.gov.cn": ["93.184.215.14"], "www.other.example": ["93.184.216.34"]}


async def public_dns(host: str, port: int) -> list[str]:
    return PUBLIC_DNS.get(host, ["93.184.216.34"])


def gate(**kw: object) -> LinkGate:
    return LinkGate(PORTAL, resolver=public_dns, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("href", "why"),
    [
        ("javascript:void(0)", "javascript"),
        ("mailto:a@b.cn", "mailto"),
        ("TEL:123", "tel"),
        ("#top", "anchor"),
        ("index.html#p2", "anchor"),
        ("ftp://x/y", "scheme ftp"),
        ("  ", "empty"),
    ],
)
def test_skipped_links(href: str, why: str) -> None:
    assert link_target(SUB, href) == (None, why)


def test_other_page_with_fragment_is_checked_without_it() -> None:
    assert link_target(SUB, "a.html#x") == (SUB + "a.html", "")


def test_each_target_checked_once_across_units_and_findings_per_unit() -> None:
    check = FakeCheck()
    checker = LinkChecker(check, gate(), limit=100)
    pages_a = [page(SUB, "gone.html", "ok.html"), page(COL, "../gone.html", "http://down.example/")]
    pages_b = [page("http://www.example.gov.cn/bm/jyj/", "/bm/fgj/gone.html")]
    run(checker.check_pages(pages_a))
    report = run(checker.check_pages(pages_b))
    assert sorted(check.asked) == ["http://down.example/", SUB + "gone.html", SUB + "ok.html"]
    unit_a = Unit("fgj", "区发展和改革局", "department", SUB)
    found = check_broken_links(unit_a, pages_a, report)
    assert [(f.url, f.observed["found_on"], f.observed["status"]) for f in found] == [
        ("http://down.example/", [COL], None),
        (SUB + "gone.html", [SUB, COL], 404),
    ]
    assert found[0].observed["error"] == "connection refused"
    assert all(f.check == "broken_link" and f.severity == "fail" for f in found)
    unit_b = Unit("jyj", "区教育局", "department", "http://www.example.gov.cn/bm/jyj/")
    [other] = check_broken_links(unit_b, pages_b, report)
    assert other.unit == "jyj" and other.url == SUB + "gone.html"


def test_budget_leaves_targets_not_checked_never_broken() -> None:
    check = FakeCheck()
    checker = LinkChecker(check, gate(), limit=2)
    pages = [page(SUB, "gone1.html", "gone2.html", "gone3.html", "gone4.html")]
    report = run(checker.check_pages(pages))
    assert check.asked and len(check.asked) == 2
    assert report.not_checked == (SUB + "gone3.html", SUB + "gone4.html")
    found = check_broken_links(Unit("fgj", "x", "department", SUB), pages, report)
    assert sorted(f.url for f in found) == [SUB + "gone1.html", SUB + "gone2.html"]


def test_skipped_and_unknown_targets_are_not_findings() -> None:
    report = LinkReport(skipped={"http://10.0.0.1/": "blocked: private address"})
    pages = [page(SUB, "http://10.0.0.1/")]
    assert check_broken_links(Unit("fgj", "x", "department", SUB), pages, report) == []


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("2130706433", "loopback"),
        ("0x7f.1", "loopback"),
        ("0177.0.0.1", "loopback"),
        ("127.1", "loopback"),
        ("169.254.169.254", "link-local"),
        ("10.0.0.1", "private"),
        ("::ffff:10.0.0.1", "private"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("8.8.8.8", None),
    ],
)
def test_literal_addresses_in_every_spelling(host: str, kind: str | None) -> None:
    address = literal_address(host)
    assert address is not None and address_kind(address) == kind


def test_names_are_not_addresses() -> None:
    assert literal_address("bad.cafe") is None and literal_address("www.gov.cn") is None


def test_gate_on_a_public_portal() -> None:
    g = gate()
    assert run(g.refusal("http://www.other.example/a")) is None
    assert run(g.refusal(PORTAL + "x")) is None
    assert run(g.refusal("http://127.0.0.1/")) == "blocked: loopback address"
    assert run(g.refusal("http://intranet/")) == "blocked: internal name"


def test_private_portal_opens_only_its_own_host() -> None:
    async def intranet_dns(host: str, port: int) -> list[str]:
        return {"portal.example": ["10.1.2.3"], "db.example": ["10.1.2.4"]}[host]

    g = LinkGate("http://portal.example/", resolver=intranet_dns)
    assert run(g.refusal("http://portal.example/a.html")) is None
    assert run(g.refusal("http://portal.example:8080/")) is None  # where the portal lives
    assert run(g.refusal("http://db.example/")) == "blocked: private address"
    assert run(g.refusal("http://10.1.2.3/")) == "blocked: private address"  # not its name
    assert run(g.refusal("http://169.254.169.254/")) == "blocked: link-local address"
    g2 = LinkGate("http://portal.example/", ["db.example"], resolver=intranet_dns)
    assert run(g2.refusal("http://db.example/")) is None


def dns_knowing(*names: str) -> object:
    async def resolve(host: str, port: int) -> list[str]:
        if host in names:
            return ["93.184.216.34"]
        raise OSError(-2, "Name or service not known")

    return resolve


def test_without_working_dns_an_outside_link_is_not_checked_never_broken() -> None:
    """A machine whose DNS answers nothing cannot tell a dead domain from a live one."""
    check = FakeCheck()
    no_dns = LinkGate(PORTAL, resolver=dns_knowing())  # type: ignore[arg-type]
    checker = LinkChecker(check, no_dns, limit=100)
    pages = [page(SUB, "http://www.gov.cn/", "http://gone.example/")]
    report = run(checker.check_pages(pages))
    assert check.asked == []
    assert set(report.not_checked) == {"http://www.gov.cn/", "http://gone.example/"}
    assert check_broken_links(Unit("fgj", "区发展和改革局", "department", SUB), pages, report) == []


def test_with_working_dns_a_name_that_does_not_resolve_is_checked() -> None:
    check = FakeCheck()
    dns = LinkGate(PORTAL, resolver=dns_knowing("www.gov.cn"))  # type: ignore[arg-type]
    checker = LinkChecker(check, dns, limit=100)
    run(checker.check_pages([page(SUB, "http://www.gov.cn/", "http://gone.example/")]))
    assert sorted(check.asked) == ["http://gone.example/", "http://www.gov.cn/"]
