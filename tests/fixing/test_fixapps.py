"""The exploit-test fixture apps: exploits pass on the vulnerable code, fail once it is fixed."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml

from aise.config import Settings
from aise.records import FixOutcome
from aise.tools import gitops
from aise.tools.codemods import FixContext, load_codemods
from aise.tools.fixing import NoFix, ScanCache, fix_finding
from aise.tools.scan import run_scan
from aise.tools.testrunner import TestPlan, run_tests
from aise.tools.verify import baseline_tests

FIXAPPS = Path(__file__).resolve().parents[1] / "fixtures" / "fixapps"
APPS = sorted(p.name for p in FIXAPPS.iterdir() if p.is_dir())
EXPLOITS = TestPlan(argv=(sys.executable, "-m", "pytest", "exploits", "-q", "-rA", "-p", "no:cacheprovider",
                          "--rootdir=."), kind="pytest")


def _passed_exploits(root: Path) -> set[str]:
    run = run_tests(root, EXPLOITS, timeout=120)
    return {line.split("::", 1)[1].split()[0] for line in run.output_tail.splitlines() if line.startswith("PASSED ")}


def _entries(app: str) -> list[dict]:
    return yaml.safe_load((FIXAPPS / f"{app}.expected.yaml").read_text())["findings"]


def _copy(app: str, tmp_path: Path, make_repo) -> Path:
    files = {str(p.relative_to(FIXAPPS / app)): p.read_text() for p in (FIXAPPS / app).rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    return make_repo(files, name=app)


@pytest.mark.parametrize("app", APPS)
def test_app_is_vulnerable_and_its_suite_passes(app, tmp_path):
    root = tmp_path / app
    shutil.copytree(FIXAPPS / app, root)
    baseline = baseline_tests(root, Settings().fix)
    assert baseline is not None and baseline.passed, baseline.output_tail if baseline else "no tests"
    expected = {e["exploit"] for e in _entries(app) if e.get("exploit")}
    assert _passed_exploits(root) == expected


@pytest.mark.slow
@pytest.mark.parametrize("app", ["ingest"])  # the others: bench/fix_rate.py
def test_offline_fixes_close_the_exploits_and_keep_the_suite_green(app, tmp_path, make_repo):
    repo = _copy(app, tmp_path, make_repo)
    wt = gitops.create_worktree(repo, "x")
    settings = Settings()
    baseline = baseline_tests(wt.path, settings.fix)
    scan = run_scan(wt.path, settings, scanner_ids=["bandit"])
    cache = ScanCache(scan.findings)
    codemods = list(load_codemods(third_party=False).values())
    entries = _entries(app)
    fixed: set[str] = set()
    for finding in scan.findings:
        entry = next((e for e in entries if e["path"] == finding.path and e.get("symbol") == finding.symbol
                      and set(e["cwe"]) & set(finding.cwe)), None)
        if entry is None:
            continue
        attempt, _, outcome = fix_finding(wt, finding, FixContext(root=wt.path), codemods, settings=settings,
                                          baseline=baseline, cache=cache, scanner_ids=["bandit"])
        if entry.get("expect") == "handoff":
            assert isinstance(outcome, NoFix) and outcome.handoff, attempt
            continue
        assert attempt.outcome in (FixOutcome.VERIFIED, FixOutcome.ANNOTATED), attempt.reason
        fixed.add(entry["id"])
    claimed = {e["exploit"] for e in entries if e.get("exploit") and e["id"] in fixed}
    assert claimed and not claimed & _passed_exploits(wt.path)
    final = baseline_tests(wt.path, settings.fix)
    assert final is not None and final.passed
