"""`aise apply RUN_ID`: bring a run's verified fixes onto your branch, on request only."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

__all__ = ["register"]


def apply(
    run_id: Annotated[str, typer.Argument(help="The run whose branch aise/RUN_ID holds the fixes.")],
    path: Annotated[Path, typer.Argument(help="The repository.")] = Path("."),
    strategy: Annotated[
        str, typer.Option("--strategy", help="merge (one merge commit) or cherry-pick (one commit per fix).")
    ] = "merge",
) -> None:
    """Merge or cherry-pick aise/RUN_ID into the current branch; refuses on a dirty working tree."""
    from aise.cli.options import require_dir
    from aise.tools.gitops import apply_run

    result = apply_run(require_dir(path), run_id, strategy=strategy)
    if not result.commits:
        typer.echo(f"nothing to apply: aise/{run_id} is already in your branch")
        return
    typer.echo(f"applied {len(result.commits)} commit(s) from aise/{run_id} by {result.strategy}; HEAD {result.head[:12]}")


def register(app: typer.Typer) -> None:
    app.command("apply")(apply)
