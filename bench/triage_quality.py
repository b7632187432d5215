"""Triage quality on the labelled corpora: per-category TPR, FPR and score (TPR - FPR).

Columns: bandit raw, semgrep raw, aise-flow raw, and aise (all three scanners + heuristic
triage), plus the precision of verdicts at confidence >= 0.9 (and per confidence band with
`--calibration`). Every scanner runs once over each corpus folder.

Sets: `tune` and `heldout` (splits of `tests/corpus/labels.csv`) and `dev` (the independent
development set `tests/analysis/dev_cases/dev_labels.csv`). Held-out figures are printed only
when `--set heldout` is given explicitly; never tune on them.

    .venv/bin/python bench/triage_quality.py [--set tune,dev] [--scanners bandit,semgrep,aise-flow]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from aise.testing.corpus import (
    DEV_LABELS,
    calibration,
    calibration_bands,
    load_cases,
    run_corpus,
    scan_raw,
    score_table,
)

COLUMNS = ("bandit", "semgrep", "aise-flow", "aise")
ROOT = Path(__file__).resolve().parents[1]


def _print_split(name: str, results: list, columns: tuple[str, ...], bands: bool) -> None:
    if not results:
        print(f"\n== {name}: no cases")
        return
    print(f"\n== {name} ({len(results)} cases)")
    tables = {col: score_table(results, col) for col in columns}
    cats = sorted(next(iter(tables.values())))
    print(f"{'category':<16}" + "".join(f"{col:>22}" for col in columns))
    print(f"{'':<16}" + "".join(f"{'TPR  FPR  score':>22}" for _ in columns))
    for cat in cats:
        row = f"{cat:<16}"
        for col in columns:
            s = tables[col][cat]
            row += f"{s.tpr:>8.2f}{s.fpr:>6.2f}{s.score:>8.2f}"
        print(row)
    row = f"{'AVERAGE':<16}"
    for col in columns:
        scores = [s.score for s in tables[col].values()]
        row += f"{'':>14}{sum(scores) / len(scores):>8.3f}"
    print(row)
    worst = min(tables["aise"].values(), key=lambda s: s.score) if "aise" in tables else None
    if worst is not None:
        print(f"aise worst category: {worst.category} {worst.score:.2f}")
    correct, total = calibration(results)
    if total:
        print(f"calibration: {correct}/{total} verdicts at confidence >= 0.9 correct ({correct / total:.1%})")
    if bands:
        for low, high, ok, count in calibration_bands(results):
            if count:
                print(f"  confidence [{low:.2f}, {high:.2f}): {ok}/{count} right ({ok / count:.1%})")


def _misses(name: str, results: list) -> None:
    print(f"\nmis-scored {name} cases (aise column):")
    for r in results:
        if r.flagged.get("aise") != r.case.vulnerable:
            print(f"  {r.case.case_id:<28} {r.case.category:<15} vuln={r.case.vulnerable} "
                  f"trap={r.case.trap_kind} {r.verdicts}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "corpus")
    parser.add_argument("--dev", type=Path, default=ROOT / "tests" / "analysis" / "dev_cases")
    parser.add_argument("--set", default="tune,dev", help="comma list of tune, dev, heldout")
    parser.add_argument("--scanners", default="bandit,semgrep,aise-flow")
    parser.add_argument("--misses", action="store_true", help="list mis-scored tune/dev cases")
    parser.add_argument("--calibration", action="store_true", help="precision per confidence band")
    args = parser.parse_args()
    sets = [s for s in args.set.split(",") if s]
    scanners = tuple(s for s in args.scanners.split(",") if s)
    columns = tuple(c for c in COLUMNS if c in scanners or c == "aise")
    for name in sets:
        corpus = args.dev if name == "dev" else args.corpus
        labels = DEV_LABELS if name == "dev" else "labels.csv"
        started = time.perf_counter()
        raw = scan_raw(corpus, scanners)
        scanned = time.perf_counter()
        cases = load_cases(corpus, split=None if name == "dev" else name, labels=labels)
        results = run_corpus(corpus, cases, raw)
        print(f"\n[{name}] scanned in {scanned - started:.1f}s, triaged in {time.perf_counter() - scanned:.1f}s; "
              + ", ".join(f"{sid}: {len(r)} results" for sid, r in raw.items()))
        _print_split(name, results, columns, args.calibration)
        if args.misses and name != "heldout":
            _misses(name, results)


if __name__ == "__main__":
    main()
