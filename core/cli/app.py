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


_registered: list[bool] = []


def _register_commands() -> None:
    # Imported here, not at module top, so `import aise.cli` stays cheap. Once only: typer
    # keeps a list, and every `main()` call in one process would add the commands again.
    if _registered:
        return
    from aise.cli import apply_cmd, config_cmd, memory_cmd, run_cmd, scan_cmd, sweep_cmd

    for module in (scan_cmd, config_cmd, memory_cmd, run_cmd, apply_cmd, sweep_cmd):
        module.register(app)
    _registered.append(True)


def _crash_log(exc: BaseException) -> Path | None:
    """Write the traceback to a fresh file; None if no folder can take it (never raises)."""
    import os
    import tempfile

    text = "".join(traceback.format_exception(exc))
    name = f"crash-{datetime.now(UTC):%Y%m%dT%H%M%S%f}-{os.getpid()}.log"
    for folder in (Path.home() / ".cache" / "aise", Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            path.write_text(text, encoding="utf-8")
            return path
        except (OSError, RuntimeError):  # RuntimeError: no home directory
            continue
    return None


def _no_repository_fsmonitor() -> None:
    """Every git aise runs ignores a `core.fsmonitor` command set in the repository's own
    .git/config: reading a repository must not run its code (GIT_CONFIG_COUNT, git >= 2.31)."""
    import os

    raw = os.environ.get("GIT_CONFIG_COUNT", "0") or "0"
    if not raw.isdigit():
        return  # the user's own, malformed; git will say so
    count = int(raw)
    if any(os.environ.get(f"GIT_CONFIG_KEY_{i}") == "core.fsmonitor" for i in range(count)):
        return
    os.environ[f"GIT_CONFIG_KEY_{count}"] = "core.fsmonitor"
    os.environ[f"GIT_CONFIG_VALUE_{count}"] = "false"
    os.environ["GIT_CONFIG_COUNT"] = str(count + 1)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    _register_commands()
    _no_repository_fsmonitor()
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
        where = f"traceback in {log}" if log else "no log could be written"
        print(f"aise: unexpected error: {exc.__class__.__name__}: {_one_line(exc)} ({where})", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def _one_line(exc: BaseException, limit: int = 1000) -> str:
    # A message may quote repository text (a file name with a newline, a YAML value).
    text = " ".join(str(exc).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _say_error(exc: AiseError) -> None:
    print(f"aise: error: {_one_line(exc)}", file=sys.stderr)
    if exc.hint:
        print(f"  hint: {exc.hint}", file=sys.stderr)
