"""U7: a case-sensitive server's two pages `list.jsp?cid=Qa7T` (通知公告, configured) and
`list.jsp?cid=qA7t` (财政资金直达, linked from the subpage) are one page to the category check.

    PYTHONPATH=. .venv/bin/python tests/portal24u/repro/u7_case_query.py
"""

from __future__ import annotations

from checks.urls import page_key

CONFIGURED = "http://127.0.0.1:8000/bm/czj/list.jsp?cid=Qa7T"
LINKED = "http://127.0.0.1:8000/bm/czj/list.jsp?cid=qA7t"

if __name__ == "__main__":
    print("configured:", page_key(CONFIGURED))
    print("linked:    ", page_key(LINKED))
    print("one page to the category check:", page_key(CONFIGURED) == page_key(LINKED))
