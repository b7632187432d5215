"""Build the run's Deps: brain, evidence tools, memory, fix tools, policy, clock and LLM client."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

from aise.agents.brains import AutoBrain, Brain, HeuristicBrain, LLMBrain
from aise.agents.deps import Deps, Recalled, RunPaths, ScanOutput
from aise.agents.policy import Policy
from aise.config import Settings
from aise.evidence import Evidence
from aise.graphs.fixes import WorktreeFixer
from aise.graphs.state import BudgetUsage
from aise.memory import CodeHit, RecordedFix, RepoMemory
from aise.models import Finding, Status
from aise.records import FixAttempt, HumanDecision, TriageVerdict
from aise.redact import Redactor
from aise.tools.analysis.evidence import gather_evidence
from aise.tools.analysis.project import Project

__all__ = ["AnalysisEvidence", "SerialMemory", "build_deps", "run_paths"]


def run_paths(repo: Path, settings: Settings, run_id: str) -> RunPaths:
    state_dir = repo / settings.state_dir
    return RunPaths(repo=repo, state_dir=state_dir, run_dir=state_dir / "runs" / run_id)


def build_deps(
    paths: RunPaths,
    settings: Settings,
    *,
    baseline: BudgetUsage | None = None,
    carried: Mapping[str, Status] | None = None,
    run_started: datetime | None = None,
) -> Deps:
    """Everything the nodes use, built once per process (never at import, never checkpointed)."""
    from aise.llm import LLMClient
    from aise.llm_usage import RunUsage

    baseline = baseline or BudgetUsage()
    redactor = Redactor.from_env()
    usage = RunUsage(start=baseline.llm)
    llm = None
    brain: Brain = HeuristicBrain()
    if settings.llm.mode != "heuristic":
        llm = LLMClient(settings.llm, paths.state_dir / "llm-cache", usage=usage, redactor=redactor)
        brain = LLMBrain(llm) if settings.llm.mode == "llm" else AutoBrain(HeuristicBrain(), LLMBrain(llm), settings.llm.auto_threshold)
    memory = _memory(paths.repo, settings)
    fixes = WorktreeFixer(paths.repo, paths.run_dir.name, settings, llm=llm, memory=memory) if _git_repo(paths.repo) else None
    return Deps(
        settings=settings,
        paths=paths,
        brain=brain,
        policy=Policy(settings.policy),
        scan=_scan,
        evidence=AnalysisEvidence(paths.repo),
        memory=memory,
        fixes=fixes,
        llm=llm,
        usage=usage,
        redact=redactor.redact,
        clock=time.monotonic,
        session_start=time.monotonic(),
        baseline=baseline,
        carried=dict(carried or {}),
        run_started=run_started,
    )


def _git_repo(repo: Path) -> bool:
    return (repo / ".git").exists()


def _memory(repo: Path, settings: Settings) -> SerialMemory:
    return SerialMemory(RepoMemory(repo, settings.memory, llm=settings.llm))


class SerialMemory:
    """One memory call at a time: agent nodes run in threads, and a Chroma client opened by
    several threads at once races (each call takes milliseconds, so nothing waits long)."""

    def __init__(self, memory: RepoMemory) -> None:
        self.memory = memory
        self._lock = threading.Lock()

    def index(self) -> object:
        with self._lock:
            return self.memory.index()

    def recall(self, finding: Finding, k: int = 5) -> Sequence[Recalled]:
        with self._lock:
            return self.memory.recall(finding, k)

    def record_decision(self, finding: Finding, decision: TriageVerdict | HumanDecision) -> None:
        with self._lock:
            self.memory.record_decision(finding, decision)

    def record_fix(self, finding: Finding, attempt: FixAttempt) -> None:
        with self._lock:
            self.memory.record_fix(finding, attempt)

    def similar_code(self, text: str, k: int = 5, *, path: str | None = None) -> list[CodeHit]:
        with self._lock:
            return self.memory.similar_code(text, k, path=path)

    def fixes_for(self, rule_id: str, k: int = 5, *, like: str | None = None) -> list[RecordedFix]:
        with self._lock:
            return self.memory.fixes_for(rule_id, k, like=like)


def _scan(repo: Path, settings: Settings) -> ScanOutput:
    from aise.tools.scan import run_scan

    return run_scan(repo, settings)


class AnalysisEvidence:
    """Evidence from aise's own analysis; the project is parsed and analysed once, on first use."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        self._project: Project | None = None
        # Nodes run in threads; the project fills caches lazily, so one gather at a time.
        self._lock = threading.Lock()

    def gather(self, finding: Finding) -> Evidence:
        with self._lock:
            if self._project is None:
                self._project = Project(self.repo).analyse()
            return gather_evidence(self._project, finding)
