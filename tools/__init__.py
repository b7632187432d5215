"""aise.tools: scanners, analysis, codemods, git and test tooling (no graph knowledge)."""

from aise.tools.scan import ScanResult, run_scan

__all__ = ["ScanResult", "run_scan"]
