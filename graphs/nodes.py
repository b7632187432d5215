"""The graph's tool nodes: scan the repository, index its memory, write the report files."""

from __future__ import annotations

from langgraph.runtime import Runtime

from aise.agents.deps import Deps
from aise.errors import AiseError
from aise.graphs.state import Node, RunError, RunState, awaiting_human, records_digest
from aise.records import FindingRecord
from aise.reports import RunReport, write_reports

__all__ = ["index", "report", "scan"]


def scan(state: RunState, runtime: Runtime[Deps]) -> dict:
    """Run the enabled scanners; a failed scanner is recorded and the others go on."""
    deps = runtime.context
    result = deps.scan(deps.paths.repo, deps.settings)
    records = {f.fingerprint: FindingRecord(finding=f) for f in result.findings}
    errors = [
        RunError(node=Node.SCAN, message=f"{s.scanner}: {s.error or 'failed'}")
        for s in result.statuses
        if not s.ok and not s.skipped
    ]
    return {"records": records, "scanners": tuple(result.statuses), "errors": errors, "steps": 1}


def index(state: RunState, runtime: Runtime[Deps]) -> dict:
    """Bring the repository's memory up to date (only changed files are embedded again)."""
    deps = runtime.context
    if deps.memory is None:
        return {"steps": 1}
    try:
        deps.memory.index()
    except AiseError as exc:  # triage works without memory; say so in the report
        return {"errors": [RunError(node=Node.INDEX, message=str(exc))], "steps": 1}
    return {"steps": 1}


def report(state: RunState, runtime: Runtime[Deps]) -> dict:
    """Write report.md, report.html, results.sarif, findings.json and the patches (overwritten
    in place, so a re-run after a crash or a review writes the same files again)."""
    deps = runtime.context
    data = RunReport(
        run_id=state["run_id"],
        repo=str(deps.paths.repo),
        started_at=state["started_at"],
        records=[state["records"][fp] for fp in state["plan"].order],
        evidence=state["evidence"],
        scanners=list(state["scanners"]),
        errors=[f"{e.node}: {e.message}" for e in state["errors"]],
        stopped=state["stopped"],
        seconds=state["usage"].seconds,
        llm=state["usage"].llm,
        branch=f"aise/{state['run_id']}",
        questions={fp: d.question for fp, d in state["dossiers"].items()
                   if fp in state["records"] and awaiting_human(state["records"][fp])},
    )
    write_reports(deps.paths.run_dir, data, repo_root=deps.paths.repo)
    return {"reported": records_digest(state["records"])}
