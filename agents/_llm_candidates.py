"""LLM fix candidates: the reply schema, one candidate's ask-check-repair-verify cycle, and the choice.

Private to `aise.agents.llm_fixer`, which is the public entry point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import git
from pydantic import BaseModel, ConfigDict

from aise.agents._fix_inputs import rejection_note, verification_note
from aise.agents.prompting import render, render_prompt
from aise.config import Settings
from aise.errors import BudgetExceeded, ModelOutputError, ModelUnavailable
from aise.llm import LLMClient, Prompt
from aise.models import Finding
from aise.tools import gitops
from aise.tools.fixing import FixCandidate, NoFix
from aise.tools.patching import (
    EditLimits,
    PatchPlan,
    PathPolicy,
    SearchReplace,
    plan_edits,
    write_plan,
)
from aise.tools.scan import run_scan
from aise.tools.testrunner import TestRun
from aise.tools.verify import VerificationResult, verify_fix

__all__ = ["AGENT", "LLM_PREFIX", "CandidateOutcome", "CandidateReport", "FixEdits", "LLMProposal", "Session"]

AGENT = "fixer"
"""The prompt files (`agents/prompts/fixer.*`) and the `llm.models` key."""
LLM_PREFIX = "llm:"


class FixEdits(BaseModel):
    """What the model returns: search/replace edits (empty when no safe fix exists) and why."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    edits: list[SearchReplace]
    summary: str = ""
    explanation: str = ""


class CandidateOutcome(StrEnum):
    PASSED = "passed"
    FAILED_CHECK = "failed_check"
    REJECTED = "rejected"
    """The edits were refused (anchor, path, limits) even after the repair round."""
    DECLINED = "declined"
    """The model returned no edit: it found no safe fix."""
    MODEL_ERROR = "model_error"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CandidateReport(_Frozen):
    index: int
    outcome: CandidateOutcome
    summary: str = ""
    reason: str = ""
    diff_lines: int = 0


class LLMProposal(_Frozen):
    """The model's best patch: the winner left applied (uncommitted) in the worktree, or why none passed."""

    result: FixCandidate | NoFix
    """The winner; else the last candidate that failed a check (worktree clean); else NoFix."""
    verification: VerificationResult | None = None
    candidates: tuple[CandidateReport, ...] = ()

    @property
    def passed(self) -> bool:
        return isinstance(self.result, FixCandidate) and self.verification is not None and self.verification.passed

    @property
    def reason(self) -> str:
        """Why the candidates that did not win failed, in order."""
        return _failed(self.candidates)


@dataclass
class Run:
    report: CandidateReport
    plan: PatchPlan | None = None
    candidate: FixCandidate | None = None
    verification: VerificationResult | None = None


@dataclass
class Session:
    """One attempt on one finding: shared inputs, and notes that grow as candidates fail."""

    root: Path
    finding: Finding
    in_file: tuple[Finding, ...]
    client: LLMClient
    settings: Settings
    baseline: TestRun | None
    scanner_ids: Sequence[str] | None
    variables: Mapping[str, object]
    policy: PathPolicy
    limits: EditLimits
    fixer: str
    notes: list[dict[str, str]] = field(default_factory=list)

    def run(self, total: int) -> LLMProposal:
        """Up to `total` candidates, one after another in the same worktree; then the choice."""
        runs: list[Run] = []
        for index in range(1, total + 1):
            try:
                runs.append(self.candidate(index, total))
            except (ModelUnavailable, BudgetExceeded) as exc:  # asking again cannot help; keep what passed
                runs.append(Run(CandidateReport(index=index, outcome=CandidateOutcome.MODEL_ERROR, reason=str(exc))))
                break
        return self.conclude(runs)

    def candidate(self, index: int, total: int) -> Run:
        """Ask, check the edits (one repair round), apply, verify, reset. Raises ModelUnavailable/BudgetExceeded."""
        variables = {**self.variables, "failures": list(self.notes), "candidate": {"index": index, "total": total}}
        prompt = render_prompt(AGENT, variables, FixEdits)
        try:
            answer = self.client.complete_prompt(AGENT, prompt, FixEdits)
        except ModelUnavailable:
            raise
        except ModelOutputError as exc:
            return Run(CandidateReport(index=index, outcome=CandidateOutcome.MODEL_ERROR,
                                        reason=f"model output unusable: {exc}"))
        if not answer.edits:
            return self._declined(index, answer)
        plan = plan_edits(self.root, answer.edits, policy=self.policy, limits=self.limits)
        if not isinstance(plan, PatchPlan):
            return self._repair(index, prompt, answer, [str(p) for p in plan])
        return self._verify(index, answer, plan)

    def _repair(self, index: int, prompt: Prompt, answer: FixEdits, problems: list[str]) -> Run:
        """Show the model why its blocks were rejected; one more reply, then the candidate is rejected."""
        messages = [*prompt.messages(), {"role": "assistant", "content": answer.model_dump_json()},
                    {"role": "user", "content": render(AGENT, "repair", {"problems": problems}, FixEdits)}]
        try:
            again = self.client.complete_json(AGENT, messages, FixEdits)
        except ModelUnavailable:
            raise
        except ModelOutputError as exc:
            return self._rejected(index, answer, [*problems, f"the repair reply was unusable: {exc}"])
        if not again.edits:
            return self._declined(index, again)
        plan = plan_edits(self.root, again.edits, policy=self.policy, limits=self.limits)
        if not isinstance(plan, PatchPlan):
            return self._rejected(index, again, [str(p) for p in plan])
        return self._verify(index, again, plan)

    def _declined(self, index: int, answer: FixEdits) -> Run:
        why = answer.explanation.strip() or "no reason given"
        return Run(CandidateReport(index=index, outcome=CandidateOutcome.DECLINED, summary=answer.summary,
                                    reason=f"the model proposed no edit: {why}"))

    def _rejected(self, index: int, answer: FixEdits, problems: list[str]) -> Run:
        self.notes.append(rejection_note(f"candidate {index} (edits rejected)", problems))
        return Run(CandidateReport(index=index, outcome=CandidateOutcome.REJECTED, summary=answer.summary,
                                    reason="edits rejected after one repair: " + "; ".join(problems)))

    def _verify(self, index: int, answer: FixEdits, plan: PatchPlan) -> Run:
        extra = [Path(p) for p in plan.paths if p != self.finding.path]
        before = list(self.in_file)
        if extra:
            ids = list(self.scanner_ids or self.finding.scanners)
            before += run_scan(self.root, self.settings, scanner_ids=ids, paths=extra).findings
        write_plan(self.root, plan)
        try:
            diff = git.Repo(self.root).git.diff("--", *plan.paths)
            result = verify_fix(self.root, self.finding, plan.paths, before, self.settings,
                                baseline=self.baseline, scanner_ids=self.scanner_ids)
        finally:
            gitops.reset_worktree(self.root)
        summary = _summary(answer)
        candidate = FixCandidate(finding=self.finding, fixer=self.fixer, summary=summary, changed=plan.paths,
                                 diff=diff, before=tuple(before))
        outcome = CandidateOutcome.PASSED if result.passed else CandidateOutcome.FAILED_CHECK
        if not result.passed:
            self.notes.append(verification_note(f"candidate {index}", summary, diff, result))
        report = CandidateReport(index=index, outcome=outcome, summary=answer.summary, reason=result.failure,
                                 diff_lines=plan.changed_lines)
        return Run(report, plan, candidate, result)

    def conclude(self, runs: list[Run]) -> LLMProposal:
        reports = tuple(r.report for r in runs)
        passing = [r for r in runs if r.report.outcome is CandidateOutcome.PASSED]
        if passing:
            best = min(passing, key=lambda r: (r.report.diff_lines, r.report.index))
            assert best.plan is not None and best.candidate is not None
            write_plan(self.root, best.plan)  # the same texts that passed, so no second verification
            return LLMProposal(result=best.candidate, verification=best.verification, candidates=reports)
        checked = [r for r in runs if r.candidate is not None]
        if checked:
            return LLMProposal(result=checked[-1].candidate, verification=checked[-1].verification,
                               candidates=reports)
        reason = f"no usable fix from the model ({_failed(reports) or 'no candidate was asked'})"
        return LLMProposal(result=NoFix(finding=self.finding, reason=reason, handoff=True), candidates=reports)


def _failed(reports: Sequence[CandidateReport]) -> str:
    return "; ".join(f"candidate {c.index}: {c.reason}" for c in reports if c.outcome is not CandidateOutcome.PASSED)


def _summary(answer: FixEdits) -> str:
    subject = answer.summary.strip().splitlines()[0] if answer.summary.strip() else "Fix the finding (LLM edit)"
    explanation = answer.explanation.strip()
    return f"{subject}\n\n{explanation}" if explanation else subject
