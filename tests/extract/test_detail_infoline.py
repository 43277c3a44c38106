"""A detail page whose only date sits on its info line (来源 / 作者 / 浏览次数) is dated by it."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.extract import parse_html, read_detail

AS_OF = date(2026, 11, 25)
FOOTER = "<div class='footer'>版权所有 示例区人民政府 网站更新时间：2026-11-25 08:00</div>"


def published(body: str) -> tuple[date | None, str]:
    html = f"<html><body><h1>关于开展安全生产检查的通知</h1>{body}{FOOTER}</body></html>"
    reading = read_detail(parse_html(html), "http://x.gov.cn/art/1.html", AS_OF)
    return reading.published, reading.source


@pytest.mark.parametrize(
    "body",
    [
        "<p class='source'>来源：区财政局 2026-10-03 浏览次数：55</p>",
        "<p><span>来源：区财政局</span><span>2026-10-03</span><span>浏览次数：55</span></p>",
        "<p>作者：张三 2026-10-03</p><p>会议于 2026-09-01 召开。</p>",
    ],
)
def test_the_info_line_date_is_the_publication_date(body: str) -> None:
    assert published(body) == (date(2026, 10, 3), "visible:info")


def test_a_date_in_the_text_without_an_info_line_is_not_taken() -> None:
    assert published("<p>会议于 2026-09-01 召开，来宾很多。</p>")[0] is None


def test_the_footer_update_time_never_dates_the_article() -> None:
    assert published("<p>正文没有日期。</p>")[0] is None
