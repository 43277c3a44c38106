"""Checking the links of a run's pages: each distinct target once, within a budget, never
towards an address the portal does not live on.

SAFETY. A page can link anywhere, including cloud metadata (169.254.169.254) and the
monitoring host's own network. A target is requested only when every address its host
resolves to is public — unless it is on the portal's own host (any port) and the portal itself
lives on such an address (a portal on an intranet, the sample portal on 127.0.0.1), or its host
is in `crawl.allow_hosts`. Literal IPs in every spelling (decimal, octal, hex, short, IPv6,
IPv4-mapped) are judged as addresses; single-label and `.local`-style names are refused
without any DNS query. The fetcher must apply `LinkGate.refusal` to redirect hops as well.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import logging
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urlsplit

from checks.links import LinkAnswer, LinkReport
from checks.model import Fetched
from checks.urls import has_no_address, link_target

log = logging.getLogger(__name__)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]
LinkCheck = Callable[[str], Awaitable[LinkAnswer]]

INTERNAL_SUFFIXES = (
    ".local",
    ".localhost",
    ".internal",
    ".intranet",
    ".lan",
    ".home.arpa",
    ".corp",
    ".localdomain",
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


async def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the system would connect to, via the loop's non-blocking getaddrinfo."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def literal_address(host: str) -> Address | None:
    """A host that is an IP in any spelling libc accepts (2130706433, 0x7f.1, 0177.1)."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefx." for c in host) and host[0].isdigit():
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def address_kind(address: Address) -> str | None:
    """None for a public address, else why it is not (private, loopback, link-local, …)."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return address_kind(embedded)
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if address.is_global else "non-global"


def _origin(url: str) -> tuple[str, str, int] | None:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
    except ValueError:
        return None
    return scheme, (parts.hostname or "").lower(), port


NO_ADDRESS = "a link with no address (http:// and nothing after): no reader can open it"


@dataclass(frozen=True, slots=True)
class LocalFile:
    """The answer for a link to a file on the author's computer: nothing to request, broken."""

    url: str
    ok: bool = False
    status: int | None = None
    error: str | None = "a file on the author's computer (file:): no reader can open it"


class LinkGate:
    """Decides whether a URL may be requested at all; host verdicts are cached for the run."""

    def __init__(
        self,
        portal_base_url: str,
        allow_hosts: Iterable[str] = (),
        resolver: Resolver | None = None,
        site_hosts: Iterable[str] = (),
    ) -> None:
        self.portal = _origin(portal_base_url)
        self.allow_hosts = frozenset(h.lower().rstrip(".") for h in allow_hosts)
        # Hosts the configuration itself sends the crawler to (a department's own site on
        # a sub-domain or an intranet address): their links are the portal's own.
        self.site_hosts = frozenset(h.lower().rstrip(".") for h in site_hosts)
        self.resolver = resolver or system_resolver
        self._verdicts: dict[tuple[str, int], str | None] = {}
        self._portal_internal: bool | None = None
        # Names that did not resolve, and whether any outside name did: when none did, the
        # machine has no working DNS, and a link cannot be called broken for that.
        self.unresolved: set[str] = set()
        self.resolved_outside = False

    def cannot_tell(self, url: str) -> bool:
        """True when `url`'s name did not resolve and no outside name has: no network to judge."""
        origin = _origin(url)
        return origin is not None and origin[1] in self.unresolved and not self.resolved_outside

    async def refusal(self, url: str) -> str | None:
        """None when `url` may be requested, else the reason it must not be."""
        origin = _origin(url)
        if origin is None or origin[0] not in ("http", "https") or not origin[1]:
            return "not an http(s) URL"
        _scheme, host, port = origin
        if host in self.allow_hosts or host in self.site_hosts:
            return None
        key = (host, port)
        if key not in self._verdicts:
            self._verdicts[key] = await self._judge(host, port)
        kind = self._verdicts[key]
        if kind is None:
            return None
        if self.portal is not None and host == self.portal[1] and await self._portal_is_internal():
            # The portal itself lives on such a host: its pages, and its host's other
            # ports (a retired 旧版网站 on :8080), are what the portal links to anyway.
            return None
        return f"blocked: {kind}" if kind == "internal name" else f"blocked: {kind} address"

    async def refusals(self, urls: Sequence[str]) -> list[str | None]:
        """`refusal` of each URL; it depends on the origin alone, so each distinct origin is
        judged once (concurrently): a task per URL cost more than the rest of link checking."""
        origins = [_origin(url) for url in urls]
        first_of: dict[tuple[str, str, int] | None, str] = {}
        for url, origin in zip(urls, origins, strict=True):
            first_of.setdefault(origin, url)
        answers = await asyncio.gather(*(self.refusal(url) for url in first_of.values()))
        verdicts = dict(zip(first_of, answers, strict=True))
        return [verdicts[origin] for origin in origins]

    async def _judge(self, host: str, port: int) -> str | None:
        literal = literal_address(host)
        if literal is not None:
            return address_kind(literal)
        if (
            host.endswith(".")
            or "." not in host
            or host == "localhost"
            or host.endswith(INTERNAL_SUFFIXES)
        ):
            return "internal name"
        try:
            addresses = await self.resolver(host, port)
        except OSError as exc:  # unresolvable: not unsafe; the check itself will report it
            log.debug("cannot resolve %s: %s", host, exc)
            self.unresolved.add(host)
            return None
        if self.portal is None or host != self.portal[1]:
            self.resolved_outside = True
        for text in addresses:
            try:
                kind = address_kind(ipaddress.ip_address(text.split("%", 1)[0]))
            except ValueError:
                return "unparseable address"
            if kind is not None:
                return kind
        return None

    async def _portal_is_internal(self) -> bool:
        if self._portal_internal is None:
            host, port = (self.portal[1], self.portal[2]) if self.portal else ("", 0)
            literal = literal_address(host)
            if literal is not None:
                self._portal_internal = address_kind(literal) is not None
            else:
                try:
                    addresses = await self.resolver(host, port)
                except OSError:
                    addresses = []
                self._portal_internal = any(
                    address_kind(ipaddress.ip_address(a.split("%", 1)[0])) for a in addresses
                )
        return self._portal_internal


NOT_CHECKED_SAMPLE = 3  # unchecked targets named in a run's summary


def _digest(url: str) -> int:
    return int.from_bytes(
        hashlib.blake2b(url.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    )


class LinkChecker:
    """Checks link targets for a whole run; one instance is shared by all units (one check per
    target), and stops requesting after `limit` checks: the rest are `not_checked`."""

    def __init__(self, check: LinkCheck, gate: LinkGate, *, limit: int, parallel: int = 8) -> None:
        self.check = check
        self.gate = gate
        self.limit = limit
        self._parallel = asyncio.Semaphore(parallel)
        self._status: dict[str, LinkAnswer] = {}
        self._skipped: dict[str, str] = {}
        # A run can leave 100,000s of targets unchecked once the budget is spent: they are kept
        # as 128-bit digests (a third of a URL's memory) and counted, with the first few kept
        # whole for the summary. A collision is as likely as a stray bit flip: never.
        self._not_checked: set[int] = set()
        self.not_checked_sample: list[str] = []
        self._started = 0

    async def check_pages(self, pages: Sequence[tuple[str, Fetched]]) -> LinkReport:
        """Check every target linked from `pages` not yet seen this run; the run's report so far."""
        found: dict[str, None] = {}  # ordered and O(1) to test: a page may carry 100,000 links
        for page_url, page in pages:
            for _text, href in page.links:
                target, _why = link_target(page_url, href)
                if target is not None and not self._seen(target):
                    found[target] = None
        targets = []
        for target in found:
            if target[:5].lower() == "file:":
                self._status[target] = LocalFile(target)
            elif has_no_address(target):
                self._status[target] = LocalFile(target, error=NO_ADDRESS)
            else:
                targets.append(target)
        refusals = await self.gate.refusals(targets)
        to_check: list[str] = []
        not_checked: list[str] = []
        for target, refusal in zip(targets, refusals, strict=True):
            if refusal is not None:
                self._skipped[target] = refusal
            elif self._started >= self.limit or self.gate.cannot_tell(target):
                self._note_not_checked(target)
                not_checked.append(target)
            else:
                self._started += 1
                to_check.append(target)
        await asyncio.gather(*(self._one(t) for t in to_check))
        # Read-only views, not copies: copying the run's answers for every unit made a run's
        # link bookkeeping grow with the square of the portal's size.
        # `not_checked` is what these pages added: the run's list is in `report()`.
        return LinkReport(
            MappingProxyType(self._status), MappingProxyType(self._skipped), tuple(not_checked)
        )

    def report(self) -> LinkReport:
        """The whole run's link checking, copied; `not_checked` holds the first few targets
        (`not_checked_count` says how many there were)."""
        return LinkReport(dict(self._status), dict(self._skipped), tuple(self.not_checked_sample))

    @property
    def not_checked_count(self) -> int:
        """Distinct targets of the run left unchecked."""
        return len(self._not_checked)

    def _note_not_checked(self, target: str) -> None:
        key = _digest(target)
        if key not in self._not_checked:
            self._not_checked.add(key)
            if len(self.not_checked_sample) < NOT_CHECKED_SAMPLE:
                self.not_checked_sample.append(target)

    def _seen(self, target: str) -> bool:
        return (
            target in self._status
            or target in self._skipped
            or (bool(self._not_checked) and _digest(target) in self._not_checked)
        )

    async def _one(self, target: str) -> None:
        async with self._parallel:
            self._status[target] = await self.check(target)
