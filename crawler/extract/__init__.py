"""Reading pages: the main list of a column, a detail page's date, links and 指引 meta.

Pure functions over a parsed tree (no network, no database); parse once with
`parse_html` and pass the tree to every reader — none of them mutates it.
"""

from crawler.extract.dates import parse_date, url_date
from crawler.extract.detail import DetailReading, read_detail
from crawler.extract.listing import Candidate, ListReading, read_list, read_page_newest
from crawler.extract.page import parse_html, read_links, read_meta

__all__ = [
    "Candidate",
    "DetailReading",
    "ListReading",
    "parse_date",
    "parse_html",
    "read_detail",
    "read_links",
    "read_list",
    "read_meta",
    "read_page_newest",
    "url_date",
]
