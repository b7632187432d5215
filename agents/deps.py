"""Deps: everything a node needs besides its state, built once by the runner and passed as context."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from aise.config import Settings
from aise.evidence import Evidence
from aise.graphs.state import BudgetUsage, FixProposal
from aise.memory.models import RecalledDecision
from aise.models import Finding, ScannerStatus, Status
from aise.records import CheckResult, FixAttempt, HumanDecision, TriageVerdict

if TYPE_CHECKING:
    from aise.agents.brains import Brain
    from aise.agents.policy import Policy
    from aise.llm import LLMClient
    from aise.llm_usage import RunUsage

__all__ = [
    "Deps",
    "EvidencePort",
    "FixPort",
    "MemoryPort",
    "Recalled",
    "RunPaths",
    "ScanOutput",
    "ScanPort",
]


Recalled = RecalledDecision
"""A past decision on the same or similar code, as memory recalls it (human ones first)."""


class ScanOutput(Protocol):
    @property
    def findings(self) -> Sequence[Finding]: ...

    @property
    def statuses(self) -> Sequence[ScannerStatus]: ...


class ScanPort(Protocol):
    def __call__(self, repo: Path, settings: Settings) -> ScanOutput: ...


class EvidencePort(Protocol):
    def gather(self, finding: Finding) -> Evidence: ...


class MemoryPort(Protocol):
    """The slice of `aise.memory.RepoMemory` the agents use."""

    def index(self) -> object: ...

    def recall(self, finding: Finding, k: int = 5) -> Sequence[Recalled]: ...

    def record_decision(self, finding: Finding, decision: TriageVerdict | HumanDecision) -> None: ...

    def record_fix(self, finding: Finding, attempt: FixAttempt) -> None: ...


class FixPort(Protocol):
    """Writes a patch in the run's worktree; verifies it and commits it on the run's branch."""

    def propose(
        self, finding: Finding, evidence: Evidence | None, *, attempt: int, failures: Sequence[FixAttempt],
        related: Sequence[str] = (),
    ) -> FixProposal | FixAttempt:
        """A patch to verify, or the attempt that produced none (outcome NO_FIX, with the reason).
        `related` are commits that most likely resolved the finding if it is no longer reported."""
        ...

    def verify(
        self, finding: Finding, proposal: FixProposal, *, risk: str = ""
    ) -> tuple[tuple[CheckResult, ...], str | None]:
        """Every check run, and the commit when all passed (a failed patch is reset); `risk`
        (the exploitability assessment, in words) goes into the commit message."""
        ...


@dataclass(frozen=True, kw_only=True)
class RunPaths:
    repo: Path
    state_dir: Path
    """`<repo>/.aise`: checkpoints, memory, runs."""
    run_dir: Path
    """`<repo>/.aise/runs/<run-id>`: the report files."""


@dataclass(frozen=True, kw_only=True)
class Deps:
    """Run-scoped collaborators; LangGraph `context`, so never checkpointed."""

    settings: Settings
    paths: RunPaths
    brain: Brain
    policy: Policy
    scan: ScanPort
    evidence: EvidencePort
    memory: MemoryPort | None = None
    fixes: FixPort | None = None
    llm: LLMClient | None = None
    usage: RunUsage | None = None
    redact: Callable[[str], str] = str
    clock: Callable[[], float]
    session_start: float
    baseline: BudgetUsage = field(default_factory=BudgetUsage)
    """Usage of earlier sessions of this run (a resumed run continues its budgets);
    `usage` is started from `baseline.llm`, so it already counts earlier spend."""
    run_started: datetime | None = None
    """When the run began; decisions this run's own agents recorded since are not recalled."""
    carried: Mapping[str, Status] = field(default_factory=dict)
    """Fingerprints decided in an earlier sweep: carried over, not processed again."""

    def usage_now(self) -> BudgetUsage:
        return BudgetUsage(
            seconds=self.baseline.seconds + max(0.0, self.clock() - self.session_start),
            llm=self.usage.snapshot() if self.usage is not None else self.baseline.llm,
        )
