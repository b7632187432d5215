"""Human handoff: interrupts answered interactively, and `aise review` resuming a batch run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from aise.graphs.runner import resume_run, review_run, run_repository
from aise.graphs.state import Dossier
from aise.graphs.summary import RunPhase
from aise.models import Status
from aise.records import Brain, HumanAction, HumanDecision


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=repo,
                          check=True, capture_output=True, text=True).stdout


def test_interactive_run_asks_per_finding_and_resumes_with_the_answers(small_repo, fast_settings) -> None:
    asked: list[list[Dossier]] = []
    plan: dict[str, HumanDecision | None] = {}
    answers = {
        "bandit:B605": HumanDecision(action=HumanAction.APPROVE_FIX, comment="go ahead", who="t"),
        "bandit:B324": HumanDecision(action=HumanAction.FALSE_POSITIVE, comment="cache key", who="t"),
        "bandit:B301": HumanDecision(action=HumanAction.ACCEPT_RISK, comment="internal only", who="t"),
    }

    def ask(dossiers: Sequence[Dossier]) -> dict[str, HumanDecision | None]:
        asked.append(list(dossiers))
        for d in dossiers:
            plan[d.fingerprint] = answers.get(":".join(d.title.split(":")[:2]))  # others: later
        return {d.fingerprint: plan[d.fingerprint] for d in dossiers}

    # Nothing is fixed without asking, so every true positive comes to the human first.
    settings = fast_settings(policy={"auto_fix_severities": []})
    summary = run_repository(small_repo, settings, interactive=True, ask=ask)

    assert len(asked) == 1  # one round of questions; deferred findings wait for `aise review`
    assert all(d.question and d.reason and d.options == tuple(HumanAction) for d in asked[0])
    by_fp = {r.fingerprint: r for r in summary.records}
    decided = {fp: d for fp, d in plan.items() if d is not None}
    assert len(decided) == 3
    outcome = {d.action: by_fp[fp] for fp, d in decided.items()}
    assert outcome[HumanAction.FALSE_POSITIVE].status is Status.FALSE_POSITIVE
    assert outcome[HumanAction.ACCEPT_RISK].status is Status.ACCEPTED_RISK
    approved = outcome[HumanAction.APPROVE_FIX]  # approval sends it to the fixer, which fixes it
    assert approved.status is Status.FIXED and approved.fix.commit
    assert approved.decisions[-1].comment == "go ahead"
    assert summary.all_terminal and summary.phase is RunPhase.AWAITING_REVIEW
    report = (Path(summary.report_dir) / "report.md").read_text()
    assert "a human marked it a false positive: cache key" in report


def test_review_walks_a_batch_run_and_resumes_the_thread(small_repo, fast_settings, tmp_path) -> None:
    batch = run_repository(small_repo, fast_settings(fix={"enabled": False}))
    assert batch.phase is RunPhase.AWAITING_REVIEW and batch.awaiting_review > 0
    answers = "x\naccepted in threat model TM-7\n" * batch.awaiting_review
    env = {**os.environ, "COLUMNS": "120"}
    done = subprocess.run(
        [sys.executable, "-m", "aise", "review", batch.run_id, str(small_repo), "--quiet"],
        input=answers, capture_output=True, text=True, env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert batch.run_id in done.stdout and "complete" in done.stdout
    after = resume_run(small_repo, batch.run_id)  # nothing left to do: same state, no work
    assert after.phase is RunPhase.COMPLETE and after.awaiting_review == 0
    for record in after.records:
        if record.fingerprint in {r.fingerprint for r in batch.records if r.status is Status.NEEDS_HUMAN}:
            assert record.status is Status.ACCEPTED_RISK
            assert record.decisions[-1].comment == "accepted in threat model TM-7"
        else:
            assert record == next(r for r in batch.records if r.fingerprint == record.fingerprint)


LOOKUP = '''import subprocess


def lookup(conn, ident):
    return conn.execute("SELECT * FROM t WHERE id = '%s'" % ident).fetchall()


def run(cmd):
    return subprocess.call(cmd, shell=True)
'''
SIMILAR = '''def find(conn, ident):
    return conn.execute("SELECT * FROM t WHERE name = '%s'" % ident).fetchall()
'''


def test_human_decisions_are_remembered_and_recalled_by_later_runs(make_small_repo, fast_settings) -> None:
    repo = make_small_repo({"app.py": LOOKUP})
    settings = fast_settings(fix={"enabled": False})
    first = run_repository(repo, settings)
    query = next(r for r in first.records if r.finding.rule_id == "bandit:B608")
    shell = next(r for r in first.records if r.finding.rule_id == "bandit:B602")
    assert query.status is Status.NEEDS_HUMAN  # a parameter reaches the query: callers decide
    decisions = {
        query.fingerprint: HumanDecision(action=HumanAction.FALSE_POSITIVE, comment="ids are validated upstream"),
        shell.fingerprint: HumanDecision(action=HumanAction.ACCEPT_RISK, comment="admin-only tool"),
    }

    def ask(dossiers: Sequence[Dossier]) -> dict[str, HumanDecision | None]:
        return {d.fingerprint: decisions.get(d.fingerprint) for d in dossiers}

    review_run(repo, first.run_id, ask)
    (repo / "other.py").write_text(SIMILAR)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "similar code")

    second = run_repository(repo, settings)

    same = next(r for r in second.records if r.fingerprint == query.fingerprint)
    assert same.status is Status.FALSE_POSITIVE and same.verdict.brain is Brain.HUMAN
    assert "ids are validated upstream" in same.verdict.reason
    similar = next(r for r in second.records if r.finding.path == "other.py" and r.finding.rule_id == "bandit:B608")
    assert similar.status is Status.FALSE_POSITIVE
    assert similar.verdict.rule == "recalled_human_decision" and "ids are validated upstream" in similar.verdict.reason
    accepted = next(r for r in second.records if r.fingerprint == shell.fingerprint)
    assert accepted.status is Status.ACCEPTED_RISK and "admin-only tool" in accepted.reason
    assert not accepted.attempts  # an accepted risk is not fixed behind the human's back
