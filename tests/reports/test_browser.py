"""Each report in headless Chromium: visible text right, hostile title inert; PNG + PDF kept."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from checks.model import PortalConfig
from reports.annual import build_annual
from reports.monthly import build_monthly
from reports.periods import Month, Quarter
from reports.quarterly import build_quarterly
from reports.render import Report, render_html
from reports.scoring import Scoring
from tests.reports.conftest import finding, run

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("GOVWATCH_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
HOSTILE = "<script>alert(1)</script>"


def reports(config: PortalConfig, scoring: Scoring) -> dict[str, Report]:
    runs = [
        run(
            1,
            date(2026, 11, 2),
            [
                finding("fgj", "column_stale", newest="2026-10-01", age_days=32, max_age_days=14),
                finding("jyj", "content_injection", url="javascript:alert(3)", message=HOSTILE),
            ],
        ),
        run(2, date(2026, 11, 9), [finding("fgj", "column_stale")]),
    ]
    return {
        "2026-11": build_monthly(config, runs, Month(2026, 11), scoring),
        "2026-Q4": build_quarterly(config, runs, Quarter(2026, 4), scoring),
        "2026": build_annual(config, runs, 2026, scoring, {"fgj": Decimal(85)}),
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).is_file():
        pytest.skip(
            f"no Chromium at {CHROMIUM} (set GOVWATCH_CHROMIUM or apt-get install chromium)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.mark.parametrize("period", ["2026-11", "2026-Q4", "2026"])
def test_report_in_browser(
    browser: Any,
    config: PortalConfig,
    scoring: Scoring,
    period: str,
    tmp_path: Path,
) -> None:
    report = reports(config, scoring)[period]
    path = tmp_path / f"{period}.html"
    path.write_text(render_html(report), encoding="utf-8")
    page = browser.new_page()
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    text = page.inner_text("body")
    assert "渭滨区人民政府政务公开工作通报" in text
    assert "区发展和改革局" in text and "区教育局" in text
    if period == "2026-11":
        assert "不合格" in text and HOSTILE in text  # visible as text
        assert page.locator("a[href^='javascript']").count() == 0
    if period == "2026-Q4":
        assert "末位" in text
    if period == "2026":
        assert "一票否决" in text and "待定" in text
    assert page.locator("svg").count() >= 1
    assert dialogs == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"report-{period}.png"), full_page=True)
    page.pdf(path=str(ARTIFACTS / f"report-{period}.pdf"), format="A4", print_background=True)
    assert (ARTIFACTS / f"report-{period}.pdf").read_bytes().startswith(b"%PDF")
    page.close()
