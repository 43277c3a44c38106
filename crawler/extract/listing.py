"""The main list of a column page: its items, their dates, and the newest date.

Lists are found, not configured: every link is attached to its *item* (the
nearest li/tr/dd/dt, or the repeated block around it), items are grouped by
their container, and the groups are scored — dated, long-titled, repeated
entries in a content area win; nav bars, sidebars, 热点/推荐/排行 boxes,
breadcrumbs and footers lose. The newest date is the maximum of the chosen
list (pinned 置顶 items are old), never its first item.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from selectolax.lexbor import LexborHTMLParser, LexborNode

from checks.model import Item
from checks.text import title_core
from crawler.extract.dates import (
    DATE_CHARACTER,
    DateReader,
    full_dates,
    is_typo,
    text_date,
    url_date,
)
from crawler.extract.grouping import (
    FOOTER_MARKERS,
    MAX_ANCHORS,
    Block,
    Unit,
    box_title,
    gather,
    hidden_holders,
    hiding_selector,
    read_block,
    read_unit,
    tab_title,
    units_of,
)
from crawler.extract.island import (
    empty_island,
    island_trees,
    json_tree,
    onclick_tree,
    state_tree,
    written_tree,
)
from crawler.extract.page import (
    Resolver,
    absolute,
    base_of,
    element_before,
    element_children,
    link_text,
    visible_fragments,
    visible_text,
)
from crawler.extract.ranking import (
    OFF_HEADING_FACTOR,
    Context,
    Group,
    Row,
    describe_node,
    rank,
    table_caption,
)
from crawler.extract.scripts import Script, page_scripts
from crawler.extract.sheets import page_hiding_rules
from crawler.extract.subtree import holds_character, link_count, text_of

__all__ = ["MAX_ANCHORS", "Candidate", "ListReading", "read_list", "read_page_newest"]

EMPTY_MARKERS = (
    "暂无信息",
    "暂无数据",
    "没有相关信息",
    "暂无内容",
    "暂无记录",
    "没有找到相关",
    "暂无相关",
    "栏目建设中",
    "栏目正在建设",
    "页面建设中",
    "正在建设中",
    "敬请期待",
    "正在整理",
    "信息整理中",
)


def _key_place(marker: str) -> int:
    """The place of the marker's character that Python finds fastest. A two-byte string is
    searched for one character by its low byte, and a low byte that ASCII or the common
    Chinese range also has (0x20–0x9F, or 0) stops the search at every such byte: a page's
    text has thousands."""

    def common_low_byte(k: int) -> bool:
        low = ord(marker[k]) & 0xFF
        return low == 0 or 0x20 <= low < 0xA0

    return min(range(len(marker)), key=lambda k: (common_low_byte(k), k))


# Each marker with the place of its key character.
_KEYED_MARKERS = tuple((marker, _key_place(marker)) for marker in EMPTY_MARKERS)
# A key found this often is common on the page: its marker is then searched for whole.
_KEY_VISITS = 64
# The CMS's own count of nothing: 共0条记录, 共 0 条, 记录数：0, 总数：0.
_ZERO_COUNT = re.compile(r"共\s*0\s*(条|篇|页|个)|(记录数|信息数|总数|总条数)\s*[:：]\s*0(?!\d)")
# Its two halves, each starting with a literal (searched fast): 共…0条, and …数：0.
_ZERO_OF = re.compile(r"共\s*0\s*[条篇页个]")
_COUNT_ZERO = re.compile(r"数\s*[:：]\s*0(?!\d)")
# The best score a block of n links can reach: every entry dated (3 each) with a
# title of 12 characters or more (1 each), inside a content block (x1.5); a block with
# nothing a date could be read from reaches only its titles' part.
_BOUND_PER_LINK = 4.0
_UNDATED_PER_LINK = 1.0
_BEST_PLACE = 1.5


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate list, kept so an operator can see which block was chosen and why."""

    selector: str
    items: int
    dated: int
    score: float
    chosen: bool
    why: str


@dataclass(frozen=True, slots=True)
class ListReading:
    """What the list page says: the items of its main list and its newest date."""

    items: tuple[Item, ...]
    newest: date | None
    newest_rule: str
    empty_marker: str | None
    candidates: tuple[Candidate, ...]
    skipped: tuple[str, ...]
    off_content: bool = False  # the list chosen sits in a side, nav or 热点-like box


def _empty_marker(tree: LexborHTMLParser, scripts: Sequence[Script]) -> str | None:
    """The 暂无信息-like words a reader sees (not a script's "暂无数据" template string).

    A page whose scripts carry dated data is not trusted to be empty: its
    暂无数据 is a placeholder the script replaces with the list.
    """
    if tree.body is None:
        return None
    raw = text_of(tree.body)  # fast, scripts included: only a candidate test
    if not _may_say_blank(raw):
        return None
    text = visible_text(tree.body, "")
    found = next((m for m, place in _KEYED_MARKERS if _holds(text, m, place)), None)
    if found is None and (count := _ZERO_COUNT.search(text)) is not None:
        found = count.group(0)
    if found is not None and (
        _scripts_hold_dates(scripts) or _filled_by_script(tree, scripts, found)
    ):
        return None
    return found


# A script that loads data (Ajax, fetch) and writes it into the page: the element it names
# holds a template's placeholder until the list arrives.
_LOADS = re.compile(
    r"\$\.(?:ajax|get|getJSON|post)\s*\(|\.load\s*\(|\bfetch\s*\(|XMLHttpRequest|axios"
)
_WRITES = re.compile(r"\.(?:html|append|prepend)\s*\(|innerHTML\s*\+?=")
_NAMED = re.compile(
    r"""\$\(\s*['"]([^'"]{1,120})['"]|getElementById\(\s*['"]([\w-]+)"""
    r"""|querySelector(?:All)?\(\s*['"]([^'"]{1,120})['"]"""
)
# The element a selector names: its last part's id or class (`.main-r .lm-visit` names the
# counter, not the column it sits in).
_LAST_MARK = re.compile(r"[#.][\w-]+$")
_PLACEHOLDER_CLIMB = 4


def _filled_by_script(tree: LexborHTMLParser, scripts: Sequence[Script], marker: str) -> bool:
    """The marker stands in an element an inline script loads a list into (`$.getJSON(…)` then
    `$('#newsList').html(…)` over `<ul id=newsList><li>暂无数据`): the template's placeholder,
    not the column saying it is blank. A script filling another element (a visit counter)
    leaves the marker standing."""
    named: set[str] = set()
    for script in scripts:
        code = script.code
        if _LOADS.search(code) and _WRITES.search(code):
            for match in _NAMED.finditer(code):
                if match[2]:
                    named.add(f"#{match[2]}".lower())
                    continue
                last = re.split(r"[\s>+~]+", (match[1] or match[3]).strip())[-1]
                if (mark := _LAST_MARK.search(last.split(":")[0])) is not None:
                    named.add(mark.group().lower())
    if not named or tree.body is None:
        return False
    holder = next(
        (
            node.parent
            for node in tree.body.traverse(include_text=True)
            if node.is_text_node and marker in (node.text_content or "")
        ),
        None,
    )
    if holder is None:  # split over elements: 共<span id="total">0</span>条, the count filled
        holder = _smallest_holding(tree.body, marker)
        if holder is not None and any(not _marks(n).isdisjoint(named) for n in holder.css("*")):
            return True
    for _ in range(_PLACEHOLDER_CLIMB):
        if holder is None:
            return False
        if not _marks(holder).isdisjoint(named):
            return True
        holder = holder.parent
    return False


def _marks(node: LexborNode) -> set[str]:
    """The element's id and classes as selectors name them (#total, .list)."""
    attrs = node.attributes
    marks = {f"#{(attrs.get('id') or '').lower()}"}
    marks |= {f".{c.lower()}" for c in (attrs.get("class") or "").split()}
    return marks


def _smallest_holding(root: LexborNode, marker: str) -> LexborNode | None:
    """The innermost element whose text, spaces aside, holds `marker`."""
    found: LexborNode | None = None
    for node in root.traverse():
        if marker in "".join(text_of(node).split()):
            found = node  # pre-order: the last match is the innermost of its chain
    return found


def _may_say_blank(raw: str) -> bool:
    """Whether the text may hold an empty marker or a zero count (no false "no")."""
    return (
        any(_holds(raw, marker, place) for marker, place in _KEYED_MARKERS)
        or _starts_at(raw, "共", _ZERO_OF)
        or _starts_at(raw, "数", _COUNT_ZERO)
    )


def _holds(text: str, marker: str, place: int) -> bool:
    """`marker in text`, looked for where its key character (at `place`) stands: a search for
    a word of Chinese runs ten times slower than for one character."""
    key = marker[place]
    at = text.find(key)
    for _ in range(_KEY_VISITS):
        if at == -1:
            return False
        if at >= place and text.startswith(marker, at - place):
            return True
        at = text.find(key, at + 1)
    return at != -1 and text.find(marker, max(at - place, 0)) != -1


def _starts_at(raw: str, key: str, pattern: re.Pattern[str]) -> bool:
    """`pattern.search(raw)` for a pattern that starts with the character `key`."""
    at = raw.find(key)
    for _ in range(_KEY_VISITS):
        if at == -1:
            return False
        if pattern.match(raw, at) is not None:
            return True
        at = raw.find(key, at + 1)
    return at != -1 and pattern.search(raw, at) is not None


def _scripts_hold_dates(scripts: Sequence[Script]) -> bool:
    """Inline scripts with two dates or more: data a script may render into the list."""
    for script in scripts:
        if script.kind == "text/xml":
            continue  # a JCMS datastore: read as a list of its own
        if len(full_dates(script.code)) >= 2:
            return True
    return False


class _Page:
    """The page one read_list reads, with what several of its steps ask of it read once: its
    base URL, its scripts, the lists its scripts and handlers hold, what its styles hide."""

    __slots__ = ("_base", "_hiding", "_islands", "_lists", "_scripts", "tree", "url")

    def __init__(self, tree: LexborHTMLParser, url: str) -> None:
        self.tree = tree
        self.url = url
        self._base: str | None = None
        self._scripts: tuple[Script, ...] | None = None
        self._islands: list[LexborHTMLParser] | None = None
        self._lists: tuple[tuple[str, LexborHTMLParser | None], ...] | None = None
        self._hiding: tuple[dict[str, str], frozenset[int]] | None = None

    @property
    def base(self) -> str:
        """The URL the page's links resolve against (`base_of`)."""
        if self._base is None:
            self._base = base_of(self.tree, self.url)
        return self._base

    @property
    def scripts(self) -> tuple[Script, ...]:
        """The page's scripts, each text read once (`page_scripts`)."""
        if self._scripts is None:
            self._scripts = page_scripts(self.tree)
        return self._scripts

    def islands(self) -> list[LexborHTMLParser]:
        """The datastores' records, parsed (`island_trees`)."""
        if self._islands is None:
            self._islands = island_trees(self.tree, scripts=self.scripts)
        return self._islands

    def script_lists(self) -> tuple[tuple[str, LexborHTMLParser | None], ...]:
        """The rows handlers open and the records scripts hold, as lists, by source."""
        if self._lists is None:
            self._lists = (
                ("onclick", onclick_tree(self.tree)),
                ("script data", json_tree(self.tree, self.scripts)),
                ("script state", state_tree(self.tree, self.scripts)),
            )
        return self._lists

    def hiding(self) -> tuple[dict[str, str], frozenset[int]]:
        """What the page's styles and scripts hide, and the near ancestors of elements that
        may hide themselves (`hidden_holders`)."""
        if self._hiding is None:
            rules = page_hiding_rules(self.tree, self.scripts)  # cached per portal template
            self._hiding = rules, hidden_holders(self.tree.body, hiding_selector(rules))
        return self._hiding


def _blank_marker(page: _Page) -> str | None:
    """What says the page's list is blank: words a reader sees, or the CMS's own zero count."""
    return _empty_marker(page.tree, page.scripts) or empty_island(page.tree, page.scripts)


def _override(
    tree: LexborHTMLParser, base: str, as_of: date, selector: str, date_selector: str | None
) -> list[Item]:
    """Items named by the column's configured selectors (for pages no heuristic reads)."""
    items: list[Item] = []
    for node in tree.css(selector):
        anchor = node if node.tag == "a" else node.css_first("a[href]")
        title = link_text(anchor) if anchor is not None else node.text(strip=True)
        url = absolute(base, anchor.attributes.get("href")) if anchor is not None else None
        date_node = node.css_first(date_selector) if date_selector else None
        text = visible_text(date_node if date_node is not None else node, "")
        value, _ = text_date(text, as_of)
        items.append(Item(title=title, url=url, date=value, date_source="list" if value else None))
    return items


def _rule(items: tuple[Item, ...], chosen: str) -> tuple[date | None, str]:
    dates = [i.date for i in items if i.date is not None]
    if not dates:
        return None, f"no dates in the list ({len(items)} items, {chosen})"
    newest = max(dates)
    first = items[0].date
    rule = f"max of {len(dates)} list dates ({chosen})"
    if first is not None and first < newest:
        rule += f"; first item {first.isoformat()} is older (pinned or unsorted)"
    return newest, rule


@dataclass(frozen=True, slots=True)
class _Unread:
    """A unit left unread: even fully dated it could not outscore the chosen list."""

    unit: Unit
    bound: float
    off: str | None


def _bound(unit: Unit, context: Context) -> tuple[float, str | None]:
    """The best score the unit could reach, and the nav/side/footer mark that caps it."""
    if len(unit.blocks) > 1:  # the joined list's container is the blocks' grandparent
        return _BOUND_PER_LINK * _BEST_PLACE * unit.links, None
    off, on = context.walk(unit.blocks[0].container)
    place = 0.3 if off is not None else _BEST_PLACE if on is not None else 1.0
    return _BOUND_PER_LINK * place * unit.links, off


# Where a unit's bound in the queue stands: open (the best place any unit can be in), its own
# (its ancestors walked), or settled (lowered when none of its lines could be dated).
_OPEN = 0
_WALKED = 1
_SETTLED = 2


class _Order:
    """Which unit to read next: best bound first, a unit left unread once even its bound
    falls below the best list read so far (`slack` aside).

    A unit comes in at the open bound; when it first comes up its ancestors are walked for
    its own, and then its lines are looked at (`_undated_bound`), each time going back in its
    place if the bound fell, so that units come up in the order of their own bounds, and
    units left unread never have their text read — nor, when no one shows them, their
    ancestors walked. `unread` (None when no one shows them) collects the units left out
    with their bounds and marks, as `inspect` shows them.
    """

    __slots__ = ("_context", "_heap", "_marks", "_slack", "_units", "_unread")

    def __init__(
        self, units: list[Unit], context: Context, slack: float, unread: list[_Unread] | None
    ) -> None:
        self._units = units
        self._context = context
        self._slack = slack
        self._unread = unread
        self._marks: dict[int, str | None] = {}  # a walked unit's nav/side/footer mark
        open_bound = _BOUND_PER_LINK * _BEST_PLACE
        self._heap = [(-open_bound * unit.links, k, _OPEN) for k, unit in enumerate(units)]
        heapq.heapify(self._heap)

    def next(self, best: float) -> int | None:
        """The next unit to read (by its place in `units`), None when none is left."""
        heap = self._heap
        while heap:
            negative, k, stage = heapq.heappop(heap)
            bound = -negative
            below = bound * self._slack * (1 + 1e-9) < best
            if stage == _OPEN and not (below and self._unread is None):
                if self._fell(k, bound):
                    continue
                stage = _WALKED
            if below:
                if self._unread is not None:
                    self._unread.append(_Unread(self._units[k], bound, self._marks[k]))
                continue
            if stage == _WALKED and (lower := _undated_bound(self._units[k], bound)) < bound:
                heapq.heappush(heap, (-lower, k, _SETTLED))
                continue
            return k
        return None

    def _fell(self, k: int, bound: float) -> bool:
        """Walk unit k's ancestors for its own bound; True when it fell below `bound`, and the
        unit is back in its place."""
        own, self._marks[k] = _bound(self._units[k], self._context)
        if own < bound:
            heapq.heappush(self._heap, (-own, k, _WALKED))
            return True
        return False


def _undated_bound(unit: Unit, bound: float) -> float:
    """`bound` lowered to the titles' part when no line of the unit could be dated."""
    if any(map(_may_be_dated, unit.blocks)):
        return bound
    return bound * _UNDATED_PER_LINK / _BOUND_PER_LINK


def _may_be_dated(block: Block) -> bool:
    """Whether any line of the block could be dated: by its own text (lines, their cells and
    the `dd`s of a `dl`, all under the container) or by a date heading just before it."""
    if holds_character(block.container, DATE_CHARACTER):
        return True
    heading = element_before(block.container)
    return heading is not None and holds_character(heading, DATE_CHARACTER)


def _candidates(
    page: _Page,
    as_of: date,
    skipped: list[str],
    *,
    prune: bool,
    slack: float = 1.0,
    written: LexborHTMLParser | None = None,
    names: tuple[str, ...] = (),
    explain: bool = True,
) -> tuple[list[Group], list[_Unread]]:
    """The page's blocks read, ranked and sorted best first; with `prune`, some left unread
    (listed only with `explain`: `inspect` shows them).

    Units are taken best bound first; one is read only while its score bound
    (every entry dated and long-titled, in the best place its ancestors allow)
    reaches the best acceptable list read so far. A unit left out scores below
    that list whatever its dates, so the chosen list is the one reading every
    unit would choose — only the display of the losers is cheaper. `slack` reads
    units that can come within that factor of the best (a box named for the column).
    `written` is the HTML the page's scripts write (`written_tree`), when it is to be read.
    """
    tree = page.tree
    blocks = gather(tree.body, "page", 0, skipped, names) if tree.body is not None else []
    for island in page.islands():
        if island.body is not None:
            blocks.extend(gather(island.body, "datastore", len(blocks) + 1_000_000, skipped))
    for source, made in (*page.script_lists(), ("script written", written)):
        if made is not None and made.body is not None:
            blocks.extend(gather(made.body, source, len(blocks) + 2_000_000, skipped))
    units = units_of(blocks)
    rules, hiding = page.hiding()
    context = Context()
    reader = DateReader(as_of)
    groups: list[Group] = []
    unread: list[_Unread] = []
    best = float("-inf")
    order = _Order(units, context, slack, unread if explain else None) if prune else None
    sequential = iter(range(len(units)))
    while (k := order.next(best) if order is not None else next(sequential, None)) is not None:
        unit = units[k]
        for group in read_unit(unit, reader, skipped, hiding, rules):
            rank(group, context, explain=explain)
            groups.append(group)
            if group.score > best and _acceptable(group) and not group.off_content:
                best = group.score
    groups.sort(key=lambda g: (-g.score, g.seq))
    return groups, unread


def candidates_of(
    tree: LexborHTMLParser, base_url: str, as_of: date
) -> tuple[list[Group], list[str]]:
    """Every scored candidate list of the page (data islands included), best first."""
    skipped: list[str] = []
    groups, _ = _candidates(_Page(tree, base_url), as_of, skipped, prune=False)
    return groups, skipped


def _own_word_boxes(groups: list[Group], names: tuple[str, ...]) -> bool:
    """Lists put off the content by a 热点/专题 box title that the column's own name holds
    (热点回应, 耕地保护专题) are the column's: put back and re-sorted. True when any was."""
    restored = False
    for group in groups:
        if group.off_word and any(group.off_word in name for name in names):
            group.off_content = False
            group.score /= OFF_HEADING_FACTOR
            group.why += f"; '{group.off_word}' is in the column's own name"
            group.off_word = ""
            restored = True
    if restored:
        groups.sort(key=lambda g: (-g.score, g.seq))
    return restored


_SMALL_TITLE = 8


def _small_list(groups: list[Group], base: str) -> Group | None:
    """One or two undated lines with a title's length in the content (a 规划计划 column with
    two plans, a 人事信息 column with one notice): too few to look like a list, but the
    page's only candidate, and dated from its articles like any undated list — when their
    links are the column's own articles (under its folder, or a dated CMS address), not an
    intro's link to a law or another site."""
    resolve = Resolver(base)
    folder = base[: base.rfind("/") + 1]
    for group in groups:
        count = len(group.rows)
        if (
            1 <= count <= 2
            and not group.off_content
            and group.source == "page"
            and group.title_chars / count >= _SMALL_TITLE
            and all(_own_article(resolve(href), folder) for _, href, _ in group.rows)
        ):
            return group
    return None


def _own_article(url: str | None, folder: str) -> bool:
    return url is not None and (url.startswith(folder) or url_date(url) is not None)


def _choose(groups: list[Group]) -> Group | None:
    """The best acceptable list of the page's own content; a side or 最新信息 box only when
    the page has none (an undated list of its own beside a dated box is the column's, dated
    from its articles)."""
    acceptable = [g for g in groups if _acceptable(g)]
    return next((g for g in acceptable if not g.off_content), acceptable[0] if acceptable else None)


def _acceptable(group: Group) -> bool:
    """A dated block is a list; an undated one only when it looks like one (long titles).

    Blocks are tried best score first, so an undated main list beats a small
    dated 热点 box (penalised), and the caller then dates it from detail pages.
    """
    count = len(group.rows)
    if group.dated:
        return True
    mean_title = group.title_chars / count if count else 0.0
    return count >= 3 and mean_title >= 8 and not group.off_content


def _items(rows: list[Row], base: str) -> tuple[Item, ...]:
    """The chosen block's entries as Items, links made absolute."""
    resolve = Resolver(base)
    # Positional arguments: a frozen dataclass's keyword call costs a third more,
    # and a list page has dozens of entries.
    return tuple(
        Item(title, resolve(href), value, "list" if value else None) for title, href, value in rows
    )


_SHOWN = 12
_REPORTED = 10


def _selector(source: str, node: LexborNode) -> str:
    prefix = {
        "datastore": "script datastore > ",
        "onclick": "rows opened by onclick > ",
        "script data": "JSON in a script > ",
        "script state": "a script's JSON store > ",
        "script written": "HTML written by document.write > ",
    }
    return prefix.get(source, "") + describe_node(node)


def _unread_candidates(unread: list[_Unread], chosen: Group | None, room: int) -> list[Candidate]:
    """The largest blocks left unread, shown in `inspect` beside the ones read."""
    beaten = f"{chosen.score:.1f}" if chosen is not None else "the chosen list"
    shown = sorted(unread, key=lambda u: u.bound, reverse=True)[: max(room, 0)]
    return [
        Candidate(
            selector=_selector(u.unit.blocks[0].source, u.unit.blocks[0].container),
            items=u.unit.links,
            dated=0,
            score=0.0,
            chosen=False,
            why=f"{u.unit.links} link(s), not read: could score at most {u.bound:.1f} < {beaten}"
            + (f"; inside nav/side/footer-like block '{u.off}'" if u.off else ""),
        )
        for u in shown
    ]


def _report_unread(unread: list[_Unread], chosen: Group | None, skipped: list[str]) -> None:
    """The blocks left unread, largest first, each with its first link; the rest counted."""
    if not unread:
        return
    unread.sort(key=lambda u: u.bound, reverse=True)
    beaten = f"{chosen.score:.1f}" if chosen is not None else "the chosen list"
    for left in unread[:_REPORTED]:
        where = f", inside nav/side/footer-like block '{left.off}'" if left.off else ""
        sample = " ".join(left.unit.blocks[0].entries[0][0].text().split())[:40]
        skipped.append(
            f"block of {left.unit.links} link(s) not read (at most {left.bound:.1f}"
            f" < {beaten}{where}): '{sample}'"
        )
    rest = unread[_REPORTED:]
    if rest:
        links = sum(u.unit.links for u in rest)
        skipped.append(
            f"{len(rest)} more blocks ({links} links) not read: none could outscore {beaten}"
        )


_PINNED = re.compile(
    r"置顶|zhiding|(top|zd|stick|pin)[-_]?(list|news|item|con|lb)|(list|news|lb)[-_]?(top|zd)", re.I
)
_MAX_PINNED = 10
_BOX_HEADINGS = "h1, h2, h3, h4, h5, .title, .tit"
_RANKED_BOX = re.compile(r"排行|热门|热点|推荐|阅读|点击|浏览")
_PINNED_TAGS = frozenset({"ul", "ol", "div", "table", "dl"})


def _pinned_rows(chosen: Group, as_of: date) -> list[Row]:
    """Entries of a 置顶 block written beside the chosen list, as part of the column.

    Some templates put pinned items in a list of their own just above the
    column's list (`ul.top-list` then `ul.list_con`); they are the column's
    items, and leaving them out would take an old list for the column's newest.
    Only a sibling block marked as pinned (置顶 in its text, top/zd/stick in its
    class) is taken: a neighbour of another kind is not this column.
    """
    if chosen.source != "page":
        return []
    rows: list[Row] = []
    reader = DateReader(as_of)
    node: LexborNode | None = chosen.container
    for _ in range(2):  # siblings of the list, and of the box around it (div.list_con > ul)
        parent = node.parent if node is not None else None
        if node is None or parent is None or parent.tag in ("body", "html"):
            break
        for sibling in parent.iter():
            if sibling.mem_id == node.mem_id or sibling.tag not in _PINNED_TAGS:
                continue
            attrs = sibling.attributes
            marks = " ".join(filter(None, (attrs.get("class"), attrs.get("id"))))
            if not _PINNED.search(marks) and "置顶" not in text_of(sibling):
                continue
            heading = sibling.css_first(_BOX_HEADINGS)
            if heading is not None and _RANKED_BOX.search(text_of(heading)):
                continue  # div.toplist titled 阅读排行: the most read, not the pinned
            for block in gather(sibling, "page", 0, []):
                block_rows, _ = read_block(block, reader, [])
                rows += [row for row in block_rows if row[2] is not None]
        if rows:
            break
        node = parent
    return rows[:_MAX_PINNED]


def _cells(node: LexborNode) -> list[LexborNode]:
    """The element children of a date column, through single wrappers (table > tbody > tr)."""
    cells = element_children(node)
    for _ in range(3):
        if len(cells) != 1:
            break
        cells = element_children(cells[0])
    return cells


def _parallel_dates(chosen: Group, as_of: date) -> list[date | None] | None:
    """Dates kept in a list of their own beside an undated list of titles, paired by place.

    `<ul class="l">` of titles and `<ul class="r">` of dates, one per line, side by
    side: a sibling with exactly as many children as the list has entries, each
    child nothing but a date, is that list's date column.
    """
    if chosen.source != "page" or len(chosen.rows) < 2:
        return None
    reader = DateReader(as_of)
    node: LexborNode | None = chosen.container
    for _ in range(3):  # beside the list, its box, or the cell holding it (td | td)
        parent = node.parent if node is not None else None
        if node is None or parent is None or parent.tag in ("body", "html"):
            return None
        for sibling in parent.iter():
            if sibling.mem_id == node.mem_id or link_count(sibling, 1):
                continue
            cells = _cells(sibling)
            if len(cells) != len(chosen.rows):
                continue
            texts = [c.text(strip=True) for c in cells]
            if any(len(t) > 24 for t in texts):
                continue
            read = [reader.read(t) for t in texts]
            # Every cell a date — a typo date (after as_of + 1) included, read as no date.
            if all(value is not None or typo is not None for value, typo in read):
                return [value for value, _ in read]
        node = parent
    return None


# A list whose box is titled with the column's own name is chosen over a list that scores at
# most this much more: on a hub page of equal boxes (通知公告 | 政策文件 | 工作动态) the box
# named for the column is its list, whatever comes first; a larger main list still wins.
NAMED_BOX_MARGIN = 1.25


def _named_box(
    groups: list[Group], chosen: Group, names: tuple[str, ...]
) -> tuple[Group, str] | None:
    """The near-best dated content list whose box title is one of `names` (the column's own
    name first), with that title, when the chosen list's box is not so titled."""
    wanted = [core for core in (title_core(n) for n in names) if core]
    if not wanted or _title_of(chosen) in wanted:
        return None
    near = [
        g
        for g in groups
        if g is not chosen
        and g.dated
        and not g.off_content
        and g.score * NAMED_BOX_MARGIN >= chosen.score
    ]
    named = [(g, title) for g in near if (title := _title_of(g)) in wanted]
    if not named:
        return None
    return min(named, key=lambda pair: (wanted.index(pair[1]), -pair[0].score, pair[0].seq))


def _title_of(group: Group) -> str:
    """The normalised title of the box around a list ("" when its box shows none): a heading
    in the box, else a short title bar just before the list (`div.bt > span + a 更多`)."""
    if tab := tab_title(group.container):
        return title_core(tab)  # a tab box's panel: named by its tab
    node: LexborNode | None = group.container
    for _ in range(2):  # the list's box, and the box around that (div.box > div.bd > ul)
        parent = node.parent if node is not None else None
        if node is None or parent is None or parent.tag in ("body", "html"):
            break
        title = box_title(parent, node) or _title_bar(node)
        if title:
            return title_core(title)
        node = parent
    return title_core(table_caption(group.container))  # an old layout table's title row


def _title_bar(node: LexborNode) -> str:
    """The text of the element just before `node` when it reads as a box title."""
    bar = element_before(node)
    if bar is None or link_count(bar, 3) > 2:
        return ""
    text = title_core(bar.text(deep=True, separator=" "))
    return text if 2 <= len(text) <= 16 else ""


def read_list(
    tree: LexborHTMLParser,
    base_url: str,
    as_of: date,
    *,
    selector: str | None = None,
    date_selector: str | None = None,
    names: tuple[str, ...] = (),
    explain: bool = True,
) -> ListReading:
    """The column's main list and its newest date (RULES.md §3); `names` are the column's
    own name and its category's, which pick its box on a page of several equal lists.
    Without `explain` the candidates and the blocks skipped (what `inspect` shows) are left
    out: the weekly crawl keeps only the list, its newest date and the rule."""
    if selector:
        items = tuple(_override(tree, base_of(tree, base_url), as_of, selector, date_selector))
        if items:
            newest, rule = _rule(items, f"configured selector {selector!r}")
            return ListReading(items, newest, rule, None, (), ())
        # Matching nothing, the selector says nothing: the page is empty only as a page with
        # no list of its own is (a side box's 暂无数据 must not empty the column).
        marker = read_list(tree, base_url, as_of, names=names, explain=False).empty_marker
        rule = f"configured selector {selector!r} matched nothing"
        if marker:
            rule = f"empty: the page says {marker} ({rule})"
        return ListReading((), None, rule, marker, (), ())
    page = _Page(tree, base_url)
    skipped: list[str] = []
    slack = NAMED_BOX_MARGIN if names else 1.0
    groups, unread = _candidates(
        page, as_of, skipped, prune=True, slack=slack, names=names, explain=explain
    )
    chosen = _choose(groups)
    if (chosen is None or not chosen.dated or chosen.off_content) and (
        written := written_tree(tree)
    ) is not None:
        # Lines that scripts write (document.write) are read only when the page's own markup
        # shows no dated list: most writes are a CMS's pager, and reading them costs.
        skipped = []
        groups, unread = _candidates(
            page,
            as_of,
            skipped,
            prune=True,
            slack=slack,
            written=written,
            names=names,
            explain=explain,
        )
        chosen = _choose(groups)
    if (chosen is None or chosen.off_content) and names and _own_word_boxes(groups, names):
        chosen = _choose(groups)
    small: Group | None = None
    if chosen is None and (small := _small_list(groups, page.base)) is not None:
        chosen = small
    named = _named_box(groups, chosen, names) if chosen is not None and names else None
    if named is not None and chosen is not None:
        passed = _title_of(chosen)
        skipped.append(
            f"list {describe_node(chosen.container)}"
            + (f" titled {passed!r}" if passed else "")
            + f" (score {chosen.score:.1f}) passed over: the box titled {named[1]!r}"
            " names the column"
        )
        chosen = named[0]
    marker = None
    if chosen is None or chosen.off_content:
        # Only a page with no list of its own is empty: a 暂无数据 in a side box
        # must not empty a real list (a false "empty" fails a unit).
        marker = _blank_marker(page)
        if marker is not None:
            chosen = None
    elif chosen is small and (marker := _blank_marker(page)) is not None:
        # One or two lines, and 暂无信息 in a box beside them (规划解读: 暂无信息): the lines
        # are the column's; the marker empties the page only when it is among them.
        if marker in text_of(small.container):
            chosen = None
        else:
            marker = None
    candidates: list[Candidate] = []
    if explain:
        shown = groups[:_SHOWN]
        if chosen is not None and chosen not in shown:
            shown.append(chosen)
        candidates = [
            Candidate(
                selector=_selector(g.source, g.container),
                items=len(g.rows),
                dated=g.dated,
                score=round(g.score, 2),
                chosen=g is chosen,
                why=g.why,
            )
            for g in shown
        ]
        candidates += _unread_candidates(unread, chosen, _SHOWN + 4 - len(candidates))
        _report_unread(unread, chosen, skipped)
    if chosen is None:
        rule = f"empty: the page says {marker}" if marker else "no list found"
        return ListReading((), None, rule, marker, tuple(candidates), tuple(skipped))
    if not chosen.dated and (dates := _parallel_dates(chosen, as_of)) is not None:
        chosen.rows = [(t, h, d) for (t, h, _), d in zip(chosen.rows, dates, strict=True)]
        skipped.append("dates read from a parallel list beside the titles")
    pinned = _pinned_rows(chosen, as_of)
    items = _items([*pinned, *chosen.rows], page.base)
    where = f"block {describe_node(chosen.container)}, score {chosen.score:.1f}"
    if named is not None:
        where += f", its box titled {named[1]!r} as the column is named"
    if pinned:
        where += f", with {len(pinned)} pinned (置顶) item(s) of a block beside it"
    newest, rule = _rule(items, where)
    return ListReading(
        items, newest, rule, None, tuple(candidates), tuple(skipped), chosen.off_content
    )


def read_page_newest(tree: LexborHTMLParser, base_url: str, as_of: date) -> tuple[date | None, str]:
    """Newest date over every dated block of a page (a subpage with many column boxes).

    The maximum of all dated candidate lists and of full dates in visible text,
    leaving out footer lines (网站更新时间, copyright) and typos.
    """
    page = _Page(tree, base_url)
    groups, _ = _candidates(page, as_of, [], prune=False, written=written_tree(tree), explain=False)
    best: date | None = None
    where = "none"
    for group in groups:
        for _, _, value in group.rows:
            if value is not None and (best is None or value > best):
                best, where = value, f"list {describe_node(group.container)}"
    for fragment in visible_fragments(tree.body):
        if FOOTER_MARKERS.search(fragment):
            continue
        for _, value in full_dates(fragment):
            if not is_typo(value, as_of) and (best is None or value > best):
                best, where = value, f"text '{' '.join(fragment.split())[:40]}'"
    return best, f"max over the page's dated blocks: {where}"
