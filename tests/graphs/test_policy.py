"""The policy: ignore rules with reasons, accepted risk, fix gates and approvals, each explained."""

from __future__ import annotations

from importlib import resources

import pytest

from aise.agents.exploitability import judge
from aise.agents.policy import Policy, glob_match
from aise.config import PolicySettings, load_settings
from aise.models import Confidence, Finding, Location, Severity, Status
from aise.records import Assessment, FindingRecord, HumanAction, HumanDecision, Reachability


def _finding(path: str = "app/views.py", severity: Severity = Severity.LOW, rule: str = "bandit:B311",
             cwe: tuple[int, ...] = (330,)) -> Finding:
    return Finding(
        fingerprint=f"fp-{path}-{rule}", rule_id=rule, scanners=(rule.split(":")[0],), rule_ids=(rule,), cwe=cwe,
        severity=severity, confidence=Confidence.HIGH, message="m",
        location=Location(path=path, start_line=3, end_line=3, snippet="x"),
    )


@pytest.mark.parametrize(
    ("path", "pattern", "expected"),
    [
        ("tests/test_a.py", "tests/**", True),
        ("pkg/tests/test_a.py", "**/tests/**", True),
        ("tests/test_a.py", "**/tests/**", True),
        ("app/auth/login.py", "**/auth/**", True),
        ("app/oauth_helpers.py", "**/*auth*.py", True),
        ("app/views.py", "**/*auth*.py", False),
        ("deep/a/b/conf.py", "conf.py", True),
        ("src/app.py", "*.py", True),
        ("src/app.py", "src/*.txt", False),
    ],
)
def test_glob_match(path: str, pattern: str, expected: bool) -> None:
    assert glob_match(path, pattern) is expected


def test_ignore_rules_need_both_parts_to_match_and_carry_their_reason() -> None:
    policy = Policy(PolicySettings.model_validate({"ignore": [
        {"path": "vendor/**", "reason": "third-party code, patched upstream"},
        {"rule": "B101", "path": "tests/**", "reason": "asserts are fine in tests"},
    ]}))
    vendored = policy.ignored(_finding("vendor/lib/x.py"))
    assert vendored is not None and vendored.rule == "policy.ignore[0]"
    assert "third-party code" in vendored.reason
    assert policy.ignored(_finding("tests/t.py", rule="bandit:B101")).rule == "policy.ignore[1]"
    assert policy.ignored(_finding("tests/t.py", rule="bandit:B105")) is None
    assert policy.ignored(_finding("app/t.py", rule="bandit:B101")) is None


def test_ignore_rule_without_reason_is_rejected() -> None:
    with pytest.raises(ValueError, match="reason"):
        PolicySettings.model_validate({"ignore": [{"path": "vendor/**"}]})


def test_unreachable_low_severity_true_positive_is_accepted_risk_with_the_rule() -> None:
    policy = Policy(PolicySettings())
    unreachable = Assessment(reachability=Reachability.NOT_EXPLOITABLE, risk=1.0, reason="no entry point")
    record = judge(FindingRecord(finding=_finding(), status=Status.TRIAGED), unreachable, policy)
    assert record.status is Status.ACCEPTED_RISK
    assert record.policy[-1].rule == "policy.accept_unreachable_below"
    assert "below high" in record.reason
    high = judge(FindingRecord(finding=_finding(severity=Severity.HIGH), status=Status.TRIAGED), unreachable, policy)
    assert high.status is Status.ASSESSED and not high.policy
    reachable = Assessment(reachability=Reachability.EXPLOITABLE, risk=6.0, reason="route", entry_points=("route:/x",))
    assert judge(FindingRecord(finding=_finding(), status=Status.TRIAGED), reachable, policy).status is Status.ASSESSED


def test_fix_gate_by_severity_and_cwe_and_human_approval() -> None:
    policy = Policy(PolicySettings(auto_fix_severities=[Severity.HIGH], auto_fix_cwes=[78]))
    low = FindingRecord(finding=_finding(severity=Severity.LOW), status=Status.ASSESSED)
    assert policy.fix_gate(low).outcome == "ask"
    assert policy.fix_gate(low).rule == "policy.auto_fix_severities"
    wrong_cwe = FindingRecord(finding=_finding(severity=Severity.HIGH, cwe=(89,)), status=Status.ASSESSED)
    assert policy.fix_gate(wrong_cwe).rule == "policy.auto_fix_cwes"
    approved = low.model_copy(update={"decisions": (HumanDecision(action=HumanAction.APPROVE_FIX),)})
    assert policy.fix_gate(approved).outcome == "fix"


def test_fix_approval_for_auth_paths_and_changes_outside_the_function() -> None:
    assert Policy(PolicySettings()).approval(FindingRecord(finding=_finding("app/auth/tokens.py")),
                                             ("app/auth/tokens.py",), True) is None  # branch is the review gate
    policy = Policy(PolicySettings(approval_paths=["**/auth/**"], approval_outside_function=True))
    auth = FindingRecord(finding=_finding("app/auth/tokens.py"))
    assert policy.approval(auth, ("app/auth/tokens.py",), False).rule == "policy.approval_paths"
    plain = FindingRecord(finding=_finding("app/views.py"))
    assert policy.approval(plain, ("app/views.py",), False) is None
    assert policy.approval(plain, ("app/views.py",), True).rule == "policy.approval_outside_function"
    assert policy.attempts_for(_finding(severity=Severity.CRITICAL)) == policy.settings.max_attempts + 1


@pytest.mark.parametrize("name", ["cautious.yaml", "fast-moving.yaml", "audit.yaml"])
def test_policy_examples_are_valid_configs(name: str) -> None:
    path = resources.files("aise.configs").joinpath("policies", name)
    with resources.as_file(path) as file:
        settings = load_settings(None, file)
    assert settings.policy.max_steps > 0
