"""Robustness bugs found by the adversarial pass and since fixed; each reproduction must stay fixed.

The reproductions live in known_bugs.py (a script, so the open ones can be run by hand);
these are the ones that now print ok there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from known_bugs import BUGS  # tests/robustness is on sys.path through its conftest

FIXED = (
    "analysis_deep_nesting",
    "analysis_symlink_loop",
    "analysis_fifo",
    "triage_injection_via_unparsable_file",
    "state_db_corrupt",
    "gitops_runs_repository_hooks",
    "testrunner_detached_grandchild",
)


@pytest.mark.slow
@pytest.mark.parametrize("name", FIXED)
def test_reproduction_no_longer_fails(name: str, tmp_path: Path) -> None:
    assert not BUGS[name](tmp_path), BUGS[name].__doc__
