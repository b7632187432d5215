"""detect-secrets: hardcoded credentials (https://github.com/Yelp/detect-secrets).

Scans every file the scan covers (like `detect-secrets scan --all-files`) with the
default plugins and filters, in a subprocess. Results carry the secret's SHA-1 and
the line with the secret masked; the secret itself never reaches aise.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar

from aise.config import ScanSettings
from aise.errors import ScannerError
from aise.models import Confidence, RawResult, Severity
from aise.tools.scanners._common import module_available, parse_json
from aise.tools.scanners._files import list_files
from aise.tools.scanners._proc import run_tool
from aise.tools.scanners.base import ScannerId

__all__ = ["DetectSecretsScanner"]

_WORKER = "aise.tools.scanners._secrets_worker"
_HARDCODED_CREDENTIALS = 798
_HARDCODED_PASSWORD = 259
_GENERIC = {
    "Secret Keyword": (Severity.MEDIUM, Confidence.MEDIUM),
    "Base64 High Entropy String": (Severity.LOW, Confidence.LOW),
    "Hex High Entropy String": (Severity.LOW, Confidence.LOW),
    "Public IP (ipv4)": (Severity.INFO, Confidence.LOW),
}
"""Detectors that guess; every other detector matches a known key format."""


class DetectSecretsScanner:
    id: ClassVar[str] = ScannerId.DETECT_SECRETS
    description: ClassVar[str] = (
        "detect-secrets: hardcoded keys and passwords (results carry a hash only)"
    )

    def __init__(self, settings: ScanSettings | None = None) -> None:
        self.settings = settings or ScanSettings()

    def available(self) -> bool:
        return module_available("detect_secrets")

    def scan(self, repo: Path, paths: Sequence[Path] | None, *, timeout: float) -> list[RawResult]:
        files = list_files(repo, paths, self.settings.exclude, max_bytes=self.settings.max_file_bytes)
        if not files:
            return []
        request = {"root": str(repo), "files": files, "processes": max(1, os.cpu_count() or 1)}
        # -P: never put the scanned repository (cwd) on sys.path.
        cmd = [sys.executable, "-P", "-m", _WORKER]
        out = run_tool(self.id, cmd, cwd=repo, timeout=timeout, stdin=json.dumps(request).encode())
        if out.returncode != 0:
            raise ScannerError(self.id, f"exited with {out.returncode}: {out.stderr_tail()}")
        items = parse_json(self.id, out.stdout, out.stderr_tail())
        if not isinstance(items, list):
            raise ScannerError(self.id, "unexpected JSON: expected a list of results")
        return [_to_raw(item) for item in items]


def _slug(kind: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-") or "secret"


def _to_raw(item: dict[str, Any]) -> RawResult:
    try:
        kind = str(item["type"])
        digest = str(item["hashed_secret"])
        severity, confidence = _GENERIC.get(kind, (Severity.HIGH, Confidence.HIGH))
        cwe = (
            (_HARDCODED_CREDENTIALS, _HARDCODED_PASSWORD)
            if kind == "Secret Keyword"
            else (_HARDCODED_CREDENTIALS,)
        )
        return RawResult(
            scanner=ScannerId.DETECT_SECRETS,
            rule_id=_slug(kind),
            rule_name=kind,
            message=f"Possible hardcoded secret ({kind}); sha1 of the value: {digest}",
            path=str(item["path"]).removeprefix("./"),
            start_line=int(item["line"]),
            end_line=int(item["line"]),
            severity=severity,
            confidence=confidence,
            cwe=cwe,
            snippet=str(item["snippet"]),
            help_uri="https://github.com/Yelp/detect-secrets",
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ScannerError(ScannerId.DETECT_SECRETS, f"unexpected result shape ({exc!r})") from None
