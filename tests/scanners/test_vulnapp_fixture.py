"""The vulnapp fixture stays honest: EXPECTED.md matches the code, and its own tests pass."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

FIXTURE = Path(__file__).parents[1] / "fixtures" / "vulnapp"
_ROW = re.compile(
    r"^\| (?P<file>[\w./]+) \| (?P<line>\d+) \| (?P<what>[^|]+) \| (?P<cwe>\d+) \| (?P<kind>real|safe) \| `(?P<marker>[^`]+)` \|$"
)


def rows() -> list[dict[str, str]]:
    text = (FIXTURE / "EXPECTED.md").read_text(encoding="utf-8")
    return [m.groupdict() for m in map(_ROW.match, text.splitlines()) if m]


def test_expected_md_points_at_the_right_lines() -> None:
    table = rows()
    assert len(table) >= 25 and {r["kind"] for r in table} == {"real", "safe"}
    for row in table:
        lines = (FIXTURE / row["file"]).read_text(encoding="utf-8").splitlines()
        assert row["marker"] in lines[int(row["line"]) - 1], row


def test_the_apps_own_tests_pass(make_repo: Callable[..., Path]) -> None:
    repo = make_repo("vulnapp")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    out = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-o", "addopts=", "-p", "no:cacheprovider"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    assert re.search(r"\b1\d passed\b", out.stdout), out.stdout
