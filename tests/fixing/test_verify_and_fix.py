"""attempt_fix -> verify -> commit/reset on a tiny real repository with its own pytest suite."""

from __future__ import annotations

import subprocess

import pytest

from aise.config import Settings
from aise.models import Finding
from aise.records import FixOutcome
from aise.tools import gitops
from aise.tools.codemods import Codemod, CodemodMetadata, CodemodResult, FixContext, load_codemods
from aise.tools.fixing import NoFix, ScanCache, attempt_fix, fix_finding
from aise.tools.scan import run_scan
from aise.tools.verify import Check, baseline_tests, verify_fix

APP = '''import hashlib

import yaml


def hash_password(password):
    return hashlib.md5(password.encode()).hexdigest()


def load_config(text):
    return yaml.load(text, Loader=yaml.Loader)
'''
TESTS = '''from app import hash_password, load_config


def test_config():
    assert load_config("a: 1") == {"a": 1}


def test_password_round_trip():
    assert hash_password("x") == hash_password("x") != hash_password("y")
'''
FILES = {"app.py": APP, "tests/test_app.py": TESTS, "pytest.ini": "[pytest]\npythonpath = .\n"}
BANDIT = ["bandit"]


class _Rewrite(Codemod):
    """A test codemod that writes a fixed text, to play a bad patch."""

    metadata = CodemodMetadata(id="test:rewrite", description="rewrite", rules=("bandit:B506",))
    text = ""

    def transform(self, source: str, finding: Finding, ctx: FixContext) -> CodemodResult:
        return CodemodResult(source=self.text, summary="rewritten")


def _rewrite(text: str) -> _Rewrite:
    codemod = _Rewrite()
    codemod.text = text
    return codemod


@pytest.fixture
def setup(make_repo):
    repo = make_repo(FILES)
    wt = gitops.create_worktree(repo, "t1")
    settings = Settings()
    scan = run_scan(wt.path, settings, scanner_ids=BANDIT)
    by_rule = {f.rule_id: f for f in scan.findings if f.path == "app.py"}
    return wt, settings, scan, by_rule


def _git(path, *args):
    return subprocess.run(["git", *args], cwd=path, check=True, capture_output=True, text=True).stdout


def test_two_fixes_in_one_file_are_located_by_fingerprint_and_committed(setup):
    wt, settings, scan, by_rule = setup
    baseline = baseline_tests(wt.path, settings.fix)
    assert baseline is not None and baseline.passed
    cache = ScanCache(scan.findings)
    codemods = list(load_codemods(third_party=False).values())
    ctx = FixContext(root=wt.path)
    first, verdict, _ = fix_finding(wt, by_rule["bandit:B324"], ctx, codemods, settings=settings,
                                    baseline=baseline, cache=cache, scanner_ids=BANDIT)
    assert first.outcome is FixOutcome.VERIFIED and verdict is not None
    assert [c.name for c in verdict.checks] == list(Check) and all(c.passed for c in verdict.checks)
    # The password fix added lines above load_config: the yaml finding moved, its fingerprint did not.
    second, _, candidate = fix_finding(wt, by_rule["bandit:B506"], ctx, codemods, settings=settings,
                                       baseline=baseline, cache=cache, scanner_ids=BANDIT)
    assert second.outcome is FixOutcome.VERIFIED
    assert candidate.finding.location.start_line > by_rule["bandit:B506"].location.start_line
    log = _git(wt.path, "log", "--format=%B", f"{wt.base}..HEAD")
    assert log.count("Aise-Finding:") == 2 and "pbkdf2" in (wt.path / "app.py").read_text()
    again, _, _ = fix_finding(wt, by_rule["bandit:B506"], ctx, codemods, settings=settings, baseline=baseline)
    assert again.commit == second.commit  # a resumed node finds its commit by trailer


def test_a_patch_that_breaks_the_tests_is_rejected_and_reset(setup):
    wt, settings, _, by_rule = setup
    baseline = baseline_tests(wt.path, settings.fix)
    broken = APP.replace("yaml.load(text, Loader=yaml.Loader)", "{}")
    attempt, verdict, _ = fix_finding(wt, by_rule["bandit:B506"], FixContext(root=wt.path), [_rewrite(broken)],
                                      settings=settings, baseline=baseline, scanner_ids=BANDIT)
    assert attempt.outcome is FixOutcome.FAILED_CHECK and attempt.commit is None
    assert verdict.checks[-1].name == Check.TESTS and not verdict.checks[-1].passed
    assert "test_config" in attempt.reason
    assert gitops.changed_paths(wt) == [] and _git(wt.path, "rev-parse", "HEAD").strip() == wt.base


def test_unparsable_patch_and_finding_still_there_fail_early(setup):
    wt, settings, _, by_rule = setup
    finding = by_rule["bandit:B506"]
    candidate = attempt_fix(wt.path, finding, FixContext(root=wt.path), [_rewrite(APP + "def (:\n")],
                            settings=settings, scanner_ids=BANDIT)
    verdict = verify_fix(wt.path, finding, candidate.changed, candidate.before, settings, baseline=None)
    assert [(c.name, c.passed) for c in verdict.checks] == [(Check.PARSE, False), (Check.COMPILE, False)]
    gitops.reset_worktree(wt)
    candidate = attempt_fix(wt.path, finding, FixContext(root=wt.path), [_rewrite(APP + "# reviewed\n")],
                            settings=settings, scanner_ids=BANDIT)
    verdict = verify_fix(wt.path, finding, candidate.changed, candidate.before, settings, baseline=None)
    assert not verdict.passed and verdict.failure.startswith("finding_gone")


def test_tests_failing_before_the_patch_are_not_blamed(make_repo):
    files = dict(FILES)
    files["tests/test_old.py"] = "def test_already_broken():\n    assert False\n"
    repo = make_repo(files)
    wt = gitops.create_worktree(repo, "t2")
    settings = Settings()
    baseline = baseline_tests(wt.path, settings.fix)
    assert baseline is not None and baseline.failed == {"tests/test_old.py::test_already_broken"}
    finding = next(f for f in run_scan(wt.path, settings, scanner_ids=BANDIT).findings if f.rule_id == "bandit:B506")
    attempt, verdict, _ = fix_finding(wt, finding, FixContext(root=wt.path), load_codemods(third_party=False).values(),
                                      settings=settings, baseline=baseline, scanner_ids=BANDIT)
    assert attempt.outcome is FixOutcome.VERIFIED, attempt.reason
    assert "failed before the patch" in verdict.checks[-1].detail


def test_no_codemod_is_a_typed_outcome(setup):
    wt, settings, _, by_rule = setup
    result = attempt_fix(wt.path, by_rule["bandit:B506"], FixContext(root=wt.path), [], settings=settings,
                         scanner_ids=BANDIT)
    assert isinstance(result, NoFix) and result.reason == "no codemod handles this rule"
