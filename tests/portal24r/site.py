"""A randomised 24-unit portal: each column combines one list layout the trap portals showed
to work with random decorations that must not change the answer, and a newest age chosen near
its category's window. The expected findings follow from the generator's own choices (truth by
construction, RULES.md §3), so any difference is govwatch's.

`build(seed)` is deterministic. Every column records its combination (`Portal.combo`), printed
beside each false positive or false negative.

Combinations left out on purpose (ambiguous under RULES.md, see DISCREPANCIES.md):
- a year-less `[MM-DD]` list with any item 365 days old or more (the date cannot be placed);
- a year-less list with a typo date in the future (`[MM-DD]` of a future day reads as last
  year's: by RULES it is an old date, not a typo);
- a typo date at `as_of + 1` (RULES accepts it as a real date).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from tests.portal24 import html as h
from tests.portal24.html import Item
from tests.portal24.site import Unit
from tests.portal24c.site import cn_date, fullwidth
from tests.portal24f.site import CATEGORIES, MAX_AGE, Expect, Portal, config_yaml
from tests.portal24g.site import _json_list

__all__ = ["AS_OFS", "CATEGORIES", "MAX_AGE", "Expect", "Portal", "RPortal", "build", "config_yaml"]

AS_OFS = {1: date(2026, 11, 24), 2: date(2027, 1, 12), 3: date(2026, 3, 3)}

NAMES = {
    "dynamic": ("工作动态", "gzdt"),
    "notice": ("通知公告", "tzgg"),
    "policy": ("政策文件", "zcwj"),
    "personnel": ("人事信息", "rsxx"),
    "plan": ("规划计划", "ghjh"),
    "overview": ("机构概况", "jggk"),
}
REQUIRED = {
    "department": ("dynamic", "notice", "policy", "overview"),
    "town": ("dynamic", "notice", "overview"),
}
UNITS = [
    ("fgw", "区发展和改革委员会", "department"),
    ("jyj", "区教育局", "department"),
    ("kjj", "区科学技术局", "department"),
    ("gxj", "区工业和信息化局", "department"),
    ("mzj", "区民政局", "department"),
    ("sfj", "区司法局", "department"),
    ("czj", "区财政局", "department"),
    ("rsj", "区人力资源和社会保障局", "department"),
    ("zrj", "区自然资源局", "department"),
    ("hbj", "区生态环境分局", "department"),
    ("zjj", "区住房和城乡建设局", "department"),
    ("jtj", "区交通运输局", "department"),
    ("slj", "区水利局", "department"),
    ("nyj", "区农业农村局", "department"),
    ("swj", "区商务局", "department"),
    ("wlj", "区文化和旅游局", "department"),
    ("wjj", "区卫生健康局", "department"),
    ("yjj", "区应急管理局", "department"),
    ("xz_jq", "金渠镇人民政府", "town"),
    ("xz_sm", "石鼓镇人民政府", "town"),
    ("xz_gz", "高家镇人民政府", "town"),
    ("jd_qy", "清姜街道办事处", "town"),
    ("jd_jt", "金陵街道办事处", "town"),
    ("jd_md", "马营街道办事处", "town"),
]


def a(i: Item) -> str:
    t = escape(i.title)
    return f'<a href="{escape(i.href)}" target="_blank" title="{t}">{t}</a>'


def ymd(i: Item) -> str:
    return i.when.isoformat() if i.when else ""


def _ul(items: Sequence[Item], fmt: Callable[[date], str]) -> str:
    return h.trs_ul(items, fmt=fmt, pages=1).split('<div class="page">')[0] + "</div>"


def _onclick(items: Sequence[Item]) -> str:
    return (
        '<ul class="clist">'
        + "".join(
            f'<li onclick="location.href=\'{i.href}\'" style="cursor:pointer">'
            f'<span class="t">{escape(i.title)}</span><span class="d">{ymd(i)}</span></li>'
            for i in items
        )
        + "</ul>"
    )


def _parallel_ul(items: Sequence[Item]) -> str:
    left = "".join(f"<li>{a(i)}</li>" for i in items)
    right = "".join(f"<li>{ymd(i)}</li>" for i in items)
    return f'<div class="lb clearfix"><ul class="l">{left}</ul><ul class="r">{right}</ul></div>'


def _parallel_div(items: Sequence[Item]) -> str:
    bt = "".join(f"<p>{a(i)}</p>" for i in items)
    rq = "".join(f"<p>{ymd(i)}</p>" for i in items)
    return (
        f'<div class="wrap clearfix"><div class="bt fl">{bt}</div>'
        f'<div class="rq fr">{rq}</div></div>'
    )


LAYOUTS: dict[str, Callable[[Sequence[Item]], str]] = {
    "ul-span": lambda it: h.trs_ul(it, pages=1),
    "table": h.table_rows,
    "table-wenhao": lambda it: h.table_rows(it, wenhao=True),
    "div-item-h4": h.div_blocks,
    "dl-dt-dd": h.dl_list,
    "jcms": lambda it: h.jcms_island(it, 4000 + len(it)),
    "onclick": _onclick,
    "json": lambda it: _json_list(it, ("docTitle", "docUrl", "pubDate"), "docList"),
    "parallel-ul": _parallel_ul,
    "parallel-div": _parallel_div,
    "yearless": lambda it: _ul(it, lambda d: f"[{d:%m-%d}]"),
    "cn-date": lambda it: _ul(it, cn_date_plain),
    "fullwidth": lambda it: _ul(it, fullwidth),
    "split-day": h.split_day_list,
    "split-ymd": h.split_ymd_list,
}


def cn_date_plain(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


DECORATIONS = ("hot", "pinned", "typo", "pager")
_ = cn_date  # the Chinese-numeral form is not a list layout here


class RPortal(Portal):
    def __init__(self, today: date, seed: int) -> None:
        super().__init__(today)
        self.seed = seed
        self.combo: dict[str, str] = {}  # column path -> its combination


def _age_choice(rng: random.Random, window: int) -> tuple[str, int]:
    kind = rng.choice(("w-1", "w", "w+1", "far", "fresh"))
    age = {
        "w-1": window - 1,
        "w": window,
        "w+1": window + 1,
        "far": window * 3 + rng.randint(20, 60),
        "fresh": rng.randint(0, 3),
    }[kind]
    return kind, age


def _column(p: RPortal, rng: random.Random, u: Unit, cat: str, state: str) -> None:
    name, slug = NAMES[cat]
    if cat == "dynamic" and u.kind == "town":
        name = "乡镇动态"
    base = p.col(u, name, cat, slug)
    path = base + "index.html"
    if state in ("404", "503"):
        if state == "503":
            p.answer(path, b"<html><body>Service Unavailable</body></html>", status=503)
        p.expect(
            u.id, "column_unreachable", path, f"R3.unreachable: {state}", column=name, category=cat
        )
        p.expect(u.id, "broken_link", path, f"R3.broken: subpage menu link answers {state}")
        p.combo[path] = f"seed={p.seed} unreachable {state}"
        return
    decos = [d for d in DECORATIONS if rng.random() < 0.45]
    window = MAX_AGE.get(cat)
    side = ""
    if "hot" in decos:
        hot = p.items("/rd/", "热点", [0, 1, 2], style="plain")
        side = h.hot_box(hot)
    if state == "empty":
        decos = [d for d in decos if d == "hot"]
        main = (
            '<div class="list-box"><ul class="list_con"></ul><p class="no-data">暂无信息</p></div>'
        )
        p.add(path, p.column_page(u, name, main, side=side))
        p.expect(
            u.id,
            "column_empty",
            path,
            "R3.empty: reachable, nothing listed",
            column=name,
            category=cat,
        )
        p.combo[path] = f"seed={p.seed} empty decos={decos}"
        return
    if window is None:
        kind, newest = "overview", rng.randint(100, 900)
    else:
        kind, newest = _age_choice(rng, window)
    ages: list[int] = [newest, newest + 3, newest + 10, newest + 25]
    layout = rng.choice(sorted(LAYOUTS))
    pinned_age = newest + 400
    if layout == "yearless":
        decos = [d for d in decos if d != "typo"]
        if max(ages) > 360:
            layout = "ul-span"
        elif "pinned" in decos:
            pinned_age = min(pinned_age, 360)
            if pinned_age <= newest:
                decos.remove("pinned")
    listed = list(ages)
    pinned_idx: list[int] = []
    if "pinned" in decos:
        listed.insert(0, pinned_age)
        pinned_idx = [0]
    if "typo" in decos:
        listed.insert(1 if pinned_idx else 0, -rng.randint(20, 250))
    # Content ids grow with the publication date, as a CMS numbers them (the list order is
    # newest first, so the first lines carry the highest ids, the pinned line a low one).
    made: dict[int, Item] = {}
    for k in sorted(range(len(listed)), key=lambda k: -listed[k]):
        (made[k],) = p.items(
            base, name, [listed[k]], style="plain", pinned=[0] if k in pinned_idx else []
        )
    items = [made[k] for k in range(len(listed))]
    main = LAYOUTS[layout](items)
    if "pager" in decos:
        older = p.items(base, name, [newest + 40, newest + 50], style="plain")
        p.add(base + "index_1.html", p.column_page(u, name, h.trs_ul(older, pages=1)))
        main += (
            '<div class="pager">共5页 当前第1/5页 首页 上一页 '
            f'<a href="{base}index_1.html">下一页</a></div>'
        )
    p.add(path, p.column_page(u, name, main, side=side))
    p.combo[path] = (
        f"seed={p.seed} layout={layout} decos={decos} age={kind}:{newest} listed={listed}"
    )
    if window is not None and newest > window:
        p.expect(
            u.id,
            "column_stale",
            path,
            f"R3.age: newest {newest} > {window}",
            column=name,
            category=cat,
            age=newest,
        )


def build(seed: int) -> RPortal:
    rng = random.Random(seed)
    p = RPortal(AS_OFS[seed], seed)
    for uid, uname, kind in UNITS:
        u = p.unit(uid, uname, kind)
        cats = list(REQUIRED[kind])
        missing = None
        if rng.random() < 0.12:
            missing = rng.choice([c for c in cats if c != "overview"])
            cats.remove(missing)
        cats += [c for c in ("personnel", "plan") if rng.random() < 0.3]
        for cat in cats:
            r = rng.random()
            state = "404" if r < 0.03 else "503" if r < 0.05 else "empty" if r < 0.09 else "ok"
            _column(p, rng, u, cat, state)
        if missing:
            p.expect(
                uid,
                "category_missing",
                u.subpage,
                "R3.category: not shown on the subpage",
                category=missing,
            )
            p.combo[u.subpage] = f"seed={seed} subpage without {missing}"
        p.add(u.subpage, p.subpage_html(u, p.menu(u)))
    p.common()
    return p
