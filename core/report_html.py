"""report.html: one self-contained page (inline CSS, no script, no external asset of any kind)."""

from __future__ import annotations

from html import escape

from aise.evidence import Evidence
from aise.records import FindingRecord
from aise.reports import RunReport, severity_matrix

__all__ = ["render_html"]

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:70rem;color:#1d232a;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dee4}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #d8dee4;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}code,pre{font:12px ui-monospace,Menlo,Consolas,monospace}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;border-radius:4px}
details{border:1px solid #d8dee4;border-radius:6px;margin:.5rem 0;padding:.4rem .8rem}
summary{cursor:pointer;font-weight:600}.sev{display:inline-block;border-radius:3px;padding:0 .4rem;color:#fff;font-size:12px}
.critical{background:#7d1a1a}.high{background:#c62828}.medium{background:#ef6c00}.low{background:#558b2f}.info{background:#607d8b}
.add{color:#116329}.del{color:#82071e}.muted{color:#57606a}.warn{background:#fff8c5;padding:.5rem;border-radius:4px}
"""


def render_html(report: RunReport) -> str:
    e = escape
    matrix = severity_matrix(report.records)
    severities = next(iter(matrix.values())).keys() if matrix else ()
    head = "".join(f"<th>{e(s)}</th>" for s in severities)
    rows = "".join(
        f"<tr><td>{e(state)}</td>" + "".join(f"<td>{n}</td>" for n in row.values()) + f"<td>{sum(row.values())}</td></tr>"
        for state, row in matrix.items()
    )
    scanners = "".join(
        f"<li>{e(s.scanner)}: {'skipped' if s.skipped else 'ok' if s.ok else 'FAILED ' + e(s.error or '')},"
        f" {s.results} results, {s.seconds:.1f} s</li>"
        for s in report.scanners
    )
    sections = "".join(
        f"<h2>{e(status.value)} ({len(records)})</h2>"
        + "".join(_finding(r, report.evidence.get(r.fingerprint), report.questions.get(r.fingerprint))
                  for r in records)
        for status, records in report.by_status()
    )
    stopped = f'<p class="warn">Stopped early: {e(report.stopped)}</p>' if report.stopped else ""
    problems = "".join(f"<li>{e(x)}</li>" for x in report.errors)
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        f"<title>aise run {e(report.run_id)}</title><style>{_CSS}</style></head><body>"
        f"<h1>aise run {e(report.run_id)}</h1>"
        f"<p class=muted>{e(report.repo)} &middot; started {e(report.started_at)} &middot; "
        f"{report.seconds:.1f} s &middot; {len(report.records)} findings &middot; branch <code>{e(report.branch)}</code></p>"
        f"{stopped}<table><tr><th>state</th>{head}<th>total</th></tr>{rows}</table>"
        f"<h2>Scanners</h2><ul>{scanners or '<li>none ran</li>'}</ul>"
        + (f"<h2>Problems during the run</h2><ul>{problems}</ul>" if problems else "")
        + sections + "</body></html>\n"
    )


def _finding(record: FindingRecord, evidence: Evidence | None, question: str | None) -> str:
    e = escape
    f = record.finding
    title = f.rule_name or f.message.splitlines()[0][:100]
    parts = [
        f"<details><summary><span class='sev {e(f.severity.value)}'>{e(f.severity.value)}</span> "
        f"{e(f.rule_id)}: {e(title)} <span class=muted>{e(f.location.path)}:{f.location.start_line}</span></summary>",
        f"<p><b>Why {e(record.status.value)}:</b> {e(record.reason or '-')}</p>",
        f"<p class=warn><b>For a human:</b> {e(question)}</p>" if question else "",
        f"<p class=muted>fingerprint {e(f.short_id)}; reported by {e(', '.join(f.rule_ids))}; {e(f.message)}</p>",
    ]
    if f.location.snippet:
        parts.append(f"<pre>{e(f.location.snippet)}</pre>")
    if evidence is not None:
        items = [f"sink {evidence.sink_class}, taint {evidence.taint}"]
        items += [f"{s.location.path}:{s.location.start_line} {s.message}" for s in evidence.taint_path]
        items += [f"entry point {x}" for x in evidence.entry_points]
        items += [f"sanitiser {x}" for x in evidence.sanitisers]
        items += [f"context: {', '.join(sorted(evidence.flags))}"] if evidence.flags else []
        parts.append("<h4>Evidence</h4><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
    verdicts = [f"{v.brain}: {v.verdict} ({v.confidence:.2f}) {v.reason}"
                + (f" Disagreement: {v.disagreement}" if v.disagreement else "") for v in record.verdicts]
    verdicts += [f"exploitability ({a.brain}): {a.reachability}, risk {a.risk:.1f}, {a.reason}" for a in record.assessments]
    verdicts += [f"policy {p.rule}: {p.outcome}, {p.reason}" for p in record.policy]
    if verdicts:
        parts.append("<h4>Verdicts</h4><ul>" + "".join(f"<li>{e(v)}</li>" for v in verdicts) + "</ul>")
    for a in record.attempts:
        parts.append(f"<h4>Fix attempt {a.number} ({e(a.fixer)}): {e(a.outcome.value)}</h4>")
        if a.reason:
            parts.append(f"<p>{e(a.reason)}</p>")
        if a.checks:
            parts.append("<ul>" + "".join(f"<li>{e(c.name)}: {'passed' if c.passed else 'FAILED'} {e(c.detail)}</li>"
                                          for c in a.checks) + "</ul>")
        if a.diff:
            parts.append(f"<pre>{_diff(a.diff)}</pre>")
    if record.decisions:
        parts.append("<h4>Human decisions</h4><ul>" + "".join(
            f"<li>{e(d.action.value)} {e(d.who)} {e(d.comment)}</li>" for d in record.decisions) + "</ul>")
    return "".join(parts) + "</details>"


def _diff(diff: str) -> str:
    out = []
    for line in diff.splitlines():
        css = "add" if line.startswith("+") and not line.startswith("+++") else (
            "del" if line.startswith("-") and not line.startswith("---") else "")
        out.append(f"<span class={css}>{escape(line)}</span>" if css else escape(line))
    return "\n".join(out)
