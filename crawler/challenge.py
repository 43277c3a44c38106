"""Anti-bot challenges: a WAF answering a program with a script puzzle, not with the page.

Many government portals sit behind 瑞数 (Riversecurity: HTTP 412 with a `$_ts`
script), 加速乐/创宇盾 (HTTP 521 setting `__jsl_clearance`), 安全狗, 云锁 or a
cloud WAF. A reader's browser solves the puzzle and sees the page; a crawler
gets the puzzle. Calling that 'unreachable' would fail a unit for its
firewall, so such an answer is unreadable (a warning asking an operator to
allow-list the monitor), and a link answered that way is not broken.
"""

from __future__ import annotations

# 412 Precondition Failed never answers a plain GET without preconditions: it is 瑞数's mark.
CHALLENGE_ONLY_STATUSES = frozenset({412})
# Statuses WAFs use for their puzzles; with one of the markers below they mean a challenge.
CHALLENGE_STATUSES = frozenset({200, 202, 403, 405, 418, 429, 468, 503, 521, 567})
MARKERS = (
    "$_ts",  # 瑞数
    "jsl_clearance",  # 加速乐 / 创宇盾
    "jsl_uid",
    "yunsuo_session_verify",  # 云锁
    "safedog",  # 安全狗
    "wzws_cid",  # 360 网站卫士
    "wzws_sid",
    "_waf_",
    "waf_sc",
    "aliyun_waf",
    "acw_sc__",  # 阿里云
    "__tst_status",
    "人机验证",
    "安全验证",
    "访问验证",
)
_SCAN = 64 * 1024
CHALLENGE_BODY = _SCAN  # the most of an error answer read to tell a puzzle from an error


def challenge_reason(status: int, body: bytes) -> str | None:
    """Why the answer is a WAF's puzzle rather than the page, or None."""
    if status in CHALLENGE_ONLY_STATUSES:
        return f"http {status}: anti-bot challenge (瑞数-style WAF), a browser would pass it"
    if status not in CHALLENGE_STATUSES or not body:
        return None
    text = body[:_SCAN].decode("utf-8", "ignore")
    for marker in MARKERS:
        if marker in text:
            return f"http {status}: anti-bot challenge ({marker}), a browser would pass it"
    if "安全验证" not in text:
        gbk = body[:_SCAN].decode("gb18030", "ignore")
        for marker in ("人机验证", "安全验证", "访问验证"):
            if marker in gbk:
                return f"http {status}: anti-bot challenge ({marker}), a browser would pass it"
    return None
