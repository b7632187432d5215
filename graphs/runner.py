"""Drive the remediation graph: start, resume and review runs, with SQLite checkpoints."""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from langgraph.types import Command
from pydantic import ValidationError

from aise.agents.deps import Deps
from aise.agents.handoff import ReviewAnswer
from aise.config import Settings
from aise.errors import InputError
from aise.graphs.checkpoints import open_checkpointer, thread_ids
from aise.graphs.remediation import compile_graph
from aise.graphs.state import BudgetUsage, Dossier, Plan, RunState
from aise.graphs.summary import RunEvent, RunInfo, RunPhase, RunSummary, count_statuses
from aise.graphs.wiring import build_deps, run_paths
from aise.models import Status
from aise.records import HumanDecision
from aise.tools import gitops

__all__ = [
    "Ask",
    "RunSummary",
    "list_runs",
    "new_run_id",
    "resume_run",
    "review_run",
    "run_repository",
]

Ask = Callable[[Sequence[Dossier]], Mapping[str, HumanDecision | None]]
"""Asks a human about each dossier; returns a decision per fingerprint (None: decide later)."""
OnEvent = Callable[[RunEvent], None]
_RUN_FILE = "run.json"


def new_run_id() -> str:
    return f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def run_repository(
    repo: Path,
    settings: Settings,
    *,
    run_id: str | None = None,
    interactive: bool = False,
    on_event: OnEvent | None = None,
    ask: Ask | None = None,
    baseline: Mapping[str, Status] | None = None,
) -> RunSummary:
    """Run aise on `repo` until every finding is terminal; never prints, never touches the checkout.

    `interactive` with `ask` answers handoffs as they come; otherwise the run ends with those
    findings in needs_human and `review_run` answers them later. `baseline` carries statuses
    decided in earlier sweeps over for those fingerprints."""
    repo = _repo(repo)
    run_id = run_id or new_run_id()
    paths = run_paths(repo, settings, run_id)
    _prepare_state_dir(repo, paths.state_dir)
    with open_checkpointer(paths.state_dir) as saver:
        if run_id in thread_ids(saver):
            raise InputError(f"run {run_id} already exists", hint=f"continue it with `aise resume {run_id}`")
        paths.run_dir.mkdir(parents=True, exist_ok=True)
        _write_run_file(paths.run_dir, run_id, repo, settings, baseline or {})
        initial = _initial_state(run_id, repo)
        deps = build_deps(paths, settings, carried=baseline, run_started=datetime.fromisoformat(initial["started_at"]))
        graph = compile_graph(saver)
        return _drive(graph, initial, deps, ask if interactive else None, on_event)


def resume_run(
    repo: Path,
    run_id: str,
    *,
    interactive: bool = False,
    on_event: OnEvent | None = None,
    ask: Ask | None = None,
) -> RunSummary:
    """Continue a run after a crash, a kill or Ctrl-C; finished findings are not redone."""
    repo = _repo(repo)
    settings, carried = _read_run_file(repo, run_id)
    with open_checkpointer(run_paths(repo, settings, run_id).state_dir) as saver:
        graph = compile_graph(saver)
        snapshot = _snapshot(graph, saver, run_id)
        values = snapshot.values
        deps = build_deps(run_paths(repo, settings, run_id), settings, baseline=values["usage"], carried=carried,
                          run_started=datetime.fromisoformat(values["started_at"]))
        ask = ask if interactive else None
        asked: set[str] = set()
        start: Command | None = None
        # Finished, or only waiting for a human. `next` alone is not enough: a run killed after the
        # last task of a step wrote its result, before the next checkpoint, has tasks but no `next`.
        if not snapshot.tasks or snapshot.interrupts:
            start = _answers(graph, run_id, ask, asked)
            if start is None:
                return summarize(graph, run_id, deps)
        return _drive(graph, start, deps, ask, on_event, asked)


def review_run(repo: Path, run_id: str, ask: Ask, *, on_event: OnEvent | None = None) -> RunSummary:
    """Walk the findings that wait for a human, then resume the thread with their answers."""
    return resume_run(repo, run_id, interactive=True, on_event=on_event, ask=ask)


def list_runs(repo: Path, settings: Settings) -> list[RunInfo]:
    """Every run recorded in `<repo>/.aise/state.db`, oldest first."""
    repo = _repo(repo)
    state_dir = repo / settings.state_dir
    if not (state_dir / "state.db").is_file():
        return []
    infos = []
    with open_checkpointer(state_dir) as saver:
        graph = compile_graph(saver)
        for run_id in thread_ids(saver):
            snap = graph.get_state(_config(run_id))
            values = snap.values
            records = list(values.get("records", {}).values())
            infos.append(RunInfo(
                run_id=run_id, started_at=values.get("started_at", ""), phase=_phase(snap),
                findings=len(records), counts=count_statuses(records),
                awaiting_review=len(snap.interrupts), stopped=values.get("stopped", ""),
            ))
    return infos


def summarize(graph: Any, run_id: str, deps: Deps) -> RunSummary:
    snap = graph.get_state(_config(run_id))
    values = snap.values
    plan: Plan = values.get("plan", Plan())
    records = values.get("records", {})
    ordered = [records[fp] for fp in plan.order if fp in records] or list(records.values())
    usage: BudgetUsage = values.get("usage", BudgetUsage())
    return RunSummary(
        run_id=run_id, repo=str(deps.paths.repo), phase=_phase(snap), counts=count_statuses(ordered),
        records=ordered, branch=f"aise/{run_id}",
        report_dir=str(deps.paths.run_dir) if values.get("reported") else None,
        errors=[f"{e.node}: {e.message}" for e in values.get("errors", ())],
        scanner_errors=[f"{s.scanner}: {s.error}" for s in values.get("scanners", ()) if not s.ok and not s.skipped],
        stopped=values.get("stopped", ""), awaiting_review=len(snap.interrupts),
        seconds=usage.seconds, steps=values.get("steps", 0), llm=usage.llm,
    )


def _drive(
    graph: Any,
    start: RunState | Command | None,
    deps: Deps,
    ask: Ask | None,
    on_event: OnEvent | None,
    asked: set[str] | None = None,
) -> RunSummary:
    """Stream the graph (None continues from the checkpoint); when it stops at review
    interrupts and someone can answer, resume it with their answers. Each finding is asked
    at most once per session, so deferring ends the session."""
    run_id = deps.paths.run_dir.name
    config = _config(run_id, deps.settings)
    statuses: dict[str, Status] = {}
    asked = asked if asked is not None else set()
    payload: RunState | Command | None = start
    while True:
        for update in graph.stream(payload, config, context=deps, stream_mode="updates", durability="sync"):
            _emit(update, statuses, run_id, on_event)
        payload = _answers(graph, run_id, ask, asked)
        if payload is None:
            return summarize(graph, run_id, deps)


def _answers(graph: Any, run_id: str, ask: Ask | None, asked: set[str]) -> Command | None:
    """Ask about interrupts not asked yet in this session; None when nothing is to be resumed."""
    interrupts = graph.get_state(_config(run_id)).interrupts
    if ask is None or not interrupts:
        return None
    fresh = [i for i in interrupts if i.value["fingerprint"] not in asked]
    if not fresh:
        return None
    answers = ask([Dossier.model_validate(i.value) for i in fresh])
    asked.update(i.value["fingerprint"] for i in fresh)
    resume = {
        i.id: ReviewAnswer(decision=answers.get(i.value["fingerprint"])).model_dump(mode="json") for i in interrupts
    }
    return Command(resume=resume)


def _emit(update: Mapping[str, Any], statuses: dict[str, Status], run_id: str, on_event: OnEvent | None) -> None:
    for node, written in update.items():
        if node == "__interrupt__":
            if on_event is not None:
                on_event(RunEvent(run_id=run_id, node="review", counts=count_statuses(statuses),
                                  awaiting=len(written), message=f"{len(written)} finding(s) await a human"))
            continue
        for fp, record in ((written or {}).get("records") or {}).items():
            statuses[fp] = record.status
        if on_event is not None:
            on_event(RunEvent(run_id=run_id, node=node, counts=count_statuses(statuses)))


def _phase(snap: Any) -> RunPhase:
    if snap.interrupts:
        return RunPhase.AWAITING_REVIEW
    return RunPhase.INCOMPLETE if snap.next or snap.tasks else RunPhase.COMPLETE


def _config(run_id: str, settings: Settings | None = None) -> dict[str, Any]:
    config: dict[str, Any] = {"configurable": {"thread_id": run_id}, "max_concurrency": 4}
    if settings is not None:
        config["max_concurrency"] = max(4, settings.llm.concurrency)  # model calls wait on the network
        # The planner stops the run at max_steps; this is only LangGraph's own backstop.
        config["recursion_limit"] = 4 * settings.policy.max_steps + 100
    return config


def _snapshot(graph: Any, saver: Any, run_id: str) -> Any:
    if run_id not in thread_ids(saver):
        raise InputError(f"no run {run_id} in this repository", hint="`aise runs` lists the runs")
    return graph.get_state(_config(run_id))


def _initial_state(run_id: str, repo: Path) -> RunState:
    return RunState(
        run_id=run_id, repo=str(repo), started_at=datetime.now(UTC).isoformat(timespec="microseconds"),
        records={}, evidence={}, proposals={}, dossiers={}, plan=Plan(), scanners=(), errors=(),
        steps=0, usage=BudgetUsage(), stopped="", reported="",
    )


def _repo(repo: Path) -> Path:
    if not repo.is_dir():
        raise InputError(f"{repo}: not a directory", hint="pass the root folder of a repository")
    return repo.resolve()


def _prepare_state_dir(repo: Path, state_dir: Path) -> None:
    """Create `.aise/` and keep it out of `git status` via `.git/info/exclude` (never .gitignore)."""
    state_dir.mkdir(parents=True, exist_ok=True)
    if (repo / ".git").exists():
        gitops.ensure_excluded(repo, f"{state_dir.relative_to(repo).as_posix()}/")


def _write_run_file(run_dir: Path, run_id: str, repo: Path, settings: Settings, carried: Mapping[str, Status]) -> None:
    data = {"run_id": run_id, "repo": str(repo), "settings": settings.model_dump(mode="json"),
            "carried": {fp: str(s) for fp, s in carried.items()}}
    (run_dir / _RUN_FILE).write_text(json.dumps(data, indent=2), encoding="utf-8")


def _read_run_file(repo: Path, run_id: str) -> tuple[Settings, dict[str, Status]]:
    """The settings a run started with, so a resumed run behaves the same."""
    for state_dir in {repo / ".aise", *(p.parent.parent for p in repo.glob(f"*/runs/{run_id}"))}:
        path = state_dir / "runs" / run_id / _RUN_FILE
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return Settings.model_validate(data["settings"]), {k: Status(v) for k, v in data["carried"].items()}
            except (ValueError, KeyError, ValidationError) as exc:
                raise InputError(f"{path}: unreadable run file ({exc})") from None
    raise InputError(f"no run {run_id} in {repo}", hint="`aise runs` lists the runs of a repository")
