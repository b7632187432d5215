"""`aise scan` and `aise scanners list` through the real CLI entry point, in process."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from aise.cli import main

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text())
FAST = ["-s", "bandit", "-s", "detect-secrets"]

EXTERNAL = {
    "version": "2.1.0",
    "runs": [
        {
            "tool": {
                "driver": {
                    "name": "Trivy",
                    "rules": [{"id": "AVD-1", "properties": {"tags": ["CWE-798"]}}],
                }
            },
            "results": [
                {
                    "ruleId": "AVD-1",
                    "level": "error",
                    "message": {"text": "secret in config"},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": "vulnapp/config.py"},
                                "region": {"startLine": 14},
                            }
                        }
                    ],
                }
            ],
        }
    ],
}


def _one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines and lines[0].startswith("aise: error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_sarif_output_to_a_file_validates_and_exits_1(
    vulnapp: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "results.sarif"
    assert main(["scan", str(vulnapp), "--format", "sarif", "--output", str(out), *FAST]) == 1
    log = json.loads(out.read_text())
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    assert {run["tool"]["driver"]["name"] for run in log["runs"]} == {"bandit", "detect-secrets"}
    captured = capsys.readouterr()
    assert captured.out == ""  # results went to the file; the summary to stderr
    assert "findings (" in captured.err and "detect-secrets" in captured.err


def test_table_to_stdout_and_fail_on_thresholds(
    vulnapp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["scan", str(vulnapp), "-s", "bandit", "--fail-on", "critical"]) == 0
    table = capsys.readouterr().out
    assert "bandit:B602" in table and "vulnapp/admin.py:13" in table
    assert main(["scan", str(vulnapp), "-s", "bandit", "--fail-on", "high"]) == 1
    assert main(["scan", str(vulnapp), "-s", "bandit", "--fail-on", "never"]) == 0


def test_clean_repository_exits_0(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(None, files={"app.py": "def add(a, b):\n    return a + b\n"})
    assert main(["scan", str(repo), *FAST, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_sarif_import_through_the_cli(
    vulnapp: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    external = tmp_path / "trivy.sarif"
    external.write_text(json.dumps(EXTERNAL))
    assert (
        main(["scan", str(vulnapp), "-s", "sarif", "--sarif", str(external), "--format", "json"])
        == 1
    )
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["rule_id"], f["location"]["start_line"], f["cwe"]) for f in findings] == [
        ("trivy:AVD-1", 14, [798])
    ]


@pytest.mark.parametrize(
    ("setup", "args", "expected"),
    [
        (None, ["scan", "{tmp}/missing"], "missing: no such file or directory"),
        ("file", ["scan", "{tmp}/file.txt"], "file.txt: not a directory"),
        (
            "bad_sarif",
            ["scan", "{repo}", "-s", "sarif", "--sarif", "{tmp}/bad.sarif"],
            "bad.sarif: not valid JSON",
        ),
        (
            None,
            ["scan", "{repo}", "--sarif", "{tmp}/none.sarif"],
            "none.sarif: SARIF file not found",
        ),
        (
            "bad_yaml",
            ["scan", "{repo}", "--config", "{tmp}/bad.yaml"],
            "bad.yaml line 3: not valid YAML",
        ),
        (
            "unknown_key",
            ["scan", "{repo}", "--config", "{tmp}/unknown.yaml"],
            "unknown.yaml: scan.bogus: Extra inputs",
        ),
        (None, ["scan", "{repo}", "-c", "scan.timeout=-1"], "scan.timeout"),
        (None, ["scan", "{repo}", "-s", "nope"], "unknown scanner 'nope'"),
        (
            None,
            ["scan", "{repo}", "-s", "bandit", "-o", "{tmp}/no/such/dir/out.txt"],
            "out.txt: cannot write",
        ),
    ],
)
def test_user_errors_are_one_line_and_exit_2(
    setup: str | None,
    args: list[str],
    expected: str,
    make_repo: Callable[..., Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = make_repo(None, files={"app.py": "x = 1\n"})
    files = {
        "file": ("file.txt", "text"),
        "bad_sarif": ("bad.sarif", "{oops"),
        "bad_yaml": ("bad.yaml", "scan:\n  timeout: [1\n"),
        "unknown_key": ("unknown.yaml", "scan:\n  bogus: 1\n"),
    }
    if setup:
        name, text = files[setup]
        (tmp_path / name).write_text(text)
    argv = [a.format(tmp=tmp_path, repo=repo) for a in args]
    assert main(argv) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert expected in line


def test_scanners_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scanners", "list", "--json"]) == 0
    rows = {row["id"]: row for row in json.loads(capsys.readouterr().out)}
    assert {"bandit", "semgrep", "detect-secrets", "sarif"} <= set(rows)
    assert rows["bandit"]["available"] is True and rows["bandit"]["description"]
    assert main(["scanners", "list"]) == 0
    assert "detect-secrets" in capsys.readouterr().out
