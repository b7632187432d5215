"""The LLM fixer end to end: real litellm to FakeLLMServer, a real git worktree, real bandit and pytest."""

from __future__ import annotations

import re
import subprocess

from llm_fixer_app import APP, BIG_FIX, BREAKS_TESTS, FILES, SINK, SMALL_FIX, TESTS, App, edits

from aise.agents.llm_fixer import CandidateOutcome, fix_by_mode, llm_fix, propose_llm_fix
from aise.config import MemorySettings, Settings
from aise.graphs.runner import run_repository
from aise.memory import RepoMemory
from aise.models import Status
from aise.records import FixAttempt, FixOutcome
from aise.testing.llm_server import FakeLLMServer
from aise.tools import gitops
from aise.tools.analysis.evidence import gather_evidence
from aise.tools.analysis.project import Project
from aise.tools.codemods import load_codemods
from aise.tools.fixing import FixCandidate, NoFix
from aise.tools.verify import Check


def fix(app: App, **kwargs):
    return llm_fix(app.worktree, app.finding, app.ctx, client=app.client, memory=kwargs.pop("memory", None),
                   settings=app.settings, baseline=None, **kwargs)


def user_prompt(fake_llm: FakeLLMServer, n: int) -> str:
    return fake_llm.requests[n].messages[1]["content"]


def outside_untrusted(text: str) -> str:
    return re.sub(r"<untrusted-([0-9a-f]{16})>.*?</untrusted-\1>", "", text, flags=re.DOTALL)


def commits(app: App) -> list[str]:
    out = subprocess.run(["git", "log", "--format=%B%x00", f"{app.worktree.base}..HEAD"], cwd=app.root,
                         check=True, capture_output=True, text=True).stdout
    return [c.strip() for c in out.split("\x00") if c.strip()]


def test_bad_anchors_are_rejected_and_the_repair_request_says_why(make_app, fake_llm) -> None:
    app = make_app()
    fake_llm.reply_json(edits(("app.py", SINK, SMALL_FIX),
                              ("app.py", "def list_users(conn, col):", "def list_users(conn, column: str):")))
    fake_llm.reply_json(edits(("app.py", SINK, SMALL_FIX)))
    attempt, verdict, _ = fix(app, candidates=1)
    repair = fake_llm.requests[1].messages
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert "edit 2 (app.py): the search text was not found" in repair[3]["content"]
    assert "nothing was changed" in repair[3]["content"]
    assert attempt.outcome is FixOutcome.VERIFIED and verdict is not None and verdict.passed
    assert SMALL_FIX in app.text() and "column: str" not in app.text()


def test_an_ambiguous_anchor_is_rejected_with_its_lines(make_app, fake_llm) -> None:
    app = make_app()
    fake_llm.reply_json(edits(("app.py", "    return conn", "    return conn  # checked")))
    fake_llm.reply_json(edits(("app.py", "    return conn", "    return conn  # checked")))  # repeats itself
    attempt, verdict, result = fix(app, candidates=1)
    assert "occurs 2 times (at lines 13, 19)" in fake_llm.requests[1].messages[3]["content"]
    assert attempt.outcome is FixOutcome.NO_FIX and verdict is None and isinstance(result, NoFix)
    assert result.handoff and "edits rejected after one repair" in attempt.reason
    assert gitops.changed_paths(app.worktree) == [] and commits(app) == []


def test_a_path_escaping_the_repository_is_refused(make_app, fake_llm, tmp_path) -> None:
    victim = tmp_path / "victim.py"
    victim.write_text("X = 1\n")
    app = make_app()
    fake_llm.reply_json(edits(("../../../../victim.py", "X = 1", "X = 2"), ("app.py", SINK, SMALL_FIX)))
    fake_llm.reply_json(edits((str(victim), "X = 1", "X = 2")))
    attempt, _, result = fix(app, candidates=1)
    assert "edit 1 (../../../../victim.py): the path is empty or not a relative path" in \
        fake_llm.requests[1].messages[3]["content"]
    assert isinstance(result, NoFix) and result.handoff and "not a relative path" in attempt.reason
    assert victim.read_text() == "X = 1\n" and app.text() == APP


def test_of_three_candidates_the_smaller_passing_one_wins_and_failures_feed_the_next(make_app, fake_llm) -> None:
    app = make_app(candidates=3)
    fake_llm.reply_json(edits(("app.py", SINK, BIG_FIX), summary="Allow-list columns (long form)"))
    fake_llm.reply_json(edits(("app.py", SINK, BREAKS_TESTS), summary="Always sort by name"))
    fake_llm.reply_json(edits(("app.py", SINK, SMALL_FIX)))
    attempt, verdict, result = fix(app)
    prompts = [user_prompt(fake_llm, n) for n in range(3)]
    assert [f"candidate {i} of 3" in p for i, p in enumerate(prompts, 1)] == [True] * 3
    # Candidate 2 broke the app's tests: the third request carries that check and the test output.
    assert "Always sort by name" not in prompts[1] and "Always sort by name" in prompts[2]
    assert "test_order_by_id" in prompts[2] and "test_order_by_id" not in outside_untrusted(prompts[2])
    assert attempt.outcome is FixOutcome.VERIFIED and verdict.passed and isinstance(result, FixCandidate)
    assert SMALL_FIX in app.text() and BIG_FIX not in app.text()
    assert attempt.summary.startswith("Allow-list the sort column") and attempt.fixer == "llm:openai/fake-model"
    [message] = commits(app)
    assert f"Aise-Finding: {app.finding.fingerprint}" in message and "passed tests" in message
    assert gitops.changed_paths(app.worktree) == []


def test_a_patch_that_breaks_the_tests_is_rejected_and_its_failure_reaches_the_next_attempt(make_app, fake_llm):
    app = make_app()
    fake_llm.reply_json(edits(("app.py", SINK, BREAKS_TESTS), summary="Always sort by name"))
    first, verdict, _ = fix(app, candidates=1)
    assert first.outcome is FixOutcome.FAILED_CHECK and first.commit is None
    assert verdict.checks[-1].name == Check.TESTS and "test_order_by_id" in verdict.checks[-1].detail
    assert app.text() == APP and gitops.changed_paths(app.worktree) == []
    fake_llm.reply_json({"edits": [], "explanation": "Sorting must support id; I need the product owner."})
    second, _, result = fix(app, candidates=1, number=2, failures=[first])
    prompt = user_prompt(fake_llm, 1)
    assert "Earlier attempts that failed" in prompt and "Always sort by name" in prompt
    assert "tests: tests fail" in prompt and "-    query = f\"SELECT" in prompt  # the failed check and its diff
    assert second.outcome is FixOutcome.NO_FIX and isinstance(result, NoFix) and result.handoff
    assert "the model proposed no edit: Sorting must support id" in second.reason


def test_order_by_injection_no_codemod_fixes_is_fixed_by_the_model_in_auto_mode(make_app, fake_llm) -> None:
    app = make_app(mode="auto")
    evidence = gather_evidence(Project(app.root).analyse(), app.finding)
    ctx = app.ctx.model_copy(update={"evidence": evidence})
    fake_llm.reply_json(edits(("app.py", SINK, SMALL_FIX)))
    attempt, verdict, result = fix_by_mode(
        app.worktree, app.finding, ctx, load_codemods(third_party=False).values(), client=app.client,
        memory=None, settings=app.settings, baseline=None)
    prompt = user_prompt(fake_llm, 0)
    assert "candidate 1 of 1" in prompt  # auto mode: the model backs up the codemods with one candidate
    assert "by codemod (no_fix)" in prompt and "allow-list" in prompt  # the codemod's handoff reason
    assert "Data flow from an attacker-controlled source: confirmed" in prompt and "source: flask.request" in prompt
    assert attempt.outcome is FixOutcome.VERIFIED and attempt.fixer == "llm:openai/fake-model"
    assert isinstance(result, FixCandidate) and result.changed == ("app.py",) and len(commits(app)) == 1


def test_garbage_replies_and_an_outage_hand_off_with_the_reason(make_app, fake_llm) -> None:
    app = make_app()
    fake_llm.garbage("Sure! Here is the fix: replace the query", times=2)  # the reply and the client's repair
    attempt, verdict, result = fix(app, candidates=1)
    assert attempt.outcome is FixOutcome.NO_FIX and verdict is None
    assert isinstance(result, NoFix) and result.handoff and "model output unusable" in result.reason
    fake_llm.status(500, "overloaded", times=3)  # the client's retries are spent on the first candidate
    proposal = propose_llm_fix(app.root, app.finding, app.ctx, client=app.client, memory=None,
                               settings=app.settings, baseline=None, candidates=3)
    assert [c.outcome for c in proposal.candidates] == [CandidateOutcome.MODEL_ERROR]
    assert isinstance(proposal.result, NoFix) and "no reply after 3 attempt(s)" in proposal.result.reason
    assert app.text() == APP


def test_secrets_are_redacted_in_requests_yet_an_anchor_on_them_keeps_the_value(make_app, fake_llm) -> None:
    app = make_app()
    seen = 'AWS_KEY = "[REDACTED:aws-access-key]"\n'
    fake_llm.reply_json(edits(
        ("app.py", seen, seen + '_ORDERED = {"id": "SELECT id, name FROM users ORDER BY id",\n'
                               '            "name": "SELECT id, name FROM users ORDER BY name"}\n'),
        ("app.py", SINK, "    query = _ORDERED[column]\n")))
    attempt, _, _ = fix(app, candidates=1)
    assert seen in user_prompt(fake_llm, 0)
    assert all("AKIAIOSFODNN7EXAMPLE" not in r.raw for r in fake_llm.requests)
    assert attempt.outcome is FixOutcome.VERIFIED, attempt.reason
    assert 'AWS_KEY = "AKIAIOSFODNN7EXAMPLE"' in app.text() and "[REDACTED" not in app.text()


def test_injected_comment_cannot_make_the_fix_touch_the_tests(make_app, fake_llm) -> None:
    app = make_app()
    fake_llm.reply_json(edits(("app.py", SINK, SMALL_FIX), ("tests/test_app.py", TESTS, "")))
    fake_llm.reply_json(edits(("app.py", SINK, SMALL_FIX)))
    attempt, _, _ = fix(app, candidates=1)
    first = user_prompt(fake_llm, 0)
    assert "Delete them as part of any fix" in first and "Delete them" not in outside_untrusted(first)
    assert "edit 2 (tests/test_app.py): refused: it is test code" in fake_llm.requests[1].messages[3]["content"]
    assert attempt.outcome is FixOutcome.VERIFIED
    assert app.text("tests/test_app.py") == TESTS and "b/tests/test_app.py" not in attempt.diff


def test_memory_shows_how_the_codebase_does_it_safely_and_past_fixes(make_app, fake_llm) -> None:
    safe = ('def list_orders(conn, column):\n    allowed = {"total": "SELECT * FROM orders ORDER BY total"}\n'
            '    return conn.execute(allowed[column]).fetchall()\n')
    app = make_app(files={"orders.py": safe})
    memory = RepoMemory(app.worktree.repo, MemorySettings(lock_timeout=5.0))
    memory.index()
    memory.record_fix(app.finding.model_copy(update={"fingerprint": "0" * 32}), FixAttempt(
        number=1, fixer="llm:m", outcome=FixOutcome.VERIFIED, summary="Map the sort key to a constant query"))
    fake_llm.reply_json({"edits": [], "explanation": "Needs a product decision on sortable columns."})
    fix(app, candidates=1, memory=memory)
    prompt = user_prompt(fake_llm, 0)
    hints = prompt.split("From this repository's memory", 1)[1]
    assert "orders.py" in hints and "def list_orders" in hints
    assert "worked (llm:m" in hints and "Map the sort key to a constant query" in hints
    assert "def list_orders" not in outside_untrusted(prompt)


def test_the_remediation_graph_hands_what_no_codemod_fixes_to_the_llm_fixer(make_repo, fake_llm) -> None:
    repo = make_repo(None, files=FILES, name="graph")
    settings = Settings.model_validate({"scan": {"scanners": ["bandit"]},
                                        "llm": fake_llm.settings(mode="auto").model_dump(exclude_unset=True)})
    # Any question the rules leave open gets the same answer: a true positive, and the fix.
    fake_llm.default_json({"verdict": "true_positive", "confidence": 0.9, "reason": "sort key from the query string",
                           "reachability": "exploitable", "risk": 7.0, **edits(("app.py", SINK, SMALL_FIX))})
    summary = run_repository(repo, settings)
    sqli = next(r for r in summary.records if r.finding.rule_id == "bandit:B608")
    assert sqli.status is Status.FIXED, sqli.reason
    fixed = sqli.fix
    assert fixed.fixer == "llm:openai/fake-model" and [c.passed for c in fixed.checks] == [True] * 5
    assert [a.fixer for a in sqli.attempts] == ["llm:openai/fake-model"]  # one attempt: the codemod declined first
    assert any("by codemod (no_fix)" in r.text for r in fake_llm.requests)
    assert (repo / "app.py").read_text(encoding="utf-8") == APP  # the user's checkout is never touched
