"""Shared pytest fixtures (rootdir conftest)."""

from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

# The fake LLM server fixture and the session-wide offline guard (aise.testing.pytest_plugin).
from aise.testing.pytest_plugin import _fail_on_blocked_network, fake_llm, network_guard  # noqa: F401
from aise.testing.repo import build_repo

FIXTURES = Path(__file__).parent / "fixtures"
# Fixture repositories carry their own test suites; those run only inside their copies.
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture
def make_repo(tmp_path: Path) -> Callable[..., Path]:
    """`make_repo("vulnapp")` copies tests/fixtures/vulnapp into tmp_path as a git repo with one commit.

    `make_repo(None, files={"app.py": "..."}, name="scratch")` builds one from files alone;
    `files` are written over the copy before the commit.
    """

    def make(
        fixture: str | None, *, files: Mapping[str, str] | None = None, name: str | None = None
    ) -> Path:
        dest = tmp_path / (name or fixture or "repo")
        return build_repo(dest, FIXTURES / fixture if fixture else None, files)

    return make
