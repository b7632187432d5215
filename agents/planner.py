"""Planner: the supervisor. Orders findings by risk, applies the policy and budgets, fans out."""

from __future__ import annotations

import re
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
from aise.records import FindingRecord, FixOutcome, HumanAction

__all__ = ["attempts_used", "deferred", "exhausted", "last_landing", "make_plan", "pending_proposal", "planner", "related_fixes"]

_CALLED = re.compile(r"(\w+)\s*\(")
_FIX_LANE = (Node.FIXER, Node.VERIFY)
"""Fixes share one git worktree, so at most one fixer or verify task runs at a time."""


def planner(state: RunState, runtime: Runtime[Deps]) -> Command:
    deps = runtime.context
    usage = deps.usage_now()
    stopped = state["stopped"] or exhausted(state["steps"], usage, deps)
    plan = state["plan"] if len(state["plan"].order) == len(state["records"]) else make_plan(state["records"], deps.policy)
    changes = _transitions(state, plan, stopped, deps)
    records = {**state["records"], **changes}
    landed = last_landing(records)
    sends: list[Send] = []
    lane: list[tuple[int, int, str, Node]] = []
    fix_lane = _FIX_LANE if deps.fixes is not None else ()
    for index, fingerprint in enumerate(plan.order if not stopped else ()):
        node = _route(records[fingerprint], state, landed)
        if node is None:
            continue
        if node in fix_lane:
            lane.append((_lane_rank(node, records[fingerprint]), index, fingerprint, node))
            continue
        sends.append(Send(node, {"item": _item(fingerprint, records, plan, state)}))
    if lane:  # one fix at a time: a pending patch first, then first attempts, then retries
        _, _, fingerprint, node = min(lane)
        sends.append(Send(node, {"item": _item(fingerprint, records, plan, state)}))
    update = {"records": changes, "plan": plan, "usage": usage, "stopped": stopped}
    return Command(update=update, goto=sends or _after_work(records, state, plan))


def _route(record: FindingRecord, state: RunState, landed: datetime | None) -> Node | None:
    match record.status:
        case Status.NEW:
            return Node.TRIAGE
        case Status.TRIAGED:
            return Node.EXPLOITABILITY
        case Status.ASSESSED:
            return Node.FIXER
        case Status.FIXING:
            if pending_proposal(record, state):
                return Node.VERIFY
            return None if deferred(record, state, landed) else Node.FIXER
    return None


def _lane_rank(node: Node, record: FindingRecord) -> int:
    """A patch in the worktree is verified before anything else touches it; a retry waits until
    every other finding had its first attempt, whose fix may change (or resolve) its code."""
    if node is Node.VERIFY:
        return 0
    return 1 if record.status is Status.ASSESSED else 2


def last_landing(records: Mapping[str, FindingRecord]) -> datetime | None:
    """When the newest fix commit of the run was first recorded (None before the first one)."""
    first: dict[str, datetime] = {}
    for record in records.values():
        for attempt in record.attempts:
            if attempt.commit and attempt.outcome in (FixOutcome.VERIFIED, FixOutcome.ANNOTATED):
                first[attempt.commit] = min(first.get(attempt.commit, attempt.at), attempt.at)
    return max(first.values(), default=None)


def deferred(record: FindingRecord, state: RunState, landed: datetime | None) -> bool:
    """The fixer found nothing to change; it tries again only after another fix has landed,
    since a fix elsewhere (the callee holding the sink, another line of the function) may
    resolve this finding or make a codemod match."""
    if record.status is not Status.FIXING or not record.attempts or pending_proposal(record, state):
        return False
    last = record.attempts[-1]
    return last.outcome is FixOutcome.NO_FIX and (landed is None or landed <= last.at)


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
    record = records[fingerprint]
    return WorkItem(
        record=record,
        evidence=state["evidence"].get(fingerprint),
        proposal=state["proposals"].get(fingerprint),
        budget=plan.budgets.get(fingerprint, 1),
        dossier=state["dossiers"].get(fingerprint),
        related=related_fixes(record, records) if record.status in (Status.ASSESSED, Status.FIXING) else (),
    )


def related_fixes(record: FindingRecord, records: Mapping[str, FindingRecord]) -> tuple[str, ...]:
    """Commits of fixed findings in the same function, in a function this finding's line calls,
    or whose flow passes through this line (a call site is resolved by the fix of the sink it
    calls), newest first."""
    finding = record.finding
    called = set(_CALLED.findall(finding.location.snippet))
    fixes = []
    for other in records.values():
        fix = other.fix
        if fix is None or fix.commit is None or other.fingerprint == record.fingerprint:
            continue
        symbol = other.finding.symbol
        near = other.finding.path == finding.path and symbol == finding.symbol
        callee = symbol is not None and symbol.rsplit(".", 1)[-1] in called
        if near or callee or any(step.location.overlaps(finding.location) for step in other.finding.code_flow):
            fixes.append((fix.at, fix.commit))
    return tuple(dict.fromkeys(commit for _, commit in sorted(fixes, reverse=True)))


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
    return {**changes, **_settle_deferred({**state["records"], **changes}, state)}


def _settle_deferred(records: Mapping[str, FindingRecord], state: RunState) -> dict[str, FindingRecord]:
    """Once nothing else can land a fix, findings still waiting for one go to a human."""
    landed = last_landing(records)
    waiting = {fp for fp, r in records.items() if deferred(r, state, landed)}
    if any(not r.status.terminal for fp, r in records.items() if fp not in waiting):
        return {}
    return {fp: _to(records[fp], Status.NEEDS_HUMAN, f"no automatic fix: {records[fp].attempts[-1].reason}")
            for fp in waiting}


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
