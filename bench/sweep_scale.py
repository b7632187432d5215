"""Sweep 50 generated repositories: local at 1 and 2 workers, Ray on 2 CPUs, and a no-change re-sweep.

Run: python bench/sweep_scale.py [--repos 50] [--skip-ray]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import yaml

from aise.graphs.sweep import run_sweep
from aise.sweep_config import load_sweep_config

TEMPLATES = [
    "import subprocess\n\n\ndef run(cmd):\n    return subprocess.call(cmd, shell=True)\n",
    "import yaml\n\n\ndef load(text):\n    return yaml.load(text, Loader=yaml.Loader)\n",
    "import hashlib\n\n\ndef token(value):\n    return hashlib.md5(value.encode()).hexdigest()\n",
    "import json\n\n\ndef parse(text):\n    return json.loads(text)\n",
    "def add(a, b):\n    return a + b\n",
]


def make_repo(root: Path, index: int, rng: random.Random) -> Path:
    repo = root / f"repo{index:03d}"
    (repo / "pkg").mkdir(parents=True)
    (repo / "pkg" / "__init__.py").write_text("")
    for n in range(rng.randint(4, 10)):
        (repo / "pkg" / f"mod{n}.py").write_text(rng.choice(TEMPLATES))
    env = {"GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@x", "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@x"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "init"]):
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env={**env, "PATH": "/usr/bin:/bin"})
    return repo


def sweep(source: Path, work: Path, label: str, executor: str, workers: int, n: int) -> tuple[float, float, float]:
    repos_dir = work / label
    shutil.copytree(source, repos_dir)
    config = {
        "repos": [{"name": p.name, "path": str(p)} for p in sorted(repos_dir.iterdir())][:n],
        "executor": executor,
        "concurrency": workers,
        "output": str(work / f"out-{label}"),
        "defaults": {"fix": {"run_tests": False}},
    }
    path = work / f"{label}.yaml"
    path.write_text(yaml.safe_dump(config))
    loaded, base = load_sweep_config(path)
    t0 = time.perf_counter()
    first = run_sweep(loaded, base, executor=executor, ray_local_cpus=2)
    first_s = time.perf_counter() - t0
    failed = [r.name for r in first.repos if r.state == "failed"]
    if failed:
        print(f"  {label}: {len(failed)} failed, e.g. {first.repos[0].error}")
    t0 = time.perf_counter()
    second = run_sweep(loaded, base, executor=executor, ray_local_cpus=2)
    second_s = time.perf_counter() - t0
    assert all(r.state == "skipped" for r in second.repos), "second sweep should skip every repository"
    mean_run = sum(r.seconds for r in first.repos) / len(first.repos)
    return first_s, second_s, mean_run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repos", type=int, default=50)
    parser.add_argument("--skip-ray", action="store_true")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory(prefix="aise-sweep-bench-") as tmp:
        root = Path(tmp)
        source = root / "source"
        source.mkdir()
        for i in range(args.repos):
            make_repo(source, i, rng)
        runs = [("local-1", "local", 1), ("local-2", "local", 2)]
        if not args.skip_ray:
            runs.append(("ray-2cpu", "ray", 2))
        print(f"{args.repos} generated repositories (4-10 Python files each), 2-core machine")
        print("per repo: wall time x workers / repositories; run: the mean time inside aise for one")
        print("repository; overhead: the difference (process start, imports, scheduling, baseline)")
        print(f"{'executor':<10} {'first sweep':>12} {'per repo':>9} {'run':>7} {'overhead':>9} {'no-change':>10} {'ratio':>7}")
        for label, executor, workers in runs:
            first_s, second_s, mean_run = sweep(source, root, label, executor, workers, args.repos)
            per_repo = first_s * workers / args.repos
            print(
                f"{label:<10} {first_s:>11.1f}s {per_repo:>8.2f}s {mean_run:>6.2f}s {per_repo - mean_run:>8.2f}s "
                f"{second_s:>9.2f}s {second_s / first_s:>6.1%}"
            )


if __name__ == "__main__":
    main()
