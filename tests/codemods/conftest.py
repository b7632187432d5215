"""Run one codemod on a source snippet, with a finding placed on the marked line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from aise.models import Confidence, Finding, Location, Severity
from aise.tools.codemods import Codemod, CodemodResult, FixContext, Handoff

Runner = Callable[..., CodemodResult | Handoff | None]


def finding_at(source: str, marker: str = "# <-", rule: str = "bandit:B000", cwe: tuple[int, ...] = (),
               path: str = "app.py") -> Finding:
    """A finding on the first line containing `marker` (the codemod must not need more)."""
    line = next(i for i, text in enumerate(source.splitlines(), 1) if marker in text)
    return Finding(
        fingerprint="f" * 32, rule_id=rule, scanners=(rule.split(":")[0],), rule_ids=(rule,), cwe=cwe,
        severity=Severity.HIGH, confidence=Confidence.HIGH, message="test finding",
        location=Location(path=path, start_line=line, end_line=line),
    )


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    def _run(codemod: Codemod, source: str, *, marker: str = "# <-", rule: str = "bandit:B000",
             cwe: tuple[int, ...] = (), ctx: FixContext | None = None) -> CodemodResult | Handoff | None:
        finding = finding_at(source, marker, rule, cwe)
        return codemod.transform(source, finding, ctx or FixContext(root=tmp_path))

    return _run


@pytest.fixture
def fix(run: Runner) -> Callable[..., str]:
    """Run a codemod that must succeed; return the new source."""

    def _fix(codemod: Codemod, source: str, **kwargs: object) -> str:
        result = run(codemod, source, **kwargs)
        assert isinstance(result, CodemodResult), result
        return result.source

    return _fix
