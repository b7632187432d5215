"""Triage quality on the labelled corpus: per-category TPR, FPR and score (TPR - FPR).

Columns: bandit raw, semgrep raw, aise-flow raw, and aise (all three scanners + heuristic
triage), on the tune and held-out splits separately, plus the precision of verdicts at
confidence >= 0.9. Every scanner runs once over the whole corpus folder.

    .venv/bin/python bench/triage_quality.py [--corpus tests/corpus] [--scanners bandit,semgrep,aise-flow]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from aise.testing.corpus import calibration, load_cases, run_corpus, scan_raw, score_table

COLUMNS = ("bandit", "semgrep", "aise-flow", "aise")


def _print_split(name: str, results: list, columns: tuple[str, ...]) -> None:
    if not results:
        print(f"\n== {name}: no cases")
        return
    print(f"\n== {name} ({len(results)} cases)")
    tables = {col: score_table(results, col) for col in columns}
    cats = sorted(next(iter(tables.values())))
    header = f"{'category':<16}" + "".join(f"{col:>22}" for col in columns)
    print(header)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1] / "tests" / "corpus")
    parser.add_argument("--scanners", default="bandit,semgrep,aise-flow")
    parser.add_argument("--misses", action="store_true", help="list mis-scored tune cases")
    args = parser.parse_args()
    scanners = tuple(s for s in args.scanners.split(",") if s)
    started = time.perf_counter()
    raw = scan_raw(args.corpus, scanners)
    scanned = time.perf_counter()
    cases = load_cases(args.corpus)
    results = run_corpus(args.corpus, cases, raw)
    columns = tuple(c for c in COLUMNS if c in scanners or c == "aise")
    print(f"scanned in {scanned - started:.1f}s, triaged in {time.perf_counter() - scanned:.1f}s; "
          + ", ".join(f"{sid}: {len(r)} results" for sid, r in raw.items()))
    for split in ("tune", "heldout"):
        _print_split(split, [r for r in results if r.case.split == split], columns)
    if args.misses:
        print("\nmis-scored tune cases (aise column):")
        for r in results:
            if r.case.split == "tune" and r.flagged.get("aise") != r.case.vulnerable:
                print(f"  {r.case.case_id:<28} {r.case.category:<15} vuln={r.case.vulnerable} "
                      f"trap={r.case.trap_kind} {r.verdicts}")


if __name__ == "__main__":
    main()
