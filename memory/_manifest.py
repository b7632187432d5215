"""The index manifest: which blob of each file is in Chroma, so unchanged files cost nothing."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

__all__ = ["FileEntry", "Manifest", "ManifestCorrupt", "chunk_ids"]

FORMAT = 1


class ManifestCorrupt(ValueError):
    """The manifest exists but cannot be read: the memory folder is half-written or damaged."""


@dataclass(slots=True)
class FileEntry:
    sha: str
    chunks: int
    skip: str | None = None
    mtime_ns: int = 0
    size: int = -1
    """Stat of the file when its content was hashed; lets untracked files skip re-hashing."""

    def to_json(self) -> list[Any]:
        return [self.sha, self.chunks, self.skip, self.mtime_ns, self.size]


def chunk_ids(path: str, sha: str, count: int) -> list[str]:
    """Deterministic chunk ids: re-running an interrupted index upserts the same ids."""
    return [f"{path}@{sha[:12]}#{i}" for i in range(count)]


@dataclass(slots=True)
class Manifest:
    signature: dict[str, Any]
    """Embedder and chunking settings; a change means every vector must be rebuilt."""
    collection_id: str | None = None
    """Id of the `code` collection these entries describe (a reset server gives a new id)."""
    files: dict[str, FileEntry] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    indexed_at: str | None = None

    @property
    def chunk_count(self) -> int:
        return sum(entry.chunks for entry in self.files.values())

    def ids_of(self, path: str) -> list[str]:
        entry = self.files.get(path)
        return chunk_ids(path, entry.sha, entry.chunks) if entry else []

    @classmethod
    def load(cls, path: Path) -> Manifest | None:
        """The manifest at `path`; None when there is none; ManifestCorrupt when unreadable."""
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ManifestCorrupt(f"{path}: {exc}") from exc
        try:
            data = json.loads(raw)
            if data["format"] != FORMAT:
                raise ManifestCorrupt(f"{path}: format {data['format']} is not {FORMAT}")
            files = {p: FileEntry(*entry) for p, entry in data["files"].items()}
            return cls(signature=data["signature"], collection_id=data.get("collection_id"), files=files,
                       notes=dict(data.get("notes", {})), indexed_at=data.get("indexed_at"))
        except (ValueError, KeyError, TypeError) as exc:
            raise ManifestCorrupt(f"{path}: {exc.__class__.__name__}: {exc}") from exc

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old manifest or the new one, never half of one."""
        self.indexed_at = datetime.now(UTC).isoformat()
        data = {
            "format": FORMAT, "signature": self.signature, "collection_id": self.collection_id,
            "indexed_at": self.indexed_at, "notes": self.notes,
            "files": {p: e.to_json() for p, e in self.files.items()},
        }
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
