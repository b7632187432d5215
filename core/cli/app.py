"""The root Typer app, global options and the one place errors become messages."""

from __future__ import annotations

import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer

from aise import __version__
from aise.errors import AiseError, ConfigError, InputError

__all__ = ["EXIT_FINDINGS", "EXIT_OK", "EXIT_USAGE", "app", "main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="aise",
    help="aise: an autonomous AI security engineer for code repositories.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"aise {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Scan, triage, fix and verify security findings."""


def _register_commands() -> None:
    # Imported here, not at module top, so `import aise.cli` stays cheap.
    from aise.cli import apply_cmd, config_cmd, memory_cmd, run_cmd, scan_cmd, sweep_cmd

    for module in (scan_cmd, config_cmd, memory_cmd, run_cmd, apply_cmd, sweep_cmd):
        module.register(app)


def _crash_log(exc: BaseException) -> Path:
    log_dir = Path.home() / ".cache" / "aise"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"crash-{datetime.now(UTC):%Y%m%dT%H%M%S}.log"
    path.write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    _register_commands()
    try:
        code = app(args=argv, standalone_mode=False)
        if isinstance(code, int):  # click returns typer.Exit's code when not standalone
            return code
    except SystemExit as exc:  # typer.Exit inside standalone_mode=False
        return int(exc.code or 0)
    except (ConfigError, InputError) as exc:
        _say_error(exc)
        return EXIT_USAGE
    except AiseError as exc:
        _say_error(exc)
        return EXIT_FINDINGS
    except KeyboardInterrupt:
        print("aise: interrupted; `aise resume RUN_ID` continues a run", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line, and a log with the traceback
        import click

        if isinstance(exc, click.exceptions.ClickException):
            exc.show()
            return EXIT_USAGE
        if isinstance(exc, click.exceptions.Exit):
            return exc.exit_code
        if isinstance(exc, click.exceptions.Abort):
            print("aise: aborted", file=sys.stderr)
            return 130
        log = _crash_log(exc)
        print(f"aise: unexpected error: {exc.__class__.__name__}: {exc} (traceback in {log})", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def _say_error(exc: AiseError) -> None:
    print(f"aise: error: {exc}", file=sys.stderr)
    if exc.hint:
        print(f"  hint: {exc.hint}", file=sys.stderr)
