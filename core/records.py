"""What happens to a finding: verdicts, assessments, fix attempts and human decisions."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from aise.models import Finding, Status

__all__ = [
    "Assessment",
    "Brain",
    "CheckResult",
    "FindingRecord",
    "FixAttempt",
    "FixOutcome",
    "HumanAction",
    "HumanDecision",
    "PolicyDecision",
    "Reachability",
    "TriageVerdict",
    "Verdict",
]


def _now() -> datetime:
    return datetime.now(UTC)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Brain(StrEnum):
    HEURISTIC = "heuristic"
    LLM = "llm"
    HUMAN = "human"
    POLICY = "policy"


class Verdict(StrEnum):
    TRUE_POSITIVE = "true_positive"
    FALSE_POSITIVE = "false_positive"
    UNCERTAIN = "uncertain"


class TriageVerdict(_Frozen):
    """Is this finding real? The shared output of every triage brain."""

    verdict: Verdict
    confidence: float = Field(ge=0.0, le=1.0)
    reason: str
    evidence: tuple[str, ...] = ()
    """Short facts the verdict rests on (taint path seen, test file, constant arg...)."""
    brain: Brain = Brain.HEURISTIC
    rule: str | None = None
    """Name of the heuristic rule or model that decided."""
    disagreement: str | None = None
    """Set when an LLM verdict was overruled by deterministic evidence."""


class Reachability(StrEnum):
    EXPLOITABLE = "exploitable"
    NOT_EXPLOITABLE = "not_exploitable"
    UNKNOWN = "unknown"


class Assessment(_Frozen):
    """Can attacker input reach the sink, from where, and with what impact."""

    reachability: Reachability
    entry_points: tuple[str, ...] = ()
    impact: str = ""
    risk: float = Field(ge=0.0, le=10.0)
    reason: str
    brain: Brain = Brain.HEURISTIC


class CheckResult(_Frozen):
    """One verification check on a candidate patch."""

    name: str
    passed: bool
    detail: str = ""


class FixOutcome(StrEnum):
    VERIFIED = "verified"
    FAILED_CHECK = "failed_check"
    NO_FIX = "no_fix"
    ERROR = "error"
    ANNOTATED = "annotated"
    """Resolved by annotation (e.g. usedforsecurity=False), not by a code change in behaviour."""


class FixAttempt(_Frozen):
    number: int = Field(ge=1)
    fixer: str
    """Codemod id, or `llm:<model>`."""
    outcome: FixOutcome
    summary: str = ""
    diff: str = ""
    checks: tuple[CheckResult, ...] = ()
    commit: str | None = None
    reason: str = ""
    at: datetime = Field(default_factory=_now)
    final: bool = False
    """A no_fix a fixer decided (it recognised the code and declined): trying again cannot help."""


class HumanAction(StrEnum):
    APPROVE_FIX = "approve_fix"
    REJECT = "reject"
    FALSE_POSITIVE = "false_positive"
    ACCEPT_RISK = "accept_risk"


class HumanDecision(_Frozen):
    action: HumanAction
    comment: str = ""
    who: str = ""
    at: datetime = Field(default_factory=_now)


class PolicyDecision(_Frozen):
    """A decision the policy made, with the policy rule that made it."""

    rule: str
    outcome: str
    reason: str


class FindingRecord(_Frozen):
    """A finding with its status and full history; the unit the graph moves."""

    finding: Finding
    status: Status = Status.NEW
    verdicts: tuple[TriageVerdict, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    attempts: tuple[FixAttempt, ...] = ()
    decisions: tuple[HumanDecision, ...] = ()
    policy: tuple[PolicyDecision, ...] = ()
    reason: str = ""
    """Why the finding is in its current status (shown in reports)."""

    @model_validator(mode="after")
    def _fixed_needs_verified_commit(self) -> FindingRecord:
        if self.status is Status.FIXED and not any(
            a.outcome in (FixOutcome.VERIFIED, FixOutcome.ANNOTATED) and a.commit
            for a in self.attempts
        ):
            raise ValueError("a fixed finding must carry a verified attempt with a commit")
        return self

    @property
    def fingerprint(self) -> str:
        return self.finding.fingerprint

    @property
    def verdict(self) -> TriageVerdict | None:
        return self.verdicts[-1] if self.verdicts else None

    @property
    def assessment(self) -> Assessment | None:
        return self.assessments[-1] if self.assessments else None

    @property
    def fix(self) -> FixAttempt | None:
        """The attempt that fixed this finding, if any."""
        for attempt in reversed(self.attempts):
            if attempt.outcome in (FixOutcome.VERIFIED, FixOutcome.ANNOTATED) and attempt.commit:
                return attempt
        return None
