"""Retrieval quality of the built-in embedder on a labelled set: queries -> the function expected."""

from __future__ import annotations

import json
from pathlib import Path

from aise.config import MemorySettings
from aise.memory import RepoMemory

DATA = Path(__file__).parent / "data"

HIT_RATE_FLOOR = 0.90
"""Measured 0.96 (49 of 51 queries find their function in the top 3); guards regressions."""
PRECISION_FLOOR = 0.32
"""Measured 0.346; the best possible is a little above 1/3 (most queries have one right answer)."""


def test_builtin_embedder_precision_at_3(make_repo, corpus, settings: MemorySettings) -> None:
    memory = RepoMemory(make_repo(corpus), settings)
    memory.index()
    cases = json.loads((DATA / "retrieval.json").read_text(encoding="utf-8"))
    assert len(cases) >= 20
    hits = relevant = 0
    misses = []
    for case in cases:
        top = [f"{h.chunk.path}::{h.chunk.symbol}" for h in memory.similar_code(case["query"], 3)]
        found = [t for t in top if t in case["expect"]]
        hits += bool(found)
        relevant += len(found)
        if not found:
            misses.append(f"{case['query']!r} -> {top}")
    hit_rate, precision = hits / len(cases), relevant / (3 * len(cases))
    print(f"\nretrieval: {len(cases)} queries, top-3 hit rate {hit_rate:.3f}, precision@3 {precision:.3f}")
    print("misses:\n  " + "\n  ".join(misses))
    assert hit_rate >= HIT_RATE_FLOOR, misses
    assert precision >= PRECISION_FLOOR, misses
