"""Where a sweep's repositories run: local worker processes, or Ray tasks on a cluster."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from aise.errors import InputError
from aise.graphs.sweep_worker import RepoJob, RepoOutcome, run_job
from aise.tools.proctree import kill_tree

__all__ = ["run_local", "run_ray"]

OnDone = Callable[[RepoOutcome], None]


class _Children:
    """The worker processes alive now, so a Ctrl-C (or a consumer that stops early) can end
    them at once instead of waiting out each repository's timeout."""

    def __init__(self) -> None:
        self.live: set[subprocess.Popen[bytes]] = set()
        self.lock = threading.Lock()
        self.stopping = False

    def stop_all(self) -> None:
        with self.lock:
            self.stopping = True
            procs = list(self.live)
        for proc in procs:
            kill_tree(proc.pid)


def run_local(jobs: Sequence[RepoJob], *, workers: int, timeout: float) -> Iterator[RepoOutcome]:
    """One child process per repository; a crash, hang or OOM there is only that repository's."""
    children = _Children()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_run_child, job, timeout, children) for job in jobs]
        try:
            for future in as_completed(futures):
                yield future.result()
        except BaseException:  # Ctrl-C, or the caller stopped early: no repository keeps running
            for future in futures:
                future.cancel()
            children.stop_all()
            raise


def _run_child(job: RepoJob, timeout: float, children: _Children | None = None) -> RepoOutcome:
    started = time.monotonic()
    children = children or _Children()
    with tempfile.TemporaryDirectory(prefix="aise-sweep-") as tmp:
        job_file, out_file = Path(tmp) / "job.json", Path(tmp) / "out.json"
        job_file.write_text(job.model_dump_json())
        with children.lock:
            if children.stopping:
                return _failed(job, "sweep interrupted", started)
            proc = subprocess.Popen(
                [sys.executable, "-m", "aise.graphs.sweep_worker", str(job_file), str(out_file)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,  # so a timeout can kill the whole tree (scanners, tests)
            )
            children.live.add(proc)
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            return _failed(job, f"timed out after {timeout:.0f}s", started)
        finally:
            with children.lock:
                children.live.discard(proc)
        if out_file.is_file():
            return RepoOutcome.model_validate_json(out_file.read_text())
        return _failed(job, _death_reason(proc.returncode, stderr), started)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    # The whole tree, not just the group: the repository's test run and the scanners
    # start sessions of their own, and would outlive the worker as orphans.
    kill_tree(proc.pid)
    proc.wait()


def _death_reason(code: int, stderr: bytes) -> str:
    if code == -signal.SIGKILL:
        return "worker killed (SIGKILL; out of memory?)"
    if code < 0:
        return f"worker died on signal {-code}"
    tail = stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
    return f"worker exited {code}: {tail[0][:300]}"


def _failed(job: RepoJob, error: str, started: float) -> RepoOutcome:
    return RepoOutcome(name=job.name, ok=False, error=error, seconds=time.monotonic() - started)


def run_ray(
    jobs: Sequence[RepoJob],
    *,
    address: str | None,
    num_cpus: float,
    memory_mb: int | None,
    max_retries: int,
    timeout: float,
    local_cpus: int | None = None,
) -> Iterator[RepoOutcome]:
    """One Ray task per repository, gathered as they finish; works the same on a cluster."""
    if not jobs:
        return  # nothing changed: do not pay for starting or joining a cluster
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise InputError("the ray executor needs Ray", hint='pip install "aise[ray]"') from None
    started_here = not ray.is_initialized()
    if started_here:
        kwargs: dict[str, object] = {"include_dashboard": False, "log_to_driver": False}
        if address:
            kwargs["address"] = address
        else:
            kwargs["num_cpus"] = local_cpus or os.cpu_count() or 2
        ray.init(**kwargs)
    options: dict[str, object] = {"num_cpus": num_cpus, "max_retries": max_retries}
    if memory_mb:
        options["memory"] = memory_mb * 1024 * 1024
    task = ray.remote(run_job).options(**options)
    # Submit a window as wide as the cluster, so a repository's timeout starts when it can run.
    window = max(1, int(ray.cluster_resources().get("CPU", 1) // num_cpus))
    queue = list(jobs)
    pending: dict[object, tuple[RepoJob, float]] = {}
    try:
        while queue or pending:
            while queue and len(pending) < window:
                job = queue.pop(0)
                pending[task.remote(job)] = (job, time.monotonic())
            done, _ = ray.wait(list(pending), num_returns=1, timeout=1.0)
            for ref in done:
                job, started = pending.pop(ref)
                yield _ray_result(ray, ref, job, started)
            for ref, (job, started) in list(pending.items()):
                if time.monotonic() - started > timeout:
                    ray.cancel(ref, force=True)
                    pending.pop(ref)
                    yield _failed(job, f"timed out after {timeout:.0f}s", started)
    finally:
        if started_here:
            ray.shutdown()


def _ray_result(ray: object, ref: object, job: RepoJob, started: float) -> RepoOutcome:
    try:
        return ray.get(ref)  # type: ignore[attr-defined]
    except Exception as exc:  # a worker that died past its retries is that repository's failure
        return _failed(job, f"ray task failed: {exc.__class__.__name__}: {str(exc)[:300]}", started)
