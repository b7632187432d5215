"""The `aise` command line: one Typer app, commands split by group."""

from __future__ import annotations

from aise.cli.app import app, main

__all__ = ["app", "main"]
