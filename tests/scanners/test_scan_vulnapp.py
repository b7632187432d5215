"""End to end: the real scanners on the vulnapp fixture, normalised and deduplicated."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from aise.config import ScanSettings
from aise.models import Finding
from aise.tools.scan import ScanResult, run_scan
from aise.tools.scanners.detectsecrets import DetectSecretsScanner

SECRETS = (
    "AKIAIOSFODNN7EXAMPLQ",
    "wJalrXUtnFEMI/K7MDENG",
    "Summer2024!notes-mailer",
    "s3cret-pass",
)


def _at(findings: tuple[Finding, ...], path: str, line: int) -> list[Finding]:
    return [
        f
        for f in findings
        if f.path == path and f.location.start_line <= line <= f.location.end_line
    ]


def _rules(findings: list[Finding]) -> set[str]:
    return {rule for f in findings for rule in f.rule_ids}


def test_every_external_scanner_reports(vulnapp_scan: ScanResult) -> None:
    for scanner in ("bandit", "semgrep", "detect-secrets"):
        status = vulnapp_scan.status(scanner)
        assert status is not None and status.ok, status
        assert status.results > 0, scanner
        assert any(scanner in f.scanners for f in vulnapp_scan.findings), scanner


def test_real_vulnerabilities_are_found(vulnapp_scan: ScanResult) -> None:
    found = vulnapp_scan.findings
    assert "bandit:B602" in _rules(_at(found, "vulnapp/admin.py", 14))
    assert "bandit:B608" in _rules(_at(found, "vulnapp/db.py", 74))
    assert "bandit:B506" in _rules(_at(found, "vulnapp/importer.py", 26))
    assert "bandit:B301" in _rules(_at(found, "vulnapp/importer.py", 20))
    assert "bandit:B324" in _rules(_at(found, "vulnapp/auth.py", 10))
    assert "bandit:B311" in _rules(_at(found, "vulnapp/auth.py", 28))
    assert "bandit:B501" in _rules(_at(found, "vulnapp/webhooks.py", 19))
    assert "detect-secrets:aws-access-key" in _rules(_at(found, "vulnapp/config.py", 9))
    assert any(r.startswith("semgrep:") for r in _rules(_at(found, "vulnapp/db.py", 74)))
    sqli = _at(found, "vulnapp/db.py", 74)[0]
    assert 89 in sqli.cwe and sqli.symbol == "find_user"


def test_safe_look_alikes_are_not_flagged_by_the_matching_rule(vulnapp_scan: ScanResult) -> None:
    found = vulnapp_scan.findings
    assert "bandit:B506" not in _rules(_at(found, "vulnapp/importer.py", 34))  # yaml.safe_load
    assert "bandit:B324" not in _rules(
        _at(found, "vulnapp/auth.py", 18) + _at(found, "vulnapp/auth.py", 23)
    )
    assert "bandit:B602" not in _rules(_at(found, "vulnapp/admin.py", 22))  # list form, no shell
    assert "bandit:B501" not in _rules(_at(found, "vulnapp/webhooks.py", 24))
    assert not _at(found, "vulnapp/config.py", 17)  # secret read from the environment


def test_one_secret_reported_by_two_scanners_is_one_finding(vulnapp_scan: ScanResult) -> None:
    merged = _at(vulnapp_scan.findings, "vulnapp/config.py", 10)
    assert len(merged) == 1
    assert {"bandit", "detect-secrets"} <= set(merged[0].scanners)
    assert {259, 798} <= set(merged[0].cwe)
    assert len(merged[0].rule_ids) >= 3  # B105, aws-access-key, base64 entropy, keyword


def test_secrets_never_leave_the_scanners(vulnapp_scan: ScanResult) -> None:
    dumped = vulnapp_scan.model_dump_json()
    for secret in SECRETS:
        assert secret not in dumped
    aws = _at(vulnapp_scan.findings, "vulnapp/config.py", 9)[0]
    assert "detect-secrets" in aws.scanners
    assert aws.location.snippet == 'AWS_ACCESS_KEY_ID = "<redacted>"'


def test_detect_secrets_results_carry_the_hash_only(vulnapp: Path) -> None:
    raws = DetectSecretsScanner().scan(vulnapp, [Path("vulnapp/config.py")], timeout=120)
    aws = next(r for r in raws if r.rule_id == "aws-access-key" and r.start_line == 9)
    digest = hashlib.sha1(b"AKIAIOSFODNN7EXAMPLQ").hexdigest()
    assert aws.message.endswith(f"sha1 of the value: {digest}")
    assert not any(secret in r.model_dump_json() for r in raws for secret in SECRETS)


def test_fingerprints_are_identical_between_runs(
    vulnapp_scan: ScanResult, vulnapp: Path, settings_for: Callable[..., ScanSettings]
) -> None:
    again = run_scan(vulnapp, settings_for())
    assert [f.fingerprint for f in again.findings] == [f.fingerprint for f in vulnapp_scan.findings]
    assert len({f.fingerprint for f in again.findings}) == len(again.findings)


def test_exclude_and_paths_limit_the_scan(
    vulnapp: Path, settings_for: Callable[..., ScanSettings]
) -> None:
    settings = settings_for(exclude=["tests", "*.js"])
    result = run_scan(vulnapp, settings, scanner_ids=["bandit", "detect-secrets"])
    assert result.findings and not any(f.path.startswith("tests/") for f in result.findings)
    only = run_scan(vulnapp, settings, scanner_ids=["bandit"], paths=[Path("vulnapp/auth.py")])
    assert {f.path for f in only.findings} == {"vulnapp/auth.py"}


def test_result_serialises_for_machines(vulnapp_scan: ScanResult) -> None:
    data = json.loads(vulnapp_scan.model_dump_json())
    assert {s["scanner"] for s in data["statuses"]} == {"bandit", "semgrep", "detect-secrets"}
    assert all(len(f["fingerprint"]) == 32 for f in data["findings"])
