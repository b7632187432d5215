"""Fixer: produce a patch for one assessed finding and commit it on the run's branch."""

from __future__ import annotations

from langgraph.runtime import Runtime

from aise.agents.deps import Deps
from aise.errors import AiseError
from aise.graphs.state import FindingTask
from aise.models import Status
from aise.records import FindingRecord, FixAttempt, FixOutcome

__all__ = ["fixer", "no_fix"]


def fixer(task: FindingTask, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    item = task["item"]
    record, finding = item.record, item.record.finding
    number = len(record.attempts) + 1
    if deps.fixes is None:
        why = "not a git repository: aise commits fixes on a branch, so it cannot fix here"
        return {"records": {finding.fingerprint: no_fix(record, number, why)}, "steps": 1}
    failures = [a for a in record.attempts if a.outcome is not FixOutcome.VERIFIED]
    try:
        proposal = deps.fixes.propose(finding, item.evidence, attempt=number, failures=failures,
                                       related=item.related)
    except AiseError as exc:
        failed = FixAttempt(number=number, fixer="error", outcome=FixOutcome.ERROR, reason=str(exc))
        updated = record.model_copy(update={"status": Status.FIXING, "attempts": (*record.attempts, failed),
                                            "reason": f"fix attempt {number} failed: {exc}"})
        return {"records": {finding.fingerprint: updated}, "steps": 1}
    if isinstance(proposal, FixAttempt) and proposal.final:
        return {"records": {finding.fingerprint: no_fix(record, number, proposal.reason, proposal.fixer)},
                "steps": 1}
    if isinstance(proposal, FixAttempt):
        # Nothing matched yet: the planner tries again once another fix lands, else hands it to a human.
        waiting = record.model_copy(update={
            "status": Status.FIXING, "attempts": (*record.attempts, proposal.model_copy(update={"number": number})),
            "reason": f"no automatic fix yet: {proposal.reason}",
        })
        return {"records": {finding.fingerprint: waiting}, "steps": 1}
    updated = record.model_copy(update={
        "status": Status.FIXING, "reason": f"fix attempt {number} by {proposal.fixer}: {proposal.summary}",
    })
    return {"records": {finding.fingerprint: updated}, "proposals": {finding.fingerprint: proposal}, "steps": 1}


def no_fix(record: FindingRecord, number: int, why: str, fixer: str = "none") -> FindingRecord:
    """Nothing can fix it automatically: a human takes over, with the reason."""
    attempt = FixAttempt(number=number, fixer=fixer, outcome=FixOutcome.NO_FIX, reason=why)
    return record.model_copy(update={
        "status": Status.NEEDS_HUMAN, "reason": f"no automatic fix: {why}", "attempts": (*record.attempts, attempt),
    })
