"""Benchmark repository memory: first index, no-change and 1%-changed re-index, query latency, peak RSS.

Generates a git repository of 2,000 Python files (about 200k lines) in a temporary folder, indexes
it with the built-in embedder, and prints the figures. Run:

    .venv/bin/python bench/memory_index.py [--files 2000] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from aise.config import MemorySettings
from aise.memory import RepoMemory

_WORDS = (
    "user account order invoice payment session token cache config request response record item "
    "customer product price total report query result value key name path file data message event "
    "job task queue worker client server handler route view model form field list map index count"
).split()
_VERBS = "get load save update delete create find parse build render validate send fetch compute check".split()
_TEMPLATES = [
    '''def {fn}({a}, {b}=None):
    """{Verb} the {noun} for a {other}."""
    {noun} = {helper}({a})
    if {noun} is None:
        raise ValueError("no {noun} for %s" % {a})
    {b} = {b} or {{}}
    for {item} in {noun}.{attr}:
        {b}[{item}.key] = {other_fn}({item}, {b})
    log.info("{verb} {noun} done: %d", len({b}))
    return {b}
''',
    '''def {fn}(db, {a}):
    """Query {noun} rows by {other}."""
    cursor = db.cursor()
    cursor.execute("SELECT * FROM {noun}s WHERE {other}_id = ?", ({a},))
    rows = cursor.fetchall()
    result = [{helper}(row) for row in rows]
    {other_fn}(result)
    return result
''',
    '''class {Cls}:
    """Keeps {noun} state for a {other}."""

    def __init__(self, {a}, {b}):
        self.{a} = {a}
        self.{b} = {b}
        self._{noun}s = []

    def {verb}_{noun}(self, {item}):
        if not {helper}({item}):
            return False
        self._{noun}s.append({item})
        return {other_fn}(self.{a}, {item})

    def {fn}(self):
        total = 0
        for {item} in self._{noun}s:
            total += {item}.{attr}
        return total
''',
    '''async def {fn}(client, {a}, retries=3):
    """Fetch the {noun} over HTTP, retrying."""
    for attempt in range(retries):
        response = await client.get(f"/api/{noun}s/{{{a}}}")
        if response.status_code == 200:
            return {helper}(response.json())
        await {other_fn}(attempt)
    return None
''',
]


def _ident(rng: random.Random) -> str:
    return f"{rng.choice(_WORDS)}_{rng.choice(_WORDS)}"


def _module(rng: random.Random, index: int, names: list[str]) -> str:
    parts = [f'"""Module {index}: {rng.choice(_WORDS)} {rng.choice(_WORDS)} helpers."""',
             "import logging", "", "log = logging.getLogger(__name__)", ""]
    lines = 5
    while lines < 100:
        verb, noun = rng.choice(_VERBS), rng.choice(_WORDS)
        fn = f"{verb}_{noun}_{index}_{lines}"
        names.append(fn)
        text = rng.choice(_TEMPLATES).format(
            fn=fn, a=_ident(rng), b=_ident(rng), noun=noun, other=rng.choice(_WORDS), verb=verb,
            Verb=verb.capitalize(), helper=rng.choice(names[-200:]), other_fn=rng.choice(names[-200:]),
            item=rng.choice(_WORDS), attr=rng.choice(_WORDS), Cls=f"{noun.capitalize()}{verb.capitalize()}{index}",
        )
        parts.append(text)
        lines += text.count("\n") + 1
    return "\n".join(parts) + "\n"


def generate(root: Path, files: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    names: list[str] = ["len", "sorted"]
    total = 0
    for i in range(files):
        folder = root / f"pkg{i // 100:02d}"
        folder.mkdir(exist_ok=True)
        text = _module(rng, i, names)
        (folder / f"mod_{i:04d}.py").write_text(text, encoding="utf-8")
        total += text.count("\n")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "-c", "user.email=b@x", "-c", "user.name=bench", "commit", "-qm", "generated")
    return total


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--dimensions", type=int, default=MemorySettings().dimensions)
    parser.add_argument("--keep", action="store_true", help="keep the generated repository")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="aise-bench-"))
    try:
        t0 = time.perf_counter()
        lines = generate(root, args.files)
        print(f"generated {args.files} files, {lines} lines in {time.perf_counter() - t0:.1f}s ({root})")
        memory = RepoMemory(root, MemorySettings(dimensions=args.dimensions))
        cpu, kids = time.process_time(), _children_cpu()
        first = memory.index()
        cpu, kids = time.process_time() - cpu, _children_cpu() - kids
        rate = first.chunks_added / first.seconds
        print(f"first index: {first.chunks_added} chunks from {first.embedded_files} files in "
              f"{first.seconds:.2f}s -> {rate:.0f} chunks/s (target >= 1500)")
        print(f"  CPU: main process {cpu:.1f}s ({first.chunks_added / cpu:.0f} chunks per CPU-second; Chroma "
              f"writes live here), worker and git {kids:.1f}s; load average now {os.getloadavg()[0]:.1f}")
        again = RepoMemory(root, MemorySettings(dimensions=args.dimensions)).index()
        print(f"no-change re-index: {again.seconds * 1000:.0f} ms = {100 * again.seconds / first.seconds:.2f}% "
              f"of first (target < 5%); embedded {again.embedded_files} files")
        rng = random.Random(11)
        changed = rng.sample(sorted(root.glob("pkg*/mod_*.py")), max(1, args.files // 100))
        for path in changed:
            path.write_text(path.read_text(encoding="utf-8") + "\n\ndef added_helper():\n    return 42\n")
        _git(root, "-c", "user.email=b@x", "-c", "user.name=bench", "commit", "-qam", "change 1%")
        delta = RepoMemory(root, MemorySettings(dimensions=args.dimensions)).index()
        print(f"re-index after {len(changed)} files changed: {delta.seconds * 1000:.0f} ms, embedded "
              f"{delta.embedded_files} files, +{delta.chunks_added} / -{delta.chunks_removed} chunks")
        queries = [f"{rng.choice(_VERBS)} {rng.choice(_WORDS)} {rng.choice(_WORDS)} from database"
                   for _ in range(args.queries)]
        memory.similar_code(queries[0], 5)  # loads the HNSW index once
        latencies = []
        for text in queries:
            t = time.perf_counter()
            memory.similar_code(text, 5)
            latencies.append((time.perf_counter() - t) * 1000)
        print(f"similar_code k=5: p50 {statistics.median(latencies):.1f} ms, p95 {_pct(latencies, 0.95):.1f} ms "
              f"(target p95 < 50 ms)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # (RUSAGE_CHILDREN's maxrss is useless here: a forked git child briefly counts our pages.)
        print(f"peak RSS of this process: {peak:.0f} MiB")
        memory.close()
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
