"""Handoff: a dossier for each finding that needs a human, and the review gate that asks them."""

from __future__ import annotations

from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import BaseModel, ConfigDict

from aise.agents.deps import Deps
from aise.evidence import Evidence
from aise.graphs.state import Dossier, FindingTask, RunState, awaiting_human, record_digest
from aise.models import Status
from aise.records import (
    Brain,
    FindingRecord,
    FixOutcome,
    HumanAction,
    HumanDecision,
    TriageVerdict,
    Verdict,
)

__all__ = ["ReviewAnswer", "apply_decision", "build_dossier", "handoff", "review"]


class ReviewAnswer(BaseModel):
    """The value a human resumes the review interrupt with; no decision means "later"."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    decision: HumanDecision | None = None


def handoff(state: RunState, runtime: Runtime[Deps]) -> dict:
    """Assemble (or refresh) the dossier of every finding that awaits a human."""
    dossiers: dict[str, Dossier] = {}
    for fingerprint, record in state["records"].items():
        current = state["dossiers"].get(fingerprint)
        if awaiting_human(record) and (current is None or current.digest != record_digest(record)):
            dossiers[fingerprint] = build_dossier(record, state["evidence"].get(fingerprint))
    return {"dossiers": dossiers, "steps": 1}


def review(task: FindingTask, runtime: Runtime[Deps]) -> dict:
    """Ask a human about one finding (LangGraph interrupt); resumed with `Command(resume=...)`."""
    deps = runtime.context
    item = task["item"]
    if item.dossier is None:
        raise ValueError(f"review: no dossier for {item.record.fingerprint}")
    # Re-runs from here on resume: interrupt() then returns the human's answer.
    answer = interrupt(item.dossier.model_dump(mode="json"), response_schema=ReviewAnswer)
    if answer.decision is None:
        return {"steps": 1}  # deferred: the finding stays in needs_human and is asked again later
    updated = apply_decision(item.record, answer.decision)
    if deps.memory is not None:
        deps.memory.record_decision(item.record.finding, answer.decision)  # an upsert, safe on re-run
    return {"records": {item.record.fingerprint: updated}, "steps": 1}


def apply_decision(record: FindingRecord, decision: HumanDecision) -> FindingRecord:
    said = f": {decision.comment}" if decision.comment else ""
    decisions = (*record.decisions, decision)
    match decision.action:
        case HumanAction.APPROVE_FIX if record.fix is not None:
            status, reason = Status.FIXED, f"a human approved the verified fix{said}"
        case HumanAction.APPROVE_FIX:
            status, reason = Status.ASSESSED, f"a human asked for a fix{said}"
        case HumanAction.FALSE_POSITIVE:
            status, reason = Status.FALSE_POSITIVE, f"a human marked it a false positive{said}"
        case HumanAction.ACCEPT_RISK:
            status, reason = Status.ACCEPTED_RISK, f"a human accepted the risk{said}"
        case _:
            status, reason = Status.NEEDS_HUMAN, f"a human rejected the proposed outcome{said}"
    verdicts = record.verdicts
    if decision.action is HumanAction.FALSE_POSITIVE:
        verdicts = (*verdicts, TriageVerdict(verdict=Verdict.FALSE_POSITIVE, confidence=1.0, brain=Brain.HUMAN,
                                             reason=decision.comment or "marked by a human", rule="human"))
    return record.model_copy(update={"status": status, "reason": reason, "decisions": decisions, "verdicts": verdicts})


def build_dossier(record: FindingRecord, evidence: Evidence | None) -> Dossier:
    finding = record.finding
    loc = finding.location
    return Dossier(
        fingerprint=finding.fingerprint,
        title=f"{finding.rule_id}: {finding.rule_name or finding.message.splitlines()[0][:120]}",
        severity=finding.severity.value,
        location=f"{loc.path}:{loc.start_line}" + (f" in {finding.symbol}" if finding.symbol else ""),
        reason=record.reason,
        question=_question(record),
        evidence=_evidence_lines(evidence),
        verdicts=tuple(_verdict_line(v) for v in record.verdicts),
        attempts=tuple(
            f"#{a.number} {a.fixer}: {a.outcome}" + (f", {a.reason}" if a.reason else "")
            + "".join(f"; {c.name} {'ok' if c.passed else 'FAILED'}" for c in a.checks)
            for a in record.attempts
        ),
        policy=tuple(f"{p.rule}: {p.outcome} ({p.reason})" for p in record.policy),
        options=tuple(HumanAction),
        digest=record_digest(record),
    )


def _question(record: FindingRecord) -> str:
    if record.fix is not None:
        return "A verified fix is on the run branch. Approve it, reject it, or decide otherwise?"
    if any(a.outcome in (FixOutcome.NO_FIX, FixOutcome.FAILED_CHECK, FixOutcome.ERROR) for a in record.attempts):
        return "aise could not fix this. Approve another fix attempt, accept the risk, or mark it a false positive?"
    if any(p.outcome == "ask" for p in record.policy):
        return "The policy asks a human before fixing this. Approve a fix, accept the risk, or mark it a false positive?"
    if record.verdict is not None and record.verdict.verdict is Verdict.UNCERTAIN:
        return "Is this a real vulnerability? Approve a fix, mark it a false positive, or accept the risk?"
    return "How should this finding be settled?"


def _verdict_line(v: TriageVerdict) -> str:
    line = f"{v.brain} said {v.verdict} ({v.confidence:.2f}): {v.reason}"
    return line + (f" [disagreement: {v.disagreement}]" if v.disagreement else "")


def _evidence_lines(evidence: Evidence | None) -> tuple[str, ...]:
    if evidence is None:
        return ()
    lines = [f"sink class {evidence.sink_class}, taint {evidence.taint}"]
    lines += [f"path: {s.location.path}:{s.location.start_line} {s.message}".rstrip() for s in evidence.taint_path]
    lines += [f"entry point: {e}" for e in evidence.entry_points]
    lines += [f"sanitiser: {s}" for s in evidence.sanitisers]
    lines += [f"context: {', '.join(sorted(f.value for f in evidence.flags))}"] if evidence.flags else []
    return (*lines, *evidence.notes)
