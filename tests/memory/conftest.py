"""Fixtures for memory tests: real git repositories and real Chroma folders in tmp_path."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from aise.config import MemorySettings

DATA = Path(__file__).parent / "data"


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True)
    return done.stdout


def _commit_all(repo: Path, message: str = "change") -> None:
    _git(repo, "add", "-A")
    _git(repo, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", message)


@pytest.fixture
def git() -> Callable[..., str]:
    """`git(repo, *args)` -> stdout."""
    return _git


@pytest.fixture
def commit() -> Callable[..., None]:
    """`commit(repo)`: stage everything and commit."""
    return _commit_all


@pytest.fixture
def corpus() -> dict[str, str | bytes]:
    """The labelled retrieval corpus (tests/memory/data/corpus) as files for make_repo."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((DATA / "corpus").glob("*.py"))}


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """A committed git repository holding the given files."""

    def make(files: dict[str, str | bytes]) -> Path:
        repo = tmp_path / "repo"
        repo.mkdir()
        _git(repo, "init", "-q")
        for rel, content in files.items():
            path = repo / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        _commit_all(repo, "initial")
        return repo

    return make


@pytest.fixture
def settings() -> MemorySettings:
    return MemorySettings(lock_timeout=5.0)
