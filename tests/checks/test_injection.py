"""content_injection: hidden foreign links and spam phrase blocks are flagged; crackdown news,
hidden menus of the portal's own links and official look-alike phrases are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.injection import PANEL, check_injection, judge_block, reports_on_spam
from checks.lexicon import Lexicon
from checks.model import Fetched, TextBlock
from checks.text import looks_like_phrase_list
from config.lexicon import injection_settings, lexicon_from_config, load_lexicon
from config.loader import ConfigError
from crawler.extract import parse_html, read_meta
from crawler.extract.blocks import read_blocks

PAGES = Path(__file__).parent / "pages"
BASE = "http://www.example.gov.cn/bm/fgj/"
OWN = ("www.example.gov.cn",)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def fetched(name: str) -> Fetched:
    tree = parse_html((PAGES / name).read_text(encoding="utf-8"))
    return Fetched(status=200, final_url=BASE, encoding="utf-8", blocks=read_blocks(tree, BASE))


def findings_for(name: str, lexicon: Lexicon) -> list[dict[str, object]]:
    found = check_injection("fgj", [(BASE + name, fetched(name))], lexicon, OWN)
    return [f.as_json() for f in found]


def test_hidden_links_to_foreign_sites_are_injection(lexicon: Lexicon) -> None:
    [finding] = findings_for("hidden_spam_links.html", lexicon)
    assert finding["check"] == "content_injection" and finding["severity"] == "fail"
    assert finding["url"] == BASE + "hidden_spam_links.html"
    observed = finding["observed"]
    assert isinstance(observed, dict)
    assert observed["link_hosts"] == ["bet.example.net", "www.yule-spam.example"]
    assert observed["hidden_by"] == ".yc {display:none}"
    assert "在线娱乐" in observed["snippet"]


def test_offscreen_traditional_spam_words_are_matched_after_conversion(lexicon: Lexicon) -> None:
    [finding] = findings_for("hidden_offscreen_words.html", lexicon)
    observed = finding["observed"]
    assert isinstance(observed, dict)
    assert observed["phrases"] == ["澳门赌场", "百家乐", "真人娱乐"]
    assert observed["hidden_by"] == "#ad-box {left:-9999px}"
    assert observed["link_hosts"] == []


def test_visible_keyword_block_is_injection(lexicon: Lexicon) -> None:
    [finding] = findings_for("visible_keyword_block.html", lexicon)
    observed = finding["observed"]
    assert isinstance(observed, dict)
    assert observed["hidden_by"] is None
    assert {"澳门葡京", "百家乐", "久久精品", "亚洲色图"} <= set(observed["phrases"])
    assert len(str(observed["snippet"])) <= 200


def test_hidden_menu_of_own_and_government_links_is_not_injection(lexicon: Lexicon) -> None:
    page = fetched("hidden_mobile_menu.html")
    hidden = [b for b in page.blocks if b.hidden_by]
    # the blocks are seen (so the check had something to judge) …
    assert {b.hidden_by for b in hidden} == {".m-menu {display:none}", "hidden attribute"}
    # … and a @media rule hides nothing for good
    assert all("首页 | 工作动态" not in b.text for b in hidden)
    assert check_injection("fgj", [(BASE, page)], lexicon, OWN) == []


def test_crackdown_story_is_not_spam(lexicon: Lexicon) -> None:
    page = fetched("crackdown_news.html")
    assert any(b.hidden_by for b in page.blocks) and any(not b.hidden_by for b in page.blocks)
    assert check_injection("fgj", [(BASE, page)], lexicon, OWN) == []


def test_official_look_alike_phrases_are_not_spam(lexicon: Lexicon) -> None:
    page = fetched("place_names.html")
    assert page.blocks, "the phrase list is kept as a candidate"
    assert check_injection("fgj", [(BASE, page)], lexicon, OWN) == []


@pytest.mark.parametrize(
    "text", ["坚持久久为功", "精品工程", "国产化替代", "亚洲开发银行", "南京市六合区", "博彩业法"]
)
def test_official_phrases_have_no_hits(lexicon: Lexicon, text: str) -> None:
    assert lexicon.hits(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("久久精品视频", "久久精品"),
        ("久久爱", "久久爱"),
        ("六合彩开奖", "六合彩开奖"),
        ("ＢＥＴ３６５", "bet365"),
        ("澳門葡京", "澳门葡京"),
    ],
)
def test_spam_terms_match_whole_after_folding(lexicon: Lexicon, text: str, term: str) -> None:
    assert [h.term for h in lexicon.hits(text)] == [term]


def test_latin_terms_need_word_boundaries(lexicon: Lexicon) -> None:
    assert lexicon.hits("alphabet3650") == []
    assert [h.term for h in lexicon.hits("去 bet365 开户")] == ["bet365"]


def test_one_finding_per_page_however_many_blocks(lexicon: Lexicon) -> None:
    spam = TextBlock("百家乐 时时彩", "display:none", (("x", "http://spam.example/"),))
    page = Fetched(200, BASE, "utf-8", blocks=(spam, spam, spam))
    found = check_injection("fgj", [(BASE, page), (BASE, page)], lexicon, OWN)
    assert len(found) == 1 and found[0].observed["blocks"] == 3


def test_two_visible_terms_in_prose_are_not_enough(lexicon: Lexicon) -> None:
    prose = TextBlock("这篇文章提到了百家乐和时时彩两个词，但它是一段普通的叙述文字而已。", None)
    phrase_list = TextBlock("百家乐|时时彩|工作动态|通知公告|政策文件|机构概况", None)
    assert judge_block(prose, lexicon, OWN) is None
    assert judge_block(phrase_list, lexicon, OWN) is not None


def test_configured_terms_and_exemptions(lexicon: Lexicon) -> None:
    extended = lexicon_from_config(
        {"injection": {"extra_terms": ["某某娱乐"], "allow_terms": ["百家乐园"]}}
    )
    assert [h.term for h in extended.hits("某某娱乐")] == ["某某娱乐"]
    assert extended.hits("百家乐园小区") == [] and lexicon.hits("百家乐园小区") != []


def test_injection_section_is_validated() -> None:
    with pytest.raises(ConfigError, match=r"injection\.extra_term"):
        injection_settings({"injection": {"extra_term": ["x"]}})
    assert injection_settings({}).extra_terms == []


def test_the_exemptions_are_what_keep_those_pages_clean(lexicon: Lexicon) -> None:
    """Pairs of the negative tests above: without the context words, the portal's own hosts
    and the trusted hosts, the same pages would be flagged — so those tests can fail."""
    no_context = Lexicon.build({"gambling": lexicon.terms.keys()}, allow=lexicon.allow)
    crackdown = fetched("crackdown_news.html")
    assert check_injection("fgj", [(BASE, crackdown)], no_context, OWN) != []
    menu = fetched("hidden_mobile_menu.html")
    [finding] = check_injection("fgj", [(BASE, menu)], no_context, ())
    assert finding.observed["link_hosts"] == ["www.people.com.cn"]  # gov.cn stays trusted


def head_findings(head: str, lexicon: Lexicon) -> list[dict[str, object]]:
    tree = parse_html(f"<html><head>{head}</head><body><p>正文</p></body></html>")
    page = Fetched(status=200, final_url=BASE, encoding="utf-8", blocks=read_blocks(tree, BASE))
    return [f.as_json() for f in check_injection("fgj", [(BASE, page)], lexicon, OWN)]


def test_hijacked_title_and_keywords_are_injection(lexicon: Lexicon) -> None:
    [finding] = head_findings(
        "<title>澳门新葡京|百家乐|时时彩|通知公告-区林业局</title>"
        '<meta name="keywords" content="澳门新葡京,百家乐,时时彩,北京赛车,网上赌场">',
        lexicon,
    )
    observed = finding["observed"]
    assert isinstance(observed, dict)
    assert observed["place"] == "title"
    assert {"百家乐", "时时彩"} <= set(observed["phrases"])  # type: ignore[arg-type]
    assert observed["blocks"] == 2  # the keywords too


@pytest.mark.parametrize(
    "head",
    [
        # a crackdown story names the crime in its title and keywords
        "<title>我区开展打击网络赌博专项行动-区公安分局</title>"
        '<meta name="keywords" content="打击,网络赌博,专项行动">',
        "<title>久久为功 推进国产化替代-区工信局</title>"
        '<meta name="description" content="精品工程">',
        "<title>扫黄打非进基层活动启动</title>",
    ],
)
def test_honest_titles_and_keywords_are_not_injection(head: str, lexicon: Lexicon) -> None:
    assert head_findings(head, lexicon) == []


def script_findings(script: str, lexicon: Lexicon) -> list[dict[str, object]]:
    tree = parse_html(f"<html><body><p>正文</p><script>{script}</script></body></html>")
    page = Fetched(status=200, final_url=BASE, encoding="utf-8", blocks=read_blocks(tree, BASE))
    return [f.as_json() for f in check_injection("fgj", [(BASE, page)], lexicon, OWN)]


@pytest.mark.parametrize(
    "script",
    [
        'document.write(\'<div style="display:none"><a href="http://www.bet-spam.com/">'
        "澳门新葡京</a>' + '<a href=\"http://x.example.com/\">百家乐</a></div>');",
        # percent-encoded, as injectors obfuscate it
        "document.write(unescape('%3Cdiv%20style%3D%22position%3Aabsolute%3Btop%3A-9999px%22%3E"
        "%3Ca%20href%3D%22http%3A//www.bet-spam.com/%22%3Ebet%3C/a%3E%3C/div%3E'));",
    ],
)
def test_hidden_links_written_by_a_script_are_injection(script: str, lexicon: Lexicon) -> None:
    [finding] = script_findings(script, lexicon)
    observed = finding["observed"]
    assert isinstance(observed, dict)
    assert "www.bet-spam.com" in observed["link_hosts"]  # type: ignore[operator]
    assert str(observed["hidden_by"]).endswith("(document.write)")


@pytest.mark.parametrize(
    "script",
    [
        # the statistics counters many portals carry
        'var cnzz_protocol = (("https:" == document.location.protocol) ? "https://" : "http://");'
        "document.write(unescape(\"%3Cspan id='cnzz_stat_icon_1'%3E%3C/span%3E%3Cscript src='\""
        " + cnzz_protocol + \"s4.cnzz.com/z_stat.php%3Fid%3D1'"
        " type='text/javascript'%3E%3C/script%3E\"));",
        "document.write('<a href=\"/bm/fgj/\">本单位首页</a>');",
        "var s = '<b>' + title + '</b>'; document.write(s);",
    ],
)
def test_ordinary_script_writes_are_not_injection(script: str, lexicon: Lexicon) -> None:
    assert script_findings(script, lexicon) == []


MEDIA_LINKS = (
    "<a href='http://www.sxdaily.com.cn/'>陕西传媒网</a><a href='http://www.cnwest.com/'>西部网</a>"
)


def body_findings(head: str, body: str, lexicon: Lexicon) -> list[dict[str, object]]:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    page = Fetched(status=200, final_url=BASE, encoding="utf-8", blocks=read_blocks(tree, BASE))
    return [f.as_json() for f in check_injection("fgj", [(BASE, page)], lexicon, OWN)]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a print stylesheet hides the link box on paper only
        (
            "<style media='print'>.yqlj {display:none}</style>",
            f"<div class='yqlj'>{MEDIA_LINKS}</div>",
        ),
        # a drop-down opened by hovering its menu entry
        (
            "<style>.sub-nav {display:none} .nav li:hover .sub-nav {display:block}</style>",
            f"<ul class='nav'><li>媒体链接<div class='sub-nav'>{MEDIA_LINKS}</div></li></ul>",
        ),
        # a visitor counter in a hidden box
        (
            "",
            "<div style='display:none'><a href='https://www.51.la/?2085' target='_blank'>"
            "<img src='https://img.users.51.la/2085.png'></a></div>",
        ),
    ],
)
def test_menus_print_styles_and_counters_are_not_concealment(
    head: str, body: str, lexicon: Lexicon
) -> None:
    assert body_findings(head, body, lexicon) == []


@pytest.mark.parametrize(
    "head",
    [
        "<style>.yc {display:none}</style>",
        "<style media='screen'>.yc {display:none}</style>",
        # a rule that claims to reveal the block on its own hover: a hidden box cannot be hovered
        "<style>.yc {display:none} .yc:hover {display:block}</style>",
    ],
)
def test_the_same_links_hidden_for_real_are_injection(head: str, lexicon: Lexicon) -> None:
    [finding] = body_findings(head, f"<div class='yc'>{MEDIA_LINKS}</div>", lexicon)
    assert finding["check"] == "content_injection"


def test_a_scrolling_marquee_of_gambling_links_is_injection(lexicon: Lexicon) -> None:
    marquee = (
        "<marquee scrollamount='3'><a href='http://www.ag8866-vip.com/'>AG真人视讯</a> "
        "<a href='http://www.ag8866-vip.com/bjl/'>百家乐</a> "
        "<a href='http://www.ag8866-vip.com/ssc/'>重庆时时彩</a></marquee>"
    )
    [finding] = body_findings("", marquee, lexicon)
    assert {"百家乐", "重庆时时彩"} <= set(finding["observed"]["phrases"])  # type: ignore[index]


def test_a_marquee_of_notices_is_not_injection(lexicon: Lexicon) -> None:
    marquee = "<marquee><a href='/tzgg/1.html'>关于开展扫黄打非专项行动的通知</a></marquee>"
    assert body_findings("", marquee, lexicon) == []


def test_a_zero_size_iframe_of_another_site_is_injection(lexicon: Lexicon) -> None:
    frame = "<iframe src='http://www.js77888.net/index.html' width='0' height='0'></iframe>"
    [finding] = body_findings("", frame, lexicon)
    assert finding["observed"]["link_hosts"] == ["www.js77888.net"]  # type: ignore[index]


def test_transparent_links_with_traditional_spam_words_are_injection(lexicon: Lexicon) -> None:
    links = "<p><a href='http://www.am-pj0099.com/' style='color:transparent'>澳門博彩</a></p>"
    [finding] = body_findings("", links, lexicon)
    assert finding["observed"]["hidden_by"] == "color:transparent"  # type: ignore[index]


def test_a_panel_a_button_opens_is_not_concealment(lexicon: Lexicon) -> None:
    panel = (
        "<ul id='more-emb' style='display:none'><li><a href='https://china.diplo.de/'>德国驻华大使馆</a>"
        "</li></ul><a href='javascript:;' "
        "onclick=\"document.getElementById('more-emb').style.display='block'\">更多</a>"
    )
    assert body_findings("", panel, lexicon) == []
    # the same panel with nothing to open it is hidden for good
    assert len(body_findings("", panel.split("<a href='javascript")[0], lexicon)) == 1


def test_a_stylesheet_read_for_one_page_hides_only_what_the_next_page_has(
    lexicon: Lexicon,
) -> None:
    """The template CSS is read once per portal (cached); each page is still judged alone."""
    head = "<style>.nav a {color:#fff} .yc {display:none}</style>"
    [hidden] = body_findings(head, f"<div class='yc'>{MEDIA_LINKS}</div>", lexicon)
    assert hidden["observed"]["hidden_by"] == ".yc {display:none}"  # type: ignore[index]
    assert body_findings(head, f"<div class='nav'>{MEDIA_LINKS}</div>", lexicon) == []
    [again] = body_findings(head, f"<p><span class='yc'>{MEDIA_LINKS}</span></p>", lexicon)
    assert again["observed"]["hidden_by"] == ".yc {display:none}"  # type: ignore[index]


@pytest.mark.parametrize(
    ("head", "attributes"),
    [
        ("<style>#YqLj {display:none}</style>", "id='YqLj'"),
        ("<style>.YqLj {visibility:hidden}</style>", "class='box YqLj wide'"),
        ("<style>aside {display:none}</style>", ""),
    ],
)
def test_page_rules_match_mixed_case_ids_classes_and_tags(
    head: str, attributes: str, lexicon: Lexicon
) -> None:
    tag = "aside" if not attributes else "div"
    body = f"<{tag} {attributes}>{MEDIA_LINKS}</{tag}>"
    [finding] = body_findings(head, body, lexicon)
    assert finding["check"] == "content_injection"


def test_broken_selectors_in_the_page_css_do_not_stop_the_reading(lexicon: Lexicon) -> None:
    """Minified or broken template CSS (`0{…}`, `1abc{…}`) names no element; the real rule
    beside it still hides its block."""
    head = "<style>0{display:none} 1abc{display:none} .yc{display:none}</style>"
    [finding] = body_findings(head, f"<div class='yc'>{MEDIA_LINKS}</div>", lexicon)
    assert finding["observed"]["hidden_by"] == ".yc {display:none}"  # type: ignore[index]
    assert body_findings(head, f"<div class='ok'>{MEDIA_LINKS}</div>", lexicon) == []


# Portal24o's repro pages (tests/portal24o/DISCREPANCIES.md, P1–P5, N1, N3, N8–N10), each read
# as served from the portal's own host and judged; each paired with the page that the rule
# under test separates it from.
REPRO_O = Path(__file__).resolve().parents[1] / "portal24o" / "repro"
REPRO_URL = "http://127.0.0.1:8000/bm/x/index.html"
REPRO_OWN = ("127.0.0.1",)


def repro_page(name: str, edit: tuple[str, str] | None = None, folder: Path = REPRO_O) -> Fetched:
    html = (folder / name).read_text("utf-8")
    if edit is not None:
        assert edit[0] in html, edit
        html = html.replace(*edit)
    tree = parse_html(html)
    return Fetched(
        200, REPRO_URL, "utf-8", meta=read_meta(tree), blocks=read_blocks(tree, REPRO_URL)
    )


def repro_findings(
    name: str, lexicon: Lexicon, edit: tuple[str, str] | None = None, folder: Path = REPRO_O
) -> list[dict[str, object]]:
    page = repro_page(name, edit, folder)
    return [f.as_json() for f in check_injection("x", [(REPRO_URL, page)], lexicon, REPRO_OWN)]


def test_p1_a_carousels_next_slides_are_no_concealment(lexicon: Lexicon) -> None:
    page = "p1-carousel-subpage.html"
    assert repro_findings(page, lexicon) == []
    slides = [b for b in repro_page(page).blocks if b.hidden_by]
    assert [b.place for b in slides] == [PANEL, PANEL]  # slides, not hidden blocks
    # with no slide shown the set is no carousel a reader sees turn: its slides are hidden
    dark = repro_page(page, ('style="display:block"', 'style="display:none"'))
    assert [b.place for b in dark.blocks if b.hidden_by] == [None, None, None]
    assert {"xuexi.cn", "12371.cn"} <= set(lexicon.trusted_hosts)  # and still official


def test_p2_a_toolbar_a_script_opens_through_a_variable_is_a_panel(lexicon: Lexicon) -> None:
    page = "p2-wza-toolbar-subpage.html"
    assert repro_findings(page, lexicon) == []
    [unopened] = repro_findings(page, lexicon, ("bar.style.display =", "bar.title ="))
    assert unopened["observed"]["link_hosts"] == ["www.nvaccess.org"]  # type: ignore[index]


def test_p3_a_share_box_its_button_opens_on_hover_is_a_panel(lexicon: Lexicon) -> None:
    page = "p3-share-box-column.html"
    assert repro_findings(page, lexicon) == []
    [unopened] = repro_findings(page, lexicon, ("this.nextSibling.style.display", "this.title"))
    # Unopened, its QR-code image host is foreign; its share services' links carry the page
    # (`recommend/?url=…`) and are no foreign site.
    assert unopened["observed"]["link_hosts"] == ["qr.liantu.com"]  # type: ignore[index]


def test_p4_a_tab_a_script_opens_by_a_built_id_and_a_tax_offices_wording(
    lexicon: Lexicon,
) -> None:
    page = "p4-hidden-tab-subpage.html"
    assert repro_findings(page, lexicon) == []
    unopened = repro_page(page, ('"con_" + name', "name"))  # no con_ prefix: a tab by shape
    assert [b.place for b in unopened.blocks if b.hidden_by] == [PANEL]
    assert lexicon.hits("个人出租不动产代开发票办理指南") == []
    assert [h.term for h in lexicon.hits("代开发票电话13800000000")] == ["代开发票"]


def test_p5_a_victims_quote_in_an_anti_gambling_story_is_prose(lexicon: Lexicon) -> None:
    page = "p5-victim-quote-detail.html"
    assert repro_findings(page, lexicon) == []
    quote = (
        "“一开始，只是好奇，跟着群里，玩了几把百家乐，赢了两百块，后来又玩时时彩，输了就想翻本。”"
    )
    assert not looks_like_phrase_list(quote)
    assert looks_like_phrase_list("百家乐，时时彩，北京赛车，六合彩，真人视讯，老虎机")
    # the title's 公安 excuses sentences of its body (three terms), not a keyword list
    reporting = reports_on_spam(repro_page(page), lexicon)
    said = TextBlock("“先玩了百家乐，又玩时时彩，后来还买六合彩。”", None)
    assert judge_block(said, lexicon, REPRO_OWN, reporting=reporting) is None
    assert judge_block(said, lexicon, REPRO_OWN) is not None
    listed = TextBlock("百家乐|时时彩|六合彩|北京赛车|真人视讯|老虎机", None)
    assert judge_block(listed, lexicon, REPRO_OWN, reporting=reporting) is not None


def test_n1_links_the_colour_of_their_background_are_hidden(lexicon: Lexicon) -> None:
    page = "n1-white-on-white-subpage.html"
    [finding] = repro_findings(page, lexicon)
    assert finding["observed"]["hidden_by"] == "color equal to background"  # type: ignore[index]
    # a link written dark is seen; its two white neighbours are still hidden, one by one
    dark = ('style="color:#ffffff">网站地图', 'style="color:#333">网站地图')
    [finding] = repro_findings(page, lexicon, dark)
    hosts = ["www.am-pj0099.com", "www.js77888.net"]
    assert finding["observed"]["link_hosts"] == hosts  # type: ignore[index]
    readable = repro_findings(page, lexicon, ("background:#ffffff;", "background:#c00000;"))
    assert readable == []  # white text on a red box is seen


def test_n3_a_marquee_sized_one_pixel_by_its_style_hides_its_links(lexicon: Lexicon) -> None:
    page = "n3-marquee-1px-column.html"
    [finding] = repro_findings(page, lexicon)
    assert finding["observed"]["hidden_by"] == "zero-size marquee (style)"  # type: ignore[index]
    assert repro_findings(page, lexicon, ("width:1px;height:1px", "width:300px;height:24px")) == []


def test_n8_casino_words_in_traditional_characters_are_terms(lexicon: Lexicon) -> None:
    [finding] = repro_findings("n8-traditional-words-subpage.html", lexicon)
    assert finding["observed"]["phrases"] == ["澳门博彩", "线上娱乐城"]  # type: ignore[index]
    assert lexicon.hits("娱乐城") == []  # alone it may be a real business's name


def test_n9_spam_words_spaced_out_one_character_at_a_time(lexicon: Lexicon) -> None:
    [finding] = repro_findings("n9-spaced-words-subpage.html", lexicon)
    assert set(finding["observed"]["phrases"]) == {"百家乐", "时时彩", "真人视讯"}  # type: ignore[index, arg-type]
    assert lexicon.hits("成熟 女性") == [] and lexicon.hits("百家 乐") == []  # words stay apart


def test_n10_a_title_repeating_one_casino_brand_is_hijacked(lexicon: Lexicon) -> None:
    [finding] = repro_findings("n10-one-brand-title-subpage.html", lexicon)
    assert finding["observed"]["place"] == "title"  # type: ignore[index]
    assert finding["observed"]["blocks"] == 2  # type: ignore[index]  # the description too
    once = TextBlock("新葡京酒店项目环评公示-区林业局", None, (), "title")
    assert judge_block(once, lexicon, REPRO_OWN) is None  # one mention is no hijack


# Portal24u's U8 (tests/portal24u/DISCREPANCIES.md): a panel is no concealment, but a reader
# sees it, so its gambling links are injection; each beside the honest panel it must not be.
REPRO_U = Path(__file__).resolve().parents[1] / "portal24u" / "repro"


def test_u8a_gambling_links_in_a_hidden_tab_are_injection(lexicon: Lexicon) -> None:
    page = "u8a-hidden-tab-spam-subpage.html"
    [finding] = repro_findings(page, lexicon, folder=REPRO_U)
    observed = finding["observed"]
    assert isinstance(observed, dict)
    assert observed["place"] == PANEL and observed["hidden_by"] == "display:none"
    assert observed["link_hosts"] == ["www.hg8868-vip.com", "www.js77888.net"]
    assert observed["phrases"] == ["太阳城娱乐", "皇冠体育"]  # 代开发票办理 is the office's own
    # the honest tab: the tax office's service, 12366 and a bank, no spam word
    honest = (
        '<a href="http://www.hg8868-vip.com/">皇冠体育投注</a></li>\n'
        '<li><a href="http://www.js77888.net/">太阳城娱乐</a>',
        '<a href="https://12366.chinatax.gov.cn/">纳税服务平台</a></li>\n'
        '<li><a href="http://www.ccb.com/">中国建设银行</a>',
    )
    assert repro_findings(page, lexicon, honest, REPRO_U) == []
    [tab] = [b for b in repro_page(page, honest, REPRO_U).blocks if b.place == PANEL]
    assert tab.links[-1] == ("中国建设银行", "http://www.ccb.com/")  # read, and judged clean
    # gambling link texts are injected even when they lead to pages planted on the site
    [planted] = repro_findings(page, lexicon, ("http://www.", ""), REPRO_U)
    assert planted["observed"]["link_hosts"] == []  # type: ignore[index]
    assert planted["observed"]["phrases"] == ["太阳城娱乐", "皇冠体育"]  # type: ignore[index]


def test_u8b_a_carousel_slide_whose_image_names_a_casino_is_injection(lexicon: Lexicon) -> None:
    page = "u8b-carousel-gambling-slide-subpage.html"
    [finding] = repro_findings(page, lexicon, folder=REPRO_U)
    observed = finding["observed"]
    assert isinstance(observed, dict)
    assert observed["place"] == PANEL
    assert observed["link_hosts"] == ["www.am-pj0099.com"]
    assert observed["phrases"] == ["新葡京"]  # the slide's image alt 澳门新葡京
    # the honest banner: 学习强国, 共产党员网 and a bank's slide, read but not injection
    honest = (
        'http://www.am-pj0099.com/"><img src="/images/banner_ad3.jpg" alt="澳门新葡京"',
        'http://www.ccb.com/"><img src="/images/banner_ad3.jpg" alt="中国建设银行"',
    )
    assert repro_findings(page, lexicon, honest, REPRO_U) == []
    slides = [b for b in repro_page(page, honest, REPRO_U).blocks if b.place == PANEL]
    assert [b.links[0][0] for b in slides] == ["共产党员网", "中国建设银行"]


def test_a_panel_on_a_page_reporting_on_gambling_may_name_it_in_its_own_links(
    lexicon: Lexicon,
) -> None:
    """A 反赌 story's 相关报道 tab lists the site's own stories; a foreign link beside a
    term is injected on any page."""
    own = TextBlock(
        "", "display:none", (("揭秘百家乐骗局", "http://127.0.0.1:8000/a.html"),), PANEL
    )
    assert judge_block(own, lexicon, REPRO_OWN, reporting=True) is None
    assert judge_block(own, lexicon, REPRO_OWN) is not None
    foreign = TextBlock("", "display:none", (("百家乐", "http://www.am-pj0099.com/"),), PANEL)
    assert judge_block(foreign, lexicon, REPRO_OWN, reporting=True) is not None
    # a tab of a tax office's service links to its own page: an [other] term, no foreign host
    invoice = TextBlock(
        "", "display:none", (("代开发票咨询", "http://127.0.0.1:8000/b.html"),), PANEL
    )
    assert lexicon.hits("代开发票咨询") != [] and judge_block(invoice, lexicon, REPRO_OWN) is None


REALPAGES = Path(__file__).resolve().parents[1] / "corpus" / "realpages"


@pytest.mark.parametrize("name", sorted(p.name for p in REALPAGES.glob("*.html")))
def test_real_government_pages_carry_no_injection(lexicon: Lexicon, name: str) -> None:
    """Their hidden links (a `Produced By 大汉网络` credit, the 政府网站找错 widget's
    `exposure/jiucuo.html`) are the CMS's and the inspection's own, not 暗链."""
    url = f"http://{name.split('-')[1]}.gov.cn/page.html"  # each page on its own gov site
    tree = parse_html((REALPAGES / name).read_text(encoding="utf-8"))
    page = Fetched(status=200, final_url=url, encoding="utf-8", blocks=read_blocks(tree, url))
    assert check_injection("u", [(url, page)], lexicon, ("example.org",)) == []
