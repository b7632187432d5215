"""`aise memory index|stats|query|rebuild`: the repository's Chroma memory from the command line."""

from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from aise.cli.options import load_for, require_dir

if TYPE_CHECKING:
    from aise.memory import IndexStats, RepoMemory

__all__ = ["register"]

memory_app = typer.Typer(help="Index and query the repository's memory (Chroma).", no_args_is_help=True)

PathArg = Annotated[Path, typer.Argument(help="Repository root.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Your YAML config file.")]
OverrideOpt = Annotated[list[str] | None, typer.Option("-c", help="key=value override, e.g. memory.dimensions=768.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _memory(path: Path, config: Path | None, override: list[str] | None) -> RepoMemory:
    from aise.memory import RepoMemory  # imported here: Chroma loads only for memory commands

    repo = require_dir(path)
    settings = load_for(repo, config, override)
    return RepoMemory(repo, settings.memory, llm=settings.llm)


@contextmanager
def _quiet_recoveries() -> Iterator[None]:
    # Recoveries come back in the stats and are printed once, below; no Python warning text.
    from aise.memory import MemoryRecoveredWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MemoryRecoveredWarning)
        yield


def _with_progress(memory: RepoMemory, rebuild: bool) -> IndexStats:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with _quiet_recoveries(), Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("embedding files", total=None)

        def report(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return memory.rebuild(report) if rebuild else memory.index(report)


def _print_index(stats: IndexStats, as_json: bool) -> None:
    if as_json:
        typer.echo(stats.model_dump_json(indent=2))
        return
    for warning in stats.warnings:
        print(f"aise: warning: {warning}", file=sys.stderr)
    typer.echo(f"{stats.files} files: {stats.embedded_files} embedded, {stats.unchanged_files} unchanged, "
               f"{stats.removed_files} removed; chunks +{stats.chunks_added} -{stats.chunks_removed} "
               f"= {stats.chunks_total} in {stats.seconds:.1f}s")
    if stats.skipped:
        reasons: dict[str, int] = {}
        for skipped in stats.skipped:
            reasons[skipped.reason] = reasons.get(skipped.reason, 0) + 1
        typer.echo("skipped: " + ", ".join(f"{n} {r}" for r, n in sorted(reasons.items())))
    for note in stats.notes:
        typer.echo(f"note: {note}")


@memory_app.command("index")
def index(path: PathArg = Path("."), config: ConfigOpt = None, override: OverrideOpt = None,
          as_json: JsonOpt = False) -> None:
    """Embed new and changed files (by git blob sha); unchanged files cost nothing."""
    with _memory(path, config, override) as memory:
        _print_index(_with_progress(memory, rebuild=False), as_json)


@memory_app.command("rebuild")
def rebuild(path: PathArg = Path("."), config: ConfigOpt = None, override: OverrideOpt = None,
            as_json: JsonOpt = False) -> None:
    """Drop every vector and index again; recorded decisions and fixes are restored."""
    with _memory(path, config, override) as memory:
        _print_index(_with_progress(memory, rebuild=True), as_json)


@memory_app.command("stats")
def stats(path: PathArg = Path("."), config: ConfigOpt = None, override: OverrideOpt = None,
          as_json: JsonOpt = False) -> None:
    """What the memory holds: files, chunks, decisions, fixes, skipped files."""
    with _memory(path, config, override) as memory, _quiet_recoveries():
        result = memory.stats()
    if as_json:
        typer.echo(result.model_dump_json(indent=2))
        return
    for warning in result.warnings:
        print(f"aise: warning: {warning}", file=sys.stderr)
    when = result.indexed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if result.indexed_at else "never"
    typer.echo(f"memory:    {result.location}\nembedder:  {result.embedder}\nindexed:   {when}\n"
               f"files:     {result.files}\nchunks:    {result.chunks}\ndecisions: {result.decisions}\n"
               f"fixes:     {result.fixes}")
    if result.skipped:
        typer.echo("skipped:   " + ", ".join(f"{n} {r}" for r, n in sorted(result.skipped.items())))


@memory_app.command("query")
def query(path: PathArg, text: Annotated[str, typer.Argument(help="Code or words to look for.")],
          k: Annotated[int, typer.Option("-k", min=1, max=100, help="How many chunks.")] = 5,
          config: ConfigOpt = None, override: OverrideOpt = None, as_json: JsonOpt = False) -> None:
    """The chunks most similar to TEXT."""
    with _memory(path, config, override) as memory, _quiet_recoveries():
        hits = memory.similar_code(text, k)
    if as_json:
        typer.echo(json.dumps([h.model_dump(mode="json") for h in hits], indent=2))
        return
    if not hits:
        typer.echo("no results (run `aise memory index` first?)")
    for hit in hits:
        c = hit.chunk
        typer.echo(f"{hit.score:.3f}  {c.path}:{c.start_line}-{c.end_line}  {c.symbol or c.kind.value}")


def register(app: typer.Typer) -> None:
    """Add this group's commands to the root app."""
    app.add_typer(memory_app, name="memory")
