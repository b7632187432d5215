"""Hostile repository content: every scanner finishes (or fails cleanly), none leaves the repo."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
from hostile import DEEP_FILES, SHELL_SINK, WEIRD_NAMES, build_hostile_repo, git, init_repo

from aise.cli import main
from aise.config import ScanSettings
from aise.findings import normalise
from aise.models import RawResult, Severity
from aise.sarif import read_sarif, to_sarif
from aise.tools import scan as scan_module
from aise.tools.scan import ScanResult, run_scan

EXTERNAL = ["bandit", "semgrep", "detect-secrets"]
OUTSIDE_TEXT = ("outside-the-repo-do-not-read", "root:x:0:0")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("hostile")
    return build_hostile_repo(base / "repo", base / "outside")


@pytest.fixture(scope="module")
def hostile_scan(hostile: Path) -> ScanResult:
    return run_scan(hostile, ScanSettings(scanners=EXTERNAL, timeout=240))


def _assert_stays_inside(repo: Path, result: ScanResult) -> None:
    for finding in result.findings:
        path = repo / finding.path
        assert not finding.path.startswith(("/", "../")), finding.path
        assert path.is_file() and not path.is_symlink(), finding.path
        assert path.resolve().is_relative_to(repo.resolve()), finding.path
    dumped = result.model_dump_json()
    assert not any(text in dumped for text in OUTSIDE_TEXT)


def test_external_scanners_finish_on_hostile_content(hostile: Path, hostile_scan: ScanResult) -> None:
    status = {s.scanner: s for s in hostile_scan.statuses}
    assert all(status[s].ok for s in EXTERNAL), hostile_scan.statuses
    _assert_stays_inside(hostile, hostile_scan)


def test_odd_file_names_are_scanned_not_taken_for_options(hostile_scan: ScanResult) -> None:
    by_bandit = {f.path for f in hostile_scan.findings if "bandit" in f.scanners}
    assert set(WEIRD_NAMES) <= by_bandit  # `-rf.py` used to end bandit and semgrep with a usage error
    by_semgrep = {f.path for f in hostile_scan.findings if "semgrep" in f.scanners}
    assert set(WEIRD_NAMES) <= by_semgrep
    # Unparsable and odd encodings still get semgrep's findings.
    assert {"nul.py", "invalid_utf8.py", "syntax_error.py", "python2.py", "latin1.py"} <= by_semgrep


def test_oversized_files_are_skipped_by_every_scanner(hostile_scan: ScanResult) -> None:
    assert not [f for f in hostile_scan.findings if f.path == "huge.py"]


def test_nothing_behind_a_symlink_is_scanned(hostile_scan: ScanResult) -> None:
    linked = ("outside_file.py", "zero.py", "passwd.py", "loop_a.py", "loop_b.py", "loop_a", "loop_b")
    assert not [f for f in hostile_scan.findings if f.path in linked or f.path.startswith(("outside_dir/", "etc/", "self/"))]


def test_aise_flow_finishes_on_hostile_content_without_deep_nesting(tmp_path: Path) -> None:
    # Deeply nested code and `*.py` symlink loops are left out: they crash the analysis
    # (known bugs, reported to its owner).
    repo = build_hostile_repo(tmp_path / "repo", tmp_path / "outside", analysis_crashers=False)
    result = run_scan(repo, ScanSettings(scanners=["aise-flow"], timeout=240))
    assert result.statuses[0].ok, result.statuses
    _assert_stays_inside(repo, result)


def test_fingerprinting_survives_deeply_nested_code(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {name: text for name, text in _deep_sources().items()})
    raws = [
        RawResult(scanner="ext", rule_id="r", message="m", path=name, start_line=1, severity=Severity.LOW)
        for name in _deep_sources()
    ]
    findings = normalise(repo, raws)
    assert {f.path for f in findings} == set(_deep_sources())
    assert all(f.location.snippet.startswith("X = ") for f in findings)


def _deep_sources() -> dict[str, str]:
    from hostile import HOSTILE_FILES

    return {name: str(HOSTILE_FILES[name]) for name in DEEP_FILES}


STUCK_PLUGIN = '''
import threading

RELEASE = threading.Event()


class Stuck:
    """An in-process plugin that ignores its timeout, as one reading a FIFO would."""

    id = "stuck"
    description = "never returns until released"

    def available(self):
        return True

    def scan(self, repo, paths, *, timeout):
        RELEASE.wait(120)
        return []
'''


@pytest.mark.timeout(60)  # the scan must end, long before the plugin would
def test_a_scanner_that_ignores_its_timeout_is_abandoned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    (site / "aise_test_stuck-0.1.dist-info").mkdir(parents=True)
    (site / "aise_test_stuck.py").write_text(STUCK_PLUGIN)
    (site / "aise_test_stuck-0.1.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: aise_test_stuck\nVersion: 0.1\n"
    )
    (site / "aise_test_stuck-0.1.dist-info" / "entry_points.txt").write_text(
        "[aise.scanners]\nstuck = aise_test_stuck:Stuck\n"
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setattr(scan_module, "_GRACE", 0.5)
    repo = init_repo(tmp_path / "repo", {"app.py": SHELL_SINK})
    try:
        result = run_scan(repo, ScanSettings(timeout=1.0), scanner_ids=["stuck", "bandit"])
    finally:
        import aise_test_stuck  # type: ignore[import-not-found]

        aise_test_stuck.RELEASE.set()
    status = {s.scanner: s for s in result.statuses}
    assert not status["stuck"].ok and "did not finish within 1 s" in (status["stuck"].error or "")
    assert status["bandit"].ok and result.findings


@pytest.mark.parametrize("state", ["no commits", "detached HEAD", "dirty and untracked"])
def test_unusual_git_states_scan(state: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "repo", {"app.py": SHELL_SINK}, commit=state != "no commits")
    if state == "detached HEAD":
        git(repo, "commit", "-q", "--allow-empty", "-m", "second")
        git(repo, "checkout", "-q", "--detach", "HEAD~1")
    if state == "dirty and untracked":
        (repo / "app.py").write_text(SHELL_SINK + "\nos.popen(arg)\n")
        (repo / "new.py").write_text(SHELL_SINK)
    before = git(repo, "status", "--porcelain", "--untracked-files=all") if state != "no commits" else ""
    assert main(["scan", str(repo), "-s", "bandit", "--format", "json", "--fail-on", "never"]) == 0
    assert '"bandit:B605"' in capsys.readouterr().out
    if state != "no commits":
        assert git(repo, "status", "--porcelain", "--untracked-files=all") == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_in_the_repository_does_not_block_the_external_scanners(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {"app.py": SHELL_SINK})
    os.mkfifo(repo / "pipe.py")
    os.mkfifo(repo / "pipe.txt")
    result = run_scan(repo, ScanSettings(scanners=EXTERNAL, timeout=120))
    assert all(s.ok for s in result.statuses), result.statuses
    assert {f.path for f in result.findings} == {"app.py"}


def test_memory_index_survives_hostile_content(hostile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`aise memory index` on the hostile repository: no crash, nothing read through symlinks."""
    memory = tmp_path / "memory"
    code = main(["memory", "index", str(hostile), "--json", "-c", f"memory.path={memory}",
                 "-c", f"memory.decisions_path={tmp_path / 'decisions.db'}"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert not any(text in out.out for text in OUTSIDE_TEXT)


def test_sarif_of_odd_names_validates_and_round_trips(hostile: Path, hostile_scan: ScanResult) -> None:
    schema = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text())
    log = to_sarif(hostile_scan.findings, hostile_scan.statuses, hostile)
    jsonschema.Draft7Validator(schema).validate(log)
    back = {raw.path for raw in read_sarif(json.loads(json.dumps(log)), repo_root=hostile)}
    assert back == {f.path for f in hostile_scan.findings} and set(WEIRD_NAMES) <= back
