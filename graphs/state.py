"""The typed state of a remediation run: findings by fingerprint with their history, and budgets."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict
from typing_extensions import TypedDict

from aise.evidence import Evidence
from aise.llm_usage import UsageSnapshot
from aise.models import Finding, ScannerStatus, Status
from aise.records import CheckResult, FindingRecord, HumanAction

__all__ = [
    "BudgetUsage",
    "Dossier",
    "FindingTask",
    "FixProposal",
    "Node",
    "Plan",
    "RunError",
    "RunState",
    "WorkItem",
    "add_steps",
    "append_errors",
    "awaiting_human",
    "first_reason",
    "merge_by_key",
    "record_digest",
    "records_digest",
]


class Node(StrEnum):
    """Node names of the remediation graph."""

    SCAN = "scan"
    INDEX = "index"
    PLANNER = "planner"
    TRIAGE = "triage"
    EXPLOITABILITY = "exploitability"
    FIXER = "fixer"
    VERIFY = "verify"
    HANDOFF = "handoff"
    REPORT = "report"
    REVIEW = "review"


class _Value(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FixProposal(_Value):
    """A patch the fixer wrote in the run's worktree, waiting for the verify node to check and
    commit it (`commit` is already set when a resumed run finds the fix committed)."""

    number: int
    """Attempt number this proposal belongs to (1-based)."""
    fixer: str
    summary: str = ""
    diff: str = ""
    commit: str | None = None
    touched: tuple[str, ...] = ()
    """Repository-relative paths the patch changes."""
    outside_function: bool = False
    """True when the patch changes code outside the finding's enclosing function."""
    annotated: bool = False
    """The fix only annotates (e.g. `usedforsecurity=False`) rather than changing behaviour."""
    checks: tuple[CheckResult, ...] = ()
    """Checks the fix tool already ran while producing the patch."""
    located: Finding | None = None
    """The finding as the worktree reports it now (lines move as earlier fixes land)."""
    before: tuple[Finding, ...] = ()
    """Findings of the changed files before the patch, so verify can tell new ones apart."""
    expected_rules: tuple[str, ...] = ()
    """Informational rules the fix is known to leave behind (not counted as new findings)."""
    notes: tuple[str, ...] = ()
    """What people must do after the fix (rotate the secret, migrate stored hashes)."""


class Plan(_Value):
    """The planner's ordering: riskiest group first, one attempt budget per finding."""

    order: tuple[str, ...] = ()
    groups: dict[str, tuple[str, ...]] = {}
    """Group key (rule and function) -> fingerprints in the group."""
    budgets: dict[str, int] = {}
    """Fix attempts allowed per fingerprint."""


class BudgetUsage(_Value):
    """Run-wide consumption carried across sessions (a resumed run continues the count)."""

    seconds: float = 0.0
    """Active wall time of every session of the run so far."""
    llm: UsageSnapshot = UsageSnapshot()
    """Tokens, requests and USD spent on models so far."""

    @property
    def usd(self) -> float:
        return self.llm.cost_usd


class RunError(_Value):
    """Something that went wrong without stopping the run."""

    node: str
    message: str
    fingerprint: str | None = None


class Dossier(_Value):
    """What a human needs to decide one finding; built by the handoff node."""

    fingerprint: str
    title: str
    severity: str
    location: str
    reason: str
    question: str
    evidence: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    attempts: tuple[str, ...] = ()
    policy: tuple[str, ...] = ()
    options: tuple[HumanAction, ...] = ()
    digest: str
    """Digest of the record the dossier was built from; a changed record gets a new dossier."""


class WorkItem(_Value):
    """One finding sent to an agent node with `Send`."""

    record: FindingRecord
    evidence: Evidence | None = None
    proposal: FixProposal | None = None
    budget: int = 1
    dossier: Dossier | None = None
    related: tuple[str, ...] = ()
    """Fix commits of findings in the same function or whose flow passes this one, newest first:
    what most likely resolved it when it is no longer reported."""


class FindingTask(TypedDict):
    """The payload of a `Send` to a per-finding node."""

    item: WorkItem


def merge_by_key[V](old: Mapping[str, V], new: Mapping[str, V]) -> dict[str, V]:
    """Per-fingerprint merge: parallel branches write different keys, so nothing is lost."""
    return {**old, **new}


def append_errors(old: tuple[RunError, ...], new: Iterable[RunError]) -> tuple[RunError, ...]:
    return (*old, *new)


def add_steps(old: int, new: int) -> int:
    return old + new


def first_reason(old: str, new: str) -> str:
    """Parallel branches may each hit a budget; keep the first reason, never lose it."""
    return old or new


class RunState(TypedDict):
    """The whole run; initialised in full by the runner, so no key is ever missing."""

    run_id: str
    repo: str
    started_at: str
    records: Annotated[dict[str, FindingRecord], merge_by_key]
    evidence: Annotated[dict[str, Evidence], merge_by_key]
    proposals: Annotated[dict[str, FixProposal], merge_by_key]
    dossiers: Annotated[dict[str, Dossier], merge_by_key]
    plan: Plan
    scanners: tuple[ScannerStatus, ...]
    errors: Annotated[tuple[RunError, ...], append_errors]
    steps: Annotated[int, add_steps]
    usage: BudgetUsage
    stopped: Annotated[str, first_reason]
    """Why the run stopped early (a budget), or empty; the first reason given wins."""
    reported: str
    """Digest of the records the report files were last written from."""


def record_digest(record: FindingRecord) -> str:
    return hashlib.sha256(record.model_dump_json().encode()).hexdigest()[:16]


def records_digest(records: Mapping[str, FindingRecord]) -> str:
    digest = hashlib.sha256()
    for fingerprint in sorted(records):
        digest.update(record_digest(records[fingerprint]).encode())
    return digest.hexdigest()[:16]


def awaiting_human(record: FindingRecord) -> bool:
    """needs_human and not yet decided: no decision, or the machine acted after the last one."""
    if record.status is not Status.NEEDS_HUMAN:
        return False
    if not record.decisions:
        return True
    last = record.decisions[-1].at
    return any(attempt.at > last for attempt in record.attempts)
