"""Guard the independent dev set (tests/analysis/dev_cases) and the tune split against regression.

The dev set was written from knowledge of the libraries' documented APIs, not from the corpus:
per category it covers several sink APIs, every request accessor, and the sanitisers, guards
and safe APIs a careful engineer uses. Thresholds sit a little under the measured figures
(`bench/triage_quality.py --set tune,dev` prints them). Only aise-flow runs here (fast); the
bench adds bandit and semgrep.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aise.testing.corpus import (
    DEV_LABELS,
    calibration,
    load_cases,
    run_corpus,
    scan_raw,
    score_table,
)
from aise.tools.analysis.project import Project

DEV = Path(__file__).resolve().parent / "dev_cases"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# Measured on 565 cases: every category 1.00 with aise-flow alone (average 1.000); 100% of
# verdicts at confidence >= 0.9 right.
DEV_MIN_AVERAGE = 0.97
DEV_MIN_CATEGORY = 0.9
MIN_PRECISION_AT_90 = 0.95


@pytest.fixture(scope="module")
def dev_results() -> list:
    cases = load_cases(DEV, labels=DEV_LABELS)
    return run_corpus(DEV, cases, scan_raw(DEV, ("aise-flow",)))


def test_dev_set_is_balanced_and_broad() -> None:
    cases = load_cases(DEV, labels=DEV_LABELS)
    assert len(cases) >= 200
    per_category: dict[str, list[bool]] = {}
    for case in cases:
        assert (DEV / case.path).exists(), case.path
        per_category.setdefault(case.category, []).append(case.vulnerable)
    assert len(per_category) == 16
    for category, labels in per_category.items():
        assert sum(labels) >= 5 and len(labels) - sum(labels) >= 5, category


def test_dev_every_category(dev_results: list) -> None:
    scores = {cat: s.score for cat, s in score_table(dev_results, "aise").items()}
    low = {c: s for c, s in scores.items() if s < DEV_MIN_CATEGORY}
    assert not low, f"dev categories below {DEV_MIN_CATEGORY}: {low}"
    assert sum(scores.values()) / len(scores) >= DEV_MIN_AVERAGE, scores


def test_dev_confident_verdicts_are_right(dev_results: list) -> None:
    correct, total = calibration(dev_results)
    assert total and correct / total >= MIN_PRECISION_AT_90, (correct, total)


@pytest.mark.parametrize("root", [DEV, CORPUS], ids=["dev", "corpus"])
def test_analysis_has_no_internal_errors(root: Path) -> None:
    if not root.exists():
        pytest.skip("corpus not present")
    project = Project(root).analyse()
    assert project.errors == []
    assert len(project.units) > 100
