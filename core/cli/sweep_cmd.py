"""`aise sweep CONFIG`: nightly, incremental runs over many repositories."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer

__all__ = ["register"]


def sweep(
    config: Annotated[Path, typer.Argument(help="Sweep config YAML (see configs/sweep.example.yaml).")],
    executor: Annotated[
        str | None, typer.Option("--executor", help="local (worker processes) or ray; overrides the config.")
    ] = None,
    address: Annotated[
        str | None, typer.Option("--address", help="Ray address: auto, or ray://host:10001.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON on stdout.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress lines.")] = False,
) -> None:
    """Sweep every repository in CONFIG. Exit 0 all well, 1 new blocking handoffs, 2 the sweep failed."""
    from rich.console import Console

    from aise.errors import InputError
    from aise.graphs.sweep import RepoResult, run_sweep
    from aise.sweep_config import load_sweep_config

    if executor not in (None, "local", "ray"):
        raise InputError(f"--executor {executor!r}: expected local or ray")
    kind: Literal["local", "ray"] | None = executor  # type: ignore[assignment]
    sweep_config, base = load_sweep_config(config)
    err = Console(stderr=True)

    def progress(result: RepoResult) -> None:
        if quiet:
            return
        style = {"ran": "green", "skipped": "dim", "failed": "red"}[result.state]
        detail = result.error or ", ".join(f"{k} {v}" for k, v in result.counts.items() if v) or "no new findings"
        err.print(f"[{style}]{result.state:>7}[/] {result.name} ({result.seconds:.1f}s): {detail}", markup=True,
                  highlight=False)

    try:
        summary = run_sweep(sweep_config, base, executor=kind, address=address, on_repo=progress)
    except KeyboardInterrupt:  # the running repositories' processes are already stopped
        err.print("aise: sweep interrupted; repositories still running were stopped", highlight=False)
        raise typer.Exit(130) from None
    if as_json:
        typer.echo(summary.model_dump_json(indent=2))
    elif not quiet:
        err.print(f"sweep {summary.sweep_id}: report in {summary.report_dir}/summary.html", highlight=False)
    raise typer.Exit(summary.exit_code)


def register(app: typer.Typer) -> None:
    app.command("sweep")(sweep)
