"""Subpage, link and injection idioms of real government sites (portal24j's repro pages),
each read as a reader sees them (tests/portal24j/DISCREPANCIES.md, K1–K17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from checks.text import looks_like_phrase_list
from checks.urls import link_target
from crawler.extract import parse_html, read_links
from crawler.extract.blocks import read_blocks
from crawler.extract.errorpage import error_page_reason, script_shell
from crawler.extract.forward import forwarded_to, same_site_frames
from crawler.extract.island import json_links
from crawler.extract.labels import read_labels
from crawler.extract.scripts import script_written

REPRO = Path(__file__).resolve().parents[1] / "portal24j" / "repro"
URL = "http://www.example.gov.cn/bm/x/index.html"


def tree_of(name: str) -> LexborHTMLParser:
    return parse_html((REPRO / name).read_text("utf-8"))


def test_extra_slashes_after_the_scheme_are_skipped() -> None:
    links = dict((text, url) for text, url in read_links(tree_of("k1-triple-slash-href.html"), URL))
    assert links["中国政府网"] == "http://www.gov.cn/"


@pytest.mark.parametrize("href", ["http://", "https://", "HTTP://"])
def test_an_empty_address_is_checked_as_it_is(href: str) -> None:
    assert link_target(URL, href) == (href, "")


def test_an_enumeration_in_prose_is_no_phrase_list() -> None:
    assert not looks_like_phrase_list(
        "百家乐、时时彩、北京赛车、六合彩、真人视讯、捕鱼赢钱、老虎机等。"
    )
    assert looks_like_phrase_list("百家乐|时时彩|北京赛车|六合彩|真人视讯|捕鱼赢钱|老虎机")
    blocks = read_blocks(tree_of("k2-anti-gambling-article.html"), URL)
    assert [b.place for b in blocks] == ["title"]


@pytest.mark.parametrize(
    ("page", "said"),
    [
        ("k3-soft404-deleted.html", "页面已被删除"),
        ("k8-site-closed.html", "该站点已关闭"),
        ("k15a-overview-deleted.html", "信息已被删除"),
        ("k15b-maintenance.html", "系统维护中"),
    ],
)
def test_pages_saying_they_are_gone_are_no_pages(page: str, said: str) -> None:
    reason = error_page_reason(tree_of(page))
    assert reason is not None and said in reason


def test_an_article_titled_about_a_closed_site_is_a_page() -> None:
    tree = parse_html(
        "<html><head><title>关于区旅游网站已关闭的公告</title></head>"
        "<body><p>区旅游网站已关闭，相关信息请访问区政府门户网站。</p></body></html>"
    )
    assert error_page_reason(tree) is None


def test_a_column_notice_about_maintenance_beside_its_list_is_a_page() -> None:
    rows = "".join(f"<li><a href='a{n}.html'>关于第{n}项工作的通知</a></li>" for n in range(30))
    tree = parse_html(f"<html><body><p>系统维护中，部分功能暂停。</p><ul>{rows}</ul></body></html>")
    assert error_page_reason(tree) is None


def test_a_script_application_shell_is_unreadable_and_a_short_page_is_not() -> None:
    assert script_shell(tree_of("k10-js-shell.html"))
    assert not script_shell(parse_html("<html><body><p>机构职能</p><script src=a.js></script>"))


def test_a_buttons_value_and_an_image_links_title_are_shown() -> None:
    tree = tree_of("k11-button-and-img-title.html")
    assert "通知公告" in read_labels(tree)
    assert "机构概况" in [text for text, _ in read_links(tree, URL)]


def test_the_refresh_header_forwards_like_a_meta_refresh() -> None:
    tree = parse_html("<html><body><p>本页面已迁移至新地址，正在跳转……</p></body></html>")
    assert forwarded_to(tree, URL, "0;url=/bm/x/xxgk/index.html") == (
        "http://www.example.gov.cn/bm/x/xxgk/index.html",
        "Refresh header",
    )


def test_a_subpages_menu_frames_are_its_own() -> None:
    frames = same_site_frames(tree_of("k5-frameset-subpage.html"), URL)
    assert any("left" in f or "menu" in f for f in frames), frames
    assert all(f.startswith("http://www.example.gov.cn/") for f in frames)


def test_script_built_tabs_are_links() -> None:
    names = [name for name, _ in json_links(tree_of("k9-json-tabs.html"), URL)]
    assert {"工作动态", "通知公告", "政策文件", "机构概况"} <= set(names)


@pytest.mark.parametrize(
    ("page", "how"),
    [
        ("k14-tag-class-rule.html", ".hz-link"),
        ("k17-noscript-links.html", "noscript"),
    ],
)
def test_hidden_blocks_of_other_idioms(page: str, how: str) -> None:
    hidden = [b for b in read_blocks(tree_of(page), URL) if b.hidden_by and how in b.hidden_by]
    assert hidden and all(b.links for b in hidden)


def test_a_drop_downs_options_are_links() -> None:
    (menu,) = [
        b for b in read_blocks(tree_of("k16-select-gambling.html"), URL) if b.place == "drop-down"
    ]
    assert "澳门新葡京" in menu.text
    assert any("hg8868" in url for _, url in menu.links)


REPRO_L = Path(__file__).resolve().parents[1] / "portal24k" / "repro"


def test_a_number_of_eight_digits_beside_a_title_is_no_date() -> None:
    from datetime import date

    from crawler.extract import read_list

    tree = parse_html((REPRO_L / "l1-eight-digit-number.html").read_text("utf-8"))
    reading = read_list(tree, URL, date(2027, 5, 18))
    assert reading.newest is None or reading.newest.year != 2018


@pytest.mark.parametrize(
    "page",
    [
        "l2a-help-404-subpage.html",
        "l2b-help-404-one-plan.html",
        "l3a-maintenance-subpage.html",
        "l3b-maintenance-one-plan.html",
    ],
)
def test_a_help_tip_or_a_maintenance_notice_is_no_error_page(page: str) -> None:
    assert error_page_reason(parse_html((REPRO_L / page).read_text("utf-8"))) is None


def test_a_subpage_showing_a_map_iframe_is_read_as_itself() -> None:
    from datetime import date

    from crawler.reader import Page, read_page

    body = (REPRO_L / "l4-map-iframe-subpage.html").read_bytes()
    reading = read_page(Page(body, "text/html", 200, URL, "subpage", date(2027, 5, 18)))
    assert getattr(reading, "links", ()) and getattr(reading, "frames", ())


def test_published_beats_updated_on_a_line() -> None:
    from datetime import date

    from crawler.extract.dates import DateReader

    reader = DateReader(date(2027, 5, 18))
    assert reader.read("发布时间：2027-04-20 更新时间：2027-05-16")[0] == date(2027, 4, 20)


def test_a_menu_written_by_script_is_shown() -> None:
    from crawler.extract.island import written_labels

    tree = parse_html(
        (
            Path(__file__).resolve().parents[1]
            / "portal24l"
            / "repro"
            / "m1-docwrite-menu-subpage.html"
        ).read_text("utf-8")
    )
    assert {"工作动态", "通知公告"} <= set(written_labels(tree))


@pytest.mark.parametrize(
    ("url", "home"),
    [
        ("http://www.example.gov.cn/index.html", True),
        ("http://example.gov.cn/", True),
        ("http://www.example.gov.cn/portal/index.html", True),  # where the home landed
        ("http://www.example.gov.cn/bm/x/index.html", False),
        ("http://other.gov.cn/index.html", False),
    ],
)
def test_the_portals_home_page_in_its_forms(url: str, home: bool) -> None:
    from crawler.extract.errorpage import is_home

    homes = {"http://www.example.gov.cn/", "http://www.example.gov.cn/portal/index.html"}
    assert is_home(url, homes) is home


# portal24o's repro pages (tests/portal24o/DISCREPANCIES.md): hiding rules and script-written
# markup the injection check reads, and a menu item taken off a subpage's menu.
REPRO_O = Path(__file__).resolve().parents[1] / "portal24o" / "repro"


def repro_o(name: str, *edits: tuple[str, str]) -> LexborHTMLParser:
    html = (REPRO_O / name).read_text("utf-8")
    for edit in edits:
        assert edit[0] in html, edit
        html = html.replace(*edit)
    return parse_html(html)


def hidden_hosts(tree: LexborHTMLParser) -> list[tuple[str | None, list[str]]]:
    return [
        (b.hidden_by, [url.split("/")[2] for _, url in b.links])
        for b in read_blocks(tree, URL)
        if b.hidden_by
    ]


def test_n2_a_descendant_selector_hides_what_lexbor_finds_under_it() -> None:
    hosts = ["www.hg8868-vip.com", "www.js77888.net", "www.am-pj0099.com"]
    page = "n2-descendant-rule-subpage.html"
    assert hidden_hosts(repro_o(page)) == [("#ftlinks .lk {top:-1200px}", hosts)]
    assert hidden_hosts(repro_o(page, ('<div id="ftlinks">', '<div id="links">'))) == []
    # a rule at least as specific showing the element again wins (the cascade) over
    # display:none, not over an off-screen position
    again = ("</style>", "#ftlinks p.lk{display:block}</style>")
    assert hidden_hosts(repro_o(page, again)) != []
    none = ("position:absolute;top:-1200px;", "display:none")
    assert hidden_hosts(repro_o(page, none)) == [("#ftlinks .lk {display:none}", hosts)]
    assert hidden_hosts(repro_o(page, none, again)) == []


@pytest.mark.parametrize(
    "page",
    [
        "n4-unescape-variable-subpage.html",  # var _0x = unescape('%3C…'); document.write(_0x)
        "n5-three-writes-column.html",  # <div …> and </div> written by separate calls
        "n6-fromcharcode-subpage.html",  # document.write(String.fromCharCode(60,100,…))
        "n7-atob-column.html",  # document.write(atob('PGRp…'))
    ],
)
def test_n4_to_n7_hidden_links_a_script_encodes_or_splits_are_read(page: str) -> None:
    hosts = ["www.hg8868-vip.com", "www.js77888.net", "www.am-pj0099.com"]
    assert hidden_hosts(repro_o(page)) == [("display:none (document.write)", hosts)]


def test_javascripts_own_percent_u_escapes_are_decoded() -> None:
    tree = parse_html(
        "<html><body><script>var s = unescape('%3Cb%3E%u6FB3%u95E8%3C/b%3E');"
        "document.write(s);</script></body></html>"
    )
    assert script_written(tree) == ["<b>澳门</b>"]
    # a variable holding records is no markup: the loop's literals alone are read
    records = "var list = [{t: 'a'}]; document.write('<li>' + list[0].t + '</li>');"
    assert script_written(parse_html(f"<script>{records}</script>")) == ["<li></li>"]


def test_n11_a_menu_item_hidden_in_its_own_markup_is_not_shown() -> None:
    from checks.categories import check_categories
    from checks.model import Category, Fetched, Unit

    notice = Category("notice", ("通知公告",), 183, ("department",))
    unit = Unit("slj", "区水利局", "department", URL)

    def missing(tree: LexborHTMLParser) -> list[str | None]:
        page = Fetched(200, URL, "utf-8", links=read_links(tree, URL), labels=read_labels(tree))
        return [f.category for f in check_categories(unit, {"notice": notice}, page)]

    page = "n11-hidden-menu-item-subpage.html"
    tree = repro_o(page)
    assert missing(tree) == ["notice"]
    assert ("", "http://www.example.gov.cn/bm/x/old/tzgg.html") in read_links(tree, URL)
    assert missing(repro_o(page, ('<li style="display:none">', "<li>"))) == []
    # a drop-down hidden around its items, or an item a script opens, is shown
    dropdown = '<ul><li>信息公开<ul style="display:none"><li><a href="tzgg/">通知公告</a></li>'
    assert missing(parse_html(f"{dropdown}<li><a href='a/'>工作动态</a></li></ul></li></ul>")) == []
    opened = ('<li style="display:none">', '<li class="more" style="display:none">')
    script = ("</body>", "<script>$('.more').show();</script></body>")
    assert missing(repro_o(page, opened, script)) == []
