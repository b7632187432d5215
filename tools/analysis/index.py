"""One analysed `Project` per repository state, shared by the scanner and the evidence tools."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from pathlib import Path

from aise.tools.analysis.project import Project

__all__ = ["load_project"]

_CACHE: OrderedDict[tuple[str, str], Project] = OrderedDict()
_LOCK = threading.Lock()
_MAX = 4


def _signature(project_files: list[Path]) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    for path in project_files:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}\n".encode())
    return digest.hexdigest()


def load_project(root: Path) -> Project:
    """The analysed project for `root`, reused while no Python file changed."""
    root = root.resolve()
    files = Project(root, paths=[])._discover()
    key = (str(root), _signature(files))
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    project = Project(root, paths=files).analyse()
    with _LOCK:
        _CACHE[key] = project
        while len(_CACHE) > _MAX:
            _CACHE.popitem(last=False)
    return project
