"""Verify: check the fixer's patch; a pass fixes the finding, a failure goes back to the fixer."""

from __future__ import annotations

from langgraph.runtime import Runtime

from aise.agents.deps import Deps
from aise.agents.policy import Policy
from aise.graphs.state import FindingTask, FixProposal
from aise.models import Status
from aise.records import CheckResult, FindingRecord, FixAttempt, FixOutcome, Reachability

__all__ = ["settle", "verify"]


def verify(task: FindingTask, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    item = task["item"]
    record, proposal = item.record, item.proposal
    if proposal is None:  # the planner only sends a finding here with its pending proposal
        raise ValueError(f"verify: no proposal for {record.fingerprint}")
    if deps.fixes is None:
        raise ValueError("verify: no fix tools, so no proposal can be pending")
    checks, commit = deps.fixes.verify(record.finding, proposal, risk=_risk(record))
    settled, attempt = settle(record, proposal.model_copy(update={"commit": commit}), checks, deps.policy)
    if deps.memory is not None:
        deps.memory.record_fix(record.finding, attempt)
    return {"records": {record.fingerprint: settled}, "steps": 1}


def _risk(record: FindingRecord) -> str:
    """The exploitability assessment in one line, for the commit message."""
    found = record.assessment
    if found is None:
        return ""
    how = f", exploitable: {found.reason}" if found.reachability is Reachability.EXPLOITABLE else ""
    impact = f" (impact: {found.impact})" if found.impact and found.impact not in ("none", "unknown") else ""
    return f"{found.risk:.1f}/10{how}{impact}"


def settle(
    record: FindingRecord, proposal: FixProposal, checks: tuple[CheckResult, ...], policy: Policy
) -> tuple[FindingRecord, FixAttempt]:
    failed = [c for c in checks if not c.passed]
    passed = bool(checks) and not failed and proposal.commit is not None
    outcome = (FixOutcome.ANNOTATED if proposal.annotated else FixOutcome.VERIFIED) if passed else FixOutcome.FAILED_CHECK
    why = "" if passed else (f"{failed[0].name}: {failed[0].detail}" if failed else "no verification check ran")
    summary = " ".join([proposal.summary, *(f"Follow-up: {n}" for n in proposal.notes)]) if passed else proposal.summary
    attempt = FixAttempt(
        number=proposal.number, fixer=proposal.fixer, outcome=outcome, summary=summary,
        diff=proposal.diff, checks=checks, commit=proposal.commit if passed else None, reason=why,
    )
    attempts = (*record.attempts, attempt)
    if not passed:
        reason = f"fix attempt {proposal.number} failed verification: {why}"
        return record.model_copy(update={"status": Status.FIXING, "attempts": attempts, "reason": reason}), attempt
    approval = policy.approval(record, proposal.touched, proposal.outside_function)
    if approval is not None:
        return record.model_copy(update={
            "status": Status.NEEDS_HUMAN, "attempts": attempts, "policy": (*record.policy, approval),
            "reason": f"verified fix awaits approval: {approval.reason}",
        }), attempt
    reason = f"fixed by {proposal.fixer} in {proposal.commit[:12]}: {summary}"
    return record.model_copy(update={"status": Status.FIXED, "attempts": attempts, "reason": reason}), attempt
