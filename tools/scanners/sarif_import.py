"""sarif: import SARIF 2.1.0 files from other tools (CodeQL, Snyk, Trivy, semgrep) as findings.

Reads the files in `scan.sarif` (relative paths are taken from the repository
root) or given with `aise scan --sarif FILE`. Each run's tool name becomes the
scanner name of its results (`codeql:py/sql-injection`); code flows are kept and
CWEs come from rule tags (`CWE-89`, `external/cwe/cwe-089`) and CWE taxa.
A malformed file is an input error: the scan stops and names the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from aise.config import ScanSettings
from aise.errors import InputError
from aise.models import RawResult
from aise.sarif import read_sarif
from aise.tools.scanners._files import is_excluded
from aise.tools.scanners.base import ScannerId

__all__ = ["SarifScanner"]


class SarifScanner:
    id: ClassVar[str] = ScannerId.SARIF
    description: ClassVar[str] = (
        "sarif: import results from any SARIF 2.1.0 file (scan.sarif, --sarif)"
    )

    def __init__(self, settings: ScanSettings | None = None) -> None:
        self.settings = settings or ScanSettings()

    def available(self) -> bool:
        return True

    def files(self, repo: Path) -> list[Path]:
        found = []
        for entry in self.settings.sarif:
            path = Path(entry).expanduser()
            found.append(path if path.is_absolute() else repo / path)
        return found

    def scan(self, repo: Path, paths: Sequence[Path] | None, *, timeout: float) -> list[RawResult]:
        del timeout  # reading a file; nothing to stop
        wanted = (
            {Path(p).as_posix().removeprefix("./") for p in paths} if paths is not None else None
        )
        results: list[RawResult] = []
        for path in self.files(repo):
            if not path.is_file():
                raise InputError(
                    f"{path}: SARIF file not found", hint="check scan.sarif or --sarif"
                )
            for raw in read_sarif(path, repo_root=repo):
                if is_excluded(raw.path, self.settings.exclude):
                    continue
                if wanted is None or raw.path in wanted:
                    results.append(raw)
        return results
