"""Hung repositories: killed with every process they started, recorded, and the rest go on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from hostile import init_repo

from aise.cli import main
from aise.tools.proctree import descendants, kill_tree

SPAWNER = """import os, subprocess, sys, time
from pathlib import Path

pids = Path(sys.argv[1])
pids.mkdir(exist_ok=True)
same_group = subprocess.Popen(["sleep", "300"])
# A grandchild in a session of its own: killing the process group alone misses it.
own_session = subprocess.Popen(["sleep", "301"], start_new_session=True)
(pids / "pids.json").write_text(__import__("json").dumps([os.getpid(), same_group.pid, own_session.pid]))
time.sleep(300)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


def _wait_dead(pids: list[int], seconds: float = 10.0) -> list[int]:
    deadline = time.monotonic() + seconds
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [p for p in pids if _alive(p)]


def _wait_for(path: Path, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while not path.is_file() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert path.is_file(), f"{path} never appeared"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_kill_tree_reaches_grandchildren_in_other_sessions(tmp_path: Path) -> None:
    script = tmp_path / "spawner.py"
    script.write_text(SPAWNER)
    proc = subprocess.Popen([sys.executable, str(script), str(tmp_path / "pids")], start_new_session=True)
    _wait_for(tmp_path / "pids" / "pids.json")
    pids = json.loads((tmp_path / "pids" / "pids.json").read_text())
    assert set(pids[1:]) <= set(descendants(proc.pid))
    kill_tree(proc.pid)
    proc.wait(timeout=10)
    assert _wait_dead(pids) == []


HANGING_TEST = """import subprocess, time
from pathlib import Path


def test_hangs_forever():
    same_group = subprocess.Popen(["sleep", "600"])
    own_session = subprocess.Popen(["sleep", "601"], start_new_session=True)
    Path({pids!r}).write_text(f"{{same_group.pid}} {{own_session.pid}}")
    time.sleep(600)
"""

VULN = '''import yaml
from flask import Flask, request

app = Flask(__name__)


@app.get("/load")
def load():
    return str(yaml.load(request.args["q"], Loader=yaml.Loader))
'''


def _hung_sweep(tmp_path: Path, repo_timeout: float) -> tuple[Path, Path, Path]:
    """A sweep config over a repository whose tests never end, and a good one; the pid file."""
    pid_file = tmp_path / "test-pids.txt"
    hung = init_repo(tmp_path / "hung", {"app.py": VULN, "test_app.py": HANGING_TEST.format(pids=str(pid_file))})
    good = init_repo(tmp_path / "good", {"app.py": "import hashlib\n\n\ndef h(p):\n    return hashlib.md5(p).hexdigest()\n"})
    config = tmp_path / "sweep.yaml"
    config.write_text(yaml.safe_dump({
        "repos": [
            # The hung repository's fix is verified by its own tests, which never end.
            {"name": "hung", "path": str(hung), "config": {"fix": {"run_tests": True, "test_timeout": 600}}},
            {"name": "good", "path": str(good)},
        ],
        "output": str(tmp_path / "out"),
        "repo_timeout": repo_timeout,
        "concurrency": 2,
        "defaults": {"scan": {"scanners": ["bandit", "aise-flow"]}, "fix": {"run_tests": False}},
    }))
    return config, hung, pid_file


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_sweep_kills_a_hung_repository_and_its_orphans_while_others_complete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config, hung, pid_file = _hung_sweep(tmp_path, repo_timeout=20)

    code = main(["sweep", str(config), "--json"])
    summary = json.loads(capsys.readouterr().out)

    assert code in (0, 1)  # the sweep itself did not fail
    repos = {r["name"]: r for r in summary["repos"]}
    assert repos["hung"]["state"] == "failed" and "timed out" in repos["hung"]["error"]
    assert repos["good"]["state"] == "ran"
    assert pid_file.is_file(), "the hung repository's test never started"
    orphans = [int(p) for p in pid_file.read_text().split()]
    assert _wait_dead(orphans) == []  # the test run's processes died with the worker
    assert subprocess.run(["git", "status", "--porcelain"], cwd=hung, capture_output=True,
                          text=True).stdout == ""  # the user's checkout is untouched


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_ctrl_c_during_a_scan_stops_the_scanner_processes(tmp_path: Path) -> None:
    import signal

    body = "".join(f"def f{i}(a):\n    import os\n    os.system(a + '{i}')\n" for i in range(2000))
    repo = init_repo(tmp_path / "repo", {f"m{n}.py": body for n in range(30)})
    proc = subprocess.Popen([sys.executable, "-m", "aise", "scan", str(repo), "-s", "bandit", "-s", "semgrep"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not {"bandit", "semgrep"} <= set(tools := _tools(proc.pid)) and time.monotonic() < deadline:
        assert proc.poll() is None, "the scan ended before it could be interrupted"
        time.sleep(0.05)
    assert {"bandit", "semgrep"} <= set(tools), tools
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.strip().splitlines()[-1] == "aise: interrupted; nothing was written"
    assert _wait_dead(list(tools.values())) == []


def _tools(pid: int) -> dict[str, int]:
    """Scanner processes below `pid`, by name."""
    found: dict[str, int] = {}
    for child in descendants(pid):
        try:
            cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        for name in ("bandit", "semgrep"):
            if name.encode() in cmdline:
                found.setdefault(name, child)
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_ctrl_c_stops_a_sweep_at_once_with_its_repositories(tmp_path: Path) -> None:
    import signal

    config, _, pid_file = _hung_sweep(tmp_path, repo_timeout=600)
    proc = subprocess.Popen([sys.executable, "-m", "aise", "sweep", str(config)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(pid_file, seconds=120)  # the hung repository's test run is under way
    finally:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)  # not the 600 s repository timeout
    assert proc.returncode == 130
    assert "aise: sweep interrupted" in err
    assert _wait_dead([int(p) for p in pid_file.read_text().split()]) == []
