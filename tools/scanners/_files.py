"""Which files a scan covers: git's view of the repository minus `scan.exclude`."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterable, Iterator, Sequence
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

__all__ = ["Deadline", "as_arguments", "chunked", "is_excluded", "list_files"]

_GLOB_CHARS = frozenset("*?[")
_ARG_BUDGET = 100_000
"""Characters of file arguments per tool invocation, well under Linux's ARG_MAX."""


def is_excluded(rel: str, exclude: Sequence[str]) -> bool:
    """A folder name matches any path component; a glob matches the path or the file name."""
    parts = PurePosixPath(rel).parts
    for pattern in exclude:
        pattern = pattern.strip().strip("/")
        if not pattern:
            continue
        if _GLOB_CHARS & set(pattern):
            if fnmatch(rel, pattern) or fnmatch(parts[-1], pattern):
                return True
            if any(fnmatch("/".join(parts[: i + 1]), pattern) for i in range(len(parts) - 1)):
                return True
        elif "/" in pattern:
            if rel == pattern or rel.startswith(pattern + "/"):
                return True
        elif pattern in parts:
            return True
    return False


def _git_files(repo: Path) -> list[str] | None:
    """Tracked and untracked-but-not-ignored files, or None outside a git work tree."""
    try:
        out = subprocess.run(
            [
                "git",
                "-C",
                str(repo),
                # A repository's own .git/config may name an fsmonitor command; a scan runs no repo code.
                "-c",
                "core.fsmonitor=false",
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
            ],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    return sorted({p for p in out.stdout.decode("utf-8", "surrogateescape").split("\0") if p})


def _walk(repo: Path, exclude: Sequence[str]) -> Iterator[str]:
    for root, dirs, files in os.walk(repo):
        rel_root = Path(root).relative_to(repo).as_posix()
        prefix = "" if rel_root == "." else rel_root + "/"
        dirs[:] = sorted(d for d in dirs if not is_excluded(prefix + d, exclude))
        for name in sorted(files):
            yield prefix + name


def _expand(repo: Path, paths: Iterable[Path | str], exclude: Sequence[str]) -> Iterator[str]:
    for path in paths:
        rel = PurePosixPath(Path(path).as_posix()).as_posix().removeprefix("./")
        full = repo / rel
        if full.is_dir():
            yield from (f"{rel}/{sub}" if rel != "." else sub for sub in _walk(full, exclude))
        else:
            yield rel


def _regular_inside(root: Path, rel: str, max_bytes: int | None) -> bool:
    """A regular file (not a symlink, FIFO or device) inside `root`, at most `max_bytes` long."""
    path = root / rel
    try:
        if path.is_symlink() or not path.is_file():
            return False
        # A symlinked folder on the way (`link/x.py`) would lead out of the repository.
        if not path.resolve().is_relative_to(root):
            return False
        return max_bytes is None or path.stat().st_size <= max_bytes
    except (OSError, RuntimeError):  # vanished, unreadable, or a symlink loop
        return False


def list_files(
    repo: Path,
    paths: Sequence[Path | str] | None,
    exclude: Sequence[str],
    *,
    suffixes: Iterable[str] = (),
    max_bytes: int | None = None,
) -> list[str]:
    """Repo-relative POSIX paths of regular files to scan, sorted and without exclusions.

    Symlinks, FIFOs and devices are never listed, nor files behind a symlinked folder,
    so no scanner reads outside the repository; files over `max_bytes` are left out."""
    if paths is not None:
        candidates = sorted(set(_expand(repo, paths, exclude)))
    else:
        tracked = _git_files(repo)
        candidates = tracked if tracked is not None else list(_walk(repo, exclude))
    wanted = tuple(suffixes)
    root = repo.resolve()
    return [
        rel
        for rel in candidates
        if (not wanted or rel.endswith(wanted))
        and not is_excluded(rel, exclude)
        and _regular_inside(root, rel, max_bytes)
    ]


def as_arguments(files: Sequence[str]) -> list[str]:
    """File names safe to pass on a command line: `-rf.py` would be read as an option."""
    return [f"./{rel}" if rel.startswith("-") else rel for rel in files]


def chunked(files: Sequence[str], budget: int = _ARG_BUDGET) -> Iterator[list[str]]:
    """Split a file list so each tool invocation stays under the argument-size limit."""
    chunk: list[str] = []
    size = 0
    for rel in files:
        if chunk and size + len(rel) + 1 > budget:
            yield chunk
            chunk, size = [], 0
        chunk.append(rel)
        size += len(rel) + 1
    if chunk:
        yield chunk


class Deadline:
    """One scanner's time budget, shared by the tool invocations it makes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left; a tiny positive floor so an exhausted budget times out at once."""
        return max(0.01, self._end - time.monotonic())
