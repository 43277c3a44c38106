"""The charset decoder: declarations are checked against the bytes, GB family read as GB18030."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.model import Unreadable
from crawler.decode import Decoded, codec_name, decode_html

BODY = (
    "<body><h1>通知公告</h1><ul>"
    "<li><a href='/a.html'>关于开展2026年度政务公开工作考核的通知</a><span>2026-11-20</span></li>"
    "<li><a href='/b.html'>区人民政府办公室关于印发重点工作任务分工方案的通知</a>"
    "<span>2026-11-18</span></li>"
    "<li><a href='/c.html'>街道办事处召开安全生产专题会议 朱镕基</a><span>2026-11-02</span></li>"
    "</ul></body></html>"
)


def page(meta: str = "") -> str:
    return f"<html><head>{meta}<title>政务公开</title></head>{BODY}"


def decoded(body: bytes, content_type: str | None = None) -> Decoded:
    result = decode_html(body, content_type)
    assert isinstance(result, Decoded), result
    return result


def test_gbk_with_meta_is_read_as_gb18030() -> None:
    html = page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    result = decoded(html.encode("gbk"))  # 镕 is GBK, not GB2312: the superset must be used
    assert (result.text, result.encoding, result.how) == (html, "gb18030", "meta")


def test_gbk_with_header_charset() -> None:
    html = page()
    result = decoded(html.encode("gbk"), "text/html; charset=GBK")
    assert (result.text, result.encoding, result.how) == (html, "gb18030", "http-header")


def test_gbk_without_any_declaration_is_detected() -> None:
    html = page()
    result = decoded(html.encode("gbk"))
    assert (result.text, result.encoding, result.how) == (html, "gb18030", "detected")


def test_declared_gb2312_but_utf8_bytes() -> None:
    html = page('<meta charset="gb2312">')
    result = decoded(html.encode("utf-8"), "text/html; charset=gb2312")
    assert (result.text, result.encoding, result.how) == (html, "utf-8", "detected")


def test_header_utf8_but_gbk_bytes_falls_back_to_meta() -> None:
    html = page('<meta charset="gbk">')
    result = decoded(html.encode("gbk"), "text/html; charset=utf-8")
    assert (result.text, result.encoding, result.how) == (html, "gb18030", "meta")


def test_server_default_latin1_header_yields_to_the_page() -> None:
    html = page('<meta charset="gbk">')
    result = decoded(html.encode("gbk"), "text/html; charset=ISO-8859-1")
    assert (result.text, result.how) == (html, "meta")


def test_a_meta_inside_a_comment_is_not_a_declaration() -> None:
    html = page('<!-- <meta charset="big5"> --><meta charset="gbk">')
    result = decoded(html.encode("gbk"))
    assert (result.text, result.encoding) == (html, "gb18030")


def test_a_stray_bad_byte_does_not_discard_the_declared_charset() -> None:
    html = page('<meta charset="gbk">')
    body = html.encode("gbk").replace(b"2026-11-18", b"2026-11-18\xff")
    result = decoded(body)
    assert result.encoding == "gb18030" and result.how == "meta"
    assert "区人民政府办公室" in result.text and "朱镕基" in result.text


SUMMARY = "为深入贯彻落实区委区政府关于做好文化和旅游市场安全生产工作的部署要求，切实加强节日监管"


def test_declared_utf8_with_byte_cut_summaries_is_still_utf8() -> None:
    """A byte-wise substr cuts each summary mid-character: a browser shows a few U+FFFD and
    reads the rest, far more than the per-thousand allowance of a stray byte (portal24n N1)."""
    cut = SUMMARY.encode("utf-8")[: 3 * 40 + 2] + b"..."  # half of the 41st character
    items = b"".join(b"<li><a href='/n%d.html'>" % i + cut + b"</a></li>" for i in range(30))
    body = page('<meta charset="utf-8">').encode("utf-8").replace(b"<ul>", b"<ul>" + items)
    for content_type, how in (("text/html; charset=utf-8", "http-header"), (None, "meta")):
        result = decoded(body, content_type)
        assert (result.encoding, result.how) == ("utf-8", how)
        assert result.text.count("\ufffd") == 30
        assert "区人民政府办公室" in result.text and SUMMARY[:40] + "\ufffd..." in result.text
    # A declaration that is really wrong still fails: GBK bytes under a utf-8 header.
    gbk = page('<meta charset="gbk">')
    result = decoded(gbk.encode("gbk"), "text/html; charset=utf-8")
    assert (result.text, result.encoding, result.how) == (gbk, "gb18030", "meta")


def test_utf8_declared_utf8_names_its_source() -> None:
    html = page('<meta charset="utf-8">')
    assert decoded(html.encode("utf-8"), "text/html").how == "meta"
    assert decoded(html.encode("utf-8"), "text/html; charset=UTF-8").how == "http-header"


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"),
    [
        (b"\xef\xbb\xbf", "utf-8", "utf-8"),
        (b"\xff\xfe", "utf-16-le", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    ],
)
def test_a_bom_wins_over_declarations(bom: bytes, codec: str, encoding: str) -> None:
    html = page('<meta charset="gb2312">')
    result = decoded(bom + html.encode(codec), "text/html; charset=gbk")
    assert (result.text, result.encoding, result.how) == (html, encoding, "bom")


def test_garbage_bytes_are_not_text() -> None:
    noise = random.Random(7).randbytes(8192)
    assert decode_html(noise) == Unreadable("not text")
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 500
    # A known signature names what the bytes are, whatever the header claims.
    assert decode_html(png, "text/html; charset=utf-8") == Unreadable("not an HTML page: PNG image")


def test_empty_body_is_empty_text() -> None:
    assert decoded(b"").text == ""


def test_ascii_page_keeps_its_declared_charset() -> None:
    result = decoded(b"<html><head><meta charset='gb2312'></head><body>2026-11-20</body></html>")
    assert (result.encoding, result.how) == ("gb18030", "meta")


@pytest.mark.parametrize("label", ["GB2312", "gbk", "x-gbk", "GB_2312-80", "cp936", "GB18030"])
def test_gb_family_labels_read_as_gb18030(label: str) -> None:
    assert codec_name(label) == "gb18030"


def test_other_labels() -> None:
    assert codec_name("UTF8") == "utf-8"
    assert codec_name("no-such-charset") is None


@pytest.mark.parametrize("label", ["big5", "Big5", "cp950"])
def test_big5_is_read_as_its_windows_superset(label: str) -> None:
    """裏 and 恒 are cp950 only: a Big5 page written on Windows carries them."""
    assert codec_name(label) == "cp950"
    html = f'<html><head><meta charset="{label}"><title>區</title></head><body>裏恒區政府</body>'
    assert "裏恒區政府" in decoded(html.encode("cp950")).text


PRINTABLE = st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\ufeff")


@given(st.text(alphabet=PRINTABLE))
def test_any_utf8_text_round_trips(text: str) -> None:
    result = decode_html(text.encode("utf-8"))
    assert isinstance(result, Decoded) and result.text == text
