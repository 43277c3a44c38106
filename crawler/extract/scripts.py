"""The HTML inline scripts pass to document.write, read without running them.

Injectors hide 暗链 in written markup, often behind `unescape`, `atob` or
`String.fromCharCode`; a small evaluator of literals, those decoders and the variables
assigned them recovers it. The injection reader (`blocks.py`) reads it for hidden links and
the list reader (`island.py`) for the lists and menus old templates print, so it stands alone.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote

from selectolax.lexbor import LexborHTMLParser

from crawler.extract.subtree import text_of


@dataclass(frozen=True, slots=True)
class Script:
    """One `<script>` of a page: its type attribute (lower case, "" when none) and its text."""

    kind: str
    code: str


@lru_cache(maxsize=2)
def page_scripts(tree: LexborHTMLParser) -> tuple[Script, ...]:
    """The page's scripts in page order, each text read once: a list reading asks them for
    data islands, JSON records, a store, hiding statements, dated data and what they write,
    one after another (the last two pages' are kept, as `_written`'s)."""
    return tuple(
        Script((script.attributes.get("type") or "").lower(), text_of(script))
        for script in tree.css("script")
    )


_WRITE_CALL = re.compile(r"document\.write(?:ln)?\s*\(", re.I)
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)")
MAX_WRITTEN = 200_000  # characters of script-written HTML read per page


def _unescape(literal: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match[1]
        if code[0] in "ux" and len(code) > 1:
            return chr(int(code[1:], 16))
        return {"n": "\n", "t": "\t", "r": ""}.get(code, code)

    return _ESCAPE.sub(one, literal)


_LITERAL = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\""""
_NAME = r"[A-Za-z_$][\w$]*"
# The pieces of a written argument read without running it: string literals, the decoders
# injectors wrap them in, character codes, and variables holding any of those.
_PIECE = re.compile(
    r"String\.fromCharCode\(\s*((?:0x[0-9a-f]+|\d+)(?:\s*,\s*(?:0x[0-9a-f]+|\d+))*)\s*\)"
    rf"|(atob|unescape|decodeURIComponent|decodeURI)\(\s*({_LITERAL}|{_NAME})\s*\)"
    rf"|({_LITERAL})"
    rf"|(?<![\w$.])({_NAME})(?![\w$]|\s*[(.\[])",
    re.I,
)
_STATEMENT_END = re.compile(rf"{_LITERAL}|;")
_JS_UNICODE = re.compile(r"%u([0-9a-fA-F]{4})")
MAX_RESOLVE = 3  # variables followed from one write: `var a = unescape(b)` and the like


def _decode(function: str, text: str) -> str:
    """What a JavaScript decoder returns for a literal (its escapes already read)."""
    if function.lower() == "atob":
        try:
            raw = base64.b64decode("".join(text.split()) + "===", validate=False)
        except ValueError:
            return ""
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")
    if function.lower() == "unescape":  # %uXXXX is JavaScript's own; %XX read as UTF-8
        text = _JS_UNICODE.sub(lambda m: chr(int(m[1], 16)), text)
    return unquote(text)


def _char_code(number: str) -> int:
    number = number.strip().lower()
    return int(number, 16) if number.startswith("0x") else int(number)


# What a variable holding written markup is assigned: a literal, a decoder, character codes or
# another variable — never an array or object (a list's records, not markup).
_STRING_VALUE = re.compile(
    r"""['"]|(?:atob|unescape|decodeURIComponent|decodeURI|String\.fromCharCode)\s*\(|[A-Za-z_$]""",
    re.I,
)


# Words of the language and the page's objects: never a variable holding markup.
_NOT_VARIABLES = frozenset(
    {"var", "let", "const", "new", "this", "true", "false", "null", "undefined", "typeof"}
    | {"document", "window", "location", "navigator", "Math", "Date"}
)


class _Evaluator:
    """The string value of an expression built only of literals, decoders, character codes
    and variables assigned such expressions in the page's scripts. Nothing is executed."""

    def __init__(self, scripts: Sequence[str]) -> None:
        self.scripts = scripts
        self.known: dict[str, str] = {}

    def value(self, expression: str, depth: int = 0) -> str:
        parts: list[str] = []
        for m in _PIECE.finditer(expression):
            if m[1] is not None:
                codes = [_char_code(c) for c in m[1].split(",")]
                parts.append("".join(chr(c) for c in codes if 0 < c < 0x110000))
            elif m[2] is not None:
                parts.append(_decode(m[2], self._operand(m[3], depth)))
            elif m[4] is not None:
                parts.append(_unescape(m[4][1:-1]))
            elif m[5] is not None and depth < MAX_RESOLVE and m[5] not in _NOT_VARIABLES:
                parts.append(self._variable(m[5], depth + 1))
        return "".join(parts)

    def _operand(self, operand: str, depth: int) -> str:
        if operand[:1] in "'\"":
            return _unescape(operand[1:-1])
        return self._variable(operand, depth + 1) if depth < MAX_RESOLVE else ""

    def _variable(self, name: str, depth: int) -> str:
        """The value last assigned to `name` (`var name = …;`) in the page's scripts."""
        if name in self.known:
            return self.known[name]
        self.known[name] = ""  # `a = a + …` reads no further
        # The name standing alone (no word character, `$` or `.` before it) is asked of each
        # match, not by a lookbehind the regex engine would try at every character.
        assignment = re.compile(rf"{re.escape(name)}\s*=(?![=>])\s*")
        for code in self.scripts:
            if name not in code:
                continue
            found = [m for m in assignment.finditer(code) if _alone(code, m.start())]
            if found:
                start = found[-1].end()
                if _STRING_VALUE.match(code, start):
                    expression = code[start : _statement_end(code, start)]
                    self.known[name] = self.value(expression, depth)
                break
        return self.known[name]


def _alone(code: str, start: int) -> bool:
    r"""No word character, `$` or `.` just before `start` (what `(?<![\w$.])` asks)."""
    return start == 0 or not (code[start - 1].isalnum() or code[start - 1] in "_$.")


def _statement_end(code: str, start: int) -> int:
    """Where the statement from `start` ends: its first `;` outside a string literal."""
    limit = min(len(code), start + MAX_WRITTEN)
    for token in _STATEMENT_END.finditer(code, start, limit):
        if token.group() == ";":
            return token.start()
    return limit


def script_written(tree: LexborHTMLParser) -> list[str]:
    """`_written`: asked of one page by the block reader, the list reader and the label
    reader, it is worked out once (the last two pages' answers are kept)."""
    return list(_written(tree))


def forget_written() -> None:
    """Drop the kept answers (a benchmark times a page's first reading)."""
    _written.cache_clear()
    page_scripts.cache_clear()


@lru_cache(maxsize=2)
def _written(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The HTML inline scripts pass to document.write: where 暗链 injectors like to hide.

    A script writing `<div style="display:none"><a href=…>` shows nothing in
    the page's own markup; the string literals of each call are joined (the
    usual `'<div ' + 'style=…'` splitting included) and read like page HTML, and
    so are what `unescape`, `decodeURIComponent`, `atob` and `String.fromCharCode`
    make of literals, and variables assigned them. Nothing is executed: values
    computed any other way are not followed.
    """
    written: list[str] = []
    budget = MAX_WRITTEN  # characters of HTML taken from write calls
    scripts = [script.code for script in page_scripts(tree)]
    evaluator = _Evaluator(scripts)
    for code in scripts:
        if "write" not in code:  # a substring test: megabytes of library code cost nothing
            continue
        for call in _WRITE_CALL.finditer(code):
            if budget <= 0:
                return tuple(written)
            end = code.find(");", call.end())
            argument = code[call.end() : end if end >= 0 else call.end() + 4000]
            html = evaluator.value(argument)
            if "%3c" in html.lower():  # document.write('%3Cdiv%20style…') decoded elsewhere
                html = unquote(html)
            if "<" in html:
                written.append(html[:budget])
                budget -= len(html)
    return tuple(written)
