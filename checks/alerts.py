"""From one unit's findings and the alert state before them, the alerts to send (pure).

A unit contact is told when something changes, not every week: a problem
appearing (`went_bad`), a problem gone (`rectified`), and a column about to
go stale (`will_go_stale`, once per newest date). A state that persists sends
nothing unless the policy asks for reminders. Each alert carries a dedupe key
naming unit, subject, check and state; the outbox keeps one row per key, so a
unit recorded twice for one run (a resumed crawl) never sends twice.

Absence of a finding proves rectification only when the page was actually
read: a column that became unreachable is not "no longer stale".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from checks.model import Category, Fetched, Finding, Observation, Unit

AlertKind = Literal["went_bad", "rectified", "will_go_stale", "reminder", "digest"]

# Checks that are one state of a column: the worst of them is the column's state.
COLUMN_CHECKS = ("column_unreachable", "column_empty", "column_stale")
# Fail checks that send a went_bad alert; others (broken_link, …) go to the weekly digest only.
ALERTED_CHECKS = frozenset(
    {*COLUMN_CHECKS, "subpage_unreachable", "category_missing", "content_injection"}
)
OFFICE_TOO = frozenset({"content_injection"})  # sent to the office as well, at once
COLUMN = "column"  # the alert_state `check` of the column family
WILL_GO_STALE = "will_go_stale"
OK = "ok"
BAD = "bad"
WARNED = "warned"

LABELS = {
    "column_stale": "栏目超期未更新",
    "column_empty": "空白栏目",
    "column_unreachable": "栏目无法访问",
    "subpage_unreachable": "子站无法访问",
    "category_missing": "缺少必设栏目",
    "content_injection": "发现疑似植入内容",
}


@dataclass(frozen=True, slots=True)
class AlertPolicy:
    """The `alerts:` section (defaults in config/service.py)."""

    default: tuple[str, ...] = ()  # apprise URLs of the office
    warn_days: int = 3
    remind_every_days: int | None = None
    digest: bool = True


@dataclass(frozen=True, slots=True)
class AlertState:
    """What was last said about one subject: ok, bad (with the failing check) or warned."""

    unit: str
    subject: str
    check: str  # "column" for the column family, else the check name
    state: str
    since: date
    last_sent: date | None = None
    detail: str = ""  # the failing check of a bad column, the newest date warned for


@dataclass(frozen=True, slots=True)
class Alert:
    """One message for the outbox; `dedupe_key` is unique for ever."""

    dedupe_key: str
    unit: str
    kind: AlertKind
    recipients: tuple[str, ...]
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class Visit:
    """What of the unit's pages this run read: decides whether an absence means rectified."""

    subpage_read: bool
    columns_read: Mapping[str, date | None]  # column URL → newest date, for columns read


@dataclass(frozen=True, slots=True)
class AlertPlan:
    """The alerts to enqueue and the states to store, in the unit's transaction."""

    alerts: tuple[Alert, ...] = ()
    states: tuple[AlertState, ...] = ()


StateKey = tuple[str, str]  # (subject, check)


def visit_of(unit: Unit, observations: Sequence[Observation]) -> Visit:
    """Read = answered and parsed (Fetched); only those can prove a problem gone."""
    subpage = any(
        o.url == unit.subpage and o.role == "subpage" and isinstance(o.outcome, Fetched)
        for o in observations
    )
    configured = {c.url for c in unit.columns}
    columns = {
        o.url: o.outcome.newest
        for o in observations
        if o.role == "column" and o.url in configured and isinstance(o.outcome, Fetched)
    }
    return Visit(subpage_read=subpage, columns_read=columns)


def plan_alerts(
    unit: Unit,
    categories: Mapping[str, Category],
    findings: Sequence[Finding],
    visit: Visit,
    previous: Mapping[StateKey, AlertState],
    as_of: date,
    run_id: int,
    policy: AlertPolicy,
) -> AlertPlan:
    """The state changes of this run for one unit, and the alerts they send."""
    recipients = unit.alerts or policy.default
    office = tuple(dict.fromkeys((*unit.alerts, *policy.default)))
    now = _current_states(unit, categories, findings, visit)
    alerts: list[Alert] = []
    states: list[AlertState] = []
    for key, (state, detail, finding) in sorted(now.items()):
        before = previous.get(key)
        if before is not None and before.state == state and before.detail == detail:
            reminder = _reminder(unit, before, finding, as_of, policy, recipients)
            if reminder is not None:
                alerts.append(reminder)
                states.append(_replace_sent(before, as_of))
            continue
        if state == OK and before is None:
            continue  # nothing was ever wrong: no row needed
        sent = _change_alert(unit, key, state, detail, finding, before, as_of, run_id)
        targets = office if detail in OFFICE_TOO else recipients
        if sent is not None and targets:
            title, body, kind, dedupe = sent
            alerts.append(Alert(dedupe, unit.id, kind, targets, title, body))
        states.append(
            AlertState(unit.id, key[0], key[1], state, as_of, as_of if sent else None, detail)
        )
    warn_alerts, warn_states = _early_warnings(
        unit, categories, visit, previous, now, as_of, policy
    )
    if recipients:
        alerts += [
            Alert(a.dedupe_key, a.unit, a.kind, recipients, a.title, a.body) for a in warn_alerts
        ]
    return AlertPlan(tuple(alerts), (*states, *warn_states))


def _current_states(
    unit: Unit, categories: Mapping[str, Category], findings: Sequence[Finding], visit: Visit
) -> dict[StateKey, tuple[str, str, Finding | None]]:
    """(subject, check) → (state, failing check or "", its finding), for what this run can judge."""
    now: dict[StateKey, tuple[str, str, Finding | None]] = {}
    fails = [f for f in findings if f.severity == "fail" and f.check in ALERTED_CHECKS]
    for finding in fails:
        if finding.check in COLUMN_CHECKS:
            key = (finding.url, COLUMN)
            known = now.get(key)
            rank = COLUMN_CHECKS.index(finding.check)
            if known is None or COLUMN_CHECKS.index(known[1]) > rank:
                now[key] = (BAD, finding.check, finding)
        elif finding.check == "category_missing":
            now[(finding.category or "", finding.check)] = (BAD, finding.check, finding)
        else:
            now[(finding.url, finding.check)] = (BAD, finding.check, finding)
    for column in unit.columns:
        key = (column.url, COLUMN)
        if key in now or column.url not in visit.columns_read:
            continue
        category = categories.get(column.category)
        dated = visit.columns_read[column.url] is not None
        if dated or (category is not None and category.max_age_days is None):
            now[key] = (OK, "", None)
    if visit.subpage_read:
        now.setdefault((unit.subpage, "subpage_unreachable"), (OK, "", None))
        for category in categories.values():
            if unit.kind in category.required_for:
                now.setdefault((category.id, "category_missing"), (OK, "", None))
    return now


def _change_alert(
    unit: Unit,
    key: StateKey,
    state: str,
    detail: str,
    finding: Finding | None,
    before: AlertState | None,
    as_of: date,
    run_id: int,
) -> tuple[str, str, AlertKind, str] | None:
    """(title, body, kind, dedupe key) of a state change; the run id separates episodes."""
    subject = key[0]
    if state == BAD and finding is not None:
        label = LABELS.get(detail, detail)
        title = f"【政务公开提醒】{unit.name}：{label}"
        body = f"{unit.name}{_where(finding)}{label}：{finding.message}，请及时整改：{finding.url}"
        return title, body, "went_bad", f"{unit.id}|{subject}|{detail}|bad|r{run_id}"
    if state == OK and before is not None and before.state == BAD:
        label = LABELS.get(before.detail, before.detail)
        title = f"【政务公开提醒】{unit.name}：问题已整改"
        body = f"{unit.name}「{subject}」的问题（{label}）经 {as_of:%Y-%m-%d} 检查已整改。"
        return title, body, "rectified", f"{unit.id}|{subject}|{before.detail}|ok|r{run_id}"
    return None


def _where(finding: Finding) -> str:
    if finding.column:
        return f"「{finding.column}」栏目"
    if finding.category:
        return f"（{finding.category}）"
    return ""


def _reminder(
    unit: Unit,
    before: AlertState,
    finding: Finding | None,
    as_of: date,
    policy: AlertPolicy,
    recipients: tuple[str, ...],
) -> Alert | None:
    """Only when configured: a problem still standing remind_every_days after the last word."""
    every = policy.remind_every_days
    if every is None or before.state != BAD or finding is None or not recipients:
        return None
    last = before.last_sent or before.since
    if (as_of - last).days < every:
        return None
    label = LABELS.get(before.detail, before.detail)
    title = f"【政务公开提醒】{unit.name}：{label}仍未整改"
    body = (
        f"{unit.name}{_where(finding)}{label}自 {before.since:%Y-%m-%d} 起仍未整改："
        f"{finding.message}，请及时整改：{finding.url}"
    )
    key = f"{unit.id}|{before.subject}|{before.detail}|remind|{as_of.isoformat()}"
    return Alert(key, unit.id, "reminder", recipients, title, body)


def _replace_sent(state: AlertState, as_of: date) -> AlertState:
    return AlertState(state.unit, state.subject, state.check, state.state, state.since, as_of,
                      state.detail)


def _early_warnings(
    unit: Unit,
    categories: Mapping[str, Category],
    visit: Visit,
    previous: Mapping[StateKey, AlertState],
    now: Mapping[StateKey, tuple[str, str, Finding | None]],
    as_of: date,
    policy: AlertPolicy,
) -> tuple[list[Alert], list[AlertState]]:
    """A fresh column whose last fresh day is at most warn_days away; once per newest date."""
    alerts: list[Alert] = []
    states: list[AlertState] = []
    for column in unit.columns:
        newest = visit.columns_read.get(column.url)
        category = categories.get(column.category)
        if newest is None or category is None or category.max_age_days is None:
            continue
        if now.get((column.url, COLUMN), (OK,))[0] != OK:
            continue
        last_fresh = newest + timedelta(days=category.max_age_days)
        left = (last_fresh - as_of).days
        if not 0 <= left <= policy.warn_days:
            continue
        before = previous.get((column.url, WILL_GO_STALE))
        if before is not None and before.detail == newest.isoformat():
            continue
        stale_on = last_fresh + timedelta(days=1)
        title = f"【政务公开提醒】{unit.name}「{column.name}」即将超期"
        body = (
            f"【政务公开提醒】{unit.name}「{column.name}」栏目将于 {stale_on:%Y-%m-%d} 超期"
            f"（要求 {category.max_age_days} 天内更新），请及时更新：{column.url}"
        )
        dedupe = f"{unit.id}|{column.url}|{WILL_GO_STALE}|{newest.isoformat()}"
        alerts.append(Alert(dedupe, unit.id, "will_go_stale", (), title, body))
        states.append(
            AlertState(unit.id, column.url, WILL_GO_STALE, WARNED, as_of, as_of, newest.isoformat())
        )
    return alerts, states


def digest(
    unit_names: Mapping[str, str],
    findings: Sequence[Finding],
    as_of: date,
    run_id: int,
    policy: AlertPolicy,
) -> Alert | None:
    """The weekly summary to the office: fails per unit, one line each."""
    if not policy.digest or not policy.default:
        return None
    counts: dict[str, int] = {}
    for finding in findings:
        if finding.severity == "fail":
            counts[finding.unit] = counts.get(finding.unit, 0) + 1
    lines = [f"{unit_names.get(u, u)}：{n} 项问题" for u, n in sorted(counts.items())]
    body = "\n".join(lines) if lines else "本周检查未发现问题。"
    title = f"【政务公开周检查】{as_of:%Y-%m-%d} 检查结果：{len(counts)} 个单位存在问题"
    return Alert(f"_office|digest|r{run_id}", "_office", "digest", policy.default, title, body)
