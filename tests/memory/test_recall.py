"""Decisions, fixes and code context: recorded once, recalled anywhere, ranked as agents need."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from aise.config import MemorySettings
from aise.memory import MatchKind, RepoMemory
from aise.models import Confidence, Finding, Location, Severity
from aise.records import (
    Brain,
    FixAttempt,
    FixOutcome,
    HumanAction,
    HumanDecision,
    TriageVerdict,
    Verdict,
)

SQLI = '    cursor.execute("SELECT * FROM users WHERE email = \'%s\'" % email)'


def finding(fp: str, snippet: str = SQLI, rule: str = "B608", path: str = "db.py", line: int = 16) -> Finding:
    return Finding(fingerprint=fp, rule_id=rule, scanners=("bandit",), rule_ids=(f"bandit:{rule}",),
                   severity=Severity.MEDIUM, confidence=Confidence.HIGH, message="SQL built from a string",
                   location=Location(path=path, start_line=line, end_line=line, snippet=snippet))


VERDICT = TriageVerdict(verdict=Verdict.TRUE_POSITIVE, confidence=0.8, reason="string-built SQL", brain=Brain.HEURISTIC)
HUMAN = HumanDecision(action=HumanAction.FALSE_POSITIVE, comment="email is validated upstream", who="ana",
                      at=datetime(2025, 1, 2, tzinfo=UTC))

_RECALL = """
import json, sys
from pathlib import Path
from aise.config import MemorySettings
from aise.memory import RepoMemory
from aise.models import Finding
f = Finding.model_validate_json(sys.argv[2])
out = [r.model_dump(mode="json") for r in RepoMemory(Path(sys.argv[1]), MemorySettings()).recall_decisions(f, 3)]
print(json.dumps(out))
"""


def test_decision_recorded_in_one_process_is_recalled_in_another(tmp_path: Path, settings: MemorySettings) -> None:
    memory = RepoMemory(tmp_path, settings)
    memory.record_decision(finding("fp-1"), HUMAN)
    memory.close()
    done = subprocess.run([sys.executable, "-c", _RECALL, str(tmp_path), finding("fp-1").model_dump_json()],
                          capture_output=True, text=True, check=True)
    recalled = json.loads(done.stdout)
    assert [(r["fingerprint"], r["human"], r["verdict"], r["match"]) for r in recalled] == [
        ("fp-1", True, "false_positive", "same_fingerprint")]
    assert recalled[0]["comment"] == "email is validated upstream"


def test_recall_ranks_same_finding_first_then_similar_snippets_humans_first(tmp_path: Path,
                                                                           settings: MemorySettings) -> None:
    memory = RepoMemory(tmp_path, settings)
    memory.record_decision(finding("fp-1"), VERDICT)
    similar = SQLI.replace("users", "accounts").replace("email", "name")
    memory.record_decision(finding("fp-2", similar), VERDICT)
    memory.record_decision(finding("fp-2", similar), HUMAN)
    memory.record_decision(finding("fp-3", "subprocess.call(cmd, shell=True)", rule="B602"), HUMAN)
    memory.record_decision(finding("fp-4", "hashlib.md5(data)", rule="B608"), HUMAN)  # same rule, unlike code

    recalled = memory.recall_decisions(finding("fp-1"), k=5)
    assert [(r.fingerprint, r.human, r.match) for r in recalled] == [
        ("fp-1", False, MatchKind.SAME_FINDING), ("fp-2", True, MatchKind.SIMILAR), ("fp-2", False, MatchKind.SIMILAR)]
    assert recalled[1].score == recalled[2].score > 0.5
    assert recalled[1].action is HumanAction.FALSE_POSITIVE and recalled[1].verdict is Verdict.FALSE_POSITIVE
    assert memory.recall(finding("fp-1"), 1)[0].fingerprint == "fp-1"  # the agents' MemoryPort name


def test_writes_are_idempotent_upserts(tmp_path: Path, settings: MemorySettings) -> None:
    memory = RepoMemory(tmp_path, settings)
    attempt = FixAttempt(number=1, fixer="codemod:sqli", outcome=FixOutcome.VERIFIED, summary="bind params",
                         diff="-old\n+new", commit="abc123")
    for _ in range(3):  # a LangGraph node that re-runs after a crash
        memory.record_decision(finding("fp-1"), VERDICT)
        memory.record_decision(finding("fp-1"), HUMAN)
        memory.record_fix(finding("fp-1"), attempt)
    stats = memory.stats()
    assert (stats.decisions, stats.fixes) == (2, 1)


def test_fixes_for_a_rule_put_working_fixes_first(tmp_path: Path, settings: MemorySettings) -> None:
    memory = RepoMemory(tmp_path, settings)
    failed = FixAttempt(number=1, fixer="llm:model", outcome=FixOutcome.FAILED_CHECK, summary="escape quotes",
                        diff="-a\n+b", reason="tests failed")
    worked = FixAttempt(number=2, fixer="codemod:sqli", outcome=FixOutcome.VERIFIED, summary="bind params",
                        diff="-cursor.execute(q % x)\n+cursor.execute(q, (x,))", commit="abc")
    memory.record_fix(finding("fp-1"), failed)
    memory.record_fix(finding("fp-1"), worked)
    memory.record_fix(finding("fp-9", rule="B602"), worked, worked=False)
    fixes = memory.fixes_for("B608")
    assert [(f.fixer, f.worked) for f in fixes] == [("codemod:sqli", True), ("llm:model", False)]
    assert fixes[0].diff == worked.diff and fixes[1].reason == "tests failed"
    liked = memory.fixes_for("B608", k=1, like=SQLI)
    assert liked[0].worked and 0 < liked[0].score <= 1
    assert memory.fixes_for("B602")[0].worked is False


def test_context_for_gives_enclosing_function_callers_callees_and_similar(make_repo, corpus,
                                                                          settings: MemorySettings) -> None:
    repo = make_repo(corpus)
    memory = RepoMemory(repo, settings)
    memory.index()
    line = next(i for i, text in enumerate(corpus["db.py"].splitlines(), 1) if "WHERE email" in text)
    context = memory.context_for(finding("fp-1", path="db.py", line=line))
    assert context.enclosing is not None and context.enclosing.symbol == "get_user_by_email"
    assert [c.symbol for c in context.callers] == ["login"]  # web.py calls db.get_user_by_email(...)
    assert context.similar and all(h.chunk.id != context.enclosing.id for h in context.similar)

    login_line = next(i for i, t in enumerate(corpus["web.py"].splitlines(), 1) if "verify_password(" in t)
    around_login = memory.context_for(finding("fp-2", path="web.py", line=login_line))
    assert around_login.enclosing is not None and around_login.enclosing.symbol == "login"
    assert {"get_user_by_email", "verify_password", "create_session", "safe_next_url"} <= {
        c.symbol for c in around_login.callees}


def test_reads_before_any_index_are_empty_not_errors(tmp_path: Path) -> None:
    memory = RepoMemory(tmp_path, MemorySettings())
    assert memory.similar_code("anything") == []
    assert memory.recall_decisions(finding("fp-1")) == []
    assert memory.context_for(finding("fp-1")).enclosing is None
    assert memory.stats().chunks == 0
    assert not (tmp_path / ".aise").exists()  # reading creates nothing
