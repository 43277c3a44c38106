"""Soft 404s and redirects home are unreachable columns, and real pages are never taken for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.decode import Decoded, decode_html
from crawler.extract import parse_html
from crawler.extract.errorpage import error_page_reason, redirected_home
from tests.extract.test_realpages import CORPUS

CHROME = (
    "<div class='nav'>首页 政务公开 部门 镇街</div>"
    "<div class='footer'>版权所有 示例区人民政府</div>"
)


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>404 Not Found</title></head><body>nginx</body></html>",
        "<html><head><title>页面不存在</title></head><body>" + CHROME + "</body></html>",
        f"<html><head><title>示例区</title></head><body>{CHROME}<p>对不起，您访问的页面不存在！</p>"
        "<a href='/'>返回首页</a></body></html>",
        f"<html><body>{CHROME}<h2>该栏目已撤销</h2></body></html>",
    ],
)
def test_error_pages_in_disguise_are_recognised(html: str) -> None:
    assert error_page_reason(parse_html(html)) is not None


def test_a_list_mentioning_the_words_is_a_real_page() -> None:
    items = "".join(
        f"<li><a href='/a{i}.html'>关于第{i}批信息不存在问题的整改通知公告事项说明</a>"
        f"<span>2026-11-{i + 1:02d}</span></li>"
        for i in range(20)
    )
    html = f"<html><head><title>通知公告</title></head><body>{CHROME}<ul>{items}</ul></body></html>"
    assert error_page_reason(parse_html(html)) is None


def test_no_real_portal_page_is_taken_for_an_error_page() -> None:
    pages = sorted(CORPUS.glob("*.html"))
    if not pages:
        pytest.skip(f"real-page corpus absent at {CORPUS}")
    for page in pages:
        decoded = decode_html(Path(page).read_bytes())
        assert isinstance(decoded, Decoded), page.name
        assert error_page_reason(parse_html(decoded.text)) is None, page.name


@pytest.mark.parametrize(
    ("requested", "final", "home"),
    [
        ("http://x.gov.cn/bm/fgj/gzdt/index.html", "http://x.gov.cn/", True),
        ("http://x.gov.cn/bm/fgj/gzdt/", "http://x.gov.cn/index.html", True),
        ("http://x.gov.cn/col/col123/index.html", "https://www.x.gov.cn/index.shtml", True),
        ("http://x.gov.cn/bm/fgj/gzdt/", "http://x.gov.cn/bm/fgj/gzdt/index.html", False),
        ("http://x.gov.cn/old/gzdt/", "http://x.gov.cn/new/gzdt/index.html", False),
        ("http://x.gov.cn/", "http://x.gov.cn/index.html", False),
        ("http://x.gov.cn:80/bm/fgj/gzdt/", "https://X.gov.cn:443/", True),
        # moved to the department's own site: a move, not a removal
        ("http://x.gov.cn/bm/jyj/", "http://jyj.x.gov.cn/", False),
    ],
)
def test_a_deep_url_landing_on_the_root_page_was_redirected_home(
    requested: str, final: str, home: bool
) -> None:
    assert redirected_home(requested, final) is home
