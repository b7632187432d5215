"""The sweep summary across repositories, as Markdown, self-contained HTML and JSON."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Protocol

__all__ = ["write_sweep_report"]

_COLUMNS = (
    ("new", "New"),
    ("fixed", "Fixed"),
    ("false_positive", "False positive"),
    ("accepted_risk", "Accepted"),
    ("needs_human", "Handed off"),
    ("resolved_upstream", "Resolved upstream"),
)


class _Repo(Protocol):
    name: str
    state: str
    error: str | None
    run_id: str | None
    report_dir: str | None
    counts: dict[str, int]
    seconds: float


class _Summary(Protocol):
    sweep_id: str
    started_at: str
    seconds: float
    executor: str
    repos: list[_Repo]
    totals: dict[str, int]
    previous_totals: dict[str, int] | None
    exit_code: int

    def model_dump_json(self, *, indent: int | None = None) -> str: ...


def _trend(summary: _Summary, key: str) -> str:
    now = summary.totals.get(key, 0)
    if summary.previous_totals is None:
        return str(now)
    delta = now - summary.previous_totals.get(key, 0)
    return f"{now} ({delta:+d})" if delta else str(now)


def _link(repo: _Repo, out: Path) -> str | None:
    if not repo.report_dir:
        return None
    target = Path(repo.report_dir) / "report.html"
    try:
        return os.path.relpath(target, out)
    except ValueError:
        return str(target)


def _markdown(summary: _Summary, out: Path) -> str:
    lines = [
        f"# aise sweep {summary.sweep_id}",
        "",
        f"Started {summary.started_at}, took {summary.seconds:.1f}s on the `{summary.executor}` executor. "
        f"Repositories: {summary.totals.get('ran', 0)} ran, {summary.totals.get('skipped', 0)} unchanged "
        f"(skipped), {summary.totals.get('failed', 0)} failed. Exit code {summary.exit_code}.",
        "",
        "## Totals (change since the previous sweep)",
        "",
        "| " + " | ".join(label for _, label in _COLUMNS) + " |",
        "|" + "---|" * len(_COLUMNS),
        "| " + " | ".join(_trend(summary, key) for key, _ in _COLUMNS) + " |",
        "",
        "## Repositories",
        "",
        "| Repository | State | " + " | ".join(label for _, label in _COLUMNS) + " | Seconds | Report |",
        "|---|---|" + "---|" * len(_COLUMNS) + "---|---|",
    ]
    for repo in summary.repos:
        link = _link(repo, out)
        state = repo.state if not repo.error else f"{repo.state}: {repo.error}"
        cells = [str(repo.counts.get(key, 0)) for key, _ in _COLUMNS]
        report = f"[{repo.run_id}]({link})" if link else (repo.run_id or "")
        lines.append(f"| {repo.name} | {state} | " + " | ".join(cells) + f" | {repo.seconds:.1f} | {report} |")
    return "\n".join(lines) + "\n"


_STYLE = (
    "body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}"
    "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
    "td:first-child,th:first-child{text-align:left}.failed{background:#fde2e2}.skipped{color:#777}"
)


def _html(summary: _Summary, out: Path) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(label)}</th>" for _, label in _COLUMNS)
    totals = "".join(f"<td>{esc(_trend(summary, key))}</td>" for key, _ in _COLUMNS)
    rows = []
    for repo in summary.repos:
        link = _link(repo, out)
        report = f'<a href="{esc(link)}">{esc(repo.run_id or "report")}</a>' if link else esc(repo.run_id or "")
        cells = "".join(f"<td>{repo.counts.get(key, 0)}</td>" for key, _ in _COLUMNS)
        state = esc(repo.state + (f": {repo.error}" if repo.error else ""))
        rows.append(
            f'<tr class="{esc(repo.state)}"><td>{esc(repo.name)}</td><td>{state}</td>{cells}'
            f"<td>{repo.seconds:.1f}</td><td>{report}</td></tr>"
        )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>aise sweep {esc(summary.sweep_id)}</title>"
        f"<style>{_STYLE}</style></head><body><h1>aise sweep {esc(summary.sweep_id)}</h1>"
        f"<p>Started {esc(summary.started_at)}, {summary.seconds:.1f}s, executor {esc(summary.executor)}, "
        f"exit code {summary.exit_code}.</p><h2>Totals</h2><table><tr>{head}</tr><tr>{totals}</tr></table>"
        f"<h2>Repositories</h2><table><tr><th>Repository</th><th>State</th>{head}<th>Seconds</th>"
        f"<th>Report</th></tr>{''.join(rows)}</table></body></html>\n"
    )


def write_sweep_report(summary: _Summary, out: Path) -> None:
    """Write summary.md, summary.html and summary.json into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "summary.md").write_text(_markdown(summary, out), encoding="utf-8")
    (out / "summary.html").write_text(_html(summary, out), encoding="utf-8")
    (out / "summary.json").write_text(summary.model_dump_json(indent=2), encoding="utf-8")
