"""Guard the tune-split scores of aise-flow + heuristic triage against regression.

Thresholds sit a little under the measured figures (bench/triage_quality.py prints them);
held-out cases are scored only by the bench, never tuned on here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aise.testing.corpus import load_cases, run_corpus, scan_raw, score_table

CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Measured tune split (aise-flow + heuristic triage): average 0.988; every category 1.00 except
# weakrand 0.80 (two cases use `random` without importing it, so they fail at run time).
MIN_AVERAGE = 0.96
MIN_CATEGORY = {"weakrand": 0.75}
DEFAULT_MIN = 0.9


@pytest.fixture(scope="module")
def tune_scores() -> dict[str, float]:
    if not (CORPUS / "labels.csv").exists():
        pytest.skip("labelled corpus not present")
    cases = load_cases(CORPUS, split="tune")
    results = run_corpus(CORPUS, cases, scan_raw(CORPUS, ("aise-flow",)))
    return {cat: s.score for cat, s in score_table(results, "aise").items()}


def test_tune_average(tune_scores: dict[str, float]) -> None:
    average = sum(tune_scores.values()) / len(tune_scores)
    assert average >= MIN_AVERAGE, tune_scores


def test_tune_every_category(tune_scores: dict[str, float]) -> None:
    low = {c: s for c, s in tune_scores.items() if s < MIN_CATEGORY.get(c, DEFAULT_MIN)}
    assert not low, f"categories below their floor: {low}"
