"""The Scanner protocol every scanner plugin implements."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import ClassVar, Protocol, runtime_checkable

from aise.models import RawResult

__all__ = ["Scanner", "ScannerId"]


class ScannerId(StrEnum):
    """Ids of the built-in scanners; plugins bring their own strings."""

    BANDIT = "bandit"
    SEMGREP = "semgrep"
    DETECT_SECRETS = "detect-secrets"
    SARIF = "sarif"
    AISE_FLOW = "aise-flow"


@runtime_checkable
class Scanner(Protocol):
    """A scanner plugin.

    The registry builds it as `cls(settings=ScanSettings)` when `__init__` takes a
    `settings` parameter, else as `cls()` (see `registry.create_scanner`).
    """

    id: ClassVar[str]
    """Stable scanner id: `bandit`, `semgrep`, `detect-secrets`, `sarif`, `aise-flow`."""
    description: ClassVar[str]

    def available(self) -> bool:
        """True when the tool can run here; never raises."""
        ...

    def scan(self, repo: Path, paths: Sequence[Path] | None, *, timeout: float) -> list[RawResult]:
        """Scan `paths` (repo-relative; None means the whole repo). Raise ScannerError on failure."""
        ...
