"""`aise apply`: fixes reach the user's branch only on request, never over local changes."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from aise.cli import main

APP = '''import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/settings", methods=["POST"])
def load_settings():
    return str(yaml.load(request.get_data(as_text=True), Loader=yaml.Loader))
'''


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout.strip()


@pytest.mark.slow
def test_apply_merges_the_run_branch_and_refuses_a_dirty_tree(
    make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(None, files={"settings.py": APP}, name="app")
    assert main(["run", str(repo), "--quiet", "--json", "-c", "scan.scanners=[bandit]", "-c", "fix.run_tests=false"]) in (0, 1)
    summary = json.loads(capsys.readouterr().out)
    assert summary["counts"]["fixed"] >= 1
    run_id = summary["run_id"]
    head_before = _git(repo, "rev-parse", "HEAD")
    assert "yaml.load(" in (repo / "settings.py").read_text()  # the run left the checkout alone

    (repo / "settings.py").write_text(APP + "# local edit\n")
    assert main(["apply", run_id, str(repo)]) == 2
    assert "uncommitted changes" in capsys.readouterr().err
    _git(repo, "checkout", "--", "settings.py")

    assert main(["apply", run_id, str(repo), "--strategy", "cherry-pick"]) == 0
    assert "safe_load" in (repo / "settings.py").read_text()
    assert _git(repo, "rev-parse", "HEAD") != head_before
    assert "Aise-Finding:" in _git(repo, "log", "-1", "--format=%B")

    assert main(["apply", "no-such-run", str(repo)]) == 2
