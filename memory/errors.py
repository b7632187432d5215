"""Errors memory raises on purpose; the CLI turns them into one-line messages."""

from __future__ import annotations

from aise.errors import AiseError

__all__ = ["EmbedderError", "MemoryBusyError", "MemoryUnavailableError"]


class MemoryBusyError(AiseError):
    """Another process kept the memory's write lock for longer than `memory.lock_timeout`."""


class MemoryUnavailableError(AiseError):
    """The shared Chroma server (`memory.url`) cannot be reached."""


class EmbedderError(AiseError):
    """An embedding model failed (unreachable server, bad reply)."""
