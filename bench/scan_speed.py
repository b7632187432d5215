"""Scan speed: aise's wall time against the sum of the raw scanners run alone.

Generates a git repository of about 200 realistic Python files (services, views,
models, utilities; some with real vulnerabilities), times bandit, semgrep and
detect-secrets alone with the flags aise uses, then times `run_scan` end to end
(scanning, normalising, fingerprinting, deduplicating). Target: ratio <= 1.15.

    .venv/bin/python bench/scan_speed.py [--files 200] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from aise.config import ScanSettings
from aise.tools.scan import run_scan
from aise.tools.scanners._files import list_files
from aise.tools.scanners._proc import tool_env
from aise.tools.scanners.bandit import PYTHON_SUFFIXES, bandit_command
from aise.tools.scanners.registry import load_scanners
from aise.tools.scanners.semgrep import SemgrepScanner, semgrep_binary, semgrep_command

LIKE_FOR_LIKE = ["bandit", "semgrep", "detect-secrets"]

_HEADER = '''"""{doc}"""

import hashlib
import json
import logging
import os
import random
import sqlite3
import subprocess
from dataclasses import dataclass, field

import requests
import yaml

log = logging.getLogger(__name__)
'''

_SAFE = [
    """
@dataclass
class {Name}Record:
    id: int
    name: str
    tags: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({{"id": self.id, "name": self.name, "tags": self.tags}})

    @classmethod
    def from_row(cls, row: tuple) -> "{Name}Record":
        return cls(id=row[0], name=row[1], tags=(row[2] or "").split(","))
""",
    """
def load_{name}(conn: sqlite3.Connection, record_id: int) -> tuple | None:
    cur = conn.execute("SELECT id, name, tags FROM {name} WHERE id = ?", (record_id,))
    return cur.fetchone()
""",
    """
def checksum_{name}(payload: bytes) -> str:
    return hashlib.sha256(payload).hexdigest()
""",
    """
def archive_{name}(folder: str) -> int:
    out = subprocess.run(["tar", "-czf", folder + ".tgz", folder], capture_output=True, check=False)
    return out.returncode
""",
    """
def read_{name}_config(path: str) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {{}}
""",
    """
def summarise_{name}(items: list[dict]) -> dict:
    total = sum(item.get("amount", 0) for item in items)
    biggest = max(items, key=lambda item: item.get("amount", 0), default=None)
    log.info("summarised %d {name} items", len(items))
    return {{"count": len(items), "total": total, "biggest": biggest}}
""",
    """
def fetch_{name}(base_url: str, record_id: int) -> dict:
    resp = requests.get(f"{{base_url}}/{name}/{{record_id}}", timeout=10)
    resp.raise_for_status()
    return resp.json()
""",
    """
def pick_{name}_sample(items: list, k: int = 3) -> list:
    # Sampling for a dashboard preview; not security relevant.
    return random.sample(items, min(k, len(items)))
""",
]

_VULN = [
    """
def search_{name}(conn: sqlite3.Connection, term: str) -> list:
    return conn.execute(f"SELECT id, name FROM {name} WHERE name LIKE '%{{term}}%'").fetchall()
""",
    """
def ping_{name}(host: str) -> int:
    return subprocess.call("ping -c 1 " + host, shell=True)
""",
    """
def import_{name}(text: str) -> dict:
    return yaml.load(text, Loader=yaml.Loader)
""",
    """
def hash_{name}_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest()
""",
    """
def {name}_token() -> str:
    return "".join(random.choice("abcdef0123456789") for _ in range(32))
""",
    """
def post_{name}(url: str, payload: dict) -> int:
    return requests.post(url, json=payload, timeout=5, verify=False).status_code
""",
    """
{NAME}_DB_PASSWORD = "pr0d-{name}-Secr3t!{n}"
""",
]

_WORDS = (
    "order invoice customer report ledger account shipment audit payment ticket user note".split()
)


def _module(rng: random.Random, index: int) -> str:
    name = f"{rng.choice(_WORDS)}{index}"
    parts = [_HEADER.format(doc=f"{name.title()} service: storage, lookups and reporting.")]
    for _ in range(rng.randint(4, 9)):
        parts.append(
            rng.choice(_SAFE).format(name=name, Name=name.title(), NAME=name.upper(), n=index)
        )
    if rng.random() < 0.35:
        parts.append(
            rng.choice(_VULN).format(name=name, Name=name.title(), NAME=name.upper(), n=index)
        )
    return "\n".join(parts)


def generate(root: Path, files: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    for index in range(files):
        package = root / "app" / f"pkg{index % 12}"
        package.mkdir(parents=True, exist_ok=True)
        (package / "__init__.py").touch()
        (package / f"mod{index}.py").write_text(_module(rng, index), encoding="utf-8")
    git = ["git", "-C", str(root), "-c", "user.email=b@example.com", "-c", "user.name=bench"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "generated"], check=True)
    return root


def _timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _raw(cmd: list[str], cwd: Path) -> Callable[[], object]:
    def run() -> None:
        out = subprocess.run(cmd, cwd=cwd, env=tool_env(), capture_output=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"{cmd[0]} failed ({out.returncode}): {out.stderr[-400:]!r}")

    return run


def raw_commands(repo: Path, settings: ScanSettings) -> dict[str, list[str]]:
    files = list_files(repo, None, settings.exclude)
    py_files = [f for f in files if f.endswith(PYTHON_SUFFIXES)]
    local, registry = SemgrepScanner(settings).configs(repo)
    configs = [str(p) for p in local] + registry
    semgrep = semgrep_command(
        semgrep_binary() or "semgrep", configs, files, _jobs(), settings.max_file_bytes
    )
    detect = str(Path(sys.executable).parent / "detect-secrets")
    return {
        "bandit": bandit_command(py_files),
        "semgrep": semgrep,
        "detect-secrets": [detect, "scan", "--all-files", *files],
    }


def _jobs() -> int:
    import os

    return max(1, os.cpu_count() or 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="aise-bench-"))
    try:
        repo = generate(root, args.files)
        settings = ScanSettings(scanners=LIKE_FOR_LIKE)
        print(f"repository: {repo} ({args.files} Python files), median of {args.repeat} runs")
        commands = raw_commands(repo, settings)
        result = run_scan(repo, settings)  # warm-up: page cache, imports
        raw_runs: dict[str, list[float]] = {name: [] for name in commands}
        aise_runs: list[float] = []
        for _ in range(args.repeat):  # interleaved, so a change in machine load hits both sides
            for name, cmd in commands.items():
                raw_runs[name].append(_timed(_raw(cmd, repo), 1))
            aise_runs.append(_timed(lambda: run_scan(repo, settings), 1))
        raw = {name: statistics.median(times) for name, times in raw_runs.items()}
        for name, seconds in raw.items():
            print(f"  raw {name:15s} {seconds:6.2f} s")
        total, aise = sum(raw.values()), statistics.median(aise_runs)
        counts = {s.scanner: s.results for s in result.statuses}
        print(f"  raw sum             {total:6.2f} s   results {counts}")
        print(f"  aise run_scan       {aise:6.2f} s   findings {len(result.findings)} after dedup")
        print(f"  ratio aise / sum    {aise / total:6.2f}   (target <= 1.15)")
        classic = [c for c in commands["semgrep"] if c != "--experimental"]
        seconds = _timed(_raw(classic, repo), args.repeat)
        print(
            f"  semgrep, classic Python CLI (no --experimental): {seconds:6.2f} s (not in the ratio)"
        )
        if "aise-flow" in load_scanners():
            flow = ScanSettings(scanners=["aise-flow"])
            seconds = _timed(lambda: run_scan(repo, flow), args.repeat)
            status = run_scan(repo, flow).statuses[0]
            state = f"{status.results} results" if status.ok else f"FAILED: {status.error}"
            print(f"  aise-flow alone     {seconds:6.2f} s   {state} (not in the ratio)")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
