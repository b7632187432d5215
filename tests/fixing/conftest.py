"""Tiny real git repositories for the fixing tools."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """A committed git repository holding `files` (path -> text)."""

    def _make(files: dict[str, str], name: str = "repo") -> Path:
        repo = tmp_path / name
        for rel, text in files.items():
            (repo / rel).parent.mkdir(parents=True, exist_ok=True)
            (repo / rel).write_text(text)
        git(repo, "init", "-q", "-b", "main")
        git(repo, "config", "user.name", "Dev")
        git(repo, "config", "user.email", "dev@example.com")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "initial")
        return repo

    return _make


@pytest.fixture(autouse=True)
def _fast_inner_pytest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inner pytest runs skip this venv's auto-loaded plugins (langsmith alone costs ~1-4 s a start)."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
