"""The bundled offline semgrep rules: they load, carry their metadata, and hit the cases.

Semgrep runs once per session over `cases/`, with every bundled rule. Each case file is
`cases/<topic>/bad_*` (or inside a `bad_*` folder) and must get a finding from
`aise.<lang>.<topic>.*`, or `ok_*` and must get none from those rules.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
RULES = REPO / "configs" / "rules"
CASES = Path(__file__).resolve().parent / "cases"

LANGUAGE_OF_SUFFIX = {
    ".py": "python",
    ".html": "python",  # Jinja templates belong to the Python web rules
    ".js": "js",
    ".jsx": "js",
    ".ts": "js",
    ".tsx": "js",
}
LEVELS = {"HIGH", "MEDIUM", "LOW"}
SEVERITIES = {"ERROR", "WARNING", "INFO"}
CWE = re.compile(r"^CWE-\d+: \S")


def _semgrep() -> str | None:
    beside_python = Path(sys.executable).with_name("semgrep")
    return str(beside_python) if beside_python.exists() else shutil.which("semgrep")


def _rule_files() -> list[Path]:
    return sorted(RULES.glob("*/*.yaml"))


def _rules() -> list[tuple[Path, dict[str, Any]]]:
    return [
        (path, rule) for path in _rule_files() for rule in yaml.safe_load(path.read_text())["rules"]
    ]


def _kind(case: Path) -> str | None:
    """`bad` or `ok`, from the first path part below the topic folder."""
    for part in case.relative_to(CASES).parts[1:]:
        for kind in ("bad", "ok"):
            if part.startswith(f"{kind}_"):
                return kind
    return None


def _cases() -> list[Path]:
    return sorted(
        path
        for path in CASES.rglob("*")
        if path.is_file() and path.suffix in LANGUAGE_OF_SUFFIX and _kind(path) is not None
    )


def _prefix(case: Path) -> str:
    topic = case.relative_to(CASES).parts[0]
    return f"aise.{LANGUAGE_OF_SUFFIX[case.suffix]}.{topic}."


@pytest.fixture(scope="session")
def scan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One semgrep run over a copy of the cases, with every bundled rule."""
    exe = _semgrep()
    if exe is None:
        pytest.skip("semgrep is not installed")
    # A copy outside any git checkout: inside one, semgrep skips untracked files
    # and, by its default ignore list, everything under tests/.
    target = tmp_path_factory.mktemp("semgrep-rules") / "cases"
    shutil.copytree(CASES, target)
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
    # --experimental is the OCaml CLI the semgrep scanner uses (same engine, fast startup).
    command = [
        exe, "scan", "--experimental", "--config", str(RULES), "--json", "--time",
        "--metrics=off", "--disable-version-check", "--no-rewrite-rule-ids", "--timeout", "60", ".",
    ]  # fmt: skip
    proc = subprocess.run(command, cwd=target, env=env, capture_output=True, text=True, timeout=300)
    assert proc.stdout, f"semgrep printed no JSON (exit {proc.returncode}): {proc.stderr[-2000:]}"
    report: dict[str, Any] = json.loads(proc.stdout)
    report["exit_code"] = proc.returncode
    return report


def _findings(scan: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for result in scan["results"]:
        found.setdefault(Path(result["path"]).as_posix(), []).append(result["check_id"])
    return found


def test_semgrep_runs_every_rule_without_errors(scan: dict[str, Any]) -> None:
    assert scan["exit_code"] == 0
    assert scan["errors"] == []
    ran = set(scan["time"]["rules"])
    assert ran == {rule["id"] for _, rule in _rules()}


def test_every_case_file_was_scanned(scan: dict[str, Any]) -> None:
    scanned = {Path(path).as_posix() for path in scan["paths"]["scanned"]}
    expected = {case.relative_to(CASES).as_posix() for case in _cases()}
    assert expected <= scanned, sorted(expected - scanned)


@pytest.mark.parametrize("case", _cases(), ids=lambda case: case.relative_to(CASES).as_posix())
def test_case_gets_the_expected_findings(scan: dict[str, Any], case: Path) -> None:
    prefix = _prefix(case)
    hits = [
        rule
        for rule in _findings(scan).get(case.relative_to(CASES).as_posix(), [])
        if rule.startswith(prefix)
    ]
    if _kind(case) == "bad":
        assert hits, f"no finding from {prefix}*"
    else:
        assert hits == [], f"unexpected findings: {hits}"


def test_rule_files_match_semgrep_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    semgrep = pytest.importorskip("semgrep")
    schema_path = Path(semgrep.__file__).parent / "semgrep_interfaces" / "rule_schema_v1.yaml"
    if not schema_path.exists():
        pytest.skip("this semgrep ships no rule schema")
    schema = yaml.safe_load(schema_path.read_text())
    validator = jsonschema.validators.validator_for(schema)(schema)
    problems = [
        f"{path.relative_to(RULES)}: {error.message[:200]}"
        for path in _rule_files()
        for error in validator.iter_errors(yaml.safe_load(path.read_text()))
    ]
    assert problems == []


def test_rules_carry_ids_cwes_and_metadata() -> None:
    problems: list[str] = []
    seen: set[str] = set()
    for path, rule in _rules():
        language, topic = path.parent.name, path.stem
        rule_id = rule["id"]
        where = f"{path.relative_to(RULES)}:{rule_id}"
        if not rule_id.startswith(f"aise.{language}.{topic}."):
            problems.append(f"{where}: id must start with aise.{language}.{topic}.")
        if rule_id in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(rule_id)
        if rule.get("severity") not in SEVERITIES or not str(rule.get("message", "")).strip():
            problems.append(f"{where}: needs a severity and a message")
        meta = rule.get("metadata", {})
        cwes = meta.get("cwe")
        if not cwes or not isinstance(cwes, list) or not all(CWE.match(str(c)) for c in cwes):
            problems.append(f"{where}: cwe must be a list like 'CWE-89: ...'")
        if meta.get("category") != "security" or not meta.get("references"):
            problems.append(f"{where}: needs category security and references")
        for key in ("confidence", "likelihood", "impact"):
            if meta.get(key) not in LEVELS:
                problems.append(f"{where}: {key} must be one of {sorted(LEVELS)}")
    assert problems == []


def test_every_topic_has_bad_and_ok_cases() -> None:
    kinds: dict[str, set[str]] = {}
    for case in _cases():
        kinds.setdefault(_prefix(case), set()).add(_kind(case) or "")
    for path in _rule_files():
        prefix = f"aise.{path.parent.name}.{path.stem}."
        assert kinds.get(prefix) == {"bad", "ok"}, (
            f"{prefix}: cases {sorted(kinds.get(prefix, set()))}"
        )
