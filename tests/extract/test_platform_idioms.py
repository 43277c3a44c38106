"""List pages of the newer 集约化 platforms (portal24t's repro pages, T1–T5 of
tests/portal24t/DISCREPANCIES.md), each read as a reader sees it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from crawler.extract import parse_html, read_list
from crawler.extract.listing import ListReading

REPRO = Path(__file__).resolve().parents[1] / "portal24t" / "repro"
AS_OF = date(2027, 8, 17)
URL = "http://www.example.gov.cn/bm/x/tzgg/index.html"


def read(name: str, names: tuple[str, ...] = ()) -> ListReading:
    tree = parse_html((REPRO / name).read_text("utf-8"))
    return read_list(tree, URL, AS_OF, names=names)


def test_an_ajax_lists_placeholder_is_no_blank_column() -> None:
    """T1: 暂无数据 inside the element a $.getJSON fills is the template's, not the column's."""
    assert read("t1-ajax-placeholder.html").empty_marker is None
    # a script filling another element (a visit counter) leaves a real 暂无数据 standing
    assert read("t1-control-static-nodata.html").empty_marker == "暂无数据"


def test_a_list_only_in_a_json_store_is_read_without_its_side_arrays() -> None:
    """T2: window.__INITIAL_STATE__'s columnPage.list.records, not its sidebar.hotNews."""
    reading = read("t2-initial-state-epoch.html")
    assert reading.newest == date(2027, 7, 27)  # epoch ms, read as the day in Beijing
    assert reading.items[0].url == "http://www.example.gov.cn/bm/wjw/gzdt/content_31.html"


def test_the_columns_own_tab_is_its_list() -> None:
    """T3: panels of a tab box are named by their tabs: the 通知公告 panel, hidden or not."""
    reading = read("t3-second-tab.html", names=("通知公告",))
    assert reading.newest == date(2027, 1, 29)
    assert read("t3-second-tab.html").newest == date(2027, 8, 15)  # no name: the shown tab


def test_a_validity_end_is_no_publication_date() -> None:
    """T4: 生成日期 is the publication column beside 有效期至."""
    assert read("t4-valid-until.html").newest == date(2027, 1, 29)


def test_a_lines_time_element_beats_its_rounded_relative_words() -> None:
    """T5: <time datetime="2027-02-08…">6个月前</time> is 2027-02-08, not 180 days ago."""
    assert read("t5-relative-datetime.html").newest == date(2027, 2, 8)
