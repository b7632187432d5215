"""Verify a patch: it parses and compiles, the finding is gone, nothing new appeared, tests pass."""

from __future__ import annotations

import ast
import json
import tomllib
from collections import Counter
from collections.abc import Sequence
from enum import StrEnum
from fnmatch import fnmatchcase
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from aise.config import FixSettings, Settings
from aise.models import Finding
from aise.records import CheckResult
from aise.tools.scan import run_scan
from aise.tools.testrunner import TestRun, detect_tests, run_tests, safe_env

__all__ = ["Check", "VerificationResult", "baseline_tests", "run_repo_tests", "verify_fix"]


class Check(StrEnum):
    PARSE = "parse"
    COMPILE = "compile"
    FINDING_GONE = "finding_gone"
    NO_NEW_FINDINGS = "no_new_findings"
    TESTS = "tests"


class VerificationResult(BaseModel):
    """Every check run on one patch, in order; later checks are skipped after a failure."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    checks: tuple[CheckResult, ...]
    after: tuple[Finding, ...] = ()
    """Findings in the changed files after the patch (the rescan), for the next fix to reuse."""
    tests: TestRun | None = None

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(c.passed for c in self.checks)

    @property
    def failure(self) -> str:
        """What the first failed check said; goes back to the fixer on a retry."""
        failed = next((c for c in self.checks if not c.passed), None)
        return f"{failed.name}: {failed.detail}" if failed else ""

    def summary(self) -> str:
        return "\n".join(f"{'passed' if c.passed else 'FAILED'} {c.name}: {c.detail}" for c in self.checks)


def run_repo_tests(worktree: Path, fix: FixSettings, extra_secret_names: Sequence[str] = ()) -> TestRun | None:
    """Run the repository's tests as configured; None when tests are off or none are found."""
    if not fix.run_tests:
        return None
    plan = detect_tests(worktree, fix.test_command)
    if plan is None:
        return None
    return run_tests(worktree, plan, timeout=fix.test_timeout, env=safe_env(extra_secret_names=extra_secret_names))


def baseline_tests(worktree: Path, fix: FixSettings, extra_secret_names: Sequence[str] = ()) -> TestRun | None:
    """The test run before the first patch, so tests that already fail are not blamed on a fix."""
    return run_repo_tests(worktree, fix, extra_secret_names)


def verify_fix(
    worktree: Path,
    finding: Finding,
    changed: Sequence[str],
    before: Sequence[Finding],
    settings: Settings,
    *,
    baseline: TestRun | None,
    scanner_ids: Sequence[str] | None = None,
    expected_rules: Sequence[str] = (),
) -> VerificationResult:
    """Check a patch already written to `worktree` (`changed` are repo-relative paths).

    `before` are the findings of the changed files before the patch, from the same
    scanners (default: the ones that reported `finding`). `expected_rules` are globs of
    informational rules the fix is known to leave (the codemod's `leaves`).
    """
    checks = [_parse(worktree, changed)]
    checks.append(_compile(worktree, changed) if checks[-1].passed else _skipped(Check.COMPILE))
    if not all(c.passed for c in checks):
        return VerificationResult(checks=tuple(checks))
    ids = list(scanner_ids or finding.scanners)
    scan = run_scan(worktree, settings, scanner_ids=ids, paths=[Path(p) for p in changed])
    broken = [s for s in scan.statuses if s.scanner in ids and not s.ok and not s.skipped]
    if broken:
        detail = "; ".join(f"{s.scanner}: {s.error}" for s in broken)
        checks.append(CheckResult(name=Check.FINDING_GONE, passed=False, detail=f"rescan failed ({detail})"))
        return VerificationResult(checks=tuple(checks))
    after = tuple(f for f in scan.findings if f.path in set(changed))
    checks.append(_gone(finding, before, after))
    checks.append(_no_new(before, after, expected_rules))
    if not all(c.passed for c in checks):
        return VerificationResult(checks=tuple(checks), after=after)
    tests = run_repo_tests(worktree, settings.fix, _secret_names(settings))
    checks.append(_tests(settings.fix, tests, baseline))
    return VerificationResult(checks=tuple(checks), after=after, tests=tests)


def _secret_names(settings: Settings) -> list[str]:
    return [settings.llm.api_key_env] if settings.llm.api_key_env else []


def _skipped(name: Check) -> CheckResult:
    return CheckResult(name=name, passed=False, detail="skipped after an earlier failure")


def _parse(root: Path, changed: Sequence[str]) -> CheckResult:
    problems: list[str] = []
    for rel in changed:
        path = root / rel
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            if path.suffix == ".py":
                ast.parse(text, filename=rel)
            elif path.suffix == ".toml":
                tomllib.loads(text)
            elif path.suffix == ".json":
                json.loads(text)
            elif path.suffix in {".yaml", ".yml"}:
                yaml.safe_load(text)
        except (SyntaxError, ValueError, yaml.YAMLError) as exc:
            problems.append(f"{rel}: {exc}")
    return CheckResult(name=Check.PARSE, passed=not problems,
                       detail="; ".join(problems) or f"{len(changed)} changed file(s) parse")


def _compile(root: Path, changed: Sequence[str]) -> CheckResult:
    problems: list[str] = []
    modules = [rel for rel in changed if rel.endswith(".py") and (root / rel).is_file()]
    for rel in modules:
        try:
            compile((root / rel).read_bytes(), rel, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            problems.append(f"{rel}: {exc}")
    return CheckResult(name=Check.COMPILE, passed=not problems,
                       detail="; ".join(problems) or f"{len(modules)} Python module(s) compile")


def _keys(finding: Finding) -> set[tuple[str, str, str]]:
    return {(rule, finding.path, finding.symbol or "") for rule in finding.rule_ids}


def _counts(findings: Sequence[Finding]) -> Counter[tuple[str, str, str]]:
    counts: Counter[tuple[str, str, str]] = Counter()
    for f in findings:
        counts.update(_keys(f))
    return counts


def _gone(finding: Finding, before: Sequence[Finding], after: Sequence[Finding]) -> CheckResult:
    """Gone by fingerprint, and by rule+symbol in case the patch only changed the snippet."""
    if any(f.fingerprint == finding.fingerprint for f in after):
        return CheckResult(name=Check.FINDING_GONE, passed=False,
                           detail=f"{finding.rule_id} still reported with the same fingerprint")
    pre, post = _counts([*before, finding] if finding not in before else before), _counts(after)
    still = [k for k in _keys(finding) if post[k] >= max(pre[k], 1)]
    if still:
        rule, path, symbol = still[0]
        return CheckResult(name=Check.FINDING_GONE, passed=False,
                           detail=f"{rule} still reported in {path}{' ' + symbol if symbol else ''}")
    return CheckResult(name=Check.FINDING_GONE, passed=True,
                       detail=f"{', '.join(finding.rule_ids)} no longer reported")


def _no_new(before: Sequence[Finding], after: Sequence[Finding], expected: Sequence[str] = ()) -> CheckResult:
    """New = an unknown fingerprint under a rule+symbol that is reported more often than before."""
    known = {f.fingerprint for f in before}
    pre, post = _counts(before), _counts(after)
    new = [f for f in after if f.fingerprint not in known and any(post[k] > pre[k] for k in _keys(f))]
    allowed = [f for f in new if all(any(fnmatchcase(r, p) for p in expected) for r in f.rule_ids)]
    new = [f for f in new if f not in allowed]
    note = f" (expected informational: {', '.join(sorted({f.rule_id for f in allowed}))})" if allowed else ""
    if new:
        listed = ", ".join(f"{f.rule_id} at {f.path}:{f.location.start_line}" for f in new[:5])
        return CheckResult(name=Check.NO_NEW_FINDINGS, passed=False, detail=f"new: {listed}{note}")
    return CheckResult(name=Check.NO_NEW_FINDINGS, passed=True, detail=f"no new finding in the changed files{note}")


def _tests(fix: FixSettings, run: TestRun | None, baseline: TestRun | None) -> CheckResult:
    if not fix.run_tests:
        return CheckResult(name=Check.TESTS, passed=True, detail="skipped: fix.run_tests is off")
    if run is None:
        return CheckResult(name=Check.TESTS, passed=True, detail="no test suite detected")
    took = f"{run.seconds:.1f}s"
    if run.timed_out:
        return CheckResult(name=Check.TESTS, passed=False, detail=f"timed out after {took}; process group killed")
    if run.passed:
        return CheckResult(name=Check.TESTS, passed=True, detail=f"tests pass ({took})")
    if baseline is not None and not baseline.passed and baseline.parsed and run.parsed:
        new = sorted(run.failed - baseline.failed)
        if not new:
            return CheckResult(name=Check.TESTS, passed=True,
                               detail=f"only tests that failed before the patch still fail ({took})")
        return CheckResult(name=Check.TESTS, passed=False, detail=f"newly failing: {', '.join(new[:10])}")
    failed = ", ".join(sorted(run.failed)[:10]) or run.output_tail[-800:]
    return CheckResult(name=Check.TESTS, passed=False, detail=f"tests fail: {failed}")
