"""Build real git repositories for tests: copy a fixture folder, add files, commit once."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

__all__ = ["build_repo", "git_commit_all"]

_IGNORE = shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", "*.db", ".aise")
_GIT_IDENTITY = (
    "-c",
    "user.name=aise tests",
    "-c",
    "user.email=tests@aise.invalid",
    "-c",
    "commit.gpgsign=false",
)


def git_commit_all(repo: Path, message: str) -> str:
    """Stage everything in `repo` and commit it; returns the new commit sha."""
    git = ["git", "-C", str(repo), *_GIT_IDENTITY]
    subprocess.run([*git, "add", "-A"], check=True, capture_output=True)
    subprocess.run(
        [*git, "commit", "-q", "--allow-empty", "-m", message], check=True, capture_output=True
    )
    out = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def build_repo(
    dest: Path, source: Path | None = None, files: Mapping[str, str] | None = None
) -> Path:
    """Copy `source` (a fixture folder) to `dest`, write `files` over it, `git init` and commit."""
    if source is not None:
        shutil.copytree(source, dest, ignore=_IGNORE)
    dest.mkdir(parents=True, exist_ok=True)
    for rel, text in (files or {}).items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q", "-b", "main", str(dest)], check=True, capture_output=True)
    git_commit_all(dest, "initial")
    return dest
