"""The Scanner protocol every scanner plugin implements."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Protocol, runtime_checkable

from aise.models import RawResult

__all__ = ["Scanner"]


@runtime_checkable
class Scanner(Protocol):
    id: ClassVar[str]
    """Stable scanner id: `bandit`, `semgrep`, `detect-secrets`, `sarif`, `aise-flow`."""
    description: ClassVar[str]

    def available(self) -> bool:
        """True when the tool can run here; never raises."""
        ...

    def scan(self, repo: Path, paths: Sequence[Path] | None, *, timeout: float) -> list[RawResult]:
        """Scan `paths` (repo-relative; None means the whole repo). Raise ScannerError on failure."""
        ...
