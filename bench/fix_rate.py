"""Fix rate on the vulnerable fixture apps, offline and without the graph.

For each app in tests/fixtures/fixapps/: copy it into a fresh git repository, run its
exploit tests (they must pass: the app is vulnerable), scan, keep the true findings
(`<app>.expected.yaml`), and for each one run attempt_fix -> verify -> commit in the run's
worktree. Then run the exploit tests against the worktree and the normal suite once more.

Prints: true findings fixed and verified, handed off, broken tests (must be 0), exploits
closed, and time per fix.

    .venv/bin/python bench/fix_rate.py [--apps shop,ingest] [--scanners bandit,semgrep] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path

import yaml

from aise.config import Settings
from aise.models import Finding
from aise.records import FixOutcome
from aise.tools import gitops
from aise.tools.codemods import FixContext, load_codemods
from aise.tools.fixing import NoFix, ScanCache, fix_finding
from aise.tools.scan import run_scan
from aise.tools.testrunner import TestPlan, run_tests, safe_env
from aise.tools.verify import baseline_tests

FIXAPPS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "fixapps"
RUN_ID = "bench"


@dataclass
class AppResult:
    app: str
    entries: int = 0
    fixed: list[str] = field(default_factory=list)
    annotated: list[str] = field(default_factory=list)
    handed_off: dict[str, str] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)
    exploits_before: list[str] = field(default_factory=list)
    exploits_closed: list[str] = field(default_factory=list)
    exploits_open_after_fix: list[str] = field(default_factory=list)
    broken_tests: list[str] = field(default_factory=list)
    fix_seconds: list[float] = field(default_factory=list)
    attempts: list[dict[str, str]] = field(default_factory=list)
    total_seconds: float = 0.0
    patches: int = 0
    expected_handoffs: list[str] = field(default_factory=list)
    scanners: dict[str, str] = field(default_factory=dict)


def _git_repo(app: Path, into: Path) -> Path:
    repo = into / app.name
    shutil.copytree(app, repo, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    for args in (["init", "-q"], ["add", "-A"], ["-c", "user.name=bench", "-c", "user.email=bench@localhost",
                                                   "commit", "-qm", "initial"]):
        subprocess.run(["git", *args], cwd=repo, check=True)
    return repo


def _exploits(root: Path) -> dict[str, bool]:
    """Exploit test name -> passed (True means the attack still works)."""
    plan = TestPlan(argv=(sys.executable, "-m", "pytest", "exploits", "-q", "-rA", "-p", "no:cacheprovider",
                          "--rootdir=."), kind="pytest")
    run = run_tests(root, plan, timeout=120, env=safe_env())
    results: dict[str, bool] = {}
    for line in run.output_tail.splitlines():
        for word, passed in (("PASSED ", True), ("FAILED ", False), ("ERROR ", False)):
            if line.startswith(word) and "::" in line:
                results[line.split("::", 1)[1].split(" ", 1)[0]] = passed
    return results


def _entry_of(finding: Finding, entries: list[dict]) -> dict | None:
    for entry in entries:
        if entry["path"] == finding.path and entry.get("symbol") == finding.symbol and set(entry["cwe"]) & set(
            finding.cwe
        ):
            return entry
    return None


def bench_app(app: Path, settings: Settings, scanners: list[str] | None, workdir: Path) -> AppResult:
    started = time.perf_counter()
    entries = yaml.safe_load((app.parent / f"{app.name}.expected.yaml").read_text())["findings"]
    result = AppResult(app=app.name, entries=len(entries))
    result.expected_handoffs = [e["id"] for e in entries if e.get("expect") == "handoff"]
    repo = _git_repo(app, workdir)
    before = _exploits(repo)
    result.exploits_before = sorted(name for name, ok in before.items() if ok)
    worktree = gitops.create_worktree(repo, RUN_ID)
    baseline = baseline_tests(worktree.path, settings.fix)
    scan = run_scan(worktree.path, settings, scanner_ids=scanners)
    result.scanners = {s.scanner: "ok" if s.ok else f"FAILED: {s.error}"[:120] for s in scan.statuses}
    codemods = list(load_codemods(third_party=False).values())
    outcomes: dict[str, list[str]] = {e["id"]: [] for e in entries}
    cache = ScanCache(scan.findings)
    for finding in scan.findings:
        entry = _entry_of(finding, entries)
        if entry is None:
            continue
        t0 = time.perf_counter()
        attempt, _, candidate = fix_finding(
            worktree, finding, FixContext(root=worktree.path), codemods, settings=settings, baseline=baseline,
            cache=cache,
        )
        gone = isinstance(candidate, NoFix) and candidate.gone
        outcome = "gone" if gone else attempt.outcome.value
        if attempt.outcome in (FixOutcome.VERIFIED, FixOutcome.ANNOTATED):
            result.fix_seconds.append(time.perf_counter() - t0)
        outcomes[entry["id"]].append(outcome)
        result.attempts.append({"entry": entry["id"], "finding": f"{finding.rule_id} {finding.path}:"
                                f"{finding.location.start_line}", "outcome": outcome, "fixer": attempt.fixer,
                                "reason": attempt.reason[:160]})
    # An entry counts as fixed only if no scanner reports it any more, whatever fixed it.
    final_scan = run_scan(worktree.path, settings, scanner_ids=scanners)
    leaves = [pattern for c in codemods for pattern in c.metadata.leaves]
    remaining = {
        e["id"] for f in final_scan.findings
        if (e := _entry_of(f, entries)) is not None
        and not all(any(fnmatchcase(r, p) for p in leaves) for r in f.rule_ids)  # informational leftovers
    }
    for entry in entries:
        seen = outcomes[entry["id"]]
        if not seen:
            result.unmatched.append(entry["id"])
        elif entry["id"] not in remaining and {"verified", "annotated"} & set(seen):
            (result.fixed if "verified" in seen else result.annotated).append(entry["id"])
        else:
            reasons = [a["reason"] for a in result.attempts if a["entry"] == entry["id"] and a["reason"]]
            result.handed_off[entry["id"]] = reasons[0] if reasons else "still reported after the run"
    after = _exploits(worktree.path)
    claimed = {e["exploit"] for e in entries if e.get("exploit") and e["id"] in result.fixed}
    result.exploits_closed = sorted(n for n in result.exploits_before if not after.get(n, False))
    result.exploits_open_after_fix = sorted(n for n in claimed if after.get(n, False))
    final = baseline_tests(worktree.path, settings.fix)
    if final is not None and not final.passed:
        known = baseline.failed if baseline is not None else frozenset()
        result.broken_tests = sorted(final.failed - known) or ["(suite failed)"]
    commits = subprocess.run(["git", "rev-list", "--reverse", f"{worktree.base}..HEAD"], cwd=worktree.path,
                             capture_output=True, text=True, check=True).stdout.split()
    for number, sha in enumerate(commits, 1):
        gitops.export_patch(worktree, sha, workdir / "patches" / app.name, f"{number:04d}-{sha[:12]}.patch")
    result.patches = len(commits)
    result.total_seconds = time.perf_counter() - started
    return result


def _print(results: list[AppResult]) -> None:
    total = sum(r.entries for r in results)
    fixed = sum(len(r.fixed) + len(r.annotated) for r in results)
    times = [t for r in results for t in r.fix_seconds]
    for r in results:
        print(f"\n== {r.app}: {len(r.fixed)} fixed, {len(r.annotated)} annotated, {len(r.handed_off)} handed off, "
              f"{len(r.unmatched)} not reported, of {r.entries} true findings ({r.total_seconds:.1f}s)")
        print(f"   scanners: {r.scanners}")
        for a in r.attempts:
            print(f"   {a['outcome']:<12} {a['entry']:<22} {a['fixer']:<26} {a['finding']}  {a['reason']}")
        for name, why in r.handed_off.items():
            print(f"   handed off: {name}: {why}")
        if r.unmatched:
            print(f"   no scanner reported: {', '.join(r.unmatched)}")
        print(f"   exploits closed {len(r.exploits_closed)}/{len(r.exploits_before)}; "
              f"still open though claimed fixed: {r.exploits_open_after_fix or 'none'}; "
              f"broken tests: {r.broken_tests or 'none'}; patches exported: {r.patches}")
    broken = sum(len(r.broken_tests) for r in results)
    closed = sum(len(r.exploits_closed) for r in results)
    exploitable = sum(len(r.exploits_before) for r in results)
    open_claimed = sum(len(r.exploits_open_after_fix) for r in results)
    print("\n== totals")
    print(f"true findings fixed and verified: {fixed}/{total} ({100 * fixed / max(total, 1):.0f}%)"
          f" [{sum(len(r.annotated) for r in results)} by annotation]")
    expected = sum(len(set(r.handed_off) & set(r.expected_handoffs)) for r in results)
    print(f"handed off: {sum(len(r.handed_off) for r in results)} ({expected} of them no codemod should fix); "
          f"not reported by the scanners: {sum(len(r.unmatched) for r in results)}")
    print(f"broken tests: {broken}")
    print(f"exploits closed: {closed}/{exploitable}; claimed fixed but still open: {open_claimed}")
    if times:
        print(f"time per verified fix: mean {statistics.mean(times):.1f}s, median {statistics.median(times):.1f}s, "
              f"max {max(times):.1f}s over {len(times)} fixes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--apps", default=",".join(sorted(p.name for p in FIXAPPS.iterdir() if p.is_dir())))
    parser.add_argument("--scanners", default=None, help="comma-separated scanner ids (default: configured)")
    parser.add_argument("--json", action="store_true", help="print the raw results as JSON")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep the repos and patches")
    args = parser.parse_args()
    # The fixture apps need no pytest plugin; this venv's auto-loaded ones (langsmith) cost seconds a run.
    os.environ.setdefault("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    settings = Settings()
    scanners = args.scanners.split(",") if args.scanners else None
    results = []
    with tempfile.TemporaryDirectory(prefix="aise-fixrate-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for name in args.apps.split(","):
            results.append(bench_app(FIXAPPS / name, settings, scanners, workdir))
    if args.json:
        print(json.dumps([r.__dict__ for r in results], indent=2))
    else:
        _print(results)


if __name__ == "__main__":
    main()
