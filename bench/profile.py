"""Where a cold crawl spends its time: `govwatch crawl` under cProfile against a generated portal.

    python -m bench.profile [--units 100] [--warm] [--sort tottime] [--top 30] [--out FILE]

The portal is served from this process, the crawl runs in a child interpreter
(as in bench.crawl), and the top functions of the profile are printed.
"""

from __future__ import annotations

import argparse
import pstats
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.crawl import AS_OF, CONCURRENCY, ROOT
from sampleportal.generate import generated_config_yaml, generated_site
from sampleportal.server import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--warm", action="store_true", help="profile the second (warm) crawl")
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None, help="keep the .prof file here")
    args = parser.parse_args(argv)
    site = generated_site(args.units, 4, 20, today=AS_OF)
    with tempfile.TemporaryDirectory(prefix="govwatch-prof-") as tmp, serve(site) as portal:
        work = Path(tmp)
        config = work / "portal.yaml"
        config.write_text(generated_config_yaml(site, portal.base_url, concurrency=CONCURRENCY,
                                                delay_s=0), encoding="utf-8")
        out = args.out or work / "crawl.prof"
        crawl = ["-m", "govwatch", "--config", str(config), "--db",
                 f"sqlite:///{work / 'bench.db'}", "crawl", "--as-of", AS_OF.isoformat()]
        if args.warm:
            subprocess.run([sys.executable, *crawl], cwd=ROOT, check=False,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), *crawl], cwd=ROOT,
                       check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        stats = pstats.Stats(str(out))
        stats.sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
