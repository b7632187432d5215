"""`aise scan` and `aise scanners list`: run the scanners, print findings, exit by severity."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from aise.cli.app import EXIT_FINDINGS, EXIT_OK
from aise.cli.options import load_for, require_dir
from aise.errors import InputError
from aise.models import Severity

if TYPE_CHECKING:
    from rich.console import Console

    from aise.config import Settings
    from aise.tools.scan import ScanResult

__all__ = ["FailOn", "OutputFormat", "register"]


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    SARIF = "sarif"


class FailOn(StrEnum):
    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"
    NEVER = "never"


scanners_app = typer.Typer(help="Inspect the scanner registry.", no_args_is_help=True)


def scan(
    path: Annotated[Path, typer.Argument(help="Root folder of the repository to scan.")],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.TABLE,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write results to this file.")
    ] = None,
    scanner: Annotated[
        list[str] | None, typer.Option("--scanner", "-s", help="Scanner id to run (repeatable).")
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this.")
    ] = FailOn.LOW,
    sarif: Annotated[
        list[Path] | None, typer.Option("--sarif", help="Import a SARIF 2.1.0 file (repeatable).")
    ] = None,
    config: Annotated[Path | None, typer.Option("--config", help="Your YAML config file.")] = None,
    override: Annotated[list[str] | None, typer.Option("-c", help="key=value override.")] = None,
) -> None:
    """Scan a repository with every enabled scanner; findings are fingerprinted and deduplicated."""
    repo = require_dir(path)
    settings = _with_sarif(load_for(path, config, override), sarif or [])
    ids = _check_ids(scanner or [])
    try:
        result = _run(repo, settings, ids)
    except KeyboardInterrupt:  # the scanners' processes are already stopped
        print("aise: interrupted; nothing was written", file=sys.stderr)
        raise typer.Exit(130) from None
    rendered = _render(result, output_format, repo)
    if output is not None:
        _write(output, rendered)
    else:
        sys.stdout.write(rendered)
    _summary(result, _stderr())
    raise typer.Exit(_exit_code(result, fail_on))


def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _with_sarif(settings: Settings, files: list[Path]) -> Settings:
    for file in files:
        if not file.is_file():
            raise InputError(f"{file}: SARIF file not found", hint="check the --sarif path")
    if not files:
        return settings
    sarif = [*settings.scan.sarif, *(str(f.resolve()) for f in files)]
    return settings.model_copy(update={"scan": settings.scan.model_copy(update={"sarif": sarif})})


def _check_ids(ids: list[str]) -> list[str]:
    from aise.tools.scanners.registry import load_scanners

    known = load_scanners()
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise InputError(
            f"unknown scanner {', '.join(map(repr, unknown))}", hint=f"known: {', '.join(known)}"
        )
    return ids


def _run(repo: Path, settings: Settings, ids: list[str]) -> ScanResult:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from aise.models import ScannerStatus
    from aise.tools.scan import run_scan

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    console = _stderr()
    # Off when stderr is not a terminal: a spinner there only leaves a stray blank line.
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as progress:
        tasks: dict[str, Any] = {}

        def report(scanner_id: str, status: ScannerStatus | None) -> None:
            if status is None:
                tasks[scanner_id] = progress.add_task(f"{scanner_id}: scanning", total=1)
            else:
                progress.update(tasks[scanner_id], description=f"{scanner_id}: done", completed=1)

        return run_scan(repo, settings, ids or None, progress=report)


def _render(result: ScanResult, fmt: OutputFormat, repo: Path) -> str:
    if fmt is OutputFormat.SARIF:
        from aise.sarif import to_sarif

        return json.dumps(to_sarif(result.findings, result.statuses, repo), indent=2) + "\n"
    if fmt is OutputFormat.JSON:
        return result.model_dump_json(indent=2) + "\n"
    return _table(result)


def _table(result: ScanResult) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(result.findings)} findings", title_justify="left")
    for column in ("id", "severity", "rule", "location", "scanners", "message"):
        table.add_column(column, overflow="fold")
    ordered = sorted(
        result.findings, key=lambda f: (-f.severity.rank, f.path, f.location.start_line)
    )
    for finding in ordered:
        table.add_row(
            finding.short_id,
            str(finding.severity),
            finding.rule_id,
            f"{finding.path}:{finding.location.start_line}",
            ",".join(finding.scanners),
            finding.message,
        )
    console = Console(file=None, width=160, record=True, force_terminal=False)
    with console.capture() as capture:
        console.print(table)
    return capture.get()


def _summary(result: ScanResult, console: Console) -> None:
    from rich.table import Table

    table = Table(title="scanners", title_justify="left")
    for column in ("scanner", "status", "results", "seconds"):
        table.add_column(column)
    for status in result.statuses:
        state = "ok" if status.ok else ("skipped" if status.skipped else "[red]failed[/red]")
        if status.error:
            state += f": {status.error}"
        table.add_row(status.scanner, state, str(status.results), f"{status.seconds:.2f}")
    console.print(table)
    counts = {s: sum(1 for f in result.findings if f.severity is s) for s in reversed(Severity)}
    line = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "none"
    console.print(f"{len(result.findings)} findings ({line}) in {result.seconds:.1f} s")
    for status in result.failed:
        console.print(f"[yellow]warning:[/yellow] {status.scanner} did not finish: {status.error}")


def _write(output: Path, text: str) -> None:
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"{output}: cannot write ({exc.strerror or exc})", hint="check the --output path"
        ) from None


def _exit_code(result: ScanResult, fail_on: FailOn) -> int:
    if fail_on is FailOn.NEVER:
        return EXIT_OK
    threshold = Severity(fail_on.value)
    return (
        EXIT_FINDINGS if any(f.severity.at_least(threshold) for f in result.findings) else EXIT_OK
    )


@scanners_app.command("list")
def list_scanners(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List every registered scanner, whether it can run here, and what it does."""
    from aise.config import ScanSettings
    from aise.tools.scanners.registry import create_scanner, load_scanners

    rows = [
        {
            "id": sid,
            "available": create_scanner(cls, ScanSettings()).available(),
            "description": cls.description,
        }
        for sid, cls in load_scanners().items()
    ]
    if as_json:
        typer.echo(json.dumps(rows, indent=2))
        return
    for row in rows:
        mark = "yes" if row["available"] else "no "
        typer.echo(f"{row['id']:16s} {mark}  {row['description']}")


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)
    app.add_typer(scanners_app, name="scanners")
