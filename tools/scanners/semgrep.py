"""semgrep: pattern rules (https://semgrep.dev), offline by default.

Runs `semgrep scan --experimental --json --metrics=off` with the version check off, on the
rules bundled in `aise.configs/rules` (when `scan.semgrep_bundled`), plus the rule
files or folders in `scan.semgrep_rules` (relative paths are taken from the
repository root), plus registry packs in `scan.semgrep_registry` such as
`p/python` (these need the network, so none are used unless configured).
Each rule's `metadata.cwe` (`"CWE-89: ..."`) becomes the finding's CWE.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar

from aise.config import ScanSettings
from aise.errors import ConfigError, ScannerError
from aise.models import Confidence, RawResult, Severity
from aise.tools.scanners._common import SECRET_CWES, cwe_ids, masked_snippet, parse_json
from aise.tools.scanners._files import Deadline, as_arguments, chunked, list_files
from aise.tools.scanners._proc import run_tool
from aise.tools.scanners.base import ScannerId

__all__ = ["SemgrepScanner", "bundled_rules_dir", "semgrep_binary", "semgrep_command"]

RULE_TIMEOUT = 10
"""Seconds semgrep may spend on one rule in one file before it skips the pair."""
_SEVERITY = {
    "CRITICAL": Severity.CRITICAL,
    "ERROR": Severity.HIGH,
    "HIGH": Severity.HIGH,
    "WARNING": Severity.MEDIUM,
    "MEDIUM": Severity.MEDIUM,
    "INFO": Severity.LOW,
    "LOW": Severity.LOW,
}
_CONFIDENCE = {"HIGH": Confidence.HIGH, "MEDIUM": Confidence.MEDIUM, "LOW": Confidence.LOW}
_RULE_SUFFIXES = (".yaml", ".yml")


def semgrep_binary() -> str | None:
    """The `semgrep` next to this interpreter (the venv's), else the one on PATH."""
    local = Path(sys.executable).parent / "semgrep"
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    return shutil.which("semgrep")


def bundled_rules_dir() -> Path | None:
    """The rule folder shipped as package data, or None when it holds no rules yet."""
    folder = Path(str(resources.files("aise.configs").joinpath("rules")))
    if folder.is_dir() and any(_rule_files(folder)):
        return folder
    return None


def _rule_files(path: Path) -> Iterable[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.suffix in _RULE_SUFFIXES and p.is_file())


def semgrep_command(
    binary: str, configs: Sequence[str], files: Sequence[str], jobs: int, max_bytes: int
) -> list[str]:
    cmd = [
        binary,
        "scan",
        # The OCaml CLI (osemgrep): the same engine and results without the Python wrapper's
        # slow rule validation; 2-15x faster here (bench/scan_speed.py prints both).
        "--experimental",
        "--json",
        "--metrics=off",
        "--disable-version-check",
        "--quiet",
        # Keep rule ids as written; by default semgrep prefixes the rule file's folder path.
        "--no-rewrite-rule-ids",
        "--skip-unknown-extensions",
        *("--timeout", str(RULE_TIMEOUT), "--timeout-threshold", "3", "--jobs", str(jobs)),
        *("--max-target-bytes", str(max_bytes)),
    ]
    for config in configs:
        cmd += ["--config", config]
    return [*cmd, *as_arguments(files)]


class SemgrepScanner:
    id: ClassVar[str] = ScannerId.SEMGREP
    description: ClassVar[str] = (
        "semgrep: bundled offline rules, your rule dirs, registry packs when configured"
    )

    def __init__(self, settings: ScanSettings | None = None) -> None:
        self.settings = settings or ScanSettings()

    def available(self) -> bool:
        return semgrep_binary() is not None

    def configs(self, repo: Path) -> tuple[list[Path], list[str]]:
        """Local rule paths and registry packs to run; a missing local path is a config error."""
        local: list[Path] = []
        bundled = bundled_rules_dir() if self.settings.semgrep_bundled else None
        if bundled is not None:
            local.append(bundled)
        for entry in self.settings.semgrep_rules:
            path = Path(entry).expanduser()
            path = path if path.is_absolute() else repo / path
            if not path.exists():
                raise ConfigError(f"scan.semgrep_rules: {entry}: no such file or folder")
            local.append(path)
        return local, list(self.settings.semgrep_registry)

    def scan(self, repo: Path, paths: Sequence[Path] | None, *, timeout: float) -> list[RawResult]:
        binary = semgrep_binary()
        if binary is None:
            raise ScannerError(self.id, "semgrep is not installed")
        local, registry = self.configs(repo)
        if not local and not registry:
            raise ScannerError(
                self.id,
                "no rules to run",
                hint="add scan.semgrep_rules or enable scan.semgrep_bundled",
            )
        files = list_files(repo, paths, self.settings.exclude, max_bytes=self.settings.max_file_bytes)
        configs = [str(p) for p in local] + registry
        jobs = max(1, os.cpu_count() or 1)
        results: list[RawResult] = []
        deadline = Deadline(timeout)
        for chunk in chunked(files):
            cmd = semgrep_command(binary, configs, chunk, jobs, self.settings.max_file_bytes)
            out = run_tool(self.id, cmd, cwd=repo, timeout=deadline.left())
            if out.returncode != 0:
                detail = _error_text(out.stdout, out.stderr_tail())
                raise ScannerError(self.id, f"exited with {out.returncode}: {detail}")
            report = parse_json(self.id, out.stdout, out.stderr_tail())
            if not isinstance(report, dict) or not isinstance(report.get("results"), list):
                raise ScannerError(
                    self.id, f"unexpected JSON: no `results` list; stderr: {out.stderr_tail()}"
                )
            results.extend(_to_raw(item) for item in report["results"] if isinstance(item, dict))
        return _mask_secrets(repo, results)


def _mask_secrets(repo: Path, results: list[RawResult]) -> list[RawResult]:
    """Hardcoded-credential results get a snippet with string literals masked, never the secret."""
    lines: dict[str, list[str]] = {}
    out = []
    for raw in results:
        if SECRET_CWES.isdisjoint(raw.cwe):
            out.append(raw)
            continue
        if raw.path not in lines:
            try:
                lines[raw.path] = (
                    (repo / raw.path).read_text(encoding="utf-8", errors="replace").splitlines()
                )
            except OSError:
                lines[raw.path] = []
        snippet = masked_snippet(lines[raw.path], raw.start_line, raw.end_line or raw.start_line)
        out.append(raw.model_copy(update={"snippet": snippet}))
    return out


def _error_text(stdout: str, stderr: str) -> str:
    """semgrep's first error message from its JSON, else the tail of stderr."""
    try:
        report = json.loads(stdout)
    except json.JSONDecodeError:
        return stderr
    if isinstance(report, dict):
        for error in report.get("errors") or []:
            if isinstance(error, dict) and error.get("message"):
                return " ".join(str(error["message"]).split())[:400]
    return stderr


def _to_raw(item: dict[str, Any]) -> RawResult:
    try:
        extra = item.get("extra") or {}
        meta = extra.get("metadata") or {}
        refs = meta.get("references") or meta.get("source") or []
        rule = str(item["check_id"])
        return RawResult(
            scanner=ScannerId.SEMGREP,
            rule_id=rule,
            rule_name=rule,
            message=" ".join(str(extra.get("message") or rule).split()),
            path=str(item["path"]).removeprefix("./"),
            start_line=int(item["start"]["line"]),
            end_line=int(item["end"]["line"]),
            start_col=item["start"].get("col"),
            end_col=item["end"].get("col"),
            severity=_SEVERITY.get(str(extra.get("severity", "")).upper(), Severity.MEDIUM),
            confidence=_CONFIDENCE.get(str(meta.get("confidence", "")).upper(), Confidence.MEDIUM),
            cwe=cwe_ids(meta.get("cwe")),
            help_text=meta.get("description") if isinstance(meta.get("description"), str) else None,
            help_uri=refs if isinstance(refs, str) else (str(refs[0]) if refs else None),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ScannerError(ScannerId.SEMGREP, f"unexpected result shape ({exc!r})") from None
