"""Helpers shared by command groups: repository checks and settings loading."""

from __future__ import annotations

from pathlib import Path

from aise.config import Settings, load_settings
from aise.errors import InputError

__all__ = ["load_for", "require_dir"]


def require_dir(path: Path) -> Path:
    """Resolve a user-given repository path or fail with a clear input error."""
    if not path.exists():
        raise InputError(f"{path}: no such file or directory", hint="check the path you passed")
    if not path.is_dir():
        raise InputError(f"{path}: not a directory", hint="pass the root folder of a repository")
    if _is_git_dir(path):
        raise InputError(
            f"{path}: a bare git repository (or a .git folder) has no working tree",
            hint="pass a checkout instead, e.g. `git clone PATH checkout`",
        )
    return path.resolve()


def _is_git_dir(path: Path) -> bool:
    """A bare repository or a `.git` folder: HEAD, objects and refs, and no work tree."""
    return (
        (path / "HEAD").is_file()
        and (path / "objects").is_dir()
        and (path / "refs").is_dir()
        and not (path / ".git").exists()
    )


def load_for(path: Path, config: Path | None, overrides: list[str] | None) -> Settings:
    repo = path.resolve() if path.is_dir() else None
    return load_settings(repo, config, tuple(overrides or ()))
