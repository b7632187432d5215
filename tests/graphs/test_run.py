"""End to end on a small real repository: every finding terminal, reports written, checkout untouched."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from aise.cli import main
from aise.graphs.runner import list_runs, run_repository
from aise.graphs.summary import RunPhase
from aise.models import Status
from aise.reports import REPORT_FILES


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text())
_ASSET = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", re.I)


def test_run_settles_every_finding_writes_reports_and_leaves_the_checkout_alone(
    small_repo, fast_settings, checkout_state
) -> None:
    before = checkout_state(small_repo)
    settings = fast_settings(policy={"ignore": [{"path": "README.md", "reason": "docs only"}]})

    summary = run_repository(small_repo, settings)

    assert summary.records and summary.all_terminal
    assert summary.phase in (RunPhase.COMPLETE, RunPhase.AWAITING_REVIEW)
    assert summary.counts[Status.NEEDS_HUMAN] == summary.awaiting_review
    assert checkout_state(small_repo) == before  # same HEAD, same branch, nothing new outside .aise/
    assert ".aise/" in (small_repo / ".git" / "info" / "exclude").read_text().splitlines()
    run_dir = Path(summary.report_dir)
    for name in REPORT_FILES:
        assert (run_dir / name).stat().st_size > 0, name
    html = (run_dir / "report.html").read_text()
    assert not _ASSET.search(html)
    assert "<script" not in html and summary.run_id in html
    sarif = json.loads((run_dir / "results.sarif").read_text())
    jsonschema.validate(sarif, SCHEMA)
    findings = json.loads((run_dir / "findings.json").read_text())["findings"]
    assert {f["finding"]["fingerprint"] for f in findings} == {r.fingerprint for r in summary.records}
    # Test code is settled as false positive with the rule that decided it.
    test_code = [r for r in summary.records if r.finding.path.startswith("tests/")]
    assert test_code and all(r.status is Status.FALSE_POSITIVE and r.verdict.rule for r in test_code)
    # The confirmed command injection is fixed by a verified commit on the run's branch.
    shell = next(r for r in summary.records if r.finding.rule_id == "bandit:B605")
    assert shell.status is Status.FIXED and shell.verdict.verdict == "true_positive"
    assert all(c.passed for c in shell.fix.checks) and "+" in shell.fix.diff
    log = git(small_repo, "log", "--format=%H %(trailers:key=Aise-Finding,valueonly)", f"main..{summary.branch}")
    assert f"{shell.fix.commit} {shell.fingerprint}" in log
    assert (run_dir / "patches" / f"{shell.finding.short_id}.patch").is_file()
    assert any(r.get("fixes") for run in sarif["runs"] for r in run.get("results", []))
    # pickle of request data has no safe automatic rewrite: a human gets the dossier.
    pickled = next(r for r in summary.records if r.finding.rule_id == "bandit:B301")
    assert pickled.status is Status.NEEDS_HUMAN and pickled.attempts[-1].outcome == "no_fix"


def test_policy_ignore_rules_are_recorded_with_their_reasons(small_repo, fast_settings) -> None:
    settings = fast_settings(policy={"ignore": [{"path": "tests/**", "reason": "test code is out of scope"}]},
                             fix={"enabled": False})
    summary = run_repository(small_repo, settings)
    ignored = [r for r in summary.records if r.finding.path.startswith("tests/")]
    assert ignored
    for record in ignored:
        assert record.status is Status.ACCEPTED_RISK and not record.verdicts  # never triaged
        assert record.policy[0].rule == "policy.ignore[0]"
        assert "test code is out of scope" in record.reason
    assert "policy.ignore[0]" in (Path(summary.report_dir) / "report.md").read_text()


@pytest.mark.parametrize(
    ("policy", "expected"),
    [({"max_steps": 3}, "step budget spent"), ({"max_wall_seconds": 0.001}, "wall-time budget spent")],
)
def test_run_wide_budgets_send_every_unsettled_finding_to_a_human(small_repo, fast_settings, policy, expected) -> None:
    summary = run_repository(small_repo, fast_settings(policy=policy, fix={"enabled": False}))
    assert summary.all_terminal
    assert expected in summary.stopped
    stopped = [r for r in summary.records if expected in r.reason]
    assert stopped and all(r.status is Status.NEEDS_HUMAN for r in stopped)
    assert expected in (Path(summary.report_dir) / "report.md").read_text()


def test_assessment_only_hands_would_be_fixes_to_a_human(small_repo, fast_settings) -> None:
    summary = run_repository(small_repo, fast_settings(fix={"enabled": False}))
    assessed = [r for r in summary.records if r.assessments]
    assert assessed
    assert all(r.status is Status.ACCEPTED_RISK or "assessment only" in r.reason for r in assessed)
    assert not any(r.attempts for r in summary.records)


def test_runs_are_listed_with_their_phase_and_counts(small_repo, fast_settings, capsys) -> None:
    settings = fast_settings(fix={"enabled": False})
    first = run_repository(small_repo, settings)
    infos = list_runs(small_repo, settings)
    assert [i.run_id for i in infos] == [first.run_id]
    assert infos[0].phase == first.phase and infos[0].counts == first.counts
    capsys.readouterr()
    assert main(["runs", str(small_repo), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["run_id"] == first.run_id and listed[0]["phase"] == "awaiting_review"
    assert main(["resume", "no-such-run", str(small_repo)]) == 2  # a clear input error, not a crash


HASHER = '''import hashlib


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()
'''
HASHER_TEST = '''from app import hash_password


def test_known_digest():
    assert hash_password("a") == "0cc175b9c0f1b6a831c399e269772661"
'''


def test_a_fix_that_breaks_the_tests_is_rejected_and_handed_off(make_small_repo, fast_settings) -> None:
    repo = make_small_repo({"app.py": HASHER, "tests/test_app.py": HASHER_TEST, "tests/__init__.py": "",
                            "pytest.ini": "[pytest]\npythonpath = .\n"})
    settings = fast_settings(fix={"run_tests": True, "test_timeout": 120})

    summary = run_repository(repo, settings)

    weak = next(r for r in summary.records if r.finding.rule_id == "bandit:B324")
    assert weak.status is Status.NEEDS_HUMAN
    first, *rest = weak.attempts
    assert first.outcome == "failed_check" and not first.commit
    assert any(c.name == "tests" and not c.passed for c in first.checks)
    assert rest and "failed verification before" in rest[-1].reason  # not verified twice
    assert git(repo, "rev-list", "--count", f"main..{summary.branch}").strip() == "0"  # nothing committed
