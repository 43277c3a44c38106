"""HTML: crawled text is escaped, only http(s) URLs become links; CSV: BOM, defused formulas."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from checks.model import PortalConfig
from reports.annual import build_annual
from reports.monthly import build_monthly
from reports.periods import Month, Quarter
from reports.quarterly import build_quarterly
from reports.render import render_csv, render_html, safe_href
from reports.scoring import Scoring
from tests.reports.conftest import finding, run

HOSTILE = "<script>alert(1)</script>"


def hostile_runs() -> list:  # type: ignore[type-arg]
    return [
        run(
            1,
            date(2026, 11, 2),
            [
                finding("fgj", "content_injection", url="javascript:alert(2)", message=HOSTILE),
                finding(
                    "jyj", "content_injection", url="http://spam.example/a?b=1&c=2", message="暗链"
                ),
            ],
        )
    ]


def test_hostile_title_and_url_are_text(config: PortalConfig, scoring: Scoring) -> None:
    html = render_html(build_monthly(config, hostile_runs(), Month(2026, 11), scoring))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert 'href="javascript:' not in html
    assert "javascript:alert(2)" in html  # shown, as text
    assert 'href="http://spam.example/a?b=1&amp;c=2"' in html
    assert (
        "渭滨区人民政府政务公开工作通报" in html and "不合格" in html and "区发展和改革局" in html
    )
    assert "@page { size: A4" in html and "<svg" in html


def test_quarterly_and_annual_render(config: PortalConfig, scoring: Scoring) -> None:
    runs = hostile_runs()
    q = render_html(build_quarterly(config, runs, Quarter(2026, 4), scoring))
    assert "末位" in q and "区教育局" in q
    a = render_html(build_annual(config, runs, 2026, scoring, {"fgj": Decimal(90)}))
    assert "一票否决" in a and "待定" in a and "&lt;script&gt;" in a and "<script" not in a


def test_safe_href() -> None:
    assert safe_href("https://a.example/x") == "https://a.example/x"
    assert safe_href(" JavaScript:alert(1)") is None
    assert safe_href("data:text/html,x") is None and safe_href("/relative") is None


def test_csv_has_bom_and_defused_formulas(
    config: PortalConfig, scoring: Scoring, tmp_path: Path
) -> None:
    runs = [
        run(1, date(2026, 11, 2), [finding("fgj", "content_injection", message="=HYPERLINK(1)")])
    ]
    path = render_csv(build_monthly(config, runs, Month(2026, 11), scoring), tmp_path / "m.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and "区发展和改革局" in text
