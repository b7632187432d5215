"""aise.graphs: the remediation state machine, its runner, and the sweep over many repositories."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["RunSummary", "list_runs", "resume_run", "review_run", "run_repository"]

if TYPE_CHECKING:
    from aise.graphs.runner import RunSummary, list_runs, resume_run, review_run, run_repository


def __getattr__(name: str) -> Any:
    # Lazy, so agents can import `aise.graphs.state` without pulling in the runner (no cycle).
    if name in __all__:
        return getattr(import_module("aise.graphs.runner"), name)
    raise AttributeError(f"module 'aise.graphs' has no attribute {name!r}")
