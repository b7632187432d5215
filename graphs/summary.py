"""What a run returns and reports while it goes: RunSummary, RunInfo and progress events."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from aise.llm_usage import UsageSnapshot
from aise.models import Status
from aise.records import FindingRecord

__all__ = ["RunEvent", "RunInfo", "RunPhase", "RunSummary", "count_statuses"]


class RunPhase(StrEnum):
    COMPLETE = "complete"
    """Every finding is terminal and nobody is asked anything."""
    AWAITING_REVIEW = "awaiting_review"
    """Every finding is terminal; some wait for `aise review`."""
    INCOMPLETE = "incomplete"
    """Stopped mid-way (crash, Ctrl-C, kill): `aise resume` continues it."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class RunSummary(_Frozen):
    """The outcome of `run_repository`, `resume_run` or `review_run`."""

    run_id: str
    repo: str
    phase: RunPhase
    counts: dict[str, int]
    """Findings per status (every status present, zeros included)."""
    records: list[FindingRecord]
    report_dir: str | None
    """`.aise/runs/<run-id>` once the report files exist."""
    branch: str
    errors: list[str] = []
    scanner_errors: list[str] = []
    stopped: str = ""
    """Why a run-wide budget stopped the run, or empty."""
    awaiting_review: int = 0
    seconds: float = 0.0
    steps: int = 0
    llm: UsageSnapshot = UsageSnapshot()

    @property
    def all_terminal(self) -> bool:
        return all(r.status.terminal for r in self.records)

    def status_of(self, fingerprint: str) -> Status:
        return next(r.status for r in self.records if r.fingerprint == fingerprint)


class RunInfo(_Frozen):
    """One line of `aise runs`."""

    run_id: str
    started_at: str
    phase: RunPhase
    findings: int
    counts: dict[str, int]
    awaiting_review: int = 0
    stopped: str = ""


class RunEvent(_Frozen):
    """Progress for a live display; the runner never prints."""

    run_id: str
    node: str
    counts: dict[str, int]
    message: str = ""
    awaiting: int = 0


def count_statuses(statuses: Mapping[str, Status] | list[FindingRecord]) -> dict[str, int]:
    values = statuses.values() if isinstance(statuses, Mapping) else [r.status for r in statuses]
    counted = Counter(values)
    return {status.value: counted.get(status, 0) for status in Status}
