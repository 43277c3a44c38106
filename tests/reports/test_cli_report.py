"""`govwatch report …` end to end on a real SQLite store (skipped while the store is absent)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from checks.model import Fetched, Observation
from tests.reports.conftest import finding

store = pytest.importorskip("store", reason="the store package is not built yet")

CONFIG = """\
portal: {name: 渭滨区人民政府, base_url: "http://www.example.gov.cn/"}
categories:
  - {id: dynamic, names: [工作动态], max_age_days: 14, required_for: [department]}
units:
  - id: fgj
    name: 区发展和改革局
    kind: department
    subpage: http://www.example.gov.cn/bm/fgj/
    columns:
      - {name: 工作动态, url: "http://www.example.gov.cn/bm/fgj/gzdt/", category: dynamic}
  - id: jyj
    name: 区教育局
    kind: department
    subpage: http://www.example.gov.cn/bm/jyj/
"""


@pytest.fixture
def cli(tmp_path: Path) -> tuple[CliRunner, list[str]]:
    from click import Group

    from govwatch.cli import main
    from govwatch.cli_report import report

    if isinstance(main, Group) and "report" not in main.commands:
        main.add_command(report)
    config = tmp_path / "portal.yaml"
    config.write_text(CONFIG, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'gw.db'}"
    engine = store.make_engine(url)
    store.ensure_schema(engine)
    db = store.Store(engine)
    home = Observation(
        "http://www.example.gov.cn/",
        "home",
        Fetched(200, "http://www.example.gov.cn/", "utf-8", newest=date(2026, 11, 1)),
    )
    for as_of, found in (
        (date(2026, 11, 2), [finding("fgj", "column_stale")]),
        (date(2026, 11, 9), []),
    ):
        run_id = db.open_run(as_of, ["fgj", "jyj"])
        db.record_unit(run_id, "fgj", [home], [f for f in found if f.unit == "fgj"])
        db.record_unit(run_id, "jyj", [], [])
        db.finish_run(run_id)
    engine.dispose()
    return CliRunner(), ["--config", str(config), "--db", url, "report"]


def test_monthly_json_and_out(cli: tuple[CliRunner, list[str]], tmp_path: Path) -> None:
    runner, base = cli
    out = tmp_path / "out"
    result = runner.invoke(
        _main(), [*base, "monthly", "2026-11", "--format", "json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert [(u["unit"], u["result"]) for u in doc["units"]] == [("fgj", "fail"), ("jyj", "pass")]
    assert doc["units"][0]["problems"][0]["rectified_on"] == "2026-11-09"
    home = {x["line"]: x for x in doc["national"]["lines"]}["home_age_days"]
    assert home["value"] == 8  # 9 Nov − 1 Nov
    assert json.loads((out / "2026-11.json").read_text(encoding="utf-8")) == doc


def test_html_out_writes_csv_beside(cli: tuple[CliRunner, list[str]], tmp_path: Path) -> None:
    runner, base = cli
    out = tmp_path / "out"
    result = runner.invoke(_main(), [*base, "quarterly", "2026-Q4", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "区发展和改革局" in (out / "2026-Q4.html").read_text(encoding="utf-8")
    assert (out / "2026-Q4.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_bad_period_and_bad_csv(cli: tuple[CliRunner, list[str]], tmp_path: Path) -> None:
    runner, base = cli
    bad = runner.invoke(_main(), [*base, "monthly", "2026-13"])
    assert bad.exit_code == 2 and "YYYY-MM" in bad.output
    csv = tmp_path / "ye.csv"
    csv.write_text("unit,score\nfgj,101\n", encoding="utf-8")
    out = tmp_path / "never"
    result = runner.invoke(
        _main(), [*base, "annual", "2026", "--year-end", str(csv), "--out", str(out)]
    )
    assert result.exit_code == 2
    assert "line 2" in result.stderr and "column score" in result.stderr
    assert not out.exists()
    ok = tmp_path / "ok.csv"
    ok.write_text("unit,score\nfgj,90\n", encoding="utf-8")
    good = runner.invoke(
        _main(), [*base, "annual", "2026", "--year-end", str(ok), "--format", "json"]
    )
    assert good.exit_code == 0, good.output
    assert json.loads(good.stdout)["units"][1]["grade"] == "待定"


def _main() -> Any:
    from govwatch.cli import main

    return main
