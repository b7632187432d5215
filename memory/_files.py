"""Which files a repository has, with their git blob shas when git already knows them."""

from __future__ import annotations

import hashlib
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from aise.memory.chunking import VENDORED_DIRS

__all__ = ["Listing", "blob_sha", "ensure_excluded", "list_files"]

_GIT_TIMEOUT = 120.0


@dataclass(slots=True)
class Listing:
    files: dict[str, str | None] = field(default_factory=dict)
    """Repository-relative POSIX path -> git blob sha, or None when the content must be hashed."""
    vendored: set[str] = field(default_factory=set)
    """Vendored folders (`node_modules/`) left out as a whole."""
    git: bool = False


def blob_sha(data: bytes) -> str:
    """The sha git gives this content (`git hash-object`)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _git(repo: Path, *args: str) -> bytes | None:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, timeout=_GIT_TIMEOUT,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def _vendored_root(path: str) -> str | None:
    parts = path.split("/")
    for i, part in enumerate(parts[:-1]):
        if part in VENDORED_DIRS:
            return "/".join(parts[: i + 1]) + "/"
    return None


def list_files(repo: Path, exclude: tuple[str, ...] = ()) -> Listing:
    """Tracked files with their index shas, plus modified and untracked (not ignored) files to hash.

    `exclude` holds repository-relative folders (the memory's own state) never listed.
    """
    listing = _list_git(repo, exclude)
    return listing if listing is not None else _list_walk(repo, exclude)


def _keep(listing: Listing, path: str, exclude: tuple[str, ...]) -> bool:
    if any(path == e or path.startswith(e + "/") for e in exclude):
        return False
    root = _vendored_root(path)
    if root is not None:
        listing.vendored.add(root)
        return False
    return True


def _list_git(repo: Path, exclude: tuple[str, ...]) -> Listing | None:
    staged = _git(repo, "ls-files", "-s", "-z")
    if staged is None:
        return None
    listing = Listing(git=True)
    for record in staged.split(b"\0"):
        if not record:
            continue
        meta, _, raw = record.partition(b"\t")
        mode, sha, _stage = meta.split(b" ")
        if mode in (b"160000", b"120000"):  # submodules and symlinks hold no code of this repo
            continue
        path = os.fsdecode(raw)
        if _keep(listing, path, exclude):
            listing.files[path] = sha.decode()
    # Files whose working copy differs from the index: their index sha is stale, so hash them.
    changed = _git(repo, "diff-files", "--name-only", "--relative", "-z") or b""
    for raw in changed.split(b"\0"):
        if raw and (path := os.fsdecode(raw)) in listing.files:
            listing.files[path] = None
    ignore = [f"--exclude={name}/" for name in sorted(VENDORED_DIRS)]
    untracked = _git(repo, "ls-files", "-o", "--exclude-standard", "-z", *ignore) or b""
    for raw in untracked.split(b"\0"):
        if raw and _keep(listing, path := os.fsdecode(raw), exclude):
            listing.files[path] = None
    return listing


def _list_walk(repo: Path, exclude: tuple[str, ...]) -> Listing:
    listing = Listing(git=False)
    for root, dirs, names in os.walk(repo):
        rel = Path(root).relative_to(repo).as_posix()
        prefix = "" if rel == "." else rel + "/"
        for name in list(dirs):
            sub = prefix + name
            if name in VENDORED_DIRS or sub in exclude or os.path.islink(os.path.join(root, name)):
                dirs.remove(name)
                if name in VENDORED_DIRS and name != ".git":
                    listing.vendored.add(sub + "/")
        for name in names:
            if not os.path.islink(os.path.join(root, name)):
                listing.files[prefix + name] = None
    return listing


def ensure_excluded(repo: Path, paths: list[tuple[Path, bool]]) -> None:
    """Add the memory's (path, is_folder) to `.git/info/exclude`, never to the tracked `.gitignore`."""
    raw = _git(repo, "rev-parse", "--git-path", "info/exclude")
    top = _git(repo, "rev-parse", "--show-toplevel")
    if raw is None or top is None:
        return  # not a git repository: nothing to keep out of commits
    exclude = Path(os.fsdecode(raw.strip()))
    exclude = exclude if exclude.is_absolute() else repo / exclude
    toplevel = Path(os.fsdecode(top.strip())).resolve()
    wanted = []
    for path, is_dir in paths:
        try:
            rel = path.resolve().relative_to(toplevel)
        except ValueError:
            continue  # outside the repository: git never sees it
        wanted.append(f"/{rel.as_posix()}/" if is_dir else f"/{rel.as_posix()}")
    existing = exclude.read_text(encoding="utf-8").splitlines() if exclude.is_file() else []
    missing = [w for w in wanted if w not in existing]
    if missing:
        exclude.parent.mkdir(parents=True, exist_ok=True)
        text = "\n".join(existing).rstrip("\n")
        lines = ([text] if text else []) + ["# aise state (memory, runs, checkpoints)", *missing]
        exclude.write_text("\n".join(lines) + "\n", encoding="utf-8")
