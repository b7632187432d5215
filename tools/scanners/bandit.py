"""bandit: Python security linter (https://bandit.readthedocs.io), run offline with JSON output.

Runs `python -m bandit -r -f json` with this interpreter on the repository's Python
files (after `scan.exclude`). Bandit's test id (`B602`) is the rule id; its
`issue_cwe`, severity and confidence carry over.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from aise.config import ScanSettings
from aise.errors import ScannerError
from aise.models import Confidence, RawResult, Severity
from aise.tools.scanners._common import module_available, parse_json
from aise.tools.scanners._files import Deadline, as_arguments, chunked, list_files
from aise.tools.scanners._proc import run_tool
from aise.tools.scanners.base import ScannerId

__all__ = ["BanditScanner", "bandit_command"]

_LEVELS = {"LOW": "low", "MEDIUM": "medium", "HIGH": "high"}
_PARENT_CWE = {259: 798}
"""Hard-coded password (259) is a kind of hard-coded credentials (798), which detect-secrets
reports; naming both lets the two scanners' reports of one secret merge."""
PYTHON_SUFFIXES = (".py", ".pyw")
_SECRET_TESTS = frozenset({"B105", "B106", "B107"})
"""Hardcoded-password checks: bandit quotes the password in its message."""
_QUOTED = re.compile(r": '(.*)'$", re.S)
MASK = "<redacted>"
_SNIPPET_LINES = 6


def bandit_command(files: Sequence[str]) -> list[str]:
    # -P: never put the scanned repository (cwd) on sys.path; it may hold a `bandit/` package.
    return [
        *(sys.executable, "-P", "-m", "bandit", "-r", "-f", "json", "-q", "--exit-zero"),
        *as_arguments(files),
    ]


class BanditScanner:
    id: ClassVar[str] = ScannerId.BANDIT
    description: ClassVar[str] = "bandit: Python security linter (CWE-mapped checks)"

    def __init__(self, settings: ScanSettings | None = None) -> None:
        self.settings = settings or ScanSettings()

    def available(self) -> bool:
        return module_available("bandit")

    def scan(self, repo: Path, paths: Sequence[Path] | None, *, timeout: float) -> list[RawResult]:
        # bandit has no size limit of its own and can spend minutes on one generated file.
        files = list_files(
            repo,
            paths,
            self.settings.exclude,
            suffixes=PYTHON_SUFFIXES,
            max_bytes=self.settings.max_file_bytes,
        )
        results: list[RawResult] = []
        deadline = Deadline(timeout)
        for chunk in chunked(files):
            out = run_tool(self.id, bandit_command(chunk), cwd=repo, timeout=deadline.left())
            if out.returncode != 0:
                raise ScannerError(self.id, f"exited with {out.returncode}: {out.stderr_tail()}")
            report = parse_json(self.id, out.stdout, out.stderr_tail())
            results.extend(_masked(_to_raw(item), item, repo) for item in _items(report))
        return results


def _items(report: Any) -> list[dict[str, Any]]:
    if not isinstance(report, dict) or not isinstance(report.get("results"), list):
        raise ScannerError(ScannerId.BANDIT, "unexpected JSON: no `results` list")
    return [item for item in report["results"] if isinstance(item, dict)]


def _masked(raw: RawResult, item: dict[str, Any], repo: Path) -> RawResult:
    """Keep a hardcoded password out of the message and the snippet (the file is read here)."""
    found = _QUOTED.search(raw.message) if raw.rule_id in _SECRET_TESTS else None
    if found is None:
        return raw
    secret = found[1]
    try:
        lines = (repo / raw.path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    end = min(raw.end_line or raw.start_line, raw.start_line + _SNIPPET_LINES - 1)
    snippet = "\n".join(lines[raw.start_line - 1 : end])
    snippet = snippet.replace(secret, MASK) if secret and secret in snippet else MASK
    message = f"{raw.message[: found.start()]}: '{MASK}'"
    return raw.model_copy(update={"message": message, "snippet": snippet})


_TEST_CWE = {
    "B506": 502,  # yaml.load: bandit says CWE-20; the weakness is deserialization
    "B102": 95, "B307": 95,  # exec / eval: bandit says OS command injection (78)
    "B201": 489,  # Flask debug=True: bandit says code injection (94)
    **{f"B{n}": 611 for n in (*range(313, 321), *range(405, 412))},  # XML parsers: bandit says CWE-20
    "B701": 79, "B702": 79, "B703": 79, "B308": 79,  # autoescape off, mako, mark_safe
}
"""The precise CWE of checks whose bandit CWE is generic, so they merge with other scanners' reports."""


def _cwes(item: dict[str, Any]) -> tuple[int, ...]:
    cwe = int((item.get("issue_cwe") or {}).get("id") or 0)
    extra = [_PARENT_CWE.get(cwe), _TEST_CWE.get(str(item.get("test_id")))]
    return tuple(dict.fromkeys(c for c in (cwe, *extra) if c))


def _to_raw(item: dict[str, Any]) -> RawResult:
    try:
        line = int(item["line_number"])
        span = [int(n) for n in item.get("line_range") or [line]]
        end_col = item.get("end_col_offset")
        return RawResult(
            scanner=ScannerId.BANDIT,
            rule_id=str(item["test_id"]),
            rule_name=item.get("test_name"),
            message=str(item["issue_text"]),
            path=str(item["filename"]).removeprefix("./"),
            start_line=min([line, *span]),
            end_line=max([line, *span]),
            start_col=int(item["col_offset"]) + 1 if item.get("col_offset") is not None else None,
            end_col=int(end_col) + 1 if end_col is not None else None,
            severity=Severity(_LEVELS.get(str(item.get("issue_severity")).upper(), "info")),
            confidence=Confidence(_LEVELS.get(str(item.get("issue_confidence")).upper(), "low")),
            cwe=_cwes(item),
            help_uri=item.get("more_info"),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ScannerError(ScannerId.BANDIT, f"unexpected result shape ({exc!r})") from None
