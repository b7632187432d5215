"""Sweeps over real git repositories: incremental, isolated, with both executors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from aise.errors import ConfigError
from aise.graphs.sweep import run_sweep
from aise.sweep_config import load_sweep_config

VULN = '''import hashlib
import yaml


def load(text):
    return yaml.load(text, Loader=yaml.Loader)


def digest(password):
    return hashlib.md5(password.encode()).hexdigest()
'''


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def make_git_repo(root: Path, name: str, files: dict[str, str]) -> Path:
    repo = root / name
    repo.mkdir()
    for rel, text in files.items():
        (repo / rel).write_text(text)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "init")
    return repo


def commit_all(repo: Path, message: str) -> None:
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message)


def write_config(path: Path, repos: list[dict[str, object]], **extra: object) -> Path:
    data = {
        "repos": repos,
        "output": str(path.parent / "out"),
        # Fast, deterministic settings: two cheap scanners, no repository tests.
        "defaults": {"scan": {"scanners": ["bandit", "aise-flow"]}, "fix": {"run_tests": False}},
        **extra,
    }
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.fixture()
def three_repos(tmp_path: Path) -> tuple[Path, Path, Path]:
    good1 = make_git_repo(tmp_path, "alpha", {"app.py": VULN})
    good2 = make_git_repo(tmp_path, "beta", {"util.py": "import random\n\n\ndef jitter():\n    return random.random()\n"})
    broken = tmp_path / "gamma"
    broken.mkdir()
    (broken / "app.py").write_text(VULN)
    (broken / "bad.sarif").write_text("{not json")
    return good1, good2, broken


def _repos(good1: Path, good2: Path, broken: Path) -> list[dict[str, object]]:
    return [
        {"name": "alpha", "path": str(good1)},
        {"name": "beta", "path": str(good2)},
        # Broken twice over: not a git repository, and a SARIF import that cannot parse.
        {"name": "gamma", "path": str(broken), "config": {"scan": {"sarif": [str(broken / "bad.sarif")]}}},
    ]


@pytest.mark.slow
def test_local_sweep_is_incremental_and_survives_a_broken_repo(tmp_path: Path, three_repos) -> None:
    good1, good2, broken = three_repos
    config, base = load_sweep_config(write_config(tmp_path / "sweep.yaml", _repos(good1, good2, broken)))

    first = run_sweep(config, base)
    states = {r.name: r for r in first.repos}
    assert states["alpha"].state == "ran" and states["beta"].state == "ran"
    assert states["gamma"].state == "failed" and "not a git repository" in (states["gamma"].error or "")
    assert states["alpha"].counts["new"] >= 2
    report = Path(first.report_dir)
    assert {"summary.md", "summary.html", "summary.json"} <= {p.name for p in report.iterdir()}
    assert json.loads((report / "summary.json").read_text())["totals"]["failed"] == 1

    second = run_sweep(config, base)
    states2 = {r.name: r for r in second.repos}
    assert states2["alpha"].state == "skipped" and states2["beta"].state == "skipped"
    assert second.previous_totals is not None

    # A new finding in alpha is processed; the old ones are carried over, not redone.
    (good1 / "more.py").write_text("import os\n\n\ndef run(cmd):\n    os.system(cmd)\n")
    commit_all(good1, "more")
    third = run_sweep(config, base)
    alpha = {r.name: r for r in third.repos}["alpha"]
    assert alpha.state == "ran" and alpha.counts["new"] == 1
    assert {r.name: r for r in third.repos}["beta"].state == "skipped"

    # A finding that disappears upstream is marked resolved_upstream.
    (good1 / "more.py").unlink()
    commit_all(good1, "drop more")
    fourth = run_sweep(config, base)
    alpha = {r.name: r for r in fourth.repos}["alpha"]
    assert alpha.counts["resolved_upstream"] == 1 and alpha.counts["new"] == 0


def test_config_typo_fails_before_any_work(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path, "alpha", {"app.py": VULN})
    path = write_config(tmp_path / "sweep.yaml", [{"name": "alpha", "path": str(repo), "config": {"scan": {"scaners": []}}}])
    with pytest.raises(ConfigError, match=r"repos\[alpha\].*scaners"):
        load_sweep_config(path)
    path.write_text(yaml.safe_dump({"repos": [{"name": "x", "path": "a", "url": "b"}]}))
    with pytest.raises(ConfigError, match="exactly one of"):
        load_sweep_config(path)
    assert not (tmp_path / "out").exists()


def test_cli_exit_code_flags_new_handoffs(tmp_path: Path) -> None:
    repo = make_git_repo(tmp_path, "alpha", {"app.py": VULN})
    # With fixing off every true finding is handed to a human, so fail_on=low must exit 1.
    path = write_config(tmp_path / "sweep.yaml", [{"name": "alpha", "path": str(repo)}], fail_on="low")
    data = yaml.safe_load(path.read_text())
    data["defaults"]["fix"]["enabled"] = False
    path.write_text(yaml.safe_dump(data))
    done = subprocess.run(
        [sys.executable, "-m", "aise", "sweep", str(path), "--json"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1, done.stderr
    summary = json.loads(done.stdout)
    assert summary["repos"][0]["new_needs_human_blocking"] >= 1


def test_token_is_never_written_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from aise.tools.repo_sync import sync_url

    origin = make_git_repo(tmp_path, "origin", {"a.py": "x = 1\n"})
    monkeypatch.setenv("AISE_TEST_TOKEN", "s3cr3t-token-value")
    dest = sync_url(f"file://{origin}", tmp_path / "cache" / "origin", None, "AISE_TEST_TOKEN")
    (origin / "b.py").write_text("y = 2\n")
    commit_all(origin, "two")
    sync_url(f"file://{origin}", dest, None, "AISE_TEST_TOKEN")
    assert (dest / "b.py").is_file()
    for path in (dest / ".git").rglob("*"):
        if path.is_file():
            assert b"s3cr3t-token-value" not in path.read_bytes()
            assert b"czNjcjN0" not in path.read_bytes()  # nor its base64


@pytest.mark.slow
@pytest.mark.ray
def test_ray_sweep_reports_broken_repo_and_finishes_others(tmp_path: Path, three_repos) -> None:
    ray = pytest.importorskip("ray")
    good1, good2, broken = three_repos
    config, base = load_sweep_config(write_config(tmp_path / "sweep.yaml", _repos(good1, good2, broken)))
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        summary = run_sweep(config, base, executor="ray")
    finally:
        ray.shutdown()
    states = {r.name: r.state for r in summary.repos}
    assert states == {"alpha": "ran", "beta": "ran", "gamma": "failed"}
    assert summary.executor == "ray"
