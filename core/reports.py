"""Run reports in `.aise/runs/<run-id>/`: report.md, report.html, results.sarif, findings.json, patches."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from aise.evidence import Evidence
from aise.llm_usage import UsageSnapshot
from aise.models import TERMINAL_STATUSES, ScannerStatus, Severity, Status
from aise.records import FindingRecord

__all__ = ["REPORT_FILES", "RunReport", "severity_matrix", "write_reports"]

REPORT_FILES = ("report.md", "report.html", "results.sarif", "findings.json")
_ORDER = (Status.NEEDS_HUMAN, Status.FIXED, Status.ACCEPTED_RISK, Status.FALSE_POSITIVE, Status.RESOLVED_UPSTREAM)


class RunReport(BaseModel):
    """Everything the report files are written from (built by the graph's report node)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    run_id: str
    repo: str
    started_at: str
    records: list[FindingRecord]
    evidence: dict[str, Evidence] = {}
    scanners: list[ScannerStatus] = []
    errors: list[str] = []
    stopped: str = ""
    seconds: float = 0.0
    llm: UsageSnapshot = UsageSnapshot()
    branch: str = ""
    questions: dict[str, str] = {}
    """Fingerprint -> what the handoff dossier asks the human."""

    def by_status(self) -> list[tuple[Status, list[FindingRecord]]]:
        statuses = [*_ORDER, *(s for s in Status if s not in _ORDER)]
        groups = [(s, [r for r in self.records if r.status is s]) for s in statuses]
        return [(s, rs) for s, rs in groups if rs]


def severity_matrix(records: list[FindingRecord]) -> dict[str, dict[str, int]]:
    """Terminal state -> severity -> count (every terminal state and severity present)."""
    counted = Counter((r.status, r.finding.severity) for r in records)
    states = [s for s in _ORDER if s in TERMINAL_STATUSES]
    return {s.value: {sev.value: counted.get((s, sev), 0) for sev in reversed(Severity)} for s in states}


def write_reports(run_dir: Path, report: RunReport, *, repo_root: Path | None = None) -> list[Path]:
    """Write every report file; each is replaced atomically, so a re-run leaves no torn file."""
    from aise.report_html import render_html
    from aise.sarif import to_sarif

    run_dir.mkdir(parents=True, exist_ok=True)
    written = [
        _atomic(run_dir / "report.md", render_markdown(report)),
        _atomic(run_dir / "report.html", render_html(report)),
        _atomic(run_dir / "results.sarif", json.dumps(to_sarif(report.records, report.scanners, repo_root), indent=2)),
        _atomic(run_dir / "findings.json", json.dumps(findings_json(report), indent=2)),
    ]
    return written + _write_patches(run_dir / "patches", report.records)


def findings_json(report: RunReport) -> dict[str, object]:
    return {
        "run_id": report.run_id,
        "repo": report.repo,
        "started_at": report.started_at,
        "branch": report.branch,
        "stopped": report.stopped,
        "counts": dict(Counter(r.status.value for r in report.records)),
        "llm": report.llm.model_dump(mode="json"),
        "findings": [
            {**r.model_dump(mode="json"), "evidence": _evidence_json(report.evidence.get(r.fingerprint))}
            for r in report.records
        ],
    }


def _evidence_json(evidence: Evidence | None) -> object:
    return None if evidence is None else evidence.model_dump(mode="json", exclude={"enclosing_function"})


def _write_patches(folder: Path, records: list[FindingRecord]) -> list[Path]:
    written = []
    for record in records:
        fix = record.fix
        if fix is not None and fix.diff:
            folder.mkdir(exist_ok=True)
            written.append(_atomic(folder / f"{record.finding.short_id}.patch", fix.diff))
    return written


def _atomic(path: Path, text: str) -> Path:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def render_markdown(report: RunReport) -> str:
    lines = [
        f"# aise run {report.run_id}",
        "",
        f"- Repository: `{report.repo}`",
        f"- Started: {report.started_at}; active time {report.seconds:.1f} s",
        f"- Fix branch: `{report.branch}`" if any(r.fix for r in report.records) else "- Fix branch: none (no fix)",
        f"- Findings: {len(report.records)}",
    ]
    if report.llm.requests or report.llm.cache_hits:
        lines.append(f"- Model use: {report.llm.requests} requests, {report.llm.total_tokens} tokens, ${report.llm.cost_usd:.4f}")
    if report.stopped:
        lines.append(f"- **Stopped early**: {report.stopped}")
    lines += ["", "## Summary", "", "| state | " + " | ".join(s.value for s in reversed(Severity)) + " | total |",
              "|---|" + "---:|" * (len(Severity) + 1)]
    for state, row in severity_matrix(report.records).items():
        lines.append(f"| {state} | " + " | ".join(str(n) for n in row.values()) + f" | {sum(row.values())} |")
    lines += ["", "## Scanners", ""]
    lines += [f"- {s.scanner}: " + ("skipped" if s.skipped else "ok" if s.ok else f"FAILED ({s.error})")
              + f", {s.results} results, {s.seconds:.1f} s" for s in report.scanners] or ["- none ran"]
    if report.errors:
        lines += ["", "## Problems during the run", "", *(f"- {e}" for e in report.errors)]
    for status, records in report.by_status():
        lines += ["", f"## {status.value} ({len(records)})"]
        for record in records:
            lines += ["", *_finding_md(record, report.evidence.get(record.fingerprint))]
            if record.fingerprint in report.questions:
                lines += [f"- **For a human:** {report.questions[record.fingerprint]}"]
    return "\n".join(lines) + "\n"


def _finding_md(record: FindingRecord, evidence: Evidence | None) -> list[str]:
    f = record.finding
    out = [
        f"### {f.rule_id}: {f.rule_name or f.message.splitlines()[0][:100]}",
        "",
        f"`{f.location.path}:{f.location.start_line}`" + (f" in `{f.symbol}`" if f.symbol else "")
        + f", severity {f.severity}, fingerprint `{f.short_id}`",
        "",
        f"**Why {record.status.value}:** {record.reason or '-'}",
    ]
    if evidence is not None:
        out.append(f"- Evidence: sink {evidence.sink_class}, taint {evidence.taint}"
                   + (f", flags {', '.join(sorted(evidence.flags))}" if evidence.flags else ""))
        out += [f"  - {s.location.path}:{s.location.start_line} {s.message}".rstrip() for s in evidence.taint_path]
        out += [f"  - entry point {e}" for e in evidence.entry_points]
    out += [f"- Verdict ({v.brain}): {v.verdict} {v.confidence:.2f}, {v.reason}"
            + (f" **Disagreement:** {v.disagreement}" if v.disagreement else "") for v in record.verdicts]
    out += [f"- Exploitability ({a.brain}): {a.reachability}, risk {a.risk:.1f}, {a.reason}" for a in record.assessments]
    out += [f"- Policy `{p.rule}`: {p.outcome}, {p.reason}" for p in record.policy]
    for a in record.attempts:
        out.append(f"- Fix attempt {a.number} ({a.fixer}): {a.outcome}" + (f", {a.reason}" if a.reason else "")
                   + (f", commit `{a.commit[:12]}`" if a.commit else ""))
        out += [f"  - check {c.name}: {'passed' if c.passed else 'FAILED'} {c.detail}".rstrip() for c in a.checks]
        if a.diff and a.commit:
            out += ["", "```diff", a.diff.rstrip("\n"), "```"]
    out += [f"- Human: {d.action}" + (f" by {d.who}" if d.who else "") + (f", {d.comment}" if d.comment else "")
            for d in record.decisions]
    return out
