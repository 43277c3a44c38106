"""`python -m bench` runs the crawl benchmark."""

from bench.crawl import main

raise SystemExit(main())
