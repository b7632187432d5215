"""Fixtures for the scanner tests: one shared scan of the vulnapp fixture."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from aise.config import ScanSettings
from aise.testing.repo import build_repo
from aise.tools.scan import ScanResult, run_scan
from aise.tools.scanners.semgrep import bundled_rules_dir

FIXTURES = Path(__file__).parents[1] / "fixtures"

TINY_RULES = """\
rules:
  - id: tiny-sql-fstring
    languages: [python]
    severity: ERROR
    message: SQL built from an f-string
    metadata:
      cwe: ["CWE-89: Improper Neutralization of Special Elements used in an SQL Command"]
    pattern: $C.execute(f"...")
  - id: tiny-innerhtml
    languages: [javascript]
    severity: WARNING
    message: HTML assigned to innerHTML
    metadata:
      cwe: "CWE-79: Cross-site Scripting"
    pattern: $E.innerHTML = $V
"""


@pytest.fixture(scope="session")
def tiny_rules(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rules")
    (folder / "tiny.yaml").write_text(TINY_RULES, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def vulnapp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scanned-once copy of the vulnapp fixture; tests must not modify it."""
    return build_repo(tmp_path_factory.mktemp("shared") / "vulnapp", FIXTURES / "vulnapp")


@pytest.fixture(scope="session")
def settings_for(tiny_rules: Path) -> Callable[..., ScanSettings]:
    """ScanSettings for the three external scanners; the tiny rules join when no bundled rules exist."""

    def make(**overrides: object) -> ScanSettings:
        extra = [] if bundled_rules_dir() is not None else [str(tiny_rules)]
        scanners = ["bandit", "semgrep", "detect-secrets"]
        return ScanSettings(scanners=scanners, semgrep_rules=extra, **overrides)

    return make


@pytest.fixture(scope="session")
def vulnapp_scan(vulnapp: Path, settings_for: Callable[..., ScanSettings]) -> ScanResult:
    return run_scan(vulnapp, settings_for())
