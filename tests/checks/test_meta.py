"""meta_missing: the 指引 tags a page lacks, listed together, as a warning."""

from __future__ import annotations

from checks.meta import check_meta
from checks.model import Fetched

FULL = {"SiteName": "渭滨区人民政府", "SiteIDCode": "6103020001", "ColumnName": "工作动态",
        "ColumnType": "工作动态"}


def page(meta: dict[str, str]) -> Fetched:
    return Fetched(status=200, final_url="http://gov.test/a/", encoding="utf-8", meta=meta)


def test_complete_column_page_has_no_finding() -> None:
    assert check_meta("fgj", "http://gov.test/a/", "column", page(FULL)) is None


def test_missing_and_empty_tags_are_listed_in_order() -> None:
    meta = {"SiteName": "渭滨区人民政府", "ColumnName": " ", "ColumnType": "x"}
    finding = check_meta("fgj", "http://gov.test/a/", "column", page(meta), column="工作动态")
    assert finding is not None
    assert (finding.check, finding.severity, finding.column) == ("meta_missing", "warn", "工作动态")
    assert finding.observed["missing"] == ["SiteIDCode", "ColumnName"]
    assert finding.message == "页面缺少政府网站元数据标签：SiteIDCode、ColumnName"


ARTICLE = {"ArticleTitle": "区发改局召开专题会议", "ContentSource": "区发改局"}


def test_detail_pages_also_need_pubdate_and_names_match_any_case() -> None:
    lower = {k.lower(): v for k, v in {**FULL, **ARTICLE}.items()}
    assert check_meta("fgj", "http://gov.test/a/1.html", "subpage", page(lower)) is None
    finding = check_meta("fgj", "http://gov.test/a/1.html", "detail", page(lower))
    assert finding is not None and finding.observed["missing"] == ["PubDate"]
    full = {**FULL, **ARTICLE, "PubDate": "2026-11-20 09:00"}
    assert check_meta("fgj", "u", "detail", page(full)) is None


def test_an_article_needs_its_title_and_source_tags() -> None:
    """portal24o N12: RULES §2 asks articles for ArticleTitle, PubDate and ContentSource."""
    meta = {**FULL, "PubDate": "2027-11-14 09:20"}  # the repro page's tags
    finding = check_meta("rsj", "http://gov.test/a/1.html", "detail", page(meta))
    assert finding is not None and finding.observed["missing"] == ["ArticleTitle", "ContentSource"]
    assert check_meta("rsj", "http://gov.test/a/", "column", page(meta)) is None
