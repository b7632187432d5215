"""Triage: decide whether one finding is a true positive, with evidence."""

from __future__ import annotations

from collections.abc import Sequence

from langgraph.runtime import Runtime

from aise.agents.brains import Brain
from aise.agents.deps import Deps, Recalled
from aise.errors import BudgetExceeded
from aise.evidence import ContextFlag, Evidence
from aise.graphs.state import FindingTask
from aise.models import Finding, Status
from aise.records import Brain as BrainKind
from aise.records import FindingRecord, HumanAction, TriageVerdict, Verdict

__all__ = ["apply_verdict", "decide", "recall", "triage"]


def triage(task: FindingTask, runtime: Runtime[Deps]) -> dict:
    deps = runtime.context
    record = task["item"].record
    finding = record.finding
    evidence = deps.evidence.gather(finding)  # plain Python, no model
    recalled = recall(deps, finding)
    try:
        verdict = decide(finding, evidence, recalled, deps.brain)
    except BudgetExceeded as exc:
        return {"stopped": str(exc), "evidence": {finding.fingerprint: evidence}, "steps": 1}
    updated = apply_verdict(record, verdict)
    if deps.memory is not None and verdict.brain is not BrainKind.HUMAN:  # recalled ones are stored already
        deps.memory.record_decision(finding, verdict)  # an upsert: safe when the node re-runs
    return {"records": {finding.fingerprint: updated}, "evidence": {finding.fingerprint: evidence}, "steps": 1}


def recall(deps: Deps, finding: Finding) -> list[Recalled]:
    """Human decisions, and machine verdicts from earlier runs. This run's own verdicts are left
    out: parallel tasks write them in any order, and a prompt must not depend on that order."""
    if deps.memory is None:
        return []
    started = deps.run_started
    return [r for r in deps.memory.recall(finding, 5) if r.human or started is None or r.at < started]


def decide(finding: Finding, evidence: Evidence, recalled: Sequence[Recalled], brain: Brain) -> TriageVerdict:
    """A human's past decision on this very finding wins; otherwise ask the brain, then refuse
    any model verdict that the deterministic evidence contradicts."""
    for past in recalled:
        if past.human and past.fingerprint == finding.fingerprint:
            said = past.action.value if past.action else past.verdict.value
            return TriageVerdict(
                verdict=past.verdict, confidence=1.0, brain=BrainKind.HUMAN, rule="recalled_human_decision",
                reason=f"a human decided {said} on this finding before: {past.comment or 'no comment'}",
                evidence=(f"human:{said}",),
            )
    verdict = brain.triage(finding, evidence, recalled)
    if verdict.verdict is Verdict.FALSE_POSITIVE and verdict.brain is BrainKind.LLM:
        # Repository text may say "this is safe"; deterministic evidence wins, a human decides.
        # Code the analysis could not read (unparsable, oversized) is no evidence of safety either:
        # one Python 2 line must not let a planted comment close a real injection.
        against = ("a confirmed taint path" if evidence.taint_path_confirmed
                   else "code the analysis could not parse" if ContextFlag.UNPARSABLE in evidence.flags else None)
        if against is not None:
            return verdict.model_copy(update={
                "verdict": Verdict.UNCERTAIN,
                "disagreement": f"the model said false positive ({verdict.reason}) against {against}",
            })
    return verdict


def apply_verdict(record: FindingRecord, verdict: TriageVerdict) -> FindingRecord:
    if verdict.brain is BrainKind.HUMAN and f"human:{HumanAction.ACCEPT_RISK.value}" in verdict.evidence:
        # A human accepted this very risk before: it stays accepted, it is not fixed behind their back.
        return record.model_copy(update={"status": Status.ACCEPTED_RISK, "reason": verdict.reason,
                                         "verdicts": (*record.verdicts, verdict)})
    status, reason = {
        Verdict.FALSE_POSITIVE: (Status.FALSE_POSITIVE, f"false positive: {verdict.reason}"),
        Verdict.UNCERTAIN: (Status.NEEDS_HUMAN, f"triage uncertain: {verdict.disagreement or verdict.reason}"),
        Verdict.TRUE_POSITIVE: (Status.TRIAGED, f"true positive: {verdict.reason}"),
    }[verdict.verdict]
    return record.model_copy(update={"status": status, "reason": reason, "verdicts": (*record.verdicts, verdict)})
