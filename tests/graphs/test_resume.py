"""Kill -9 in the middle of a run, then `aise resume`: same result, no finished work redone."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aise.cli import main
from aise.config import Settings, load_settings
from aise.graphs.runner import run_repository
from aise.graphs.summary import RunPhase

# Valid for both the triage and the exploitability schema (extra keys are ignored).
ANSWER = {
    "verdict": "true_positive", "confidence": 0.8, "reason": "user input reaches the call", "evidence": [],
    "reachability": "exploitable", "entry_points": ["route:/run"], "impact": "code execution", "risk": 8.0,
}


def _llm_overrides(url: str) -> list[str]:
    return ["-c", "llm.mode=llm", "-c", "llm.model=openai/fake-model", "-c", f"llm.api_base={url}",
            "-c", "llm.retry_backoff=0.01", "-c", "scan.scanners=[bandit]", "-c", "fix.enabled=false"]


def _records_written(db: Path) -> int:
    if not db.is_file():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM writes WHERE channel = 'records'").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0


@pytest.mark.slow
def test_run_killed_during_triage_resumes_without_asking_the_model_again(small_repo, fake_llm, tmp_path, capsys) -> None:
    fake_llm.delay(0.4, ANSWER, times=6).default_json(ANSWER)
    # The uninterrupted reference, on a copy of the same repository, with the same model answers.
    reference_repo = tmp_path / "reference"
    shutil.copytree(small_repo, reference_repo)
    settings = Settings.model_validate({
        "scan": {"scanners": ["bandit"]}, "fix": {"enabled": False},
        "llm": fake_llm.settings().model_dump(exclude_unset=True),
    })
    reference = run_repository(reference_repo, settings)
    reference_requests = len(fake_llm.requests)

    env = {**os.environ, "COLUMNS": "120"}
    cmd = [sys.executable, "-m", "aise", "run", str(small_repo), "-q", *_llm_overrides(fake_llm.url)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    db = small_repo / ".aise" / "state.db"
    deadline = time.monotonic() + 90
    # Four requests run at once, each answered after 0.4 s: a fifth means some triage is done.
    while len(fake_llm.requests) < reference_requests + 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run finished before it could be killed"
    assert _records_written(db) >= 1  # a checkpoint with the scanned findings exists
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    run_id = next((small_repo / ".aise" / "runs").iterdir()).name
    before_resume = len(fake_llm.requests)

    capsys.readouterr()
    code = main(["resume", run_id, str(small_repo), "--json", "-q"])
    out = capsys.readouterr()
    assert code == 0, out.err
    resumed = json.loads(out.out)
    run_requests = len(fake_llm.requests) - reference_requests

    assert resumed["phase"] in (RunPhase.COMPLETE, RunPhase.AWAITING_REVIEW)
    assert {f["fingerprint"]: f["status"] for f in resumed["findings"]} == {
        r.fingerprint: r.status.value for r in reference.records
    }
    assert resumed["counts"] == reference.counts
    # Nothing finished was asked again: at most the requests in flight at the kill are repeated.
    assert before_resume > reference_requests
    assert run_requests <= reference_requests + Settings().llm.concurrency
    state = json.loads((small_repo / ".aise" / "runs" / run_id / "findings.json").read_text())
    for finding in state["findings"]:
        assert len(finding["verdicts"]) <= 1 and len(finding["assessments"]) <= 1


def _fix_commits(repo: Path, branch: str) -> list[str]:
    out = subprocess.run(["git", "log", "--format=%(trailers:key=Aise-Finding,valueonly)", f"main..{branch}"],
                         cwd=repo, capture_output=True, text=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


@pytest.mark.slow
def test_run_killed_while_fixing_resumes_without_duplicate_commits(small_repo, tmp_path, capsys) -> None:
    reference_repo = tmp_path / "reference"
    shutil.copytree(small_repo, reference_repo)
    overrides = ["-c", "scan.scanners=[bandit]", "-c", "fix.run_tests=false"]
    reference = run_repository(reference_repo, load_settings(reference_repo, None, overrides[1::2]))
    fixed = [r.fingerprint for r in reference.records if r.status == "fixed"]
    assert len(fixed) >= 2

    proc = subprocess.Popen([sys.executable, "-m", "aise", "run", str(small_repo), "-q", *overrides],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    runs = small_repo / ".aise" / "runs"
    deadline = time.monotonic() + 90
    while proc.poll() is None and time.monotonic() < deadline:  # kill right after the first fix commit
        if runs.is_dir() and any(runs.iterdir()) and _fix_commits(small_repo, f"aise/{next(runs.iterdir()).name}"):
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    run_id = next(runs.iterdir()).name

    capsys.readouterr()
    assert main(["resume", run_id, str(small_repo), "--json", "-q"]) == 0
    resumed = json.loads(capsys.readouterr().out)

    assert {f["fingerprint"]: f["status"] for f in resumed["findings"]} == {
        r.fingerprint: r.status.value for r in reference.records
    }
    commits = _fix_commits(small_repo, f"aise/{run_id}")
    assert sorted(commits) == sorted(fixed)  # one commit per fixed finding, none twice
    assert subprocess.run(["git", "status", "--porcelain"], cwd=small_repo, capture_output=True,
                          text=True).stdout == ""
