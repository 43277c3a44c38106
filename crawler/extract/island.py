"""Script data islands: lists a CMS ships inside `<script type="text/xml">`.

大汉 Hanweb JCMS writes a column's records as
`<datastore><recordset><record><![CDATA[<li>…</li>]]></record>` inside a
script and lets JavaScript render them; the records are the column's list.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_MAX_ISLAND = 2_000_000


_ZERO_TOTAL = re.compile(r"<totalrecord>\s*0\s*</totalrecord>", re.I)


def empty_island(tree: LexborHTMLParser) -> str | None:
    """A marker when a datastore says its column has no records (`<totalrecord>0`).

    The CMS's own count of an empty recordset is as plain a statement as a
    visible 暂无信息: the column is blank, not a list we failed to read.
    """
    for script in tree.css("script"):
        text = script.text() or ""
        no_records = "<record>" not in text and "<record " not in text
        if "<datastore" in text and no_records and _ZERO_TOTAL.search(text):
            return "datastore: totalrecord 0"
    return None


def island_trees(tree: LexborHTMLParser) -> list[LexborHTMLParser]:
    """One parsed fragment per datastore script holding CDATA records."""
    out: list[LexborHTMLParser] = []
    for script in tree.css("script"):
        text = script.text() or ""
        if "<record" not in text or len(text) > _MAX_ISLAND:
            continue
        records = _CDATA.findall(text)
        if records:
            out.append(LexborHTMLParser("<ul>" + "".join(records) + "</ul>"))
    return out
