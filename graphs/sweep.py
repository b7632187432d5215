"""A sweep: run aise over many repositories, incrementally, and summarise."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from aise import __version__
from aise.errors import AiseError
from aise.graphs.executors import run_local, run_ray
from aise.graphs.sweep_state import BaselineEntry, RepoMark, SweepDB
from aise.graphs.sweep_worker import RepoJob, RepoOutcome
from aise.models import Status
from aise.sweep_config import RepoSpec, SweepConfig
from aise.tools.repo_sync import head_commit, redact_url, sync_url

__all__ = ["RepoResult", "SweepSummary", "run_sweep"]

COUNTED = ("new", "fixed", "false_positive", "accepted_risk", "needs_human", "resolved_upstream")


class RepoResult(BaseModel):
    model_config = ConfigDict(frozen=True)
    name: str
    state: Literal["ran", "skipped", "failed"]
    error: str | None = None
    run_id: str | None = None
    report_dir: str | None = None
    counts: dict[str, int] = {}
    new_needs_human_blocking: int = 0
    """New needs_human findings at or above the sweep's `fail_on` severity."""
    scanner_errors: list[str] = []
    seconds: float = 0.0


class SweepSummary(BaseModel):
    model_config = ConfigDict(frozen=True)
    sweep_id: str
    started_at: str
    seconds: float
    executor: str
    repos: list[RepoResult]
    totals: dict[str, int]
    previous_totals: dict[str, int] | None = None
    report_dir: str
    exit_code: int


def rules_hash() -> str:
    """Changes when aise or its bundled rules change, so repositories are swept again."""
    digest = hashlib.sha256(__version__.encode())
    root = resources.files("aise.configs")
    for path in sorted(_walk(root), key=str):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _walk(node: object) -> Iterable[object]:
    for child in node.iterdir():  # type: ignore[attr-defined]
        if child.is_dir():
            yield from _walk(child)
        elif child.name.endswith((".yaml", ".yml")):
            yield child


def run_sweep(
    config: SweepConfig,
    base: Path,
    *,
    executor: str | None = None,
    address: str | None = None,
    on_repo: Callable[[RepoResult], None] | None = None,
    ray_local_cpus: int | None = None,
) -> SweepSummary:
    """Sweep every repository; a broken one is recorded and never stops the others."""
    started, t0 = datetime.now(UTC), time.monotonic()
    sweep_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    out = (base / config.output).resolve()
    db = SweepDB(out / "sweep.db")
    cache = Path(config.cache_dir).expanduser() if config.cache_dir else out / "repos"
    cache = cache if cache.is_absolute() else base / cache
    current_rules = rules_hash()
    results: list[RepoResult] = []
    jobs: list[RepoJob] = []
    marks: dict[str, RepoMark] = {}

    def done(result: RepoResult) -> None:
        results.append(result)
        if on_repo:
            on_repo(result)

    for repo in config.repos:
        prepared = _prepare(repo, config, base, cache, db, current_rules)
        if isinstance(prepared, RepoResult):
            done(prepared)
        else:
            jobs.append(prepared[0])
            marks[repo.name] = prepared[1]
    kind = executor or config.executor
    if kind == "ray":
        outcomes = run_ray(
            jobs, address=address or config.ray.address, num_cpus=config.ray.num_cpus,
            memory_mb=config.ray.memory_mb, max_retries=config.ray.max_retries,
            timeout=config.repo_timeout, local_cpus=ray_local_cpus,
        )
    else:
        outcomes = run_local(jobs, workers=config.concurrency, timeout=config.repo_timeout)
    for outcome in outcomes:
        done(_record(outcome, config, db, marks[outcome.name]))
    return _finish(config, db, out, sweep_id, started, time.monotonic() - t0, kind, results)


def _prepare(
    repo: RepoSpec, config: SweepConfig, base: Path, cache: Path, db: SweepDB, rules: str
) -> tuple[RepoJob, RepoMark] | RepoResult:
    t0 = time.monotonic()
    try:
        checkout = _checkout(repo, base, cache)
    except AiseError as exc:
        return RepoResult(name=repo.name, state="failed", error=redact_url(str(exc)), seconds=time.monotonic() - t0)
    mark = RepoMark(head=head_commit(checkout), config_hash=config.config_hash(repo), rules_hash=rules)
    previous = db.mark(repo.name)
    if previous and mark.head and previous.model_copy(update={"last_run_id": None}) == mark:
        return RepoResult(
            name=repo.name, state="skipped", run_id=previous.last_run_id, seconds=time.monotonic() - t0
        )
    baseline = {fp: e.status for fp, e in db.baseline(repo.name).items() if e.status.terminal}
    job = RepoJob(name=repo.name, checkout=str(checkout), settings_layer=config.settings_layer(repo), baseline=baseline)
    return job, mark


def _checkout(repo: RepoSpec, base: Path, cache: Path) -> Path:
    if repo.url:
        return sync_url(repo.url, cache / repo.name, repo.branch, repo.token_env)
    path = Path(repo.path or ".").expanduser()
    path = path if path.is_absolute() else base / path
    if not path.is_dir():
        raise AiseError(f"{path}: no such directory")
    return path.resolve()


def _record(outcome: RepoOutcome, config: SweepConfig, db: SweepDB, mark: RepoMark) -> RepoResult:
    if not outcome.ok:
        return RepoResult(name=outcome.name, state="failed", error=redact_url(outcome.error or "failed"),
                          seconds=outcome.seconds)
    seen = {f.fingerprint for f in outcome.findings}
    known = db.baseline(outcome.name)
    entries = [
        BaselineEntry(
            fingerprint=f.fingerprint, status=f.status, severity=f.severity, rule_id=f.rule_id, path=f.path,
            commit_sha=mark.head, human=f.human or (known[f.fingerprint].human if f.fingerprint in known else False),
        )
        for f in outcome.findings
        if f.new or f.fingerprint not in known
    ]
    gone = [
        e.model_copy(update={"status": Status.RESOLVED_UPSTREAM, "commit_sha": mark.head})
        for fp, e in known.items()
        if fp not in seen and e.status is not Status.RESOLVED_UPSTREAM
    ]
    db.update_baseline(outcome.name, entries + gone)
    db.set_mark(outcome.name, mark.model_copy(update={"last_run_id": outcome.run_id}))
    new = [f for f in outcome.findings if f.new]  # carried-over findings were decided before
    counts = {key: 0 for key in COUNTED}
    counts["new"] = len(new)
    counts["resolved_upstream"] = len(gone)
    for finding in new:
        if finding.status.value in counts:
            counts[finding.status.value] += 1
    blocking = sum(
        1 for f in new if f.status is Status.NEEDS_HUMAN and f.severity.at_least(config.fail_on)
    )
    return RepoResult(
        name=outcome.name, state="ran", run_id=outcome.run_id, report_dir=outcome.report_dir, counts=counts,
        new_needs_human_blocking=blocking, scanner_errors=outcome.scanner_errors, seconds=outcome.seconds,
    )


def _finish(
    config: SweepConfig, db: SweepDB, out: Path, sweep_id: str, started: datetime, seconds: float,
    executor: str, results: list[RepoResult],
) -> SweepSummary:
    from aise.sweep_report import write_sweep_report

    order = {repo.name: i for i, repo in enumerate(config.repos)}
    results.sort(key=lambda r: order[r.name])
    totals = {key: sum(r.counts.get(key, 0) for r in results) for key in COUNTED}
    totals |= {state: sum(1 for r in results if r.state == state) for state in ("ran", "skipped", "failed")}
    previous = db.previous_sweep(sweep_id)
    everything_failed = bool(results) and all(r.state == "failed" for r in results)
    exit_code = 2 if everything_failed else (1 if any(r.new_needs_human_blocking for r in results) else 0)
    report_dir = out / "sweeps" / sweep_id
    summary = SweepSummary(
        sweep_id=sweep_id, started_at=started.isoformat(timespec="seconds"), seconds=seconds, executor=executor,
        repos=results, totals=totals, previous_totals=previous.get("totals") if previous else None,  # type: ignore[arg-type]
        report_dir=str(report_dir), exit_code=exit_code,
    )
    write_sweep_report(summary, report_dir)
    db.record_sweep(sweep_id, summary.started_at, {"totals": totals, "exit_code": exit_code})
    return summary
