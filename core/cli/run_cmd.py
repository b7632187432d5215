"""`aise run`, `aise resume`, `aise review` and `aise runs`: remediation runs on one repository."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aise.cli.options import load_for, require_dir

if TYPE_CHECKING:
    from collections.abc import Callable

    from rich.console import Console

    from aise.graphs.runner import Ask
    from aise.graphs.summary import RunSummary

__all__ = ["register"]

PathArg = Annotated[Path, typer.Argument(help="Root folder of the repository.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Your YAML config file.")]
OverrideOpt = Annotated[list[str] | None, typer.Option("-c", help="key=value override, e.g. -c llm.mode=auto.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print the result as JSON on stdout.")]
InteractiveOpt = Annotated[bool, typer.Option("--interactive", "-i", help="Ask about handed-off findings as they come.")]


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def run(
    path: PathArg,
    interactive: InteractiveOpt = False,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
    no_fix: Annotated[bool, typer.Option("--no-fix", help="Assess only: triage and exploitability, no fixes.")] = False,
    config: ConfigOpt = None,
    override: OverrideOpt = None,
) -> None:
    """Scan, triage, assess and fix a repository until every finding is settled."""
    from aise.graphs.runner import new_run_id, run_repository

    repo = require_dir(path)
    overrides = [*(override or []), *(["fix.enabled=false"] if no_fix else [])]
    settings = load_for(repo, config, overrides)
    run_id = new_run_id()
    console = _stderr()
    if not quiet:
        console.print(f"aise: run [bold]{run_id}[/] on {repo}", highlight=False)
    try:
        summary = _with_progress(console, quiet, interactive, lambda on_event, ask: run_repository(
            repo, settings, run_id=run_id, interactive=interactive, on_event=on_event, ask=ask))
    except KeyboardInterrupt:
        console.print(f"aise: interrupted; `aise resume {run_id} {repo}` continues the run",
                      highlight=False, soft_wrap=True)
        raise typer.Exit(130) from None
    _print_summary(summary, as_json, console)


def resume(
    run_id: Annotated[str, typer.Argument(help="The run to continue (see `aise runs`).")],
    path: PathArg = Path("."),
    interactive: InteractiveOpt = False,
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Continue a run after a crash, a kill or Ctrl-C; finished findings are not redone."""
    from aise.graphs.runner import resume_run

    repo = require_dir(path)
    console = _stderr()
    summary = _with_progress(console, quiet, interactive, lambda on_event, ask: resume_run(
        repo, run_id, interactive=interactive, on_event=on_event, ask=ask))
    _print_summary(summary, as_json, console)


def review(
    run_id: Annotated[str, typer.Argument(help="The run whose handed-off findings to review.")],
    path: PathArg = Path("."),
    quiet: QuietOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Walk the findings that wait for a human and resume the run with the answers."""
    from aise.graphs.runner import review_run

    repo = require_dir(path)
    console = _stderr()
    summary = _with_progress(console, quiet, True, lambda on_event, ask: review_run(repo, run_id, ask, on_event=on_event))
    _print_summary(summary, as_json, console)


def runs(path: PathArg = Path("."), as_json: JsonOpt = False, config: ConfigOpt = None) -> None:
    """List the runs of a repository with their state and counts."""
    from aise.graphs.runner import list_runs

    repo = require_dir(path)
    infos = list_runs(repo, load_for(repo, config, None))
    if as_json:
        typer.echo(json.dumps([i.model_dump(mode="json") for i in infos], indent=2))
        return
    if not infos:
        typer.echo("no runs yet; start one with `aise run PATH`")
    for info in infos:
        busy = ", ".join(f"{k} {v}" for k, v in info.counts.items() if v) or "no findings"
        typer.echo(f"{info.run_id}  {info.started_at}  {info.phase.value:<15}  {busy}")


def _with_progress(
    console: Console, quiet: bool, interactive: bool, call: Callable[[Callable[..., None], Ask | None], RunSummary]
) -> RunSummary:
    from aise.cli._progress import Progress
    from aise.cli._review_ui import make_ask

    with Progress(console, quiet=quiet) as progress:
        ask = make_ask(console, before=progress.pause, after=progress.resume) if interactive else None
        return call(progress, ask)


def _print_summary(summary: RunSummary, as_json: bool, console: Console) -> None:
    if as_json:
        data = summary.model_dump(mode="json", exclude={"records"})
        data["findings"] = [
            {"fingerprint": r.fingerprint, "rule_id": r.finding.rule_id, "path": r.finding.path,
             "line": r.finding.location.start_line, "severity": r.finding.severity.value,
             "status": r.status.value, "reason": r.reason}
            for r in summary.records
        ]
        typer.echo(json.dumps(data, indent=2))
        return
    busy = ", ".join(f"{k} {v}" for k, v in summary.counts.items() if v) or "no findings"
    typer.echo(f"{summary.run_id}  {summary.phase.value}  {busy}")
    if summary.report_dir:
        typer.echo(f"report: {summary.report_dir}/report.html")
    if summary.stopped:
        console.print(f"aise: stopped early: {summary.stopped}", highlight=False, soft_wrap=True)
    if summary.awaiting_review:
        console.print(f"aise: {summary.awaiting_review} finding(s) need a human: "
                      f"aise review {summary.run_id} {summary.repo}", highlight=False, soft_wrap=True)
    for problem in summary.scanner_errors:
        console.print(f"aise: scanner problem: {problem}", highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
    app.command("resume")(resume)
    app.command("review")(review)
    app.command("runs")(runs)
