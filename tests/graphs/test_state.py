"""Typed state: values restore exactly from checkpoints, reducers lose no parallel update."""

from __future__ import annotations

import logging

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

from aise.agents.planner import make_plan
from aise.agents.policy import Policy
from aise.config import PolicySettings
from aise.evidence import ContextFlag, Evidence, SinkClass, TaintStatus
from aise.graphs.checkpoints import state_types
from aise.graphs.state import (
    BudgetUsage,
    Dossier,
    FixProposal,
    Node,
    Plan,
    RunError,
    WorkItem,
    append_errors,
    awaiting_human,
    first_reason,
    merge_by_key,
)
from aise.llm_usage import ModelUsage, UsageSnapshot
from aise.models import Confidence, Finding, FlowStep, Location, Severity, Status
from aise.records import (
    Assessment,
    CheckResult,
    FindingRecord,
    FixAttempt,
    FixOutcome,
    HumanAction,
    HumanDecision,
    PolicyDecision,
    Reachability,
    TriageVerdict,
    Verdict,
)


def _finding(fp: str, severity: Severity = Severity.MEDIUM, rule: str = "bandit:B608", symbol: str | None = None) -> Finding:
    return Finding(
        fingerprint=fp, rule_id=rule, scanners=("bandit",), rule_ids=(rule,), severity=severity,
        confidence=Confidence.HIGH, message="m", symbol=symbol,
        location=Location(path="a.py", start_line=1, end_line=2, snippet="q"),
    )


def _rich_record() -> FindingRecord:
    fix = FixAttempt(number=1, fixer="codemod:x", outcome=FixOutcome.VERIFIED, diff="--- a\n+++ b\n",
                     checks=(CheckResult(name="parse", passed=True),), commit="abc123")
    return FindingRecord(
        finding=_finding("fp1"), status=Status.FIXED,
        verdicts=(TriageVerdict(verdict=Verdict.TRUE_POSITIVE, confidence=0.9, reason="r", evidence=("taint",)),),
        assessments=(Assessment(reachability=Reachability.EXPLOITABLE, risk=7.5, reason="r", entry_points=("x",)),),
        attempts=(fix,), decisions=(HumanDecision(action=HumanAction.APPROVE_FIX, comment="ok"),),
        policy=(PolicyDecision(rule="policy.x", outcome="fix", reason="r"),), reason="fixed",
    )


def test_every_state_value_round_trips_through_the_strict_checkpoint_serializer(caplog) -> None:
    serde = JsonPlusSerializer(allowed_msgpack_modules=sorted(state_types()))
    record = _rich_record()
    evidence = Evidence(fingerprint="fp1", sink_class=SinkClass.SQLI, taint=TaintStatus.CONFIRMED,
                        taint_path=(FlowStep(location=record.finding.location, message="src"),),
                        flags=frozenset({ContextFlag.TEST_CODE}))
    dossier = Dossier(fingerprint="fp1", title="t", severity="high", location="a.py:1", reason="r", question="q",
                      options=tuple(HumanAction), digest="d")
    proposal = FixProposal(number=1, fixer="f", touched=("a.py",), checks=(CheckResult(name="c", passed=False),))
    usage = BudgetUsage(seconds=3.5, llm=UsageSnapshot(requests=2, cost_usd=0.01,
                                                      by_model={"m": ModelUsage(requests=2, cost_usd=0.01)}))
    state = {
        "records": {"fp1": record}, "evidence": {"fp1": evidence}, "dossiers": {"fp1": dossier},
        "proposals": {"fp1": proposal}, "plan": Plan(order=("fp1",), groups={"g": ("fp1",)}, budgets={"fp1": 3}),
        "usage": usage, "errors": (RunError(node=Node.SCAN, message="x"),),
        "item": WorkItem(record=record, evidence=evidence, proposal=proposal, dossier=dossier), "node": Node.TRIAGE,
    }
    with caplog.at_level(logging.WARNING):
        back = serde.loads_typed(serde.dumps_typed(state))
    assert not [r for r in caplog.records if "Blocked" in r.getMessage()]
    assert back["records"]["fp1"] == record
    assert back["evidence"]["fp1"] == evidence
    assert back["dossiers"]["fp1"] == dossier and back["proposals"]["fp1"] == proposal
    assert back["plan"] == state["plan"] and back["usage"] == usage and back["item"] == state["item"]
    assert back["node"] is Node.TRIAGE


def test_reducers_keep_every_parallel_update() -> None:
    a, b = FindingRecord(finding=_finding("a")), FindingRecord(finding=_finding("b"))
    merged = merge_by_key(merge_by_key({}, {"a": a}), {"b": b})
    assert merged == {"a": a, "b": b}
    assert first_reason(first_reason("", "steps"), "wall") == "steps"
    errors = append_errors((RunError(node="x", message="1"),), [RunError(node="y", message="2")])
    assert [e.message for e in errors] == ["1", "2"]


def test_awaiting_human_until_decided_and_again_after_new_machine_work() -> None:
    record = FindingRecord(finding=_finding("a"), status=Status.NEEDS_HUMAN)
    assert awaiting_human(record)
    decided = record.model_copy(update={"decisions": (HumanDecision(action=HumanAction.REJECT),)})
    assert not awaiting_human(decided)
    retried = decided.model_copy(update={"attempts": (FixAttempt(number=1, fixer="f", outcome=FixOutcome.NO_FIX),)})
    assert awaiting_human(retried)


def test_plan_groups_related_findings_and_orders_by_risk() -> None:
    records = {
        "low": FindingRecord(finding=_finding("low", Severity.LOW, "bandit:B311")),
        "high1": FindingRecord(finding=_finding("high1", Severity.HIGH, symbol="app.view")),
        "med": FindingRecord(finding=_finding("med", Severity.MEDIUM, "bandit:B324")),
        "high2": FindingRecord(finding=_finding("high2", Severity.MEDIUM, symbol="app.view")),
    }
    plan = make_plan(records, Policy(PolicySettings(max_attempts=2)))
    assert plan.order[0] == "high1" and plan.order[1] == "high2"  # the group stays together
    assert plan.order[-1] == "low"
    assert plan.groups["bandit:B608@app.view"] == ("high1", "high2")
    assert set(plan.budgets.values()) == {2}
