"""The pure core stays pure: checks/ imports no I/O library (STYLE.md §1)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN_IN_CHECKS = {
    "httpx",
    "sqlalchemy",
    "alembic",
    "requests",
    "socket",
    "asyncio",
    "apprise",
    "apscheduler",
    "store",
    "crawler",
    "reports",
    "govwatch",
    "config",
    "os",
    "pathlib",
    "io",
    "time",
    "subprocess",
    "urllib.request",
    "selectolax",
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_checks_package_imports_no_io() -> None:
    files = sorted((ROOT / "checks").rglob("*.py"))
    assert files, "checks/ has modules"
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in files
        for name in imports_of(path)
        if name in FORBIDDEN_IN_CHECKS or name.split(".")[0] in FORBIDDEN_IN_CHECKS
    }
    assert offenders == set()


def test_the_walk_would_catch_an_io_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("import httpx\nfrom sqlalchemy.orm import Session\n", encoding="utf-8")
    assert {"httpx", "sqlalchemy.orm"} <= imports_of(sample)


def test_layers_do_not_import_the_composition_root() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for package in ("crawler", "store", "reports", "config", "checks")
        for path in (ROOT / package).rglob("*.py")
        for name in imports_of(path)
        if name.split(".")[0] == "govwatch"
    ]
    assert offenders == []
