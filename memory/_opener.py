"""Opening a repository's memory safely: detect a corrupt or stale store, move it aside, rebuild."""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aise.config import MemorySettings
from aise.errors import ConfigError
from aise.memory._chroma import (
    CODE,
    DECISIONS,
    FIXES,
    ChromaBroken,
    Collections,
    connect,
    drop,
    move_aside,
)
from aise.memory._journal import Journal
from aise.memory._lock import WriterLock
from aise.memory._manifest import Manifest, ManifestCorrupt
from aise.memory.embeddings import CodeEmbedder, chroma_function
from aise.memory.errors import MemoryUnavailableError

__all__ = ["MemoryRecoveredWarning", "Opener", "import_journal"]

CHUNKER_VERSION = 1


class MemoryRecoveredWarning(UserWarning):
    """The memory was corrupt or built with other settings, and was rebuilt."""


@dataclass(frozen=True, slots=True)
class _Problem:
    kind: str
    """`absent`, `corrupt`, `embedder` (vectors from another embedder) or `chunking`."""
    why: str


def import_journal(collections: Collections, journal: Journal, embedder: CodeEmbedder) -> int:
    """Put every journalled decision and fix back into Chroma (upserts: safe to repeat)."""
    total = 0
    for collection, name in ((collections.decisions, DECISIONS), (collections.fixes, FIXES)):
        rows = journal.latest(name)
        for start in range(0, len(rows), 1000):
            part = rows[start : start + 1000]
            collection.upsert(ids=[r.doc_id for r in part], documents=[r.document for r in part],
                              metadatas=[r.metadata for r in part],
                              embeddings=embedder.embed([r.document for r in part]))
        total += len(rows)
    return total


class Opener:
    """Holds the open collections of one memory; every open checks, and repairs under the lock."""

    def __init__(self, settings: MemorySettings, folder: Path, manifest_path: Path, namespace: str,
                 journal: Journal, lock: WriterLock, embedder: CodeEmbedder) -> None:
        self.settings, self.folder, self.manifest_path = settings, folder, manifest_path
        self.namespace, self.journal, self.lock, self.embedder = namespace, journal, lock, embedder
        self.handle: Collections | None = None
        self.warnings: list[str] = []
        self.rebuilt = False
        self._mutex = threading.Lock()

    @property
    def signature(self) -> dict[str, Any]:
        s = self.settings
        return {
            "embedder": {"name": self.embedder.name(), "config": self.embedder.get_config()},
            "chunking": {"version": CHUNKER_VERSION, "window_lines": s.window_lines,
                         "window_overlap": s.window_overlap, "max_file_bytes": s.max_file_bytes},
        }

    @property
    def remote(self) -> bool:
        return self.settings.url is not None

    def exists(self) -> bool:
        return self.remote or self.folder.exists()

    def open(self, *, write: bool) -> Collections | None:
        """The collections, repaired if needed; None for a read when no memory exists yet."""
        if self.handle is not None:
            return self.handle
        if not write and not self.exists():
            return None
        try:
            handle = self._connect()
        except _ProblemError as exc:
            if exc.problem.kind in ("embedder", "chunking") and not write:
                raise ConfigError(
                    f"memory at {self.location} was built with other settings ({exc.problem.why})",
                    hint="run `aise memory index` (or `aise memory rebuild`) with the current settings",
                ) from None
            with self.lock.hold():
                handle = self._repair()
        with self._mutex:
            if self.handle is None:
                self.handle = handle
        return self.handle

    @property
    def location(self) -> str:
        return self.settings.url or str(self.folder)

    def manifest(self) -> Manifest:
        """The manifest on disk now (another process may have indexed since we opened)."""
        try:
            loaded = Manifest.load(self.manifest_path)
        except ManifestCorrupt:
            loaded = None
        return loaded or Manifest(signature=self.signature)

    def _connect(self) -> Collections:
        if not self.exists():
            raise _ProblemError(_Problem("absent", "no memory yet"))
        try:
            manifest = Manifest.load(self.manifest_path)
        except ManifestCorrupt as exc:
            raise _ProblemError(_Problem("corrupt", str(exc))) from None
        if manifest is None:
            if not self.remote and any(self.folder.iterdir()):
                raise _ProblemError(_Problem("corrupt", "its manifest is missing (a half-written folder)"))
            # An empty folder, or a shared server this checkout has not used yet: create what is
            # missing and bring this checkout's journalled decisions along (upserts, repeatable).
            raise _ProblemError(_Problem("absent", "no manifest yet"))
        try:
            handle = connect(self.folder, self.settings.url, self.namespace, chroma_function(self.embedder),
                             create=self.remote)
        except ChromaBroken as exc:
            if self.remote:  # never drop a team's collections over what may be a passing server error
                raise MemoryUnavailableError(f"memory.url {self.settings.url}: {exc}") from None
            raise _ProblemError(_Problem("corrupt", str(exc))) from None
        problem = self._stale(manifest, handle)
        if problem is not None:
            handle.close()
            raise _ProblemError(problem)
        return handle

    def _stale(self, manifest: Manifest, handle: Collections) -> _Problem | None:
        sig = self.signature
        if manifest.signature.get("embedder") != sig["embedder"]:
            return _Problem("embedder", f"embedder {manifest.signature.get('embedder')} is now {sig['embedder']}")
        if manifest.signature.get("chunking") != sig["chunking"]:
            return _Problem("chunking", "chunking settings changed")
        if manifest.collection_id not in (None, str(handle.code.id)):
            return _Problem("chunking", "the code collection was replaced")
        return None

    def _repair(self) -> Collections:
        """Under the write lock: check again, then create, move aside or reset as needed."""
        try:
            return self._connect()
        except _ProblemError as exc:
            problem = exc.problem
        message = ""
        if problem.kind == "corrupt" and not self.remote:
            self.reset()
            moved = move_aside(self.folder)
            message = f"memory at {self.folder} was unreadable ({problem.why}); moved to {moved} and rebuilt"
        elif problem.kind == "embedder":
            drop(self.folder, self.settings.url, self.namespace, (CODE, DECISIONS, FIXES))
            message = f"memory at {self.location} rebuilt: {problem.why}"
        elif problem.kind == "chunking":
            drop(self.folder, self.settings.url, self.namespace, (CODE,))
            message = f"code index at {self.location} reset: {problem.why}"
        handle = connect(self.folder, self.settings.url, self.namespace, chroma_function(self.embedder),
                         create=True)
        if problem.kind != "chunking":
            restored = import_journal(handle, self.journal, self.embedder)
            if restored and message:
                message += f"; {restored} decisions and fixes restored from {self.journal.path}"
        Manifest(signature=self.signature, collection_id=str(handle.code.id)).save(self.manifest_path)
        if message:
            self.rebuilt = True
            self._warn(message)
        return handle

    def _warn(self, message: str) -> None:
        self.warnings.append(message)
        warnings.warn(message, MemoryRecoveredWarning, stacklevel=4)

    def reset(self) -> None:
        """Forget the open handle (after a rebuild moved or dropped the store)."""
        with self._mutex:
            if self.handle is not None:
                self.handle.close()
            self.handle = None


class _ProblemError(Exception):
    def __init__(self, problem: _Problem) -> None:
        super().__init__(problem.why)
        self.problem = problem
