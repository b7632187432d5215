"""A disk cache of validated model replies, keyed by model, messages and schema."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import closing
from pathlib import Path

__all__ = ["LLMCache", "cache_key"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS replies (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    reply TEXT NOT NULL,
    created REAL NOT NULL DEFAULT (julianday('now'))
)
"""


def cache_key(
    model: str,
    messages: Sequence[Mapping[str, object]],
    schema: Mapping[str, object],
    temperature: float,
) -> str:
    """sha256 of the canonical JSON of everything that shapes the reply."""
    blob = json.dumps(
        {"model": model, "messages": list(messages), "schema": schema, "temperature": temperature},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class LLMCache:
    """SQLite store under the state dir; one short connection per call, so threads and
    processes (sweeps) can share it safely."""

    FILENAME = "llm-cache.sqlite"

    def __init__(self, directory: Path) -> None:
        self.path = Path(directory) / self.FILENAME
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30.0)
        if not self._ready:
            with conn:
                conn.execute(_SCHEMA)
            self._ready = True
        return conn

    def get(self, key: str) -> str | None:
        """The stored reply text (a JSON document), or None."""
        with closing(self._connect()) as conn:
            row = conn.execute("SELECT reply FROM replies WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, model: str, reply: str) -> None:
        with closing(self._connect()) as conn, conn:
            conn.execute(
                "INSERT OR REPLACE INTO replies (key, model, reply) VALUES (?, ?, ?)",
                (key, model, reply),
            )

    def __len__(self) -> int:
        with closing(self._connect()) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM replies").fetchone()[0])
