"""meta_missing (warn): a page without the machine-readable tags the 政府网站发展指引
(国办发〔2017〕47号) asks for. It counts against no one: it tells an operator the portal's
templates are incomplete, which also makes the other checks less certain."""

from __future__ import annotations

from checks.model import WARN, Fetched, Finding, PageRole

PAGE_TAGS = ("SiteName", "SiteIDCode", "ColumnName", "ColumnType")
DETAIL_TAGS = (*PAGE_TAGS, "ArticleTitle", "PubDate", "ContentSource")


def missing_tags(meta: dict[str, str], role: PageRole) -> list[str]:
    """Tag names are matched case-insensitively; an empty content counts as missing."""
    present = {name.lower() for name, value in meta.items() if value and value.strip()}
    wanted = DETAIL_TAGS if role == "detail" else PAGE_TAGS
    return [tag for tag in wanted if tag.lower() not in present]


def check_meta(
    unit_id: str, url: str, role: PageRole, page: Fetched, column: str | None = None
) -> Finding | None:
    """At most one finding per page: all the missing tags listed together."""
    missing = missing_tags(page.meta, role)
    if not missing:
        return None
    return Finding(
        unit=unit_id,
        check="meta_missing",
        severity=WARN,
        url=url,
        column=column,
        message=f"页面缺少政府网站元数据标签：{'、'.join(missing)}",
        observed={"missing": missing, "role": role},
    )
