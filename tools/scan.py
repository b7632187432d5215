"""Run the enabled scanners side by side and turn their results into findings."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from aise.config import ScanSettings, Settings
from aise.errors import ConfigError, InputError, ScannerError
from aise.findings import normalise
from aise.models import Finding, RawResult, ScannerStatus
from aise.tools.scanners._proc import kill_running
from aise.tools.scanners.base import Scanner, ScannerId
from aise.tools.scanners.registry import create_scanner, load_scanners

__all__ = ["ProgressCallback", "ScanResult", "run_scan", "select_scanners"]

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, ScannerStatus | None], None]
"""Called with (scanner id, None) when a scanner starts and (id, status) when it ends."""

_GRACE = 30.0
"""Seconds past `scan.timeout` after which a scanner that ignores its timeout (an in-process
plugin stuck on a FIFO, say) is recorded as failed and left behind, so the scan ends."""


class ScanResult(BaseModel):
    """What one scan produced: deduplicated findings and how each scanner fared."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    findings: tuple[Finding, ...]
    statuses: tuple[ScannerStatus, ...]
    seconds: float

    def status(self, scanner: str) -> ScannerStatus | None:
        return next((s for s in self.statuses if s.scanner == scanner), None)

    @property
    def failed(self) -> tuple[ScannerStatus, ...]:
        """Scanners that were asked to run and did not finish (skipped ones excluded)."""
        return tuple(s for s in self.statuses if not s.ok and not s.skipped)


def select_scanners(settings: ScanSettings, scanner_ids: Sequence[str] | None) -> list[str]:
    """The ids to run: those asked for, else the configured ones (plus `sarif` when files are set)."""
    ids = list(scanner_ids) if scanner_ids else list(settings.scanners)
    if settings.sarif and ScannerId.SARIF not in ids:
        ids.append(ScannerId.SARIF)
    return list(dict.fromkeys(ids))


_UserError = InputError | ConfigError


def _outcome(
    scanner_id: str,
    scanner: Scanner | None,
    repo: Path,
    paths: Sequence[Path] | None,
    timeout: float,
) -> tuple[ScannerStatus, list[RawResult], _UserError | None]:
    """Run one scanner and turn every way it can end into a status; never raises."""
    if scanner is None:
        return (
            ScannerStatus(scanner=scanner_id, ok=False, skipped=True, error="unknown scanner id"),
            [],
            None,
        )
    try:
        if not scanner.available():
            return (
                ScannerStatus(scanner=scanner_id, ok=False, skipped=True, error="not installed"),
                [],
                None,
            )
        raws = list(scanner.scan(repo, paths, timeout=timeout))
        return ScannerStatus(scanner=scanner_id, ok=True, results=len(raws)), raws, None
    except (InputError, ConfigError) as exc:  # the user must act; raised after the others end
        return ScannerStatus(scanner=scanner_id, ok=False, error=str(exc)), [], exc
    except ScannerError as exc:
        error = str(exc).removeprefix(f"{scanner_id}: ")
        return ScannerStatus(scanner=scanner_id, ok=False, error=error), [], None
    except Exception as exc:  # a plugin's bug is recorded, and the other scanners go on
        # The status carries the error; the traceback is for whoever turns on debug logging.
        log.debug("scanner %s crashed", scanner_id, exc_info=True)
        error = f"crashed: {type(exc).__name__}: {exc}"
        return ScannerStatus(scanner=scanner_id, ok=False, error=error), [], None


def _run_one(
    scanner_id: str,
    scanner: Scanner | None,
    repo: Path,
    paths: Sequence[Path] | None,
    timeout: float,
    progress: ProgressCallback | None,
) -> tuple[ScannerStatus, list[RawResult], _UserError | None]:
    if progress:
        progress(scanner_id, None)
    started = time.perf_counter()
    status, raws, user_error = _outcome(scanner_id, scanner, repo, paths, timeout)
    status = status.model_copy(update={"seconds": round(time.perf_counter() - started, 3)})
    if progress:
        progress(scanner_id, status)
    return status, raws, user_error


def _sort_key(raw: RawResult) -> tuple[str, str, int, int, str, int]:
    return (
        raw.scanner,
        raw.path,
        raw.start_line,
        raw.start_col or 0,
        raw.rule_id,
        raw.end_line or 0,
    )


_Outcome = tuple[ScannerStatus, list[RawResult], _UserError | None]


def _run_all(
    ids: list[str],
    scanners: dict[str, Scanner | None],
    repo: Path,
    paths: Sequence[Path] | None,
    timeout: float,
    progress: ProgressCallback | None,
) -> list[_Outcome]:
    """Every scanner in its own daemon thread; the scan waits for each at most `timeout`
    plus a grace period, so one stuck in-process scanner cannot hang aise (or its exit)."""
    done: dict[str, _Outcome] = {}

    def work(scanner_id: str) -> None:
        done[scanner_id] = _run_one(
            scanner_id, scanners[scanner_id], repo, paths, timeout, progress
        )

    threads = [
        threading.Thread(target=work, args=(i,), name=f"aise-scan-{i}", daemon=True) for i in ids
    ]
    deadline = time.monotonic() + timeout + _GRACE
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
    except BaseException:  # Ctrl-C: stop the tool processes, not only this thread
        kill_running()
        raise
    return [done.get(i) or _abandoned(i, timeout, progress) for i in ids]


def _abandoned(scanner_id: str, timeout: float, progress: ProgressCallback | None) -> _Outcome:
    status = ScannerStatus(
        scanner=scanner_id,
        ok=False,
        error=f"did not finish within {timeout:g} s (scan.timeout); abandoned",
        seconds=round(timeout + _GRACE, 3),
    )
    if progress:
        progress(scanner_id, status)
    return status, [], None


def run_scan(
    repo: Path,
    settings: Settings | ScanSettings,
    scanner_ids: Sequence[str] | None = None,
    paths: Sequence[Path] | None = None,
    progress: ProgressCallback | None = None,
) -> ScanResult:
    """Scan `repo` (or only `paths`, repo-relative) with every selected scanner at once.

    A missing or failing scanner is recorded in `statuses` and the others go on; a
    malformed user input (a SARIF file, a rule folder) raises after all have ended.
    """
    scan_settings = settings.scan if isinstance(settings, Settings) else settings
    repo = repo.resolve()
    started = time.perf_counter()
    ids = select_scanners(scan_settings, scanner_ids)
    registry = load_scanners()
    scanners = {
        i: create_scanner(registry[i], scan_settings) if i in registry else None for i in ids
    }
    outcomes = _run_all(ids, scanners, repo, paths, scan_settings.timeout, progress)
    errors = [error for _, _, error in outcomes if error is not None]
    if errors:
        raise errors[0]
    raws = sorted((raw for _, found, _ in outcomes for raw in found), key=_sort_key)
    findings = normalise(repo, raws)
    return ScanResult(
        findings=tuple(findings),
        statuses=tuple(status for status, _, _ in outcomes),
        seconds=round(time.perf_counter() - started, 3),
    )
