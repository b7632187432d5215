"""Fix rate of the product: `aise run` (the remediation graph) offline over the fixture apps.

For each app: copy it into a fresh git repository, run its tests and exploit tests on the
base commit (in a detached worktree), call `run_repository` (heuristic brain, default
config, every default scanner), then check out the run's branch `aise/<run-id>` in a second
detached worktree and run the tests and exploit tests there, plus one full rescan. The
copy's own checkout must stay untouched.

True findings come from `tests/fixtures/fixapps/<app>.expected.yaml` (matched to the run's
records by path, enclosing symbol and CWE) and, for the out-of-sample `tests/fixtures/vulnapp`,
from the `real` rows of its EXPECTED.md table (matched by path, line and CWE).

Prints per app and in total: true findings fixed and verified (status fixed), handed off
(needs_human, with reasons), other statuses, false positives among the true findings
(should be 0), broken tests (must be 0), exploits closed and exploits of fixed findings
still open (must be 0), time per fix and the run time.

    .venv/bin/python bench/fix_rate.py [--apps shop,ingest,vulnapp] [--json] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from fnmatch import fnmatchcase
from pathlib import Path

import yaml

from aise.config import Settings, load_settings
from aise.graphs.runner import run_repository
from aise.models import Finding, Status
from aise.records import FindingRecord, FixOutcome
from aise.tools.codemods import load_codemods
from aise.tools.scan import run_scan
from aise.tools.testrunner import TestPlan, run_tests, safe_env
from aise.tools.verify import baseline_tests

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
FIXAPPS = FIXTURES / "fixapps"
OUT_OF_SAMPLE = {"vulnapp": FIXTURES / "vulnapp"}
WRITTEN_APART = {"helpdesk", "vulnapp"}
"""Apps written without reading the codemods: the out-of-sample check."""
RUN_ID = "bench"
_NO_COMMIT = {"earlier-fix", "resumed"}
"""Fixers that record a finding resolved by a commit made for another finding."""


@dataclass
class Entry:
    """One true finding the app is known to have."""

    id: str
    path: str
    cwe: tuple[int, ...]
    symbol: str | None = None
    line: int | None = None
    exploit: str | None = None
    expect: str | None = None

    def matches(self, f: Finding, slack: int = 0) -> bool:
        """Same path and CWE, and the same enclosing symbol, or a line within `slack` of the finding's."""
        if f.path != self.path or (self.cwe and f.cwe and not set(self.cwe) & set(f.cwe)):
            return False
        if self.line is not None:
            return f.location.start_line - slack <= self.line <= f.location.end_line + slack
        return f.symbol == self.symbol

    def pick[T: (Finding, FindingRecord)](self, items: list[T]) -> list[T]:
        """The items reporting this entry: on its line, else one line off (a flow's sink line)."""
        def finding(item: T) -> Finding:
            return item if isinstance(item, Finding) else item.finding
        return [i for i in items if self.matches(finding(i))] or [i for i in items if self.matches(finding(i), 1)]


@dataclass
class AppResult:
    app: str
    true_findings: int = 0
    statuses: dict[str, str] = field(default_factory=dict)
    """Entry id -> status of the entry (fixed, annotated, needs_human, false_positive, ...)."""
    reasons: dict[str, str] = field(default_factory=dict)
    expected_handoffs: list[str] = field(default_factory=list)
    fp_records_of_true: list[str] = field(default_factory=list)
    still_reported: list[str] = field(default_factory=list)
    other_records: dict[str, int] = field(default_factory=dict)
    other_handoffs: list[str] = field(default_factory=list)
    safe_changed: list[str] = field(default_factory=list)
    """Safe look-alikes (EXPECTED.md `safe` rows) that aise changed anyway."""
    exploits_before: list[str] = field(default_factory=list)
    exploits_closed: list[str] = field(default_factory=list)
    exploits_of_fixed: list[str] = field(default_factory=list)
    exploits_open_after_fix: list[str] = field(default_factory=list)
    broken_tests: list[str] = field(default_factory=list)
    tests_before: str = ""
    checkout_untouched: bool = True
    commits: int = 0
    fix_seconds: list[float] = field(default_factory=list)
    run_seconds: float = 0.0
    total_seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def count(self, *statuses: str) -> int:
        return sum(1 for s in self.statuses.values() if s in statuses)


def _git(repo: Path, *args: str) -> str:
    ident = ["-c", "user.name=bench", "-c", "user.email=bench@localhost"]
    return subprocess.run(["git", *ident, *args], cwd=repo, check=True, capture_output=True, text=True).stdout


def _git_repo(app: Path, into: Path) -> Path:
    repo = into / app.name
    shutil.copytree(app, repo, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache", "EXPECTED.md"))
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "initial")
    return repo


def _entries(name: str, app: Path) -> list[Entry]:
    spec = app.parent / f"{name}.expected.yaml"
    if spec.is_file():
        rows = yaml.safe_load(spec.read_text())["findings"]
        return [Entry(id=r["id"], path=r["path"], cwe=tuple(r["cwe"]), symbol=r.get("symbol"),
                      exploit=r.get("exploit"), expect=r.get("expect")) for r in rows]
    return _expected_md(app / "EXPECTED.md", kind="real")


def _expected_md(path: Path, kind: str) -> list[Entry]:
    """Rows `| file | line | class | CWE | kind | marker |` of an EXPECTED.md table."""
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[1].isdigit() and cells[4] == kind:
            cwe = tuple(int(c) for c in re.findall(r"\d+", cells[3]))
            entries.append(Entry(id=f"{cells[0]}:{cells[1]}", path=cells[0], line=int(cells[1]), cwe=cwe))
    return entries


def _exploits(root: Path) -> dict[str, bool]:
    """Exploit test name -> passed (True means the attack still works)."""
    if not (root / "exploits").is_dir():
        return {}
    plan = TestPlan(argv=(sys.executable, "-m", "pytest", "exploits", "-q", "-rA", "-p", "no:cacheprovider",
                          "--rootdir=."), kind="pytest")
    run = run_tests(root, plan, timeout=120, env=safe_env())
    results: dict[str, bool] = {}
    for line in run.output_tail.splitlines():
        for word, passed in (("PASSED ", True), ("FAILED ", False), ("ERROR ", False)):
            if line.startswith(word) and "::" in line:
                results[line.split("::", 1)[1].split(" ", 1)[0]] = passed
    return results


def _entry_status(records: list[FindingRecord]) -> tuple[str, str]:
    """One status per true finding: any handoff wins, then any other unsettled state, then fixed."""
    if not records:
        return "not_reported", "no scanner reported it"
    for status in (Status.NEEDS_HUMAN, Status.ACCEPTED_RISK, Status.NEW, Status.TRIAGED, Status.ASSESSED,
                   Status.FIXING):
        hit = next((r for r in records if r.status is status), None)
        if hit is not None:
            return str(status), hit.reason
    fixed = [r for r in records if r.status is Status.FIXED]
    if fixed:
        annotated = all(r.fix is not None and r.fix.outcome is FixOutcome.ANNOTATED for r in fixed)
        return ("annotated" if annotated else "fixed"), fixed[0].reason
    return str(records[0].status), records[0].reason


def _fix_seconds(records: list[FindingRecord], events: list[tuple[datetime, str]]) -> list[float]:
    """Seconds of each attempt that made a commit. Fixes run one at a time, so an attempt lasts
    from the previous attempt's end (or the end of the step before the first fixer) to its own."""
    first = next((i for i, (_, node) in enumerate(events) if node == "fixer"), None)
    if first is None:
        return []
    start = events[first - 1][0] if first else events[0][0]
    attempts = sorted((a for r in records for a in r.attempts), key=lambda a: a.at)
    seconds, previous = [], start
    for attempt in attempts:
        if attempt.commit and attempt.fixer not in _NO_COMMIT:
            seconds.append((attempt.at - previous).total_seconds())
        previous = max(previous, attempt.at)
    return seconds


def _worktree(repo: Path, where: Path, ref: str) -> Path:
    _git(repo, "worktree", "add", "-q", "--detach", str(where), ref)
    return where


def bench_app(name: str, app: Path, workdir: Path) -> AppResult:
    started = time.perf_counter()
    entries = _entries(name, app)
    result = AppResult(app=name, true_findings=len(entries))
    result.expected_handoffs = [e.id for e in entries if e.expect == "handoff"]
    repo = _git_repo(app, workdir)
    settings = load_settings(repo, overrides=["llm.mode=heuristic"])
    head = _git(repo, "rev-parse", "HEAD").strip()
    base = _worktree(repo, workdir / f"{name}-base", head)
    tests_before = baseline_tests(base, settings.fix)
    result.tests_before = "none" if tests_before is None else ("pass" if tests_before.passed else "FAIL")
    before = _exploits(base)
    result.exploits_before = sorted(n for n, ok in before.items() if ok)

    events: list[tuple[datetime, str]] = []
    t0 = time.perf_counter()
    summary = run_repository(repo, settings, run_id=RUN_ID,
                             on_event=lambda e: events.append((datetime.now(UTC), e.node)))
    result.run_seconds = time.perf_counter() - t0
    result.errors = [*summary.errors, *summary.scanner_errors] + ([summary.stopped] if summary.stopped else [])
    result.checkout_untouched = (_git(repo, "rev-parse", "HEAD").strip() == head
                                 and not _git(repo, "status", "--porcelain").strip())
    records = list(summary.records)
    matched = {e.id: e.pick(records) for e in entries}
    for entry in entries:
        status, reason = _entry_status(matched[entry.id])
        result.statuses[entry.id], result.reasons[entry.id] = status, reason
        result.fp_records_of_true += [f"{entry.id}: {r.finding.rule_id}: {r.reason}" for r in matched[entry.id]
                                      if r.status is Status.FALSE_POSITIVE]
    true_fps = {r.fingerprint for rs in matched.values() for r in rs}
    result.safe_changed = sorted({e.id for e in _expected_md(app / "EXPECTED.md", kind="safe") for r in e.pick(records)
                                  if r.status is Status.FIXED and r.fingerprint not in true_fps})
    for r in records:
        if r.fingerprint not in true_fps:
            result.other_records[str(r.status)] = result.other_records.get(str(r.status), 0) + 1
            if r.status is Status.NEEDS_HUMAN:
                f = r.finding
                result.other_handoffs.append(f"{f.rule_id} {f.path}:{f.location.start_line}: {r.reason}")
    result.fix_seconds = _fix_seconds(records, events)

    fixed_tree = _worktree(repo, workdir / f"{name}-fixed", summary.branch)
    result.commits = len(_git(repo, "rev-list", f"{head}..{summary.branch}").split())
    after = _exploits(fixed_tree)
    fixed_ids = {i for i, s in result.statuses.items() if s in ("fixed", "annotated")}
    result.exploits_closed = sorted(n for n in result.exploits_before if not after.get(n, False))
    result.exploits_of_fixed = sorted(e.exploit for e in entries if e.exploit and e.id in fixed_ids)
    result.exploits_open_after_fix = sorted(n for n in result.exploits_of_fixed if after.get(n, False))
    tests_after = baseline_tests(fixed_tree, settings.fix)
    if tests_after is not None and not tests_after.passed:
        known = tests_before.failed if tests_before is not None else frozenset()
        result.broken_tests = sorted(tests_after.failed - known) or ["(suite failed)"]
    result.still_reported = _still_reported(fixed_tree, settings, entries, fixed_ids, matched)
    result.total_seconds = time.perf_counter() - started
    return result


def _still_reported(tree: Path, settings: Settings, entries: list[Entry], fixed: set[str],
                    matched: dict[str, list[FindingRecord]]) -> list[str]:
    """Fixed true findings a full rescan of the branch still reports (informational leftovers aside):
    by symbol, or for entries known by line (fixes move lines) by the records' fingerprints."""
    leaves = [p for c in load_codemods(third_party=False).values() for p in c.metadata.leaves]
    found = [f for f in run_scan(tree, settings).findings
             if not all(any(fnmatchcase(r, p) for p in leaves) for r in f.rule_ids)]
    prints = {f.fingerprint for f in found}
    return sorted(e.id for e in entries if e.id in fixed and (
        any(r.fingerprint in prints for r in matched[e.id]) if e.line is not None else e.pick(found)))


def _print(results: list[AppResult]) -> None:
    for r in results:
        print(f"\n== {r.app}: {r.count('fixed', 'annotated')}/{r.true_findings} true findings fixed and verified "
              f"({r.count('annotated')} by annotation); run {r.run_seconds:.1f}s, bench {r.total_seconds:.1f}s, "
              f"{r.commits} commits")
        for entry_id, status in r.statuses.items():
            mark = " (expected handoff)" if entry_id in r.expected_handoffs else ""
            print(f"   {status:<15} {entry_id:<28} {r.reasons[entry_id][:150]}{mark}")
        for line in r.fp_records_of_true:
            print(f"   false positive on a true finding: {line[:170]}")
        if r.exploits_before or r.exploits_of_fixed:
            print(f"   exploits closed {len(r.exploits_closed)}/{len(r.exploits_before)}; of fixed findings "
                  f"{len(r.exploits_of_fixed) - len(r.exploits_open_after_fix)}/{len(r.exploits_of_fixed)} closed"
                  f"; open though fixed: {r.exploits_open_after_fix or 'none'}")
        print(f"   tests before: {r.tests_before}; broken tests: {r.broken_tests or 'none'}; fixed but still "
              f"reported: {r.still_reported or 'none'}; checkout untouched: {r.checkout_untouched}")
        print(f"   other findings: {r.other_records}")
        if r.safe_changed:
            print(f"   safe look-alikes changed anyway: {r.safe_changed}")
        for line in r.other_handoffs:
            print(f"      handed off: {line[:170]}")
        for line in r.errors:
            print(f"   error: {line[:200]}")
    groups = {"apps written with the codemods": [r for r in results if r.app not in WRITTEN_APART],
              "out-of-sample apps": [r for r in results if r.app in WRITTEN_APART]}
    for name, group in groups.items():
        if group and len(group) < len(results):
            _print_totals(group, name)
    _print_totals(results, "all apps")


def _print_totals(results: list[AppResult], name: str) -> None:
    total = sum(r.true_findings for r in results)
    fixed = sum(r.count("fixed", "annotated") for r in results)
    expected = sum(len(r.expected_handoffs) for r in results)
    handed = sum(r.count("needs_human") for r in results)
    fps = sum(r.count("false_positive") for r in results)
    other = {s: n for s in ("accepted_risk", "not_reported", "new", "triaged", "assessed", "fixing")
             if (n := sum(r.count(s) for r in results))}
    times = [t for r in results for t in r.fix_seconds]
    print(f"\n== totals, {name} ({', '.join(r.app for r in results)})")
    print(f"true findings fixed and verified: {fixed}/{total} ({100 * fixed / max(total, 1):.0f}%); "
          f"of those a codemod should fix: {fixed}/{total - expected} ({100 * fixed / max(total - expected, 1):.0f}%)"
          f" [{sum(r.count('annotated') for r in results)} by annotation]")
    print(f"handed off (needs_human): {handed} ({expected} expected); false positives among true findings: {fps}; "
          f"other statuses: {other or 'none'}")
    print(f"broken tests: {sum(len(r.broken_tests) for r in results)}; fixed but still reported: "
          f"{sum(len(r.still_reported) for r in results)}; checkouts touched: "
          f"{sum(not r.checkout_untouched for r in results)}; safe look-alikes changed: "
          f"{sum(len(r.safe_changed) for r in results)}")
    of_fixed = sum(len(r.exploits_of_fixed) for r in results)
    still_open = sum(len(r.exploits_open_after_fix) for r in results)
    print(f"exploits closed: {sum(len(r.exploits_closed) for r in results)}/"
          f"{sum(len(r.exploits_before) for r in results)}; exploits of fixed findings closed: "
          f"{of_fixed - still_open}/{of_fixed}")
    if times:
        print(f"time per fix: mean {statistics.mean(times):.1f}s, median {statistics.median(times):.1f}s, "
              f"max {max(times):.1f}s over {len(times)} commits")
    print(f"run time: {sum(r.run_seconds for r in results):.1f}s in aise run, "
          f"{sum(r.total_seconds for r in results):.1f}s with the bench's own test runs and rescans")


def _apps(names: str) -> list[tuple[str, Path]]:
    apps = []
    for name in names.split(","):
        path = OUT_OF_SAMPLE.get(name, FIXAPPS / name)
        if not path.is_dir():
            raise SystemExit(f"no fixture app {name!r}")
        apps.append((name, path))
    return apps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    default = [p.name for p in sorted(FIXAPPS.iterdir()) if p.is_dir()] + list(OUT_OF_SAMPLE)
    parser.add_argument("--apps", default=",".join(default))
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", type=Path, default=None, help="work in this folder and keep the repositories")
    args = parser.parse_args()
    # The fixture apps need no pytest plugin; this venv's auto-loaded ones (langsmith) cost seconds a run.
    os.environ.setdefault("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    os.environ.pop("AISE_CONFIG", None)  # the default config, whatever the caller's environment says
    results = []
    with tempfile.TemporaryDirectory(prefix="aise-fixrate-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for name, path in _apps(args.apps):
            results.append(bench_app(name, path, workdir))
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
    else:
        _print(results)


if __name__ == "__main__":
    main()
