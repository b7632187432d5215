"""`aise config show`: print the effective configuration."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import yaml

from aise.cli.options import load_for, require_dir

__all__ = ["register"]

config_app = typer.Typer(help="Inspect the configuration.", no_args_is_help=True)


@config_app.command("show")
def show(
    path: Annotated[Path, typer.Argument(help="Repository whose .aise.yaml is read.")] = Path("."),
    config: Annotated[Path | None, typer.Option("--config", help="Your YAML config file.")] = None,
    override: Annotated[list[str] | None, typer.Option("-c", help="key=value override.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of YAML.")] = False,
) -> None:
    """Print the merged, validated configuration."""
    settings = load_for(require_dir(path), config, override)
    data = settings.model_dump(mode="json")
    if as_json:
        import json

        typer.echo(json.dumps(data, indent=2))
    else:
        typer.echo(yaml.safe_dump(data, sort_keys=False).rstrip())


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
