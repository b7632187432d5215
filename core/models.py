"""The domain model: findings as scanners report them, normalised and fingerprinted."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator

__all__ = [
    "Confidence",
    "FlowStep",
    "Finding",
    "Location",
    "RawResult",
    "ScannerStatus",
    "Severity",
    "Status",
    "TERMINAL_STATUSES",
]


class Severity(StrEnum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return _SEVERITY_ORDER.index(self)

    def at_least(self, other: Severity) -> bool:
        return self.rank >= other.rank


_SEVERITY_ORDER = list(Severity)


class Confidence(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Status(StrEnum):
    """Lifecycle of a finding (DESIGN.md); the last five are terminal."""

    NEW = "new"
    TRIAGED = "triaged"
    ASSESSED = "assessed"
    FIXING = "fixing"
    FALSE_POSITIVE = "false_positive"
    NEEDS_HUMAN = "needs_human"
    ACCEPTED_RISK = "accepted_risk"
    FIXED = "fixed"
    RESOLVED_UPSTREAM = "resolved_upstream"

    @property
    def terminal(self) -> bool:
        return self in TERMINAL_STATUSES


TERMINAL_STATUSES = frozenset(
    {
        Status.FALSE_POSITIVE,
        Status.NEEDS_HUMAN,
        Status.ACCEPTED_RISK,
        Status.FIXED,
        Status.RESOLVED_UPSTREAM,
    }
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Location(_Frozen):
    path: str
    """Repository-relative POSIX path."""
    start_line: int = Field(ge=1)
    end_line: int = Field(ge=1)
    start_col: int | None = None
    end_col: int | None = None
    snippet: str = ""
    """Source text of the flagged lines (secrets already masked by the scanner)."""

    @field_validator("path")
    @classmethod
    def _posix(cls, value: str) -> str:
        return value.replace("\\", "/").removeprefix("./")

    def overlaps(self, other: Location) -> bool:
        return (
            self.path == other.path
            and self.start_line <= other.end_line
            and other.start_line <= self.end_line
        )


class FlowStep(_Frozen):
    """One step of a code flow (source, propagation or sink)."""

    location: Location
    message: str = ""


class RawResult(_Frozen):
    """What one scanner reported, before fingerprinting and deduplication."""

    scanner: str
    rule_id: str
    message: str
    path: str
    start_line: int = Field(ge=1)
    end_line: int | None = None
    start_col: int | None = None
    end_col: int | None = None
    severity: Severity = Severity.MEDIUM
    confidence: Confidence = Confidence.MEDIUM
    cwe: tuple[int, ...] = ()
    snippet: str | None = None
    """Tool-supplied snippet; when absent the normaliser reads the file."""
    code_flow: tuple[FlowStep, ...] = ()
    rule_name: str | None = None
    help_text: str | None = None
    help_uri: str | None = None


class Finding(_Frozen):
    """One issue in the code, possibly reported by several scanners."""

    fingerprint: str
    """Stable id: rule, path, enclosing symbol and normalised snippet; no line number."""
    rule_id: str
    """The primary rule (from the first scanner that reported it)."""
    scanners: tuple[str, ...]
    rule_ids: tuple[str, ...]
    """Every `scanner:rule` that reported this issue, primary first."""
    cwe: tuple[int, ...] = ()
    severity: Severity
    confidence: Confidence
    message: str
    location: Location
    symbol: str | None = None
    """Qualified name of the enclosing function or class, when known."""
    code_flow: tuple[FlowStep, ...] = ()
    rule_name: str | None = None
    help_text: str | None = None
    help_uri: str | None = None

    @property
    def path(self) -> str:
        return self.location.path

    @property
    def short_id(self) -> str:
        return self.fingerprint[:12]


class ScannerStatus(_Frozen):
    """How one scanner fared in a scan; a failed one never stops the others."""

    scanner: str
    ok: bool
    results: int = 0
    seconds: float = 0.0
    error: str | None = None
    skipped: bool = False
    """True when the scanner is not installed or not enabled for these files."""
