"""Fix one finding without a graph: locate it again, run a codemod, verify, then commit or reset.

The graph's fixer and verify nodes call `attempt_fix`, `verify_fix` and `gitops` step by
step; `fix_finding` chains them for scripts and benchmarks.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

import git
from pydantic import BaseModel, ConfigDict

from aise.config import Settings
from aise.findings import normalise_snippet
from aise.models import Finding
from aise.records import FixAttempt, FixOutcome
from aise.tools import gitops
from aise.tools.codemods.base import Codemod, CodemodResult, FixContext, Handoff
from aise.tools.scan import run_scan
from aise.tools.testrunner import TestRun
from aise.tools.verify import VerificationResult, verify_fix

__all__ = ["FixCandidate", "NoFix", "ScanCache", "attempt_fix", "fix_finding", "locate"]

log = logging.getLogger(__name__)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FixCandidate(_Frozen):
    """A patch written to the worktree, not yet verified or committed."""

    finding: Finding
    """The finding as located in the worktree now (current lines)."""
    fixer: str
    summary: str
    notes: tuple[str, ...] = ()
    annotated: bool = False
    changed: tuple[str, ...]
    diff: str
    before: tuple[Finding, ...]
    """Findings of the changed files before the patch (same scanners), for verification."""
    expected_rules: tuple[str, ...] = ()
    """Informational rules the codemod's fix is known to trigger (its metadata `leaves`)."""


class NoFix(_Frozen):
    """No patch was written, and why."""

    finding: Finding
    reason: str
    handoff: bool = False
    """A codemod recognised the pattern and declined: a human must decide."""
    gone: bool = False
    """The finding is no longer reported in the worktree (an earlier fix resolved it)."""
    notes: tuple[str, ...] = ()


class ScanCache:
    """Findings per file, valid until a fix changes the file: saves the rescan that locates a finding."""

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        self._full: dict[str, list[Finding]] = {}
        for finding in findings:  # a full scan: every scanner, so any finding can be located in it
            self._full.setdefault(finding.path, []).append(finding)
        self._partial: dict[tuple[str, frozenset[str]], tuple[Finding, ...]] = {}

    def current(self, path: str, scanner_ids: Sequence[str]) -> tuple[Finding, ...] | None:
        if path in self._full:
            return tuple(self._full[path])
        return self._partial.get((path, frozenset(scanner_ids)))

    def update(self, changed: Iterable[str], scanner_ids: Sequence[str], after: Iterable[Finding]) -> None:
        """Record a committed fix: its files now hold `after` (as seen by `scanner_ids`)."""
        after = tuple(after)
        for path in changed:
            self._full.pop(path, None)
            self._partial = {k: v for k, v in self._partial.items() if k[0] != path}
            self._partial[(path, frozenset(scanner_ids))] = tuple(f for f in after if f.path == path)


def locate(
    worktree: Path,
    finding: Finding,
    settings: Settings,
    *,
    current: Sequence[Finding] | None = None,
    scanner_ids: Sequence[str] | None = None,
) -> tuple[Finding | None, tuple[Finding, ...]]:
    """The finding as the worktree reports it now (by fingerprint, else rule+symbol), and its file's findings."""
    if current is None:
        ids = list(scanner_ids or finding.scanners)
        current = run_scan(worktree, settings, scanner_ids=ids, paths=[Path(finding.path)]).findings
    in_file = tuple(f for f in current if f.path == finding.path)
    exact = next((f for f in in_file if f.fingerprint == finding.fingerprint), None)
    if exact is not None:
        return exact, in_file
    rules = set(finding.rule_ids)
    similar = [f for f in in_file if set(f.rule_ids) & rules and f.symbol == finding.symbol]
    if not similar:
        return None, in_file
    wanted = normalise_snippet(finding.location.snippet)
    similar.sort(key=lambda f: (normalise_snippet(f.location.snippet) != wanted,
                                abs(f.location.start_line - finding.location.start_line)))
    return similar[0], in_file


def attempt_fix(
    worktree: Path,
    finding: Finding,
    ctx: FixContext,
    codemods: Iterable[Codemod],
    *,
    settings: Settings,
    current: Sequence[Finding] | None = None,
    scanner_ids: Sequence[str] | None = None,
) -> FixCandidate | NoFix:
    """Locate `finding` in `worktree`, let the first codemod that fixes it rewrite the files."""
    ctx = ctx.model_copy(update={"root": worktree})
    located, in_file = locate(worktree, finding, settings, current=current, scanner_ids=scanner_ids)
    if located is None:
        return NoFix(finding=finding, gone=True,
                     reason="no longer reported in the worktree; an earlier fix may have resolved it")
    path = worktree / located.path
    if path.suffix not in {".py", ".pyw"}:
        return NoFix(finding=located, reason=f"the codemods fix Python; {located.path} is not a Python file")
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return NoFix(finding=located, reason=f"cannot read {located.path}: {exc}")
    outcome = _first_fix(source, located, ctx, codemods)
    if not isinstance(outcome, tuple):
        return outcome
    codemod, result = outcome
    edits = {located.path: result.source, **{e.path: e.content for e in result.edits}}
    if any(not _inside(p) for p in edits):
        return NoFix(finding=located, reason=f"{codemod.id} tried to write outside the repository")
    extra = [p for p in edits if p != located.path]
    before = list(in_file)
    if extra:
        ids = list(scanner_ids or located.scanners)
        before += run_scan(worktree, settings, scanner_ids=ids, paths=[Path(p) for p in extra]).findings
    for rel, text in edits.items():
        (worktree / rel).write_text(text, encoding="utf-8")
    changed = tuple(sorted(set(gitops.changed_paths(worktree)) & set(edits)))
    diff = _diff(worktree, changed)
    return FixCandidate(finding=located, fixer=codemod.id, summary=result.summary, notes=result.notes,
                        annotated=result.annotated, changed=changed, diff=diff, before=tuple(before),
                        expected_rules=codemod.metadata.leaves)


def _first_fix(
    source: str, finding: Finding, ctx: FixContext, codemods: Iterable[Codemod]
) -> tuple[Codemod, CodemodResult] | NoFix:
    handoff: Handoff | None = None
    tried: list[str] = []
    for codemod in codemods:
        if not codemod.handles(finding):
            continue
        tried.append(codemod.id)
        try:
            result = codemod.transform(source, finding, ctx)
        except Exception as exc:  # a codemod bug must not end the run; it is recorded as the reason
            log.exception("codemod %s crashed on %s", codemod.id, finding.short_id)
            handoff = handoff or Handoff(reason=f"{codemod.id} crashed: {type(exc).__name__}: {exc}")
            continue
        if isinstance(result, CodemodResult) and (result.source != source or result.edits):
            return codemod, result
        if isinstance(result, Handoff) and handoff is None:
            handoff = result
    if handoff is not None:
        return NoFix(finding=finding, reason=handoff.reason, handoff=True, notes=handoff.notes)
    reason = f"no codemod matched the code ({', '.join(tried)} tried)" if tried else "no codemod handles this rule"
    return NoFix(finding=finding, reason=reason)


def _inside(rel: str) -> bool:
    path = PurePosixPath(rel)
    return not path.is_absolute() and ".." not in path.parts and bool(path.parts)


def _diff(worktree: Path, changed: Sequence[str]) -> str:
    """Unified diff of the changed files against HEAD (new files included)."""
    repo = git.Repo(worktree)
    new = set(repo.untracked_files) & set(changed)
    tracked = repo.git.diff("--", *(p for p in changed if p not in new)) if set(changed) - new else ""
    extra = [repo.git.diff("--no-index", "/dev/null", p, with_exceptions=False) for p in sorted(new)]
    return "\n".join(d for d in (tracked, *extra) if d)


def fix_finding(
    worktree: gitops.Worktree,
    finding: Finding,
    ctx: FixContext,
    codemods: Iterable[Codemod],
    *,
    settings: Settings,
    baseline: TestRun | None,
    number: int = 1,
    cache: ScanCache | None = None,
    scanner_ids: Sequence[str] | None = None,
) -> tuple[FixAttempt, VerificationResult | None, FixCandidate | NoFix]:
    """One attempt end to end: patch, verify, then commit (verified) or reset (failed)."""
    ids = list(scanner_ids or finding.scanners)
    current = cache.current(finding.path, ids) if cache is not None else None
    existing = gitops.find_fix_commit(worktree, finding.fingerprint)
    if existing is not None:  # a resumed run: this finding was committed already
        return FixAttempt(number=number, fixer="resumed", outcome=FixOutcome.VERIFIED, commit=existing,
                          summary="already fixed on the run's branch"), None, NoFix(finding=finding, reason="done")
    if gitops.changed_paths(worktree):
        gitops.reset_worktree(worktree)  # leftovers of an attempt that crashed before its commit
    started = time.perf_counter()
    candidate = attempt_fix(worktree.path, finding, ctx, codemods, settings=settings, current=current,
                            scanner_ids=scanner_ids)
    if isinstance(candidate, NoFix):
        gitops.reset_worktree(worktree)
        return FixAttempt(number=number, fixer="codemod", outcome=FixOutcome.NO_FIX,
                          reason=candidate.reason), None, candidate
    verdict = verify_fix(worktree.path, candidate.finding, candidate.changed, candidate.before, settings,
                         baseline=baseline, scanner_ids=scanner_ids, expected_rules=candidate.expected_rules)
    if not verdict.passed:
        gitops.reset_worktree(worktree)
        return FixAttempt(number=number, fixer=candidate.fixer, outcome=FixOutcome.FAILED_CHECK,
                          summary=candidate.summary, diff=candidate.diff, checks=verdict.checks,
                          reason=verdict.failure), verdict, candidate
    # The trailer carries the fingerprint the caller tracks, even if the rescan matched by rule+symbol.
    described = finding.model_copy(update={"location": candidate.finding.location})
    message = gitops.fix_commit_message(described, summary=candidate.summary, fixer=candidate.fixer,
                                        verification=verdict.summary(), notes=candidate.notes)
    commit = gitops.commit_fix(worktree, finding, list(candidate.changed), message)
    if cache is not None:
        cache.update(candidate.changed, ids, verdict.after)
    outcome = FixOutcome.ANNOTATED if candidate.annotated else FixOutcome.VERIFIED
    log.debug("fixed %s in %.1fs", finding.short_id, time.perf_counter() - started)
    return FixAttempt(number=number, fixer=candidate.fixer, outcome=outcome, summary=candidate.summary,
                      diff=candidate.diff, checks=verdict.checks, commit=commit), verdict, candidate
