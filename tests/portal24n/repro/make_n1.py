"""Writes `n1-cut-utf8-subpage.html`: a UTF-8 subpage (meta utf-8) whose 最新信息 box shows 20
summaries cut by bytes in the middle of a character, and a menu naming the four categories.

    PYTHONPATH=. .venv/bin/python tests/portal24n/repro/make_n1.py
"""

from pathlib import Path

SUMMARY = (
    "为进一步加强文化市场管理，规范旅游市场经营秩序，区文化和旅游局联合市场监管等部门开展专项检查"
).encode()
rows = b"".join(
    b'<li><a href="/bm/x/a%d.html">\xe6\x96\x87\xe6\x97\x85\xe5\xb7\xa5\xe4\xbd\x9c</a><p>' % n
    + SUMMARY[: 61 + 3 * (n % 7) + n % 2]
    + b"...</p></li>"
    for n in range(20)
)
page = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
    'charset=utf-8" /><title>区文化和旅游局</title></head><body>'
    '<ul class="menu"><li><a href="/bm/x/gzdt/list.html">工作动态</a></li>'
    '<li><a href="/bm/x/tzgg/list.html">通知公告</a></li>'
    '<li><a href="/bm/x/zcwj/list.html">政策文件</a></li>'
    '<li><a href="/bm/x/jggk/list.html">机构概况</a></li></ul>'
    '<div class="zxxx"><h3>最新信息</h3><ul>'
).encode() + rows + b"</ul></div></body></html>"
Path(__file__).with_name("n1-cut-utf8-subpage.html").write_bytes(page)
