"""aise.memory: the repository's code, decisions and fixes in Chroma, shared by every agent.

Names load on first use (PEP 562), so `import aise.memory` stays cheap and the indexing worker
process never imports Chroma.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aise.memory._opener import MemoryRecoveredWarning
    from aise.memory.chunking import ChunkOptions, chunk_file
    from aise.memory.embeddings import HashingEmbedder, make_embedder
    from aise.memory.errors import EmbedderError, MemoryBusyError, MemoryUnavailableError
    from aise.memory.models import (
        ChunkKind,
        CodeChunk,
        CodeContext,
        CodeHit,
        IndexStats,
        MatchKind,
        MemoryStats,
        RecalledDecision,
        RecordedFix,
        SkippedFile,
        SkipReason,
    )
    from aise.memory.store import RepoMemory

__all__ = [
    "ChunkKind",
    "ChunkOptions",
    "CodeChunk",
    "CodeContext",
    "CodeHit",
    "EmbedderError",
    "HashingEmbedder",
    "IndexStats",
    "MatchKind",
    "MemoryBusyError",
    "MemoryRecoveredWarning",
    "MemoryStats",
    "MemoryUnavailableError",
    "RecalledDecision",
    "RecordedFix",
    "RepoMemory",
    "SkipReason",
    "SkippedFile",
    "chunk_file",
    "make_embedder",
]

_HOME = {
    "MemoryBusyError": "errors", "MemoryUnavailableError": "errors", "EmbedderError": "errors",
    "MemoryRecoveredWarning": "_opener", "ChunkOptions": "chunking", "chunk_file": "chunking",
    "HashingEmbedder": "embeddings",
    "make_embedder": "embeddings", "RepoMemory": "store",
}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'aise.memory' has no attribute {name!r}")
    module = importlib.import_module(f"aise.memory.{_HOME.get(name, 'models')}")
    value = getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
