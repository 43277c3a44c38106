"""The extractor against real portal pages and their hand-checked truth (corpus/realpages)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from crawler.extract import parse_html, read_detail, read_list, read_page_newest
from crawler.extract.inspect import describe

# A verbatim copy of the shared real-page corpus travels with the tests (tests/corpus, with
# its README naming each page's source), so a fresh clone and CI test against it too.
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "realpages"
if not (CORPUS / "truth.json").is_file():  # a checkout without the copy: the shared original
    CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "realpages"
pytestmark = pytest.mark.skipif(
    not (CORPUS / "truth.json").is_file(), reason=f"real-page corpus absent at {CORPUS}"
)
# The addresses the pages were saved from, where the corpus notes name them.
URLS = {
    "06-ordos-egb-xxgknb-list.html": "http://www.ordos.gov.cn/egb/xxgk/xxgknb/index.html",
    "07-kepu-govcn-detail.html": "http://www.kepu.gov.cn/politics/2023-12/01/content_1755244.html",
    "09-pingtan-gzjzqk-list.html": "http://www.pingtan.gov.cn/zwgk/ghxx/gzjzqk/",
    "10-pingtan-gzjzqk-detail.html": "http://www.pingtan.gov.cn/zwgk/ghxx/gzjzqk/202503/t20250321_97999.htm",
}


def _truth() -> dict[str, dict[str, Any]]:
    if not (CORPUS / "truth.json").is_file():
        return {}
    loaded: dict[str, dict[str, Any]] = json.loads((CORPUS / "truth.json").read_text("utf-8"))
    return loaded


TRUTH = _truth()


def _pages(kind: str) -> list[str]:
    return [name for name, t in TRUTH.items() if t["kind"] == kind]


def _tree(name: str) -> Any:
    return parse_html((CORPUS / name).read_text(TRUTH[name]["encoding"]))


def _url(name: str) -> str:
    return URLS.get(name, f"http://portal.example.gov.cn/{name}")


# Two as_of days per page: a month later (ordinary), and far later (meta dates
# such as a regenerated PubDate are then no longer "future typos").
AS_OF_SHIFTS = (30, 3 * 365)


@pytest.mark.parametrize("shift", AS_OF_SHIFTS)
@pytest.mark.parametrize("name", _pages("list"))
def test_list_pages_newest_and_count(name: str, shift: int) -> None:
    truth = TRUTH[name]
    newest = date.fromisoformat(truth["newest_date"])
    reading = read_list(_tree(name), _url(name), newest + timedelta(days=shift))
    assert reading.newest == newest, reading.newest_rule
    if truth["item_count"] is not None:
        assert len(reading.items) == truth["item_count"]
    assert all(item.url and item.url.startswith("http") for item in reading.items)
    assert sum(1 for c in reading.candidates if c.chosen) == 1


def test_list_prefers_displayed_date_over_url_date() -> None:
    """ordos: t20181102_* items show 2018-03-26 and 2018-01-05; the list date is kept."""
    name = "06-ordos-egb-xxgknb-list.html"
    reading = read_list(_tree(name), _url(name), date(2020, 10, 1))
    by_url = {item.url: item.date for item in reading.items}
    shown = by_url["http://www.ordos.gov.cn/egb/xxgk/xxgknb/201811/t20181102_2290635.html"]
    assert shown == date(2018, 3, 26)
    assert all(item.date_source == "list" for item in reading.items)


@pytest.mark.parametrize("shift", AS_OF_SHIFTS)
@pytest.mark.parametrize("name", _pages("detail"))
def test_detail_pages_published(name: str, shift: int) -> None:
    published = date.fromisoformat(TRUTH[name]["newest_date"])
    reading = read_detail(_tree(name), _url(name), published + timedelta(days=shift))
    assert reading.published == published, reading.why
    assert reading.source != "none"


def test_detail_visible_date_beats_regenerated_pubdate() -> None:
    name = "02-wanzai-2015tjgb-detail.html"
    reading = read_detail(_tree(name), _url(name), date(2026, 11, 25))
    assert reading.published == date(2017, 5, 15)
    assert reading.source == "visible:发布日期"
    assert "2022-04-24" in reading.why


def test_detail_ignores_stale_alt_attribute() -> None:
    """shanxi: alt='时间：2017-11-08' sits on the element whose text says 2019-09-18."""
    name = "03-shanxi-gov-detail.html"
    reading = read_detail(_tree(name), _url(name), date(2026, 11, 25))
    assert reading.published == date(2019, 9, 18)
    assert reading.source == "visible:时间"


@pytest.mark.parametrize("name", _pages("subpage"))
def test_subpage_newest_over_dated_blocks(name: str) -> None:
    newest = date.fromisoformat(TRUTH[name]["newest_date"])
    found, why = read_page_newest(_tree(name), _url(name), newest + timedelta(days=30))
    assert found == newest, why


def test_yichun_yearless_dates_take_the_year_before_across_new_year() -> None:
    """'10-11' read on 2024-01-05 is 2023-10-11, not the future 2024-10-11."""
    name = "08-yichun-home-subpage.html"
    reading = read_list(_tree(name), _url(name), date(2024, 1, 5))
    assert reading.newest == date(2023, 10, 11)
    yearless_items = [i for i in reading.items if i.date is not None]
    assert len(yearless_items) >= 5
    assert all(i.date is not None and i.date <= date(2023, 10, 11) for i in yearless_items)


def test_statistics_page_has_no_list_items() -> None:
    name = "11-bjjs-fwjy-stats-subpage.html"
    tree = _tree(name)
    reading = read_list(tree, _url(name), date(2023, 10, 7))
    assert reading.items == ()
    assert reading.newest is None
    found, _ = read_page_newest(tree, _url(name), date(2023, 10, 7))
    assert found == date(2023, 9, 6)  # the data date; the 2010 date is in a comment


@pytest.mark.parametrize("name", _pages("list") + _pages("detail"))
def test_inspect_kind_matches_truth(name: str) -> None:
    truth = TRUTH[name]
    as_of = date.fromisoformat(truth["newest_date"]) + timedelta(days=30)
    described = describe(_url(name), "utf-8", "test", _tree(name), as_of)
    assert described["kind"] == truth["kind"]
    key = "published" if truth["kind"] == "detail" else "newest"
    assert described[key] == truth["newest_date"]
    assert {"url", "encoding", "items", "newest", "published", "why"} <= set(described)
