"""A frameset column is read from the frame holding its content, not from a banner or a blank."""

from __future__ import annotations

import pytest

from crawler.extract.forward import forwarded_to
from crawler.extract.page import parse_html

URL = "http://www.example.gov.cn/bm/zjj/tzgg/index.html"
DIR = "http://www.example.gov.cn/bm/zjj/tzgg/"


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # a zero-height first frame (a blank page) and the content below it
        (
            '<frameset rows="0,*"><frame src="/images/blank.html" name="top"/>'
            '<frame src="main.html" name="main"/></frameset>',
            DIR + "main.html",
        ),
        # a menu on the left, the list on the right
        (
            '<frameset cols="200,*"><frame src="left.html" name="leftFrame">'
            '<frame src="list.html" name="mainFrame"></frameset>',
            DIR + "list.html",
        ),
        # a banner above, unnamed frames: the larger one
        (
            '<frameset rows="80,*"><frame src="top.html"><frame src="list_1.html"></frameset>',
            DIR + "list_1.html",
        ),
        # a zero-size tracking iframe before the real one
        (
            '<body><iframe src="stat.html" width="0" height="0"></iframe>'
            '<iframe src="list.html" width="100%"></iframe></body>',
            DIR + "list.html",
        ),
        # one plain iframe, as before
        (
            "<body><iframe src='/gzdt/list_1.html'></iframe></body>",
            "http://www.example.gov.cn/gzdt/list_1.html",
        ),
    ],
)
def test_content_frame_is_chosen(html: str, expected: str) -> None:
    assert forwarded_to(parse_html(f"<html><head></head>{html}</html>"), URL) == (expected, "frame")


def test_only_zero_size_frames_forward_nowhere() -> None:
    html = '<html><body><iframe src="stat.html" width="0" height="0"></iframe></body></html>'
    assert forwarded_to(parse_html(html), URL) is None


CHROME = (
    "<div class='nav'>" + "".join(f"<a href='/c{k}/'>栏目名称{k}</a>" for k in range(40)) + "</div>"
)


def test_a_list_framed_inside_the_site_chrome_is_followed_on_the_same_site() -> None:
    frame = "<iframe src='list.html' width='100%' height='600'></iframe>"
    page = f"<html><body>{CHROME}{frame}</body></html>"
    assert forwarded_to(parse_html(page), URL) == (DIR + "list.html", "frame")
    embedded = (
        f"<html><body>{CHROME}<object type='text/html' data='list.html'></object></body></html>"
    )
    assert forwarded_to(parse_html(embedded), URL) == (DIR + "list.html", "frame")


def test_a_page_with_content_does_not_follow_frames_elsewhere_or_media() -> None:
    video = f"<html><body>{CHROME}<iframe src='https://v.example.com/player.html'></iframe></body></html>"
    assert forwarded_to(parse_html(video), URL) is None
    flash = f"<html><body>{CHROME}<embed src='banner.swf'></body></html>"
    assert forwarded_to(parse_html(flash), URL) is None
