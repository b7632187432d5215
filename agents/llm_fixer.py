"""LLM fixer: the model writes search/replace edits; each candidate is verified; the smallest passing one wins.

Used where no codemod applies, and first in `llm` mode. The model sees the evidence, the code
around the finding, hints from memory and why earlier tries failed, all redacted and inside the
prompt's untrusted block. Edits go through `aise.tools.patching` (exact anchors, paths inside the
repository, no tests unless the finding is in one); a rejected reply gets one repair round.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from aise.agents._fix_inputs import (
    FixMemory,
    attempt_note,
    code_context,
    enclosing_span,
    memory_hints,
)
from aise.agents._llm_candidates import (
    AGENT,
    LLM_PREFIX,
    CandidateOutcome,
    CandidateReport,
    FixEdits,
    LLMProposal,
    Session,
)
from aise.config import Settings
from aise.evidence import Evidence
from aise.llm import LLMClient
from aise.models import Finding
from aise.records import FixAttempt, FixOutcome
from aise.tools import gitops
from aise.tools.codemods.base import Codemod, FixContext
from aise.tools.fixing import FixCandidate, NoFix, ScanCache, fix_finding, locate
from aise.tools.patching import EditLimits, PathPolicy
from aise.tools.testrunner import TestRun
from aise.tools.verify import VerificationResult

__all__ = [
    "AGENT",
    "CandidateOutcome",
    "CandidateReport",
    "FixEdits",
    "FixMemory",
    "LLMProposal",
    "candidate_count",
    "codemod_failed",
    "fix_by_mode",
    "llm_fix",
    "propose_llm_fix",
]

log = logging.getLogger(__name__)


def candidate_count(settings: Settings) -> int:
    """`fix.candidates` in `llm` mode; one when the model only backs up the codemods (`auto`)."""
    return settings.fix.candidates if settings.llm.mode == "llm" else 1


def codemod_failed(failures: Sequence[FixAttempt]) -> bool:
    """True when a codemod's patch already failed verification: in `auto` mode the model takes over."""
    return any(a.outcome is FixOutcome.FAILED_CHECK and not a.fixer.startswith(LLM_PREFIX) for a in failures)


def propose_llm_fix(
    worktree: Path,
    finding: Finding,
    ctx: FixContext,
    *,
    client: LLMClient,
    memory: FixMemory | None,
    settings: Settings,
    baseline: TestRun | None,
    failures: Sequence[FixAttempt] = (),
    candidates: int | None = None,
    current: Sequence[Finding] | None = None,
    scanner_ids: Sequence[str] | None = None,
    limits: EditLimits | None = None,
) -> LLMProposal:
    """Ask for up to `candidates` patches, verify each, and leave the smallest passing one applied."""
    fixer = LLM_PREFIX + client.model_for(AGENT)
    if gitops.changed_paths(worktree):
        gitops.reset_worktree(worktree)  # leftovers of an attempt that crashed before its commit
    located, in_file = locate(worktree, finding, settings, current=current, scanner_ids=scanner_ids)
    if located is None:
        return LLMProposal(result=NoFix(finding=finding, gone=True,
                                        reason="no longer reported in the worktree; an earlier fix may have resolved it"))
    try:
        source = (worktree / located.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return LLMProposal(result=NoFix(finding=located, reason=f"cannot read {located.path}: {exc}"))
    evidence = ctx.evidence or Evidence(fingerprint=finding.fingerprint, snippet=located.location.snippet)
    notes = [attempt_note(a) for a in failures] or [{"earlier attempt": f} for f in ctx.failures]
    variables = {
        "finding": located, "evidence": evidence, "context": code_context(located, source),
        "recalled": memory_hints(memory, located, evidence, enclosing_span(source, located.location.start_line)),
    }
    session = Session(root=worktree, finding=located, in_file=in_file, client=client, settings=settings,
                       baseline=baseline, scanner_ids=scanner_ids, variables=variables,
                       policy=PathPolicy.for_finding(located.path), limits=limits or EditLimits(), fixer=fixer,
                       notes=notes)
    return session.run(candidates or candidate_count(settings))


def llm_fix(
    worktree: gitops.Worktree,
    finding: Finding,
    ctx: FixContext,
    *,
    client: LLMClient,
    memory: FixMemory | None,
    settings: Settings,
    baseline: TestRun | None,
    number: int = 1,
    failures: Sequence[FixAttempt] = (),
    cache: ScanCache | None = None,
    scanner_ids: Sequence[str] | None = None,
    candidates: int | None = None,
) -> tuple[FixAttempt, VerificationResult | None, FixCandidate | NoFix]:
    """One LLM attempt end to end, like `tools.fixing.fix_finding`: propose, verify, then commit or reset."""
    existing = gitops.find_fix_commit(worktree, finding.fingerprint)
    if existing is not None:  # a resumed run: this finding was committed already
        return FixAttempt(number=number, fixer="resumed", outcome=FixOutcome.VERIFIED, commit=existing,
                          summary="already fixed on the run's branch"), None, NoFix(finding=finding, reason="done")
    ids = list(scanner_ids or finding.scanners)
    proposal = propose_llm_fix(
        worktree.path, finding, ctx, client=client, memory=memory, settings=settings, baseline=baseline,
        failures=failures, candidates=candidates, scanner_ids=scanner_ids,
        current=cache.current(finding.path, ids) if cache is not None else None,
    )
    result, verdict = proposal.result, proposal.verification
    if isinstance(result, NoFix):
        fixer = "llm" if result.gone else LLM_PREFIX + client.model_for(AGENT)
        return FixAttempt(number=number, fixer=fixer, outcome=FixOutcome.NO_FIX, reason=result.reason), None, result
    assert verdict is not None
    if not proposal.passed:
        return FixAttempt(number=number, fixer=result.fixer, outcome=FixOutcome.FAILED_CHECK, summary=result.summary,
                          diff=result.diff, checks=verdict.checks, reason=proposal.reason), verdict, result
    described = finding.model_copy(update={"location": result.finding.location})
    message = gitops.fix_commit_message(described, summary=result.summary, fixer=result.fixer,
                                        verification=verdict.summary())
    commit = gitops.commit_fix(worktree, finding, list(result.changed), message)
    if cache is not None:
        cache.update(result.changed, ids, verdict.after)
    log.debug("LLM fix for %s: %s", finding.short_id, proposal.candidates)
    return FixAttempt(number=number, fixer=result.fixer, outcome=FixOutcome.VERIFIED, summary=result.summary,
                      diff=result.diff, checks=verdict.checks, commit=commit), verdict, result


def fix_by_mode(
    worktree: gitops.Worktree,
    finding: Finding,
    ctx: FixContext,
    codemods: Iterable[Codemod],
    *,
    client: LLMClient | None,
    memory: FixMemory | None,
    settings: Settings,
    baseline: TestRun | None,
    number: int = 1,
    failures: Sequence[FixAttempt] = (),
    cache: ScanCache | None = None,
    scanner_ids: Sequence[str] | None = None,
) -> tuple[FixAttempt, VerificationResult | None, FixCandidate | NoFix]:
    """`fix_finding` with the model as `llm.mode` says: `heuristic` codemods only; `llm` the model first
    (codemods when it offers nothing); `auto` codemods first, the model when none applies or a
    codemod's patch failed verification."""
    mode = settings.llm.mode if client is not None else "heuristic"

    def by_codemod() -> tuple[FixAttempt, VerificationResult | None, FixCandidate | NoFix]:
        return fix_finding(worktree, finding, ctx, codemods, settings=settings, baseline=baseline, number=number,
                           cache=cache, scanner_ids=scanner_ids)

    def by_model(earlier: Sequence[FixAttempt]) -> tuple[FixAttempt, VerificationResult | None, FixCandidate | NoFix]:
        assert client is not None
        return llm_fix(worktree, finding, ctx, client=client, memory=memory, settings=settings, baseline=baseline,
                       number=number, failures=earlier, cache=cache, scanner_ids=scanner_ids)

    if mode == "heuristic":
        return by_codemod()
    if mode == "llm":
        first = by_model(failures)
        offered_nothing = isinstance(first[2], NoFix) and not first[2].gone and first[0].fixer != "resumed"
        return by_codemod() if offered_nothing else first
    if codemod_failed(failures):  # the codemod would write the same failing patch again
        return by_model(failures)
    first = by_codemod()
    attempt, _, result = first
    if attempt.outcome in (FixOutcome.VERIFIED, FixOutcome.ANNOTATED) or (isinstance(result, NoFix) and result.gone):
        return first
    return by_model([*failures, attempt])  # the codemod's reason (or its failed check) guides the model
