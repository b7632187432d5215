"""Corpus runner: score scanners and the heuristic brain on a labelled corpus, OWASP-style.

Each case (a file or folder listed in `labels.csv`) is "flagged" for its category when
some finding in its files maps to that category; for the `aise` column the heuristic
verdict must also not be `false_positive`. Per category, score = TPR - FPR.

This is a test kit (like `aise.testing`'s other helpers): it imports scanners and the
heuristic brain lazily, inside functions, so importing `aise.testing` stays light.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CaseResult", "CorpusCase", "Score", "load_cases", "run_corpus", "score_table"]


@dataclass(frozen=True)
class CorpusCase:
    case_id: str
    path: str
    category: str
    cwe: int
    vulnerable: bool
    trap_kind: str
    split: str


@dataclass(frozen=True)
class Score:
    category: str
    tp: int
    fn: int
    fp: int
    tn: int

    @property
    def tpr(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def score(self) -> float:
        return self.tpr - self.fpr


@dataclass
class CaseResult:
    """Which columns flagged one case, and the triage verdicts behind the aise column."""

    case: CorpusCase
    flagged: dict[str, bool] = field(default_factory=dict)
    verdicts: list[tuple[str, str, float, str]] = field(default_factory=list)
    """(rule, verdict, confidence, heuristic rule) for findings of the case's category."""


def _truthy(text: str) -> bool:
    return text.strip().lower() in ("1", "true", "yes", "y", "vulnerable", "tp")


DEV_LABELS = "dev_labels.csv"
"""Label file of the independent development set (`tests/analysis/dev_cases/`)."""


def load_cases(corpus: Path, split: str | None = None, labels: str = "labels.csv") -> list[CorpusCase]:
    """Rows of a label file, optionally only one split (`tune` or `heldout`)."""
    with (corpus / labels).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    cases = [
        CorpusCase(
            case_id=row["case_id"].strip(), path=row["path"].strip().strip("/"),
            category=row["category"].strip(), cwe=int(row.get("cwe") or 0),
            vulnerable=_truthy(row["vulnerable"]), trap_kind=(row.get("trap_kind") or "").strip(),
            split=(row.get("split") or "").strip(),
        )
        for row in rows
    ]
    return [c for c in cases if split is None or c.split == split]


def _categories(finding: Any) -> set[str]:
    from aise.tools.analysis.categories import _from_rule, category_for_cwe

    out: set[str] = set()
    for rule in finding.rule_ids:
        klass = _from_rule(rule)
        if klass is not None:
            out.add("hash" if klass.value == "cipher" else klass.value)
    out.update(c for c in (category_for_cwe(cwe) for cwe in finding.cwe) if c)
    return out


def _in_case(path: str, case: CorpusCase) -> bool:
    return path == case.path or path.startswith(case.path + "/")


def scan_raw(corpus: Path, scanners: Sequence[str], timeout: float = 900.0) -> dict[str, list[Any]]:
    """Run each scanner once over the whole corpus folder; raw results per scanner."""
    from aise.config import ScanSettings
    from aise.errors import ScannerError
    from aise.tools.scanners.registry import builtin_scanners, create_scanner

    classes = {cls.id: cls for cls in builtin_scanners()}
    out: dict[str, list[Any]] = {}
    for scanner_id in scanners:
        scanner = create_scanner(classes[scanner_id], ScanSettings())
        if not scanner.available():
            out[scanner_id] = []
            continue
        for attempt in range(2):
            try:
                out[scanner_id] = scanner.scan(corpus, None, timeout=timeout)
                break
            except ScannerError:
                # semgrep's engine is sometimes killed under memory pressure; one retry.
                if attempt == 1:
                    raise
    return out


def run_corpus(
    corpus: Path,
    cases: Iterable[CorpusCase],
    raw: dict[str, list[Any]],
) -> list[CaseResult]:
    """Flag every case per raw scanner and for aise (all scanners + heuristic triage)."""
    from aise.agents.heuristics import heuristic_triage
    from aise.findings import normalise
    from aise.records import Verdict
    from aise.tools.analysis.evidence import gather_evidence
    from aise.tools.analysis.index import load_project

    per_scanner = {sid: normalise(corpus, results) for sid, results in raw.items()}
    merged = normalise(corpus, [r for results in raw.values() for r in results])
    project = load_project(corpus)
    judged = [(f, heuristic_triage(gather_evidence(project, f), f)) for f in merged]
    results: list[CaseResult] = []
    for case in cases:
        result = CaseResult(case)
        for sid, findings in per_scanner.items():
            result.flagged[sid] = any(
                _in_case(f.path, case) and case.category in _categories(f) for f in findings
            )
        hit = False
        for finding, verdict in judged:
            if _in_case(finding.path, case) and case.category in _categories(finding):
                result.verdicts.append((finding.rule_id, verdict.verdict.value, verdict.confidence,
                                        verdict.rule or ""))
                hit = hit or verdict.verdict is not Verdict.FALSE_POSITIVE
        result.flagged["aise"] = hit
        results.append(result)
    return results


def score_table(results: Sequence[CaseResult], column: str) -> dict[str, Score]:
    """Per-category confusion counts for one column."""
    counts: dict[str, list[int]] = {}
    for r in results:
        c = counts.setdefault(r.case.category, [0, 0, 0, 0])
        flagged = r.flagged.get(column, False)
        if r.case.vulnerable:
            c[0 if flagged else 1] += 1
        else:
            c[2 if flagged else 3] += 1
    return {cat: Score(cat, *c) for cat, c in sorted(counts.items())}


def calibration_bands(
    results: Sequence[CaseResult], edges: Sequence[float] = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 1.01),
) -> list[tuple[float, float, int, int]]:
    """(low, high, correct, total) of decided verdicts per confidence band."""
    out: list[tuple[float, float, int, int]] = []
    for low, high in zip(edges, edges[1:], strict=False):
        correct = total = 0
        for r in results:
            for _, verdict, confidence, _ in r.verdicts:
                if verdict == "uncertain" or not low <= confidence < high:
                    continue
                total += 1
                correct += (verdict == "true_positive") == r.case.vulnerable
        out.append((low, high, correct, total))
    return out


def calibration(results: Sequence[CaseResult], threshold: float = 0.9) -> tuple[int, int]:
    """(correct, total) verdicts at confidence >= threshold, judged against the case label."""
    correct = total = 0
    for r in results:
        for _, verdict, confidence, _ in r.verdicts:
            if confidence < threshold or verdict == "uncertain":
                continue
            total += 1
            correct += (verdict == "true_positive") == r.case.vulnerable
    return correct, total


__all__ += ["DEV_LABELS", "calibration", "calibration_bands", "scan_raw"]
