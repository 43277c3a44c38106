"""`make demo`: the weekly check on embedded defaults, on any machine.

Uses the bundled configuration and a SQLite file under `var/`. When the
configured portal is the bundled sample (127.0.0.1:8765) the sample portal is
served for the length of the run, with its dates relative to today, so the
demo shows the same mix of fresh, stale, empty and unreachable columns on any
day. A configuration naming a real portal is crawled as it is.
"""

from __future__ import annotations

import contextlib
import io
import socket
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import click

from config import default_config_path, load_config
from govwatch.cli import main as cli_main


@contextlib.contextmanager
def sample_portal_if_needed(base_url: str, today: date) -> Iterator[None]:
    """Serve the bundled sample portal when the config points at its loopback address."""
    from sampleportal.config import DEMO_BASE_URL

    if base_url != DEMO_BASE_URL:
        yield
        return
    parts = urlsplit(DEMO_BASE_URL)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    if _listening(host, port):
        click.echo(f"示例门户已在运行 / sample portal already running at {DEMO_BASE_URL}", err=True)
        yield
        return
    from sampleportal.server import serve
    from sampleportal.site import sample_site

    with serve(sample_site(today), host=host, port=port):
        click.echo(f"示例门户 / sample portal: {DEMO_BASE_URL}", err=True)
        yield


def _listening(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((host, port)) == 0


def run(argv: list[str] | None = None) -> int:
    config_path = Path(default_config_path())
    config = load_config(config_path)
    today = date.today()
    out = Path("var") / "reports"
    with sample_portal_if_needed(config.portal.base_url, today):
        steps = [
            ["crawl", "--as-of", today.isoformat()],
            ["findings"],
            ["report", "monthly", today.strftime("%Y-%m"), "--out", str(out)],
        ]
        for step in steps:
            click.echo(f"\n$ govwatch {' '.join(step)}", err=True)
            quiet = "--out" in step  # the bulletin is in its file; its HTML is not for reading here
            with contextlib.redirect_stdout(io.StringIO()) if quiet else contextlib.nullcontext():
                code = _invoke(step)
            if code != 0:
                return code
    click.echo(
        f"\n月通报 / monthly bulletin: {out / (today.strftime('%Y-%m') + '.html')}", err=True
    )
    return 0


def _invoke(args: list[str]) -> int:
    try:
        cli_main.main(args=args, prog_name="govwatch", standalone_mode=False)
    except SystemExit as stop:
        return int(stop.code or 0)
    except click.exceptions.Exit as stop:
        return stop.exit_code
    except click.ClickException as problem:
        problem.show()
        return problem.exit_code
    return 0


if __name__ == "__main__":
    sys.exit(run())
