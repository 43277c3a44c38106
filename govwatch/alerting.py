"""Wiring alerts into a crawl: the planner the runner calls for each unit, and the digest.

The planner reads the unit's alert states, asks the pure `checks.alerts` what
changed, and hands the plan back to the runner, which records it in the
unit's own transaction (Store.record_unit(..., alerts=...)).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from checks.alerts import AlertPlan, AlertPolicy, digest, plan_alerts, visit_of
from checks.model import Finding, Observation, PortalConfig, Unit
from govwatch.runner import AlertPlanner
from store import Store
from store.service import ServiceStore


def planner_for(
    config: PortalConfig, states: ServiceStore, policy: AlertPolicy, as_of: date
) -> AlertPlanner:
    def plan(
        run_id: int, unit: Unit, observations: Sequence[Observation], findings: Sequence[Finding]
    ) -> AlertPlan:
        return plan_alerts(
            unit,
            config.categories,
            findings,
            visit_of(unit, observations),
            states.alert_states(unit.id),
            as_of,
            run_id,
            policy,
        )

    return plan


def send_digest(
    config: PortalConfig,
    store: Store,
    states: ServiceStore,
    policy: AlertPolicy,
    run_id: int,
    as_of: date,
    now: datetime,
) -> bool:
    """Queue the weekly summary of a complete run to the office; False when none is configured."""
    info = store.run_info(run_id)
    if info is None or not info.complete:
        return False
    names = {u.id: u.name for u in config.units}
    alert = digest(names, info.findings, as_of, run_id, policy)
    if alert is None:
        return False
    states.apply(AlertPlan(alerts=(alert,)), now)
    return True
