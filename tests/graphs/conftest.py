"""Small real git repositories for the remediation graph tests."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from aise.config import Settings

APP = '''"""A tiny Flask app with the usual mistakes."""
import hashlib
import os
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.get("/run")
def run():
    os.system("ping " + request.args["host"])
    return "ok"


@app.get("/digest")
def digest():
    return hashlib.md5(request.args["text"].encode()).hexdigest()


@app.post("/load")
def load():
    return pickle.loads(request.data)
'''

TESTS = '''def test_app():
    assert 1 + 1 == 2
    password = "hunter2-test-only"
    assert password
'''

FILES = {"app.py": APP, "tests/test_app.py": TESTS, "README.md": "# demo\n"}


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo, check=True, capture_output=True, text=True,
    )
    return done.stdout


def make_git_repo(root: Path, files: dict[str, str], name: str = "repo") -> Path:
    repo = root / name
    for rel, text in files.items():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        (repo / rel).write_text(text)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "init")
    return repo


def _checkout_state(repo: Path) -> tuple[str, str, str]:
    return (
        git(repo, "rev-parse", "HEAD").strip(),
        git(repo, "status", "--porcelain", "--untracked-files=all"),
        git(repo, "branch", "--show-current").strip(),
    )


@pytest.fixture
def checkout_state() -> Callable[[Path], tuple[str, str, str]]:
    """HEAD, `git status --porcelain` (untracked included) and the current branch of a repo."""
    return _checkout_state


@pytest.fixture
def small_repo(tmp_path: Path) -> Path:
    return make_git_repo(tmp_path, FILES)


@pytest.fixture
def fast_settings() -> Callable[..., Settings]:
    """Settings with bandit only (fast and real) plus overrides as nested dicts."""

    def build(**sections: dict[str, object]) -> Settings:
        data: dict[str, dict[str, object]] = {"scan": {"scanners": ["bandit"]}, "fix": {"run_tests": False}}
        for key, value in sections.items():
            data[key] = {**data.get(key, {}), **value}
        return Settings.model_validate(data)

    return build


@pytest.fixture
def make_small_repo(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Build a committed git repository from {path: text} under tmp_path."""
    count = iter(range(1000))

    def build(files: dict[str, str]) -> Path:
        return make_git_repo(tmp_path, files, name=f"repo{next(count)}")

    return build
