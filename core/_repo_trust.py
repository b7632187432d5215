"""What a repository's own config may not do: raise its trust, or lead aise outside itself."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from aise.errors import ConfigError

__all__ = ["REPO_PATH_KEYS", "TRUST_KEYS", "check_repo_layer", "check_state_paths"]

TRUST_KEYS = frozenset(
    {
        "fix.run_tests",
        "fix.test_command",
        "llm.api_base",
        "llm.api_key_env",
        "memory.url",
        "scan.semgrep_registry",
    }
)
"""Settings a repository under analysis may not set for itself (it is untrusted input):
what runs, where requests and keys go, and whether the network is used."""
REPO_PATH_KEYS = (
    "state_dir",
    "memory.path",
    "memory.decisions_path",
    "scan.sarif",
    "scan.semgrep_rules",
)
"""Path settings a repository's own file may set only to paths inside the repository."""


def _flat_keys(data: dict[str, Any], prefix: str = "") -> set[str]:
    keys: set[str] = set()
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        keys.add(dotted)
        if isinstance(value, dict):
            keys |= _flat_keys(value, dotted + ".")
    return keys


def check_state_paths(repo: Path, settings: dict[str, Any]) -> None:
    """aise writes under these folders; a symlink committed in the repository (`.aise -> ~`)
    must not send those writes outside it."""
    root = repo.resolve()
    for key in ("state_dir", "memory.path", "memory.decisions_path"):
        value = str(_lookup(settings, key))
        if Path(value).is_absolute():
            continue  # the user's own choice (a repository file cannot set one)
        cursor = root
        for part in PurePosixPath(value.replace("\\", "/")).parts:
            cursor = cursor / part
            if cursor.is_symlink() and not _resolves_inside(cursor, root):
                raise ConfigError(
                    f"{repo}: {key} {value!r}: {cursor.relative_to(root)} is a symlink out of the repository",
                    hint="remove the symlink, or set an absolute path in your own config (--config)",
                )


def check_repo_layer(repo_file: Path, data: dict[str, Any]) -> None:
    """A repository's own `.aise.yaml` is untrusted: no trust settings, no paths leading out."""
    forbidden = sorted(_flat_keys(data) & TRUST_KEYS)
    if forbidden:
        raise ConfigError(
            f"{repo_file}: {', '.join(forbidden)} cannot be set by the repository itself",
            hint="set trust settings in your own config (--config or AISE_CONFIG)",
        )
    for key in REPO_PATH_KEYS:
        value = _lookup(data, key)
        values = value if isinstance(value, list) else [value]
        for entry in values:
            if isinstance(entry, str) and _leaves_repo(entry):
                raise ConfigError(
                    f"{repo_file}: {key}: {entry!r} points outside the repository",
                    hint="a repository's own config may only name paths inside it; "
                    "set other paths in your own config (--config or AISE_CONFIG)",
                )


def _resolves_inside(path: Path, root: Path) -> bool:
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a symlink loop
        return False


def _lookup(data: dict[str, Any], dotted: str) -> Any:
    cursor: Any = data
    for part in dotted.split("."):
        if not isinstance(cursor, dict):
            return None
        cursor = cursor.get(part)
    return cursor


def _leaves_repo(entry: str) -> bool:
    path = PurePosixPath(entry.replace("\\", "/"))
    return entry.startswith("~") or path.is_absolute() or ".." in path.parts or ":" in entry[:3]
