"""Fixtures for the LLM fixer: the app as a real git repository and worktree, and a client to the fake model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from llm_fixer_app import FILES, App

from aise.config import Settings
from aise.llm import LLMClient
from aise.llm_usage import RunUsage
from aise.testing.llm_server import FakeLLMServer
from aise.tools import gitops
from aise.tools.codemods import FixContext
from aise.tools.scan import run_scan


@pytest.fixture(autouse=True)
def _fast_inner_pytest(monkeypatch: pytest.MonkeyPatch) -> None:
    """Inner pytest runs skip this venv's auto-loaded plugins (they cost seconds per start)."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")


@pytest.fixture
def make_app(make_repo: Callable[..., Path], fake_llm: FakeLLMServer) -> Callable[..., App]:
    """The app as a real git repository with the run's worktree, its bandit finding, and a client."""

    def make(files: dict[str, str] | None = None, mode: str = "llm", **fix: object) -> App:
        repo = make_repo(None, files={**FILES, **(files or {})}, name="app")
        worktree = gitops.create_worktree(repo, "r1")
        settings = Settings.model_validate({"llm": fake_llm.settings(mode=mode).model_dump(), "fix": fix})
        found = run_scan(worktree.path, settings, scanner_ids=["bandit"]).findings
        finding = next(f for f in found if f.rule_id == "bandit:B608")
        client = LLMClient(settings.llm, None, usage=RunUsage())
        return App(worktree, finding, settings, client, FixContext(root=worktree.path))

    return make
