"""SARIF 2.1.0: the writer validates against the OASIS schema, round-trips, and reads other tools' logs."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from aise.errors import InputError
from aise.findings import normalise
from aise.models import Finding, Severity, Status
from aise.records import (
    Assessment,
    FindingRecord,
    FixAttempt,
    FixOutcome,
    Reachability,
    TriageVerdict,
    Verdict,
)
from aise.sarif import FINGERPRINT_KEY, read_sarif, to_sarif
from aise.tools.scan import ScanResult

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text())


def validate(log: dict[str, Any]) -> None:
    jsonschema.Draft7Validator(SCHEMA).validate(json.loads(json.dumps(log)))


def _find(scan: ScanResult, rule: str) -> Finding:
    return next(f for f in scan.findings if rule in f.rule_ids)


def _fixed_file(vulnapp: Path) -> tuple[str, str]:
    old = (vulnapp / "vulnapp/db.py").read_text()
    new = old.replace(
        """    row = conn.execute(f"SELECT id, name, password_hash FROM users WHERE name = '{name}'").fetchone()""",
        """    row = conn.execute(\n        "SELECT id, name, password_hash FROM users WHERE name = ?", (name,)\n    ).fetchone()""",
    )
    assert new != old
    diff = "".join(
        difflib.unified_diff(
            old.splitlines(True), new.splitlines(True), "a/vulnapp/db.py", "b/vulnapp/db.py"
        )
    )
    return new, diff


def _apply(text: str, replacements: list[dict[str, Any]]) -> str:
    """Apply whole-line SARIF replacements (as aise writes them), last first."""
    lines = text.splitlines(True)
    for rep in sorted(replacements, key=lambda r: -r["deletedRegion"]["startLine"]):
        region = rep["deletedRegion"]
        inserted = rep.get("insertedContent", {}).get("text", "")
        lines[region["startLine"] - 1 : region["endLine"] - 1] = inserted.splitlines(True)
    return "".join(lines)


def test_scan_results_validate_and_carry_cwe_taxonomy(
    vulnapp_scan: ScanResult, vulnapp: Path
) -> None:
    log = to_sarif(vulnapp_scan.findings, vulnapp_scan.statuses, vulnapp)
    validate(log)
    runs = {run["tool"]["driver"]["name"]: run for run in log["runs"]}
    assert set(runs) >= {"bandit", "semgrep", "detect-secrets"}
    cmdi = _find(
        vulnapp_scan, "bandit:B602"
    )  # merged with other scanners; its run is the primary's
    run = runs[cmdi.scanners[0]]
    result = next(
        r for r in run["results"] if r["partialFingerprints"][FINGERPRINT_KEY] == cmdi.fingerprint
    )
    rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert rule["id"] == result["ruleId"] == cmdi.rule_id.split(":", 1)[1]
    assert (
        "CWE-78" in rule["properties"]["tags"]
        and rule["help"]["text"]
        and rule["fullDescription"]["text"]
    )
    taxa = run["taxonomies"][0]
    assert taxa["name"] == "CWE" and any(t["id"] == "78" for t in taxa["taxa"])
    ref = next(t for t in result["taxa"] if t["id"] == "78")
    assert taxa["taxa"][ref["index"]]["id"] == "78"
    assert "bandit:B602" in result["properties"]["aise/rule_ids"]
    assert all(run["invocations"][0]["executionSuccessful"] for run in runs.values())


def test_round_trip_keeps_fingerprints(vulnapp_scan: ScanResult, vulnapp: Path) -> None:
    log = to_sarif(vulnapp_scan.findings, vulnapp_scan.statuses, vulnapp)
    again = normalise(vulnapp, read_sarif(log, repo_root=vulnapp))
    assert {f.fingerprint for f in again} == {f.fingerprint for f in vulnapp_scan.findings}
    before = {f.fingerprint: f for f in vulnapp_scan.findings}
    for finding in again:
        original = before[finding.fingerprint]
        assert (finding.rule_id, finding.severity, finding.location.start_line) == (
            original.rule_id,
            original.severity,
            original.location.start_line,
        )


def test_suppressions_fixes_and_status(vulnapp_scan: ScanResult, vulnapp: Path) -> None:
    new_text, diff = _fixed_file(vulnapp)
    records = [
        FindingRecord(
            finding=_find(vulnapp_scan, "bandit:B404"),
            status=Status.FALSE_POSITIVE,
            verdicts=(
                TriageVerdict(
                    verdict=Verdict.FALSE_POSITIVE, confidence=0.9, reason="an import is not a call"
                ),
            ),
        ),
        FindingRecord(
            finding=_find(vulnapp_scan, "bandit:B104"),
            status=Status.ACCEPTED_RISK,
            reason="dev server only; policy accepts unreachable low risks",
            assessments=(
                Assessment(
                    reachability=Reachability.NOT_EXPLOITABLE, risk=1.0, reason="run.py is dev-only"
                ),
            ),
        ),
        FindingRecord(
            finding=_find(vulnapp_scan, "bandit:B608"),
            status=Status.FIXED,
            attempts=(
                FixAttempt(
                    number=1,
                    fixer="codemod:sqli",
                    outcome=FixOutcome.VERIFIED,
                    summary="Bind the name as a query parameter",
                    diff=diff,
                    commit="0" * 40,
                ),
            ),
        ),
    ]
    log = to_sarif(records, vulnapp_scan.statuses, vulnapp)
    validate(log)
    results = {r["properties"]["aise/status"]: r for run in log["runs"] for r in run["results"]}
    fp, accepted, fixed = results["false_positive"], results["accepted_risk"], results["fixed"]
    assert fp["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "an import is not a call"}
    ]
    assert fp["properties"]["aise/verdict"]["verdict"] == "false_positive"
    assert accepted["suppressions"][0]["justification"].startswith("dev server only")
    assert "suppressions" not in fixed and fixed["properties"]["aise/commit"] == "0" * 40
    change = fixed["fixes"][0]["artifactChanges"][0]
    assert change["artifactLocation"]["uri"] == "vulnapp/db.py"
    old_text = (vulnapp / "vulnapp/db.py").read_text()
    assert _apply(old_text, change["replacements"]) == new_text


def test_reads_another_tools_log_with_code_flows(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "src").mkdir(parents=True)
    (repo / "src/app.py").write_text("import os\nq = input()\nos.system(q)\n")

    def step(line: int, msg: str) -> dict[str, Any]:
        physical = {
            "artifactLocation": {"uri": "src/app.py", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": line},
        }
        return {"location": {"physicalLocation": physical, "message": {"text": msg}}}

    log = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "CodeQL",
                        "rules": [
                            {
                                "id": "py/command-line-injection",
                                "name": "CommandInjection",
                                "shortDescription": {"text": "Uncontrolled command line"},
                                "properties": {
                                    "tags": ["security", "external/cwe/cwe-078"],
                                    "security-severity": "9.8",
                                    "precision": "high",
                                },
                            }
                        ],
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///ci/checkout/"}},
                "results": [
                    {
                        "ruleId": "py/command-line-injection",
                        "ruleIndex": 0,
                        "message": {"text": "flows to os.system"},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {
                                        "uri": "src/app.py",
                                        "uriBaseId": "%SRCROOT%",
                                    },
                                    "region": {"startLine": 3, "startColumn": 1, "endColumn": 13},
                                }
                            }
                        ],
                        "codeFlows": [
                            {"threadFlows": [{"locations": [step(2, "source"), step(3, "sink")]}]}
                        ],
                    },
                    {
                        "ruleId": "py/command-line-injection",
                        "message": {"text": "absolute uri"},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": (repo / "src/app.py").as_uri()},
                                    "region": {"startLine": 3},
                                }
                            }
                        ],
                    },
                    {"ruleId": "py/command-line-injection", "message": {"text": "no location"}},
                    {
                        "ruleId": "py/command-line-injection",
                        "kind": "pass",
                        "message": {"text": "checked and fine"},
                        "locations": [
                            {"physicalLocation": {"artifactLocation": {"uri": "src/app.py"}}}
                        ],
                    },
                ],
            }
        ],
    }
    path = tmp_path / "codeql.sarif"
    path.write_text(json.dumps(log))
    raws = read_sarif(path, repo_root=repo)
    assert len(raws) == 2
    first = raws[0]
    assert (first.scanner, first.rule_id, first.path, first.cwe) == (
        "codeql",
        "py/command-line-injection",
        "src/app.py",
        (78,),
    )
    assert first.severity is Severity.CRITICAL and first.rule_name == "CommandInjection"
    assert [s.location.start_line for s in first.code_flow] == [2, 3] and first.code_flow[
        0
    ].message == "source"
    assert raws[1].path == "src/app.py"
    findings = normalise(repo, raws)
    assert findings[0].code_flow and findings[0].location.snippet == "os.system(q)"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON (line 1"),
        ('["a"]', "not a SARIF log"),
        ('{"version": "2.0.0", "runs": []}', "not SARIF 2.1.0"),
        ('{"version": "2.1.0", "runs": {}}', "`runs` must be a list"),
        (
            '{"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]}',
            "runs[0].tool.driver.name: missing",
        ),
        (
            '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r", "locations": "x"}]}]}',
            "runs[0].results[0].locations: expected a list",
        ),
        (
            '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"ruleId": "r", "locations": '
            '[{"physicalLocation": {"artifactLocation": {"uri": "a.py"}, "region": {"startLine": "one"}}}]}]}]}',
            "startLine/endLine must be positive integers",
        ),
    ],
)
def test_malformed_sarif_names_the_file_and_the_problem(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "bad.sarif"
    path.write_text(content)
    with pytest.raises(InputError) as caught:
        read_sarif(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert problem in str(caught.value)


def test_unreadable_sarif_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "binary.sarif"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError, match="cannot read SARIF file"):
        read_sarif(path)
