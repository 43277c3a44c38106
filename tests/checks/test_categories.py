"""category_missing: present by a link to the unit's own column or by a normalised name;
nothing said about an unreachable subpage."""

from __future__ import annotations

import pytest

from checks.categories import category_present, check_categories
from checks.model import Category, Column, Fetched, Unit, Unreachable, Unreadable
from checks.text import normalise_name
from checks.urls import normalise_url
from config.loader import parse_config
from crawler.extract import parse_html, read_links

NOTICE = Category("notice", ("通知公告",), 183, ("department", "town"), aliases=("公示公告",))
DYNAMIC = Category("dynamic", ("工作动态", "部门动态"), 14, ("department",))
OVERVIEW = Category("overview", ("机构概况",), None, ("town",))
CATEGORIES = {c.id: c for c in (NOTICE, DYNAMIC, OVERVIEW)}
UNIT = Unit(
    "fgj",
    "区发展和改革局",
    "department",
    "http://gov.test/bm/fgj/",
    (Column("工作动态", "http://gov.test/bm/fgj/gzdt/index.html", "dynamic"),),
)


def subpage(*links: tuple[str, str]) -> Fetched:
    return Fetched(status=200, final_url=UNIT.subpage, encoding="utf-8", links=links)


def missing(page: object) -> list[str | None]:
    return [f.category for f in check_categories(UNIT, CATEGORIES, page)]  # type: ignore[arg-type]


def test_both_required_categories_missing_gives_one_finding_each() -> None:
    found = check_categories(UNIT, CATEGORIES, subpage(("首页", "http://gov.test/")))
    assert [(f.check, f.category, f.url, f.severity) for f in found] == [
        ("category_missing", "notice", UNIT.subpage, "fail"),
        ("category_missing", "dynamic", UNIT.subpage, "fail"),
    ]
    assert found[0].message == "未在子页面发现「通知公告」栏目"


def test_category_of_another_kind_is_not_required() -> None:
    assert "overview" not in missing(subpage())
    assert missing(subpage()) == ["notice", "dynamic"]


def test_link_to_own_column_counts_whatever_its_text_and_spelling() -> None:
    page = subpage(
        ("更多>>", "HTTP://GOV.TEST:80/bm/fgj/gzdt/#list"), ("【通知公告】", "http://x/")
    )
    assert missing(page) == []


def test_name_match_is_normalised() -> None:
    assert missing(subpage(("［ 通知公告 ］", "http://a/"), ("部門動態", "http://b/"))) == []
    assert missing(subpage(("（公示公告）", "http://a/"), ("工作动态", "http://b/"))) == []


def test_a_longer_text_containing_the_name_does_not_count() -> None:
    assert missing(subpage(("通知公告栏目说明", "http://a/"), ("工作动态", "http://b/"))) == [
        "notice"
    ]


def test_unreachable_or_unreadable_subpage_says_nothing() -> None:
    assert missing(Unreachable("timeout")) == []
    assert missing(Unreadable("binary")) == []
    assert missing(subpage()) != []


def test_normalise_name_and_url() -> None:
    assert normalise_name("【通知　公告】") == "通知公告"
    assert normalise_name("ＡＢＣ（工作動態）") == "abc工作动态"
    assert normalise_url("HTTP://Gov.Test:80/a/index.html#x") == "http://gov.test/a"
    assert normalise_url("https://gov.test:443/a/") == normalise_url("https://gov.test/a")
    assert normalise_url("http://gov.test:8080/a/") != normalise_url("http://gov.test/a")


def test_aliases_load_from_configuration() -> None:
    config = parse_config(
        """
portal: {name: 测试区, base_url: "http://gov.test/"}
categories:
  - {id: notice, names: [通知公告], aliases: [公示公告, 通知公示], required_for: [department]}
units: []
"""
    )
    assert config.categories["notice"].aliases == ("公示公告", "通知公示")


@pytest.mark.parametrize(
    "label", ["通知公告", "■通知公告", "通知公告>>", "【通知公告】", "通知公告 更多", "·通知公告："]
)
def test_a_block_titled_with_the_name_shows_the_category(label: str) -> None:
    """A block title whose only link reads 更多 is how many subpages show a column."""
    unit = UNIT
    page = Fetched(
        status=200,
        final_url=unit.subpage,
        encoding="utf-8",
        links=(("更多>>", "http://x.gov.cn/elsewhere/list.html"),),
        labels=(label, "2026-11-20"),
    )
    assert category_present(unit, NOTICE, page)


def test_a_longer_title_containing_the_name_is_not_the_category() -> None:
    unit = UNIT
    page = Fetched(
        status=200, final_url=unit.subpage, encoding="utf-8", labels=("通知公告栏目使用说明",)
    )
    assert not category_present(unit, NOTICE, page)


def test_a_count_after_the_name_is_not_part_of_it() -> None:
    assert missing(subpage(("通知公告(23)", "http://a/"), ("工作动态［128］", "http://b/"))) == []
    # a number that is part of the text is not a count
    assert missing(subpage(("通知公告2", "http://a/"), ("工作动态", "http://b/"))) == ["notice"]


def test_names_read_from_the_page_itself() -> None:
    """Image-only links name themselves by alt text; a 更多 link does not hide a later name."""
    html = (
        "<a href='/bm/fgj/tzgg/'>更多>></a><a href='/bm/fgj/tzgg/'>通知公告</a>"
        "<a href='/bm/fgj/bmdt/'><img src='t.png' alt='部门动态'></a>"
    )
    links = read_links(parse_html(f"<html><body>{html}</body></html>"), "http://gov.test/bm/fgj/")
    assert links == (
        ("通知公告", "http://gov.test/bm/fgj/tzgg/"),
        ("部门动态", "http://gov.test/bm/fgj/bmdt/"),
    )
    assert missing(subpage(*links)) == []
