"""Planner: the supervisor. Orders findings by risk, applies the policy and budgets, fans out."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from langgraph.graph import END
from langgraph.runtime import Runtime
from langgraph.types import Command, Send

from aise.agents.deps import Deps
from aise.agents.policy import Policy
from aise.graphs.state import (
    BudgetUsage,
    Node,
    Plan,
    RunState,
    WorkItem,
    awaiting_human,
    record_digest,
    records_digest,
)
from aise.models import Status
from aise.records import FindingRecord, HumanAction

__all__ = ["attempts_used", "exhausted", "make_plan", "pending_proposal", "planner"]

_FIX_LANE = (Node.FIXER, Node.VERIFY)
"""Fixes share one git worktree, so at most one fixer or verify task runs at a time."""


def planner(state: RunState, runtime: Runtime[Deps]) -> Command:
    deps = runtime.context
    usage = deps.usage_now()
    stopped = state["stopped"] or exhausted(state["steps"], usage, deps)
    plan = state["plan"] if len(state["plan"].order) == len(state["records"]) else make_plan(state["records"], deps.policy)
    changes = _transitions(state, plan, stopped, deps)
    records = {**state["records"], **changes}
    sends: list[Send] = []
    lane = _FIX_LANE if deps.fixes is not None else ()
    for fingerprint in plan.order if not stopped else ():
        node = _route(records[fingerprint], state)
        if node is None or (node in lane and any(s.node in lane for s in sends)):
            continue
        sends.append(Send(node, {"item": _item(fingerprint, records, plan, state)}))
    update = {"records": changes, "plan": plan, "usage": usage, "stopped": stopped}
    return Command(update=update, goto=sends or _after_work(records, state, plan))


def _route(record: FindingRecord, state: RunState) -> Node | None:
    match record.status:
        case Status.NEW:
            return Node.TRIAGE
        case Status.TRIAGED:
            return Node.EXPLOITABILITY
        case Status.ASSESSED:
            return Node.FIXER
        case Status.FIXING:
            return Node.VERIFY if pending_proposal(record, state) else Node.FIXER
    return None


def _after_work(records: Mapping[str, FindingRecord], state: RunState, plan: Plan) -> Node | list[Send] | str:
    """No agent work left: dossiers, then the report, then a human for what awaits one."""
    waiting = [fp for fp in plan.order if awaiting_human(records[fp])]
    dossiers = state["dossiers"]
    if any(fp not in dossiers or dossiers[fp].digest != record_digest(records[fp]) for fp in waiting):
        return Node.HANDOFF
    if state["reported"] != records_digest(records):
        return Node.REPORT
    return [Send(Node.REVIEW, {"item": _item(fp, records, plan, state)}) for fp in waiting] or END


def _item(fingerprint: str, records: Mapping[str, FindingRecord], plan: Plan, state: RunState) -> WorkItem:
    return WorkItem(
        record=records[fingerprint],
        evidence=state["evidence"].get(fingerprint),
        proposal=state["proposals"].get(fingerprint),
        budget=plan.budgets.get(fingerprint, 1),
        dossier=state["dossiers"].get(fingerprint),
    )


def _transitions(state: RunState, plan: Plan, stopped: str, deps: Deps) -> dict[str, FindingRecord]:
    """The planner's own moves: carried-over and ignored findings, policy gates, spent budgets."""
    changes: dict[str, FindingRecord] = {}
    for fingerprint in plan.order:
        record = state["records"][fingerprint]
        moved = _gate(record, state, plan.budgets.get(fingerprint, 1), deps)
        if stopped and not (moved or record).status.terminal:
            moved = _to(moved or record, Status.NEEDS_HUMAN, f"the run stopped before this was settled: {stopped}")
        if moved is not None:
            changes[fingerprint] = moved
    return changes


def _gate(record: FindingRecord, state: RunState, budget: int, deps: Deps) -> FindingRecord | None:
    finding = record.finding
    if record.status is Status.NEW and finding.fingerprint in deps.carried:
        return _carried(record, deps.carried[finding.fingerprint])
    if record.status is Status.NEW and (ignored := deps.policy.ignored(finding)) is not None:
        return _to(record, Status.ACCEPTED_RISK, ignored.reason, ignored)
    if record.status is Status.ASSESSED:
        if not deps.settings.fix.enabled:
            return _to(record, Status.NEEDS_HUMAN, "assessment only: fixing is turned off (--no-fix)")
        gate = deps.policy.fix_gate(record)
        if gate.outcome != "fix":
            return _to(record, Status.NEEDS_HUMAN, f"policy asks a human before fixing: {gate.reason}", gate)
    if record.status is Status.FIXING and not pending_proposal(record, state) and attempts_used(record) >= budget:
        last = record.attempts[-1].reason if record.attempts else "none"
        return _to(record, Status.NEEDS_HUMAN, f"fix budget spent ({budget} attempts); last failure: {last}")
    return None


def _carried(record: FindingRecord, status: Status) -> FindingRecord:
    if status is Status.FIXED or not status.terminal:
        # A fix from an earlier run that the finding outlived was never merged: a human decides.
        return _to(record, Status.NEEDS_HUMAN, f"an earlier run left this {status}; it is still present")
    return _to(record, status, f"carried over from an earlier run ({status})")


def _to(record: FindingRecord, status: Status, reason: str, decision=None) -> FindingRecord:
    policy = (*record.policy, decision) if decision is not None else record.policy
    return record.model_copy(update={"status": status, "reason": reason, "policy": policy})


def pending_proposal(record: FindingRecord, state: RunState) -> bool:
    """The fixer committed a patch that the verify node has not judged yet."""
    proposal = state["proposals"].get(record.fingerprint)
    done = max((a.number for a in record.attempts), default=0)
    return proposal is not None and proposal.number > done


def attempts_used(record: FindingRecord) -> int:
    """Attempts since the last human approval (approving grants a fresh budget)."""
    since: datetime | None = None
    if record.decisions and record.decisions[-1].action is HumanAction.APPROVE_FIX:
        since = record.decisions[-1].at
    return sum(1 for a in record.attempts if since is None or a.at > since)


def exhausted(steps: int, usage: BudgetUsage, deps: Deps) -> str:
    """The reason a run-wide budget is spent, or empty."""
    policy, max_usd = deps.settings.policy, deps.settings.llm.max_usd
    if steps >= policy.max_steps:
        return f"step budget spent ({steps} of {policy.max_steps}, policy.max_steps)"
    if usage.seconds >= policy.max_wall_seconds:
        return f"wall-time budget spent ({usage.seconds:.0f}s of {policy.max_wall_seconds:.0f}s, policy.max_wall_seconds)"
    if max_usd is not None and usage.usd >= max_usd:
        return f"LLM budget spent (${usage.usd:.4f} of ${max_usd:.4f}, llm.max_usd)"
    return ""


def make_plan(records: Mapping[str, FindingRecord], policy: Policy) -> Plan:
    """Group related findings (same rule, same function) and order groups by their worst risk."""
    groups: dict[str, list[str]] = {}
    for fp, record in records.items():
        finding = record.finding
        groups.setdefault(f"{finding.rule_id}@{finding.symbol or finding.path}", []).append(fp)

    def risk(fp: str) -> tuple[int, int, str]:
        finding = records[fp].finding
        return (finding.severity.rank, ["low", "medium", "high"].index(finding.confidence.value), fp)

    ordered = sorted(groups.values(), key=lambda fps: max(risk(fp) for fp in fps), reverse=True)
    order = tuple(fp for fps in ordered for fp in sorted(fps, key=risk, reverse=True))
    return Plan(
        order=order,
        groups={key: tuple(fps) for key, fps in groups.items()},
        budgets={fp: policy.attempts_for(records[fp].finding) for fp in order},
    )
