"""SARIF 2.1.0: write findings (with suppressions, fixes and fingerprints) and read other tools' files."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aise import __version__
from aise._sarif_fix import SRCROOT, diff_to_artifact_changes
from aise._sarif_read import read_sarif, tool_id
from aise.models import Finding, FlowStep, Location, ScannerStatus, Severity, Status
from aise.records import FindingRecord

__all__ = [
    "FINGERPRINT_KEY",
    "SARIF_SCHEMA",
    "SARIF_VERSION",
    "diff_to_artifact_changes",
    "read_sarif",
    "to_sarif",
    "tool_id",
]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "aise/v1"

_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
_SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}
_SUPPRESSED = (Status.FALSE_POSITIVE, Status.ACCEPTED_RISK)


def _record(item: Finding | FindingRecord) -> FindingRecord:
    return item if isinstance(item, FindingRecord) else FindingRecord(finding=item)


def _bare_rule(finding: Finding) -> str:
    return finding.rule_id.split(":", 1)[1] if ":" in finding.rule_id else finding.rule_id


def to_sarif(
    items: Iterable[Finding | FindingRecord],
    tool_statuses: Sequence[ScannerStatus] = (),
    repo_root: Path | None = None,
) -> dict[str, Any]:
    """One SARIF 2.1.0 log with one run per scanner, each finding under its primary scanner."""
    by_tool: dict[str, list[FindingRecord]] = {}
    for status in tool_statuses:
        by_tool.setdefault(status.scanner, [])
    for record in sorted(
        map(_record, items), key=lambda r: (r.finding.path, r.finding.location.start_line)
    ):
        by_tool.setdefault(record.finding.scanners[0], []).append(record)
    statuses = {s.scanner: s for s in tool_statuses}
    runs = [_run(tool, records, statuses.get(tool), repo_root) for tool, records in by_tool.items()]
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": runs}


def _run(
    tool: str, records: list[FindingRecord], status: ScannerStatus | None, repo_root: Path | None
) -> dict:
    rules: dict[str, dict[str, Any]] = {}
    cwes = sorted({cwe for record in records for cwe in record.finding.cwe})
    taxon_index = {cwe: index for index, cwe in enumerate(cwes)}
    for record in records:
        rule = _bare_rule(record.finding)
        if rule not in rules:
            rules[rule] = _rule(record.finding, rule)
        _add_rule_cwes(rules[rule], record.finding.cwe, taxon_index)
    rule_index = {rule: index for index, rule in enumerate(rules)}
    results = [_result(record, rule_index, taxon_index) for record in records]
    driver: dict[str, Any] = {
        "name": tool,
        "rules": list(rules.values()),
        "supportedTaxonomies": [{"name": "CWE", "index": 0}],
        "properties": {"aise/version": __version__},
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "results": results,
        "taxonomies": [_cwe_taxonomy(cwes)],
        "columnKind": "unicodeCodePoints",
    }
    if repo_root is not None:
        run["originalUriBaseIds"] = {
            SRCROOT: {"uri": repo_root.resolve().as_uri().rstrip("/") + "/"}
        }
    if status is not None:
        run["invocations"] = [_invocation(status)]
    return run


def _cwe_taxonomy(cwes: Sequence[int]) -> dict[str, Any]:
    return {
        "name": "CWE",
        "organization": "MITRE",
        "informationUri": "https://cwe.mitre.org/",
        "shortDescription": {"text": "The MITRE Common Weakness Enumeration"},
        "taxa": [
            {
                "id": str(cwe),
                "name": f"CWE-{cwe}",
                "helpUri": f"https://cwe.mitre.org/data/definitions/{cwe}.html",
            }
            for cwe in cwes
        ],
    }


def _invocation(status: ScannerStatus) -> dict[str, Any]:
    invocation: dict[str, Any] = {
        "executionSuccessful": status.ok,
        "properties": {"aise/results": status.results, "aise/seconds": round(status.seconds, 3)},
    }
    if status.error:
        level = "warning" if status.skipped else "error"
        invocation["toolExecutionNotifications"] = [
            {"level": level, "message": {"text": status.error}}
        ]
    return invocation


def _rule(finding: Finding, rule: str) -> dict[str, Any]:
    name = finding.rule_name or rule
    help_text = finding.help_text or finding.message
    if finding.help_uri:
        help_text = f"{help_text}\nMore: {finding.help_uri}"
    descriptor: dict[str, Any] = {
        "id": rule,
        "name": name,
        "shortDescription": {"text": name},
        "fullDescription": {"text": finding.help_text or finding.message},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": _LEVEL[finding.severity]},
        "properties": {
            "tags": ["security"],
            "security-severity": _SECURITY_SEVERITY[finding.severity],
            "precision": {"high": "high", "medium": "medium", "low": "low"}[finding.confidence],
        },
    }
    if finding.help_uri and re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", finding.help_uri):
        descriptor["helpUri"] = finding.help_uri
    return descriptor


def _add_rule_cwes(
    descriptor: dict[str, Any], cwes: Iterable[int], taxon_index: dict[int, int]
) -> None:
    tags: list[str] = descriptor["properties"]["tags"]
    relationships = descriptor.setdefault("relationships", [])
    for cwe in cwes:
        if f"CWE-{cwe}" in tags:
            continue
        tags.append(f"CWE-{cwe}")
        relationships.append(
            {
                "target": {
                    "id": str(cwe),
                    "index": taxon_index[cwe],
                    "toolComponent": {"name": "CWE", "index": 0},
                },
                "kinds": ["superset"],
            }
        )


def _physical(location: Location) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": location.start_line,
        "endLine": max(location.end_line, location.start_line),
    }
    same_line = region["endLine"] == location.start_line
    if location.start_col and location.start_col >= 1:
        region["startColumn"] = location.start_col
        if (
            location.end_col
            and location.end_col >= 1
            and not (same_line and location.end_col < location.start_col)
        ):
            region["endColumn"] = location.end_col
    if location.snippet:
        region["snippet"] = {"text": location.snippet}
    return {
        "artifactLocation": {"uri": quote(location.path, safe="/"), "uriBaseId": SRCROOT},
        "region": region,
    }


def _flow(steps: Sequence[FlowStep]) -> dict[str, Any]:
    locations = []
    for step in steps:
        location: dict[str, Any] = {"physicalLocation": _physical(step.location)}
        if step.message:
            location["message"] = {"text": step.message}
        locations.append({"location": location})
    return {"threadFlows": [{"locations": locations}]}


def _result(
    record: FindingRecord, rule_index: dict[str, int], taxon_index: dict[int, int]
) -> dict[str, Any]:
    finding = record.finding
    rule = _bare_rule(finding)
    result: dict[str, Any] = {
        "ruleId": rule,
        "ruleIndex": rule_index[rule],
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": _physical(finding.location)}],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": _properties(record),
    }
    if finding.cwe:
        result["taxa"] = [
            {
                "id": str(cwe),
                "index": taxon_index[cwe],
                "toolComponent": {"name": "CWE", "index": 0},
            }
            for cwe in finding.cwe
        ]
    if finding.code_flow:
        result["codeFlows"] = [_flow(finding.code_flow)]
    if record.status in _SUPPRESSED:
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": _justification(record)}
        ]
    fix = record.fix
    if record.status is Status.FIXED and fix is not None:
        changes = diff_to_artifact_changes(fix.diff)
        if changes:
            result["fixes"] = [
                {
                    "description": {"text": fix.summary or f"fixed by {fix.fixer}"},
                    "artifactChanges": changes,
                }
            ]
    return result


def _justification(record: FindingRecord) -> str:
    verdict = record.verdict.reason if record.verdict else ""
    assessment = record.assessment.reason if record.assessment else ""
    if record.status is Status.FALSE_POSITIVE:
        return verdict or record.reason or "marked as a false positive"
    return record.reason or assessment or verdict or "risk accepted"


def _properties(record: FindingRecord) -> dict[str, Any]:
    finding = record.finding
    props: dict[str, Any] = {
        "aise/status": str(record.status),
        "aise/severity": str(finding.severity),
        "aise/confidence": str(finding.confidence),
        "aise/scanners": list(finding.scanners),
        "aise/rule_ids": list(finding.rule_ids),
    }
    if finding.symbol:
        props["aise/symbol"] = finding.symbol
    if record.reason:
        props["aise/reason"] = record.reason
    if record.verdict is not None:
        props["aise/verdict"] = record.verdict.model_dump(mode="json", exclude_none=True)
    if record.assessment is not None:
        props["aise/assessment"] = record.assessment.model_dump(mode="json", exclude_none=True)
    if record.fix is not None and record.fix.commit:
        props["aise/commit"] = record.fix.commit
    return props
