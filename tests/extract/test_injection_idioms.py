"""Content injection on honest and hacked pages of real CMSs, one minimal page each
(tests/portal24z/repro/): share panels, toolbars and menus a script opens by class, an
office's own enforcement news, an article's own keywords — and 丨-joined gambling phrases and
a title hijacked for 澳门金沙.

Each page is read as the crawl reads it (`read_page`) and judged as the crawl judges it
(`check_injection`, with the page's title deciding whether it reports on spam).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from checks.injection import check_injection
from checks.model import Fetched, PageRole
from config.lexicon import load_lexicon
from crawler.reader import Page, read_page

REPRO = Path(__file__).resolve().parents[1] / "portal24z" / "repro"
AS_OF = date(2028, 5, 16)
OWN = ("127.0.0.1",)


def _phrases(name: str, role: PageRole) -> list[str] | None:
    """The injection finding's phrases and hosts for the page, or None when it is clean."""
    url = f"http://127.0.0.1:8000/bm/x/{name}"
    page = Page((REPRO / name).read_bytes(), "text/html", 200, url, role, AS_OF)
    reading = read_page(page)
    assert isinstance(reading, Fetched)
    findings = check_injection("x", [(url, reading)], load_lexicon(), OWN)
    if not findings:
        return None
    observed = findings[0].observed
    return [*observed["phrases"], *observed["link_hosts"]]


@pytest.mark.parametrize(
    ("name", "role"),
    [
        # a bShare panel opened by the vendor's bShare.more(event): share links carrying a page
        ("z1-bshare-panel-column.html", "column"),
        # a 无障碍 toolbar opened by classList.remove('hide')
        ("z2-toolbar-class-removed-subpage.html", "subpage"),
        # a mega-menu a script opens by adding the state class nav-hover
        ("z3-mega-menu-state-class-subpage.html", "subpage"),
        # the office's own 老虎机 inspection headline (排查) in a tab
        ("z4-enforcement-headline-in-tab-subpage.html", "subpage"),
        # a hidden 微信分享 summary of a 净网 article (巡查, 责令…下架)
        ("z5-share-summary-detail.html", "detail"),
        # an anti-gambling case story's keywords, every one said in its text
        ("z6-crackdown-keywords-detail.html", "detail"),
        # a licence notice's keywords naming the KTV halls its table names
        ("z7-licence-keywords-detail.html", "detail"),
    ],
)
def test_honest_page_is_clean(name: str, role: PageRole) -> None:
    assert _phrases(name, role) is None


def test_gambling_phrases_joined_by_the_cjk_stroke_are_a_spam_list() -> None:
    found = _phrases("z8-phrases-joined-by-gun-subpage.html", "subpage")
    assert found is not None and {"彩票投注", "注册送彩金", "真人娱乐"} <= set(found)


def test_a_title_hijacked_for_the_sands_casino_is_injection() -> None:
    found = _phrases("z9-sands-title-subpage.html", "subpage")
    assert found is not None and {"澳门金沙", "金沙官网"} <= set(found)


def test_keywords_the_body_never_says_are_still_judged() -> None:
    # The Z6 article with casino keywords its text does not use: the tags are not its own.
    body = (REPRO / "z6-crackdown-keywords-detail.html").read_text(encoding="utf-8")
    hijacked = body.replace("网络赌博,跨境赌博,百家乐,时时彩,六合彩", "澳门金沙,新葡京,太阳城娱乐")
    assert hijacked != body
    url = "http://127.0.0.1:8000/bm/x/hijacked-keywords-detail.html"
    reading = read_page(Page(hijacked.encode(), "text/html", 200, url, "detail", AS_OF))
    assert isinstance(reading, Fetched)
    findings = check_injection("x", [(url, reading)], load_lexicon(), OWN)
    assert findings and findings[0].observed["place"] == "meta keywords"
