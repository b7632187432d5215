"""Remediation graph overhead: wall time of `run_repository` per finding, fixing off and on.

Generates repositories with N findings (bandit only, so the scanner cost is small and known),
runs the whole graph with SQLite checkpoints, and prints the time spent after the scan divided
by the number of findings. Also times the offline run on the vulnapp fixture.

    .venv/bin/python bench/run_overhead.py [--sizes 50,200,400] [--fixture]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from aise.config import Settings, load_settings
from aise.graphs.runner import run_repository

_MODULE = '''import hashlib
import os
import random

from flask import request


def digest_{i}(data):
    return hashlib.md5(data).hexdigest()


def token_{i}():
    return random.random()


def run_{i}():
    os.system("ls " + request.args["d"])
'''


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=b", "-c", "user.email=b@example.com", *args], cwd=repo,
                   check=True, capture_output=True)


def _repo(root: Path, findings: int) -> Path:
    repo = root / f"repo{findings}"
    (repo / "pkg").mkdir(parents=True)
    for i in range(max(1, findings // 3)):
        (repo / "pkg" / f"m{i}.py").write_text(_MODULE.format(i=i))
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "bench")
    return repo


def _timed(repo: Path, settings: Settings) -> tuple[float, float, int, dict[str, int]]:
    started = time.perf_counter()
    marks: dict[str, float] = {}
    summary = run_repository(repo, settings, on_event=lambda e: marks.setdefault(e.node, time.perf_counter()))
    total = time.perf_counter() - started
    after_scan = time.perf_counter() - marks.get("index", started)
    return total, after_scan, len(summary.records), {k: v for k, v in summary.counts.items() if v}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50,200,400")
    parser.add_argument("--fixture", action="store_true", help="also time the vulnapp fixture (all scanners)")
    args = parser.parse_args()
    settings = Settings.model_validate({"scan": {"scanners": ["bandit"]}, "fix": {"enabled": False}})
    with tempfile.TemporaryDirectory() as tmp:
        print("findings  total_s  graph_s  graph_ms_per_finding  counts")
        for size in (int(s) for s in args.sizes.split(",")):
            total, graph, n, counts = _timed(_repo(Path(tmp), size), settings)
            print(f"{n:8d}  {total:7.2f}  {graph:7.2f}  {1000 * graph / max(n, 1):20.1f}  {counts}")
        if args.fixture:
            repo = Path(tmp) / "vulnapp"
            shutil.copytree(Path(__file__).parents[1] / "tests" / "fixtures" / "vulnapp", repo)
            _git(repo, "init", "-q")
            _git(repo, "add", "-A")
            _git(repo, "commit", "-qm", "fixture")
            total, graph, n, counts = _timed(repo, load_settings(repo, None, ("fix.run_tests=false",)))
            print(f"vulnapp offline run (all scanners, fixes on, repo tests off): {total:.1f} s, "
                  f"{n} findings, graph {graph:.1f} s, {counts}")


if __name__ == "__main__":
    main()
