"""The fix tools behind the fixer and verify nodes: codemods in the run's worktree, checks, commits."""

from __future__ import annotations

import ast
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import git

from aise.agents.llm_fixer import FixMemory, codemod_failed, propose_llm_fix
from aise.config import Settings
from aise.evidence import Evidence
from aise.graphs.state import FixProposal
from aise.models import Finding
from aise.records import CheckResult, FixAttempt, FixOutcome
from aise.tools import gitops
from aise.tools.codemods import FixContext, load_codemods
from aise.tools.fixing import NoFix, attempt_fix
from aise.tools.testrunner import TestRun
from aise.tools.verify import VerificationResult, baseline_tests, verify_fix

if TYPE_CHECKING:
    from aise.llm import LLMClient

__all__ = ["WorktreeFixer", "changes_outside"]

_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@")
_IMPORT = re.compile(r"^\s*(?:import\s|from\s+\S+\s+import\s)")


class WorktreeFixer:
    """Fixes on `aise/<run-id>` in `.aise/worktrees/<run-id>`; the user's checkout is never touched.

    Every step is idempotent, because a resumed node runs again from its first line: the fixer
    first looks for a commit carrying the finding's trailer, then resets the worktree."""

    def __init__(self, repo: Path, run_id: str, settings: Settings, *, llm: LLMClient | None = None,
                 memory: FixMemory | None = None) -> None:
        self.repo, self.run_id, self.settings = repo, run_id, settings
        self._llm, self._memory = llm, memory
        self._mode = settings.llm.mode if llm is not None else "heuristic"
        self._worktree: gitops.Worktree | None = None
        self._baseline: TestRun | None = None
        self._baseline_done = False
        self._codemods = list(load_codemods(third_party=True).values())
        self._lock = threading.Lock()

    def worktree(self) -> gitops.Worktree:
        with self._lock:
            if self._worktree is None:
                self._worktree = gitops.create_worktree(self.repo, self.run_id, self.settings.state_dir)
            return self._worktree

    def baseline(self) -> TestRun | None:
        """The repository's tests before this session's first patch (a failing test is not blamed on a fix)."""
        if not self._baseline_done:
            self._baseline = baseline_tests(self.worktree().path, self.settings.fix)
            self._baseline_done = True
        return self._baseline

    def propose(
        self, finding: Finding, evidence: Evidence | None, *, attempt: int, failures: Sequence[FixAttempt],
        related: Sequence[str] = (),
    ) -> FixProposal | FixAttempt:
        wt = self.worktree()
        done = gitops.find_fix_commit(wt, finding.fingerprint)
        if done is not None:  # committed before a crash: do not patch twice
            return FixProposal(number=attempt, fixer="resumed", commit=done, summary="already fixed on the run's branch",
                               checks=(CheckResult(name="committed", passed=True, detail=f"found commit {done[:12]}"),))
        gitops.reset_worktree(wt)  # a re-run starts from the branch head, not from a half patch
        self.baseline()
        original = _read(wt.path / finding.path)
        ctx = FixContext(root=wt.path, evidence=evidence, attempt=attempt,
                         failures=tuple(f.reason for f in failures if f.reason))
        # llm mode: the model first; auto: the model once a codemod's patch failed (it would repeat it).
        if self._mode == "llm" or (self._mode == "auto" and codemod_failed(failures)):
            by_model = self._by_model(wt, finding, ctx, original, failures)
            if isinstance(by_model, FixProposal) or self._mode == "auto":
                return by_model
        candidate = attempt_fix(wt.path, finding, ctx, self._codemods, settings=self.settings)
        if isinstance(candidate, NoFix):
            gitops.reset_worktree(wt)
            resolved = self._resolved_by(wt, finding, related) if candidate.gone else None
            if resolved is not None:
                return resolved.model_copy(update={"number": attempt})
            declined = FixAttempt(number=attempt, fixer="codemod", outcome=FixOutcome.NO_FIX, reason=candidate.reason,
                                  final=candidate.handoff)
            if self._mode == "auto" and not candidate.gone:  # no codemod applies: the model tries
                return self._by_model(wt, finding, ctx, original, [*failures, declined])
            return declined
        repeated = next((f for f in failures if f.diff and f.diff == candidate.diff), None)
        if repeated is not None:  # a deterministic fixer repeats itself; verifying again cannot pass
            gitops.reset_worktree(wt)
            return FixAttempt(number=attempt, fixer=candidate.fixer, outcome=FixOutcome.NO_FIX,
                              reason=f"the only patch found failed verification before ({repeated.reason})")
        return FixProposal(
            number=attempt, fixer=candidate.fixer, summary=candidate.summary, diff=candidate.diff,
            touched=candidate.changed, annotated=candidate.annotated, located=candidate.finding,
            before=candidate.before, expected_rules=candidate.expected_rules, notes=candidate.notes,
            outside_function=changes_outside(
                candidate.diff, finding.path, _function_lines(original, candidate.finding.location.start_line)),
        )

    def _by_model(self, wt: gitops.Worktree, finding: Finding, ctx: FixContext, original: str,
                  failures: Sequence[FixAttempt]) -> FixProposal | FixAttempt:
        """The LLM fixer's candidates, verified here; the winner stays applied for `verify` to commit."""
        assert self._llm is not None
        proposal = propose_llm_fix(wt.path, finding, ctx, client=self._llm, memory=self._memory,
                                   settings=self.settings, baseline=self.baseline(), failures=failures)
        result, checks = proposal.result, proposal.verification.checks if proposal.verification else ()
        if isinstance(result, NoFix):
            return FixAttempt(number=ctx.attempt, fixer="llm", outcome=FixOutcome.NO_FIX, reason=result.reason)
        return FixProposal(
            number=ctx.attempt, fixer=result.fixer, summary=result.summary, diff=result.diff, touched=result.changed,
            located=result.finding, before=result.before, checks=checks,
            outside_function=changes_outside(
                result.diff, finding.path, _function_lines(original, result.finding.location.start_line)),
        )

    def _resolved_by(self, wt: gitops.Worktree, finding: Finding, related: Sequence[str] = ()) -> FixProposal | None:
        """The commit that made the finding go away: the newest related fix on the branch (same
        function, or a sink this code flows into), else the run's last commit on its flow's files."""
        repo = git.Repo(wt.path)
        branch = repo.git.rev_list(f"{wt.base}..HEAD").split()
        if not branch:  # nothing landed: the scans disagree, a human should look
            return None
        files = dict.fromkeys([finding.path, *(step.location.path for step in finding.code_flow)])
        sha = next((c for c in related if c in branch), "") or repo.git.log(
            "-1", "--format=%H", f"{wt.base}..HEAD", "--", *files).strip()
        summary = f"resolved by the fix committed in {sha[:12]}"
        if not sha:  # its own code is untouched: a fix it depends on (a callee's) resolved it
            sha = branch[0]
            summary = f"no longer reported once this branch's fixes landed (the latest is {sha[:12]})"
        detail = f"no longer reported after commit {sha[:12]}"
        return FixProposal(number=1, fixer="earlier-fix", commit=sha, touched=(finding.path,), summary=summary,
                           checks=(CheckResult(name="finding_gone", passed=True, detail=detail),))

    def verify(
        self, finding: Finding, proposal: FixProposal, *, risk: str = ""
    ) -> tuple[tuple[CheckResult, ...], str | None]:
        if proposal.commit is not None:
            return proposal.checks, proposal.commit
        wt = self.worktree()
        done = gitops.find_fix_commit(wt, finding.fingerprint)
        if done is not None:  # killed after the commit, before the checkpoint
            return (CheckResult(name="committed", passed=True, detail=f"found commit {done[:12]}"),), done
        if proposal.checks:  # verified while proposing (LLM candidates): commit the winner, or report the failure
            result = VerificationResult(checks=proposal.checks)
        else:
            result = verify_fix(wt.path, proposal.located or finding, proposal.touched, proposal.before,
                                self.settings, baseline=self.baseline(), expected_rules=proposal.expected_rules)
        if not result.passed:
            gitops.reset_worktree(wt)
            return result.checks, None
        where = proposal.located.location if proposal.located else finding.location
        message = gitops.fix_commit_message(finding.model_copy(update={"location": where}), summary=proposal.summary,
                                            fixer=proposal.fixer, verification=result.summary(),
                                            notes=proposal.notes, risk=risk)
        return result.checks, gitops.commit_fix(wt, finding, list(proposal.touched), message)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _function_lines(source: str, line: int) -> tuple[int, int] | None:
    """Lines of the innermost function around `line` in the unpatched source, if any."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    spans = [(n.lineno, n.end_lineno or n.lineno) for n in ast.walk(tree)
             if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.lineno <= line <= (n.end_lineno or 0)]
    return max(spans, default=None)


def changes_outside(diff: str, path: str, function: tuple[int, int] | None) -> bool:
    """True when the diff touches another file, or lines of `path` outside `function`
    (added or removed imports do not count: a fix often needs one; with no function, the
    finding is module-level code and only other files count)."""
    current: str | None = None
    old_line = 0
    for line in diff.splitlines():
        if line.startswith("+++ ") or line.startswith("--- "):
            name = line[4:].strip()
            if name != "/dev/null":
                current = name.removeprefix("a/").removeprefix("b/")
            continue
        if (match := _HUNK.match(line)) is not None:
            old_line = int(match.group(1))
            continue
        if not line or line[0] not in "+- " or line.startswith("\\"):
            continue
        if line[0] in "+-":
            if current != path:
                return True
            if function is None:  # module-level code: the file is the finding's scope
                continue
            inside = function[0] <= old_line <= function[1] + (1 if line[0] == "+" else 0)
            if not inside and not _IMPORT.match(line[1:]) and line[1:].strip():
                return True
        if line[0] != "+":
            old_line += 1
    return False
