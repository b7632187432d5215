"""Run one repository of a sweep: the unit a local worker process or a Ray task executes."""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from aise.errors import AiseError
from aise.models import Severity, Status

__all__ = ["FindingOutcome", "RepoJob", "RepoOutcome", "run_job"]


class RepoJob(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str
    checkout: str
    settings_layer: dict[str, Any]
    baseline: dict[str, Status] = {}
    """Fingerprints decided in earlier sweeps; they are carried over, not processed again."""


class FindingOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)
    fingerprint: str
    status: Status
    severity: Severity
    rule_id: str
    path: str
    human: bool = False
    new: bool = True


class RepoOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str
    ok: bool
    skipped: bool = False
    error: str | None = None
    run_id: str | None = None
    report_dir: str | None = None
    findings: list[FindingOutcome] = []
    scanner_errors: list[str] = []
    seconds: float = 0.0


def run_job(job: RepoJob) -> RepoOutcome:
    """Run aise on one repository; every failure becomes an outcome, never an exception."""
    started = time.monotonic()
    try:
        return _run(job).model_copy(update={"seconds": time.monotonic() - started})
    except AiseError as exc:
        return RepoOutcome(name=job.name, ok=False, error=str(exc), seconds=time.monotonic() - started)
    except Exception as exc:  # one broken repository must never stop the sweep
        tail = traceback.format_exception_only(exc)[-1].strip()
        return RepoOutcome(name=job.name, ok=False, error=f"crashed: {tail}", seconds=time.monotonic() - started)


def _run(job: RepoJob) -> RepoOutcome:
    from aise.cli.options import require_dir
    from aise.config import load_settings
    from aise.graphs.runner import run_repository

    checkout = require_dir(Path(job.checkout))
    if not (checkout / ".git").exists():
        raise AiseError(f"{checkout}: not a git repository")
    settings = load_settings(checkout, None, (), extra=job.settings_layer)
    summary = run_repository(checkout, settings, baseline=job.baseline)
    findings = [
        FindingOutcome(
            fingerprint=record.fingerprint,
            status=record.status,
            severity=record.finding.severity,
            rule_id=record.finding.rule_id,
            path=record.finding.path,
            human=bool(record.decisions),
            new=record.fingerprint not in job.baseline,
        )
        for record in summary.records
    ]
    return RepoOutcome(
        name=job.name,
        ok=True,
        run_id=summary.run_id,
        report_dir=str(summary.report_dir) if summary.report_dir else None,
        findings=findings,
        scanner_errors=list(summary.scanner_errors),
    )


def main() -> int:
    """`python -m aise.graphs.sweep_worker JOB.json OUT.json`: the local executor's child."""
    job = RepoJob.model_validate_json(Path(sys.argv[1]).read_text())
    outcome = run_job(job)
    Path(sys.argv[2]).write_text(outcome.model_dump_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
