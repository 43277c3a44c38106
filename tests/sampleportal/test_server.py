"""The sample portal serves what the demo, the integration tests and the benchmark rely on."""

from __future__ import annotations

import asyncio
import gzip
import threading
import time
from collections.abc import Iterator
from datetime import date
from urllib.parse import urljoin, urlsplit

import httpx
import pytest
from selectolax.lexbor import LexborHTMLParser

from config import parse_config
from sampleportal.config import DEMO_BASE_URL, config_yaml, expected_findings
from sampleportal.generate import GeneratedSite, generated_config_yaml, generated_site
from sampleportal.pages import Site
from sampleportal.server import RunningPortal, serve
from sampleportal.site import sample_site

TODAY = date(2026, 11, 24)


@pytest.fixture
def portal() -> Iterator[RunningPortal]:
    with serve(sample_site(TODAY)) as running:
        yield running


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10, headers={"Accept-Encoding": "identity"}) as c:
        yield c


def test_conditional_get_answers_304_and_sends_no_body(
    portal: RunningPortal, client: httpx.Client
) -> None:
    url = portal.url("/bm/fgj/gzdt/index.html")
    first = client.get(url, headers={"Accept-Encoding": "identity"})
    assert first.status_code == 200
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    stale = client.get(url, headers={"If-None-Match": '"other"'})
    assert stale.status_code == 200 and stale.content == first.content
    old = client.get(url, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})
    assert old.status_code == 200
    log = [r for r in portal.request_log() if r.path == "/bm/fgj/gzdt/index.html"]
    assert [r.status for r in log] == [200, 304, 304, 200, 200]
    assert [r.bytes for r in log][1:3] == [0, 0]
    assert portal.bytes_sent("/bm/fgj/gzdt/index.html") == 3 * len(first.content)


def test_last_modified_is_the_newest_item_day() -> None:
    with serve(sample_site(TODAY)) as running:
        response = httpx.get(running.url("/bm/fgj/gzdt/index.html"))
    assert response.headers["Last-Modified"] == "Sat, 21 Nov 2026 01:30:00 GMT"  # 3 days old


def test_gzip_when_asked(portal: RunningPortal, client: httpx.Client) -> None:
    url = portal.url("/bm/fgj/gzdt/index.html")
    plain = client.get(url, headers={"Accept-Encoding": "identity"})
    zipped = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in plain.headers
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert zipped.content == plain.content  # httpx decodes
    sent = [r.bytes for r in portal.request_log()]
    assert sent[1] < sent[0] / 2
    assert gzip.decompress(gzip.compress(plain.content)) == plain.content


def test_gbk_pages_with_and_without_meta_charset(
    portal: RunningPortal, client: httpx.Client
) -> None:
    with_meta = client.get(portal.url("/bm/jyj/gzdt/index.html"))
    without = client.get(portal.url("/bm/jyj/rsxx/index.html"))
    for response in (with_meta, without):
        assert response.headers["Content-Type"] == "text/html"  # no charset from the server
        with pytest.raises(UnicodeDecodeError):
            response.content.decode("utf-8")
        assert "区教育局" in response.content.decode("gbk")
    assert b'<meta charset="gbk">' in with_meta.content
    assert b"charset" not in without.content


def test_500_then_ok(portal: RunningPortal, client: httpx.Client) -> None:
    url = portal.url("/zj/myz/xzdt/index.html")
    assert client.get(url).status_code == 500
    second = client.get(url)
    assert second.status_code == 200 and "乡镇动态" in second.text
    assert client.get(url).status_code == 200
    assert portal.requests("/zj/myz/xzdt/index.html") == 3


def test_redirects_and_loop(portal: RunningPortal, client: httpx.Client) -> None:
    moved = client.get(portal.url("/zj/myz/tzgg_old/"))
    assert moved.status_code == 301
    assert moved.headers["Location"] == "/zj/myz/tzgg/index.html"
    assert client.get(portal.url(moved.headers["Location"])).status_code == 200
    loop = client.get(portal.url("/trap/loop-a.html"))
    assert loop.headers["Location"] == "/trap/loop-b.html"
    assert client.get(portal.url("/trap/loop-b.html")).headers["Location"] == "/trap/loop-a.html"
    with pytest.raises(httpx.TooManyRedirects):
        httpx.get(portal.url("/trap/loop-a.html"), follow_redirects=True, timeout=5)


def test_missing_paths_and_the_404_column(portal: RunningPortal, client: httpx.Client) -> None:
    assert client.get(portal.url("/bm/czj/zcwj/index.html")).status_code == 404
    assert client.get(portal.url("/no/such/page.html")).status_code == 404
    assert client.get(portal.url("/bm/czj/gzdt/index.html")).status_code == 200


def test_big_page_exceeds_five_megabytes(portal: RunningPortal, client: httpx.Client) -> None:
    response = client.get(portal.url("/trap/big.html"), headers={"Accept-Encoding": "identity"})
    assert len(response.content) > 5 * 1024 * 1024
    assert int(response.headers["Content-Length"]) == len(response.content)


def test_slow_page_is_delayed_but_answers(portal: RunningPortal, client: httpx.Client) -> None:
    started = time.monotonic()
    assert client.get(portal.url("/zj/jljd/tzgg/index.html")).status_code == 200
    assert 1.4 <= time.monotonic() - started < 8


def test_hang_does_not_block_stop() -> None:
    running = serve(sample_site(TODAY))
    outcome: list[BaseException | int] = []

    def fetch() -> None:
        try:
            outcome.append(httpx.get(running.url("/trap/hang.html"), timeout=20).status_code)
        except httpx.HTTPError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=fetch)
    thread.start()
    assert running.wait_for_requests(1, timeout=10)
    assert running.in_flight() == 1
    started = time.monotonic()
    running.stop()
    assert time.monotonic() - started < 3
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], httpx.HTTPError)
    with pytest.raises(httpx.ConnectError):
        httpx.get(running.url("/"), timeout=2)


def test_counters_and_peak_concurrency(portal: RunningPortal) -> None:
    async def burst() -> list[int]:
        async with httpx.AsyncClient(timeout=10) as c:
            # Every request slow, so that all six overlap even on a loaded machine.
            answers = await asyncio.gather(
                *(c.get(portal.url("/trap/slow.html")) for _ in range(6))
            )
        return [a.status_code for a in answers]

    assert asyncio.run(burst()) == [200] * 6
    assert portal.max_concurrency() == 6
    assert portal.max_concurrency(f"127.0.0.1:{portal.port}") == 6
    assert portal.requests() == 6
    assert portal.requests("/trap/slow.html") == 6
    per_path = portal.by_path()
    assert per_path["/trap/slow.html"][0] == 6
    assert portal.bytes_sent() == sum(b for _, b in per_path.values()) > 0
    portal.reset_counters()
    assert portal.requests() == 0 and portal.max_concurrency() == 0


def test_head_sends_headers_only(portal: RunningPortal, client: httpx.Client) -> None:
    response = client.head(portal.url("/bm/fgj/index.html"))
    assert response.status_code == 200 and response.content == b""
    assert int(response.headers["Content-Length"]) > 1000
    assert portal.bytes_sent() == 0 and portal.requests() == 1


# --- the sample's configuration and truth ------------------------------------------------


def _status(site: Site, path: str) -> int:
    """The status a path ends at, following redirects (a flaky page: its steady state)."""
    for _ in range(5):
        route = site.route(path)
        if route is None:
            return 404
        if route.location is None:
            return route.status
        path = route.location
    return 310


def test_config_parses_and_every_configured_url_is_served() -> None:
    config = parse_config(config_yaml("http://127.0.0.1:8765/"))
    site = sample_site(TODAY)
    assert len(config.units) == 7
    assert {u.kind for u in config.units} == {"department", "town"}
    assert config.categories["dynamic"].max_age_days == 14
    assert config.categories["overview"].max_age_days is None
    assert config.crawl.timeout_s > 1.5 * 2  # the slow column answers well within it
    statuses = {}
    for unit in config.units:
        statuses[unit.subpage] = _status(site, urlsplit(unit.subpage).path)
        for column in unit.columns:
            statuses[column.url] = _status(site, urlsplit(column.url).path)
    broken = {url: s for url, s in statuses.items() if s != 200}
    assert broken == {
        "http://127.0.0.1:8765/bm/czj/zcwj/index.html": 404,
        "http://127.0.0.1:8765/zj/sgjd/index.html": 500,
    }
    assert len(statuses) > 25


def test_bundled_portal_yaml_is_the_sample() -> None:
    from config import default_config_path, load_config

    bundled = load_config(default_config_path())
    assert bundled == parse_config(config_yaml(DEMO_BASE_URL))
    assert default_config_path().read_text(encoding="utf-8").startswith("# The bundled sample")


def test_expected_findings_name_configured_units_and_urls() -> None:
    config = parse_config(config_yaml(DEMO_BASE_URL))
    findings = expected_findings(TODAY)
    assert {f["check"] for f in findings} >= {
        "subpage_unreachable",
        "column_unreachable",
        "column_empty",
        "column_stale",
        "extraction_failed",
    }
    for finding in findings:
        unit = config.unit(finding["unit"])
        urls = {unit.subpage} | {c.url for c in unit.columns}
        assert finding["url"] in urls
        if finding["column"] is not None:
            column = next(c for c in unit.columns if c.url == finding["url"])
            assert (column.name, column.category) == (finding["column"], finding["category"])
    stale = {f["url"]: f["observed"] for f in findings if f["check"] == "column_stale"}
    assert stale[DEMO_BASE_URL + "bm/czj/zwyw/index.html"] == {
        "newest": "2026-11-09",
        "age_days": 15,
        "max_age_days": 14,
    }


def test_stale_and_boundary_columns_show_their_dates_relative_to_today() -> None:
    for today in (TODAY, date(2027, 1, 3)):
        site = sample_site(today)
        fresh = site.route("/bm/czj/gzdt/index.html")
        stale = site.route("/bm/czj/zwyw/index.html")
        assert fresh is not None and stale is not None
        from datetime import timedelta

        assert (today - timedelta(days=14)).isoformat().encode() in fresh.body
        assert (today - timedelta(days=13)).isoformat().encode() not in fresh.body
        assert (today - timedelta(days=15)).isoformat().encode() in stale.body


def _links(body: bytes, encoding: str) -> list[str]:
    tree = LexborHTMLParser(body.decode(encoding, "replace"))
    return [a.attributes.get("href") or "" for a in tree.css("a")]


def test_every_link_of_the_sample_leads_somewhere_but_the_one_broken_link() -> None:
    site = sample_site(TODAY)
    dead: set[tuple[str, str]] = set()
    checked = 0
    for path, route in site.routes.items():
        if route.status != 200 or not route.content_type.startswith("text/html"):
            continue
        encoding = "utf-8" if "utf-8" in route.content_type else "gbk"
        for href in _links(route.body, encoding):
            if href.startswith(("#", "javascript:")):
                continue
            target = urlsplit(urljoin("http://x" + path, href)).path
            checked += 1
            if _status(site, target) >= 400:
                dead.add((path, target))
    assert checked > 500
    # the portal-wide indexes list every unit, so they link to the failing subpage too
    indexes = {"/", "/index.html", "/zwgk/index.html", "/zj/index.html", "/wzdt/index.html"}
    assert dead == {("/bm/czj/index.html", "/bm/czj/zcwj/index.html")} | {
        (page, "/zj/sgjd/index.html") for page in indexes
    }


# --- the generated portal ---------------------------------------------------------------


def test_generated_site_is_lazy_and_consistent() -> None:
    site = generated_site(1600, today=TODAY)
    assert isinstance(site, GeneratedSite)
    assert site.__slots__ == ("today", "units", "columns_per_unit", "items_per_list")
    assert site.pages() > 100_000
    assert site.route("/u1600/index.html") is None
    assert site.route("/u3/c4/index.html") is None
    assert site.route("/u3/c1/art_20.html") is None
    for path in ("/u1599/index.html", "/u7/c2/index.html", "/u7/c2/art_19.html"):
        route = site.route(path)
        assert route is not None and 20_000 <= len(route.body) <= 40_000, path
        for href in _links(route.body, "utf-8"):
            if not href.startswith(("#", "javascript:")):
                assert site.route(href) is not None, (path, href)


def test_generated_column_shows_its_newest_date_and_detail_dates() -> None:
    site = generated_site(10, today=TODAY)
    from datetime import timedelta

    dated = site.route("/u1/c1/index.html")
    assert dated is not None and site.dated(1, 1)
    newest = TODAY - timedelta(days=site.newest_age(1, 1))
    assert newest.isoformat().encode() in dated.body
    undated = site.route("/u0/c0/index.html")
    assert undated is not None and not site.dated(0, 0)
    assert b'class="date"' not in undated.body and b'class="date"' in dated.body
    detail = site.route("/u0/c0/art_0.html")
    assert detail is not None
    published = (TODAY - timedelta(days=site.item_age(0, 0, 0))).isoformat()
    assert f'name="PubDate" content="{published} 10:00"'.encode() in detail.body


def test_generated_config_parses_and_is_served() -> None:
    site = generated_site(50, today=TODAY)
    with serve(site) as running:
        config = parse_config(generated_config_yaml(site, running.base_url))
        assert config.crawl.concurrency == 8 and config.crawl.delay_s == 0
        assert len(config.units) == 50
        with httpx.Client(timeout=10) as c:
            for unit in config.units[:5]:
                assert c.get(unit.subpage).status_code == 200
                for column in unit.columns:
                    assert c.get(column.url).status_code == 200
        assert running.requests() == 25
